using BenchmarkDotNet.Attributes;

namespace PatchVmm.Benchmarks;

/// <summary>The interpreter on the benchmark guests of samples/guests (int-loop: a counted loop
/// of ALU operations; call-loop: a call and return per iteration). Results are per retired
/// instruction (OperationsPerInvoke); the memory diagnoser shows that running allocates
/// nothing. Each iteration starts a fresh machine whose code is already pre-decoded.</summary>
[MemoryDiagnoser]
public class InterpreterBenchmarks
{
    private const int Instructions = 20_000_000;

    private Machine.Machine _machine = null!;

    [Params("int-loop", "call-loop")]
    public string Guest { get; set; } = "";

    [IterationSetup]
    public void Boot() => _machine = BenchmarkGuest.Boot(Guest);

    [Benchmark(OperationsPerInvoke = Instructions)]
    public long Run() => BenchmarkGuest.Run(_machine, Instructions);
}
