using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CentralAsiaBri.Web.Admin;

/// <summary>
/// The maintainers who may import data (configuration section "Maintainers"). Only a password hash is
/// configured — made with <c>dotnet run --project src/CentralAsiaBri.Web -- hash-password</c> and set
/// through the environment or user secrets; the repository holds no account and no default password.
/// </summary>
public sealed class MaintainerOptions
{
    public const string SectionName = "Maintainers";

    public List<MaintainerAccount> Accounts { get; init; } = [];
}

public sealed class MaintainerAccount
{
    public string Name { get; set; } = "";

    /// <summary>An ASP.NET Core Identity password hash (PBKDF2 with HMAC-SHA512, salted, version 3 format).</summary>
    public string PasswordHash { get; set; } = "";
}

/// <summary>Checks a maintainer's name and password against the configured hashes.</summary>
public sealed class MaintainerCredentials(IOptionsMonitor<MaintainerOptions> options)
{
    private static readonly PasswordHasher<MaintainerAccount> s_hasher = new();

    // Verified when the name is unknown, so a wrong name takes as long as a wrong password.
    private static readonly string s_decoyHash = s_hasher.HashPassword(new MaintainerAccount(), Guid.NewGuid().ToString());

    public static string Hash(string password) => s_hasher.HashPassword(new MaintainerAccount(), password);

    public bool Verify(string name, string password)
    {
        var account = options.CurrentValue.Accounts.FirstOrDefault(a => a.Name.Length > 0 && a.PasswordHash.Length > 0 && string.Equals(a.Name, name, StringComparison.Ordinal));
        try
        {
            var result = s_hasher.VerifyHashedPassword(account ?? new MaintainerAccount(), account?.PasswordHash ?? s_decoyHash, password);
            return account is not null && result != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            // A configured hash that is not a hash: nobody signs in with it.
            return false;
        }
    }

    public static ClaimsPrincipal Principal(string name) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, AdminSetup.MaintainerRole)], CookieAuthenticationDefaults.AuthenticationScheme));
}
