using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/CentralAsiaBri.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
