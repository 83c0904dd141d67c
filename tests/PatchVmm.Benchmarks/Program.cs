using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project tests/PatchVmm.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(PatchVmm.Benchmarks.DecodeBenchmarks).Assembly).Run(args);
