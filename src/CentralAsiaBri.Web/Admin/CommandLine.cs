using CentralAsiaBri.Data.Import;
using CentralAsiaBri.Web.Store;

namespace CentralAsiaBri.Web.Admin;

/// <summary>
/// The app's command-line verbs (instead of serving):
/// <c>import FILE...</c> validates and applies data files exactly as the admin page does;
/// <c>hash-password</c> reads a password from standard input and prints the hash to configure for a maintainer.
/// </summary>
public static class CommandLine
{
    public const string ImportVerb = "import";
    public const string HashPasswordVerb = "hash-password";

    /// <summary>The arguments meant for the host's configuration (<c>--Key=value</c>), without the verb and its files.</summary>
    public static string[] HostArguments(string[] args) =>
        args is [ImportVerb or HashPasswordVerb, ..] ? [.. args.Skip(1).Where(a => a.StartsWith("--", StringComparison.Ordinal))] : args;

    /// <summary>Runs a verb if the arguments name one; returns its exit code, or null to serve as usual.</summary>
    public static async Task<int?> RunAsync(WebApplication app, string[] args)
    {
        switch (args)
        {
            case [HashPasswordVerb, ..]:
                var password = Console.IsInputRedirected ? Console.In.ReadLine() : ReadHidden();
                if (string.IsNullOrEmpty(password))
                {
                    await Console.Error.WriteLineAsync("No password given (type it, or pipe it to standard input).");
                    return 2;
                }
                Console.WriteLine(MaintainerCredentials.Hash(password));
                return 0;
            case [ImportVerb, ..]:
                return await ImportAsync(app, [.. args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal))]);
            default:
                return null;
        }
    }

    private static async Task<int> ImportAsync(WebApplication app, string[] paths)
    {
        if (paths.Length == 0)
        {
            await Console.Error.WriteLineAsync("Usage: dotnet run --project src/CentralAsiaBri.Web -- import FILE.csv [FILE.csv ...]");
            return 2;
        }
        var missing = paths.Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            await Console.Error.WriteLineAsync("No such file: " + string.Join(", ", missing));
            return 2;
        }

        await app.InitialiseStoreAsync();
        var files = new List<ImportFile>();
        foreach (var path in paths)
        {
            files.Add(new ImportFile(Path.GetFileName(path), await File.ReadAllBytesAsync(path)));
        }
        var report = await app.Services.GetRequiredService<DataImporter>().ImportAsync(files, $"cli:{Environment.UserName}", "cli");
        var output = report.Applied ? Console.Out : Console.Error;
        await output.WriteLineAsync($"Import #{report.RecordId}: {report.ToText()}");
        if (report.Applied)
        {
            await output.WriteLineAsync("Running instances of the app pick the change up within Store:ChangePollSeconds.");
        }
        return report.Applied ? 0 : 1;
    }

    private static string ReadHidden()
    {
        Console.Write("Password: ");
        var password = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.WriteLine();
                return password.ToString();
            }
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}
