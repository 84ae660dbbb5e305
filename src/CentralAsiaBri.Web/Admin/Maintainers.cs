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

    public const string CredentialClaim = "cab:credential";
    public const string SignedInClaim = "cab:signed-in";

    /// <summary>How long a sign-in lasts at most, however active the maintainer is.</summary>
    public static readonly TimeSpan MaxSessionLength = TimeSpan.FromHours(24);

    /// <summary>The signed-in maintainer, tied to the configured hash: changing the password or removing the
    /// account ends every session made with the old one (<see cref="IsCurrent"/>).</summary>
    public ClaimsPrincipal Principal(string name, DateTimeOffset now) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.Name, name),
        new Claim(ClaimTypes.Role, AdminSetup.MaintainerRole),
        new Claim(CredentialClaim, CredentialDigest(name) ?? ""),
        new Claim(SignedInClaim, now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ], CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>Whether a session still stands: the account exists with the same hash, and it is not too old.</summary>
    public bool IsCurrent(ClaimsPrincipal principal, DateTimeOffset now) =>
        principal.FindFirstValue(ClaimTypes.Name) is { } name
        && CredentialDigest(name) is { } digest
        && principal.FindFirstValue(CredentialClaim) == digest
        && long.TryParse(principal.FindFirstValue(SignedInClaim), System.Globalization.CultureInfo.InvariantCulture, out var signedIn)
        && now - DateTimeOffset.FromUnixTimeSeconds(signedIn) < MaxSessionLength;

    /// <summary>A digest of the account's configured hash (never the hash itself in the cookie), or null without an account.</summary>
    private string? CredentialDigest(string name) =>
        options.CurrentValue.Accounts.FirstOrDefault(a => a.Name.Length > 0 && a.PasswordHash.Length > 0 && string.Equals(a.Name, name, StringComparison.Ordinal)) is { } account
            ? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(account.PasswordHash)))[..32]
            : null;
}
