using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CentralAsiaBri.Data;
using CentralAsiaBri.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CentralAsiaBri.Tests.Hardening;

/// <summary>The data-protection key ring lives in the store; with a certificate configured it is encrypted there.</summary>
public sealed class KeyRingTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cab-keyring-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_still_protect_and_unprotect()
    {
        var pfx = Path.Combine(_directory, "keyring.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=CentralAsiaBri key ring test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test password"));
        }
        using var app = new KeyRingApp(new() { ["DataProtection:CertificatePath"] = pfx, ["DataProtection:CertificatePassword"] = "test password" });

        var xml = await StoredKeyAsync(app);

        Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("unencrypted form", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_certificate_the_keys_are_stored_unencrypted_as_the_start_up_warning_says()
    {
        using var app = new KeyRingApp([]);

        var xml = await StoredKeyAsync(app);

        Assert.Contains("unencrypted form", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("encryptedSecret", xml, StringComparison.Ordinal);
    }

    /// <summary>Protects a value (which creates the first key), checks it round-trips, and returns the key as stored.</summary>
    private static async Task<string> StoredKeyAsync(AppFactory app)
    {
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
        Assert.Equal("hello", protector.Unprotect(protector.Protect("hello")));
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<CentralAsiaBriDbContext>>().CreateDbContextAsync();
        return (await db.DataProtectionKeys.SingleAsync()).Xml ?? "";
    }

    private sealed class KeyRingApp(Dictionary<string, string> settings) : AppFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => settings;
    }
}
