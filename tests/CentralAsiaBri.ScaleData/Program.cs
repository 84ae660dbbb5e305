using CentralAsiaBri.ScaleData;

// dotnet run --project tests/CentralAsiaBri.ScaleData -c Release -- --factor 100 --out /tmp/scale-100 [--data data] [--seed N]
var options = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p.a[2..], p => p.i + 1 < args.Length ? args[p.i + 1] : "", StringComparer.Ordinal);
if (!options.TryGetValue("factor", out var factorText) || !options.TryGetValue("out", out var output))
{
    Console.Error.WriteLine("usage: --factor N --out DIRECTORY [--data DIRECTORY] [--seed N]");
    return 2;
}
var data = options.GetValueOrDefault("data", "data");
var seed = options.TryGetValue("seed", out var seedText) ? int.Parse(seedText, System.Globalization.CultureInfo.InvariantCulture) : 20261204;
var summary = new ScaleDataGenerator(data, int.Parse(factorText, System.Globalization.CultureInfo.InvariantCulture), seed).WriteTo(output);
Console.WriteLine($"factor {summary.Factor}: {summary.Projects} projects, {summary.Observations} observations");
foreach (var (file, rows) in summary.RowsPerFile)
{
    Console.WriteLine($"  {file}: {rows}");
}
return 0;
