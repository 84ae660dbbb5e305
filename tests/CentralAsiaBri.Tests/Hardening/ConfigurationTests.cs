using CentralAsiaBri.Tests.Support;

namespace CentralAsiaBri.Tests.Hardening;

/// <summary>Options are bound and checked when the app starts: a bad setting stops it with the setting's name, not later with a puzzle.</summary>
public sealed class ConfigurationTests
{
    [Theory]
    [InlineData("Store:ChangePollSeconds", "0", "ChangePollSeconds")]
    [InlineData("RateLimits:ApiPermitLimit", "-5", "ApiPermitLimit")]
    [InlineData("Import:MaxUploadBytes", "10", "MaxUploadBytes")]
    [InlineData("Maintainers:Accounts:0:Name", "ada", "PasswordHash")]
    public void A_bad_setting_stops_start_up_naming_it(string key, string value, string named)
    {
        using var app = new ConfiguredApp(key, value);

        var error = Record.Exception(() => app.Services);

        Assert.NotNull(error);
        Assert.Contains(named, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_settings_start()
    {
        using var app = new ConfiguredApp("Store:ChangePollSeconds", "5");

        Assert.NotNull(app.Services);
    }

    private sealed class ConfiguredApp(string key, string value) : AppFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { [key] = value };
    }
}
