using BenchmarkDotNet.Running;

namespace CentralAsiaBri.Benchmarks;

/// <summary>
/// dotnet run -c Release --project tests/CentralAsiaBri.Benchmarks -- --filter '*'
/// (a class of its own, not top-level statements: the web app's <c>Program</c>, which the view benchmarks start, is visible here).
/// </summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
