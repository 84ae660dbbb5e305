using System.Diagnostics;
using CentralAsiaBri.Tests.Support;
using CentralAsiaBri.Web.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;

namespace CentralAsiaBri.Tests.Admin;

/// <summary>The app's command-line verbs, run as a maintainer would: a separate process of the built app.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cab-cli-").FullName;
    private readonly TempDataDirectory _data = new();

    private string ConnectionString => $"Data Source={Path.Combine(_directory, "cli.db")}";

    public void Dispose()
    {
        _data.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private async Task<(int ExitCode, string Output, string Errors)> RunAppAsync(string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = _directory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CentralAsiaBri.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["Store__ConnectionString"] = ConnectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteLineAsync(input);
        }
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    [Fact]
    public async Task Import_takes_a_Comtrade_download_under_its_own_name_and_says_which_file_it_became()
    {
        var download = Path.Combine(_directory, "TradeData_3_1_2026_10_0_0.csv");
        await File.WriteAllBytesAsync(download, UpstreamFiles.Csv(UpstreamFiles.ComtradeColumns,
            [UpstreamFiles.Comtrade("UZB", "M", "CHN", "2023", "TOTAL", "All Commodities", "11200000000")]));

        var applied = await RunAppAsync(null, "import", download);

        Assert.Equal(0, applied.ExitCode);
        Assert.Contains("TradeData_3_1_2026_10_0_0.csv was recognised by its header as UN Comtrade's", applied.Output, StringComparison.Ordinal);
        Assert.Contains("imported as comtrade_trade.csv", applied.Output, StringComparison.Ordinal);
        Assert.Contains("comtrade_trade.csv: 0 -> 1 rows (1 added", applied.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_rejects_a_bad_file_by_line_and_applies_a_good_one()
    {
        var line = _data.SetField("events.csv", "id", _data.FindRow("events.csv", _ => true).Fields["id"], "date", "someday");
        var bad = await RunAppAsync(null, "import", Path.Combine(_data.Path, "events.csv"));
        var before = await TestStore.FingerprintAsync(ConnectionString);

        using var good = new TempDataDirectory();
        var (_, row) = good.FindRow("trade_observations.csv", _ => true);
        good.SetField("trade_observations.csv", "id", row["id"], "value", "4242.5");
        var applied = await RunAppAsync(null, "import", Path.Combine(good.Path, "trade_observations.csv"));

        Assert.Equal(1, bad.ExitCode);
        Assert.Contains($"events.csv line {line}, column 'date'", bad.Errors, StringComparison.Ordinal);
        Assert.Equal(0, applied.ExitCode);
        Assert.Contains("trade_observations.csv", applied.Output, StringComparison.Ordinal);
        Assert.Contains("1 changed", applied.Output, StringComparison.Ordinal);
        Assert.NotEqual(before, await TestStore.FingerprintAsync(ConnectionString));
    }

    [Fact]
    public async Task Hash_password_prints_a_hash_that_verifies_the_password()
    {
        var (exitCode, output, _) = await RunAppAsync("s3cret phrase", "hash-password");

        Assert.Equal(0, exitCode);
        var hash = output.Trim();
        Assert.NotEqual(PasswordVerificationResult.Failed, new PasswordHasher<MaintainerAccount>().VerifyHashedPassword(new MaintainerAccount(), hash, "s3cret phrase"));
        Assert.Equal(PasswordVerificationResult.Failed, new PasswordHasher<MaintainerAccount>().VerifyHashedPassword(new MaintainerAccount(), hash, "another"));
    }
}
