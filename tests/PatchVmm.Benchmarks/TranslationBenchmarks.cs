using BenchmarkDotNet.Attributes;

namespace PatchVmm.Benchmarks;

/// <summary>System-mode execution with translation off and on (issue 4: translated within 1.5x
/// of physical): the same loop of loads, stores, ALU operations and branches
/// (samples/guests/mem-loop.inc), run physically (mem-loop) and with psr.it, psr.dt and psr.rt
/// on through identity translation registers (mem-loop-translated). Results are per retired
/// instruction (OperationsPerInvoke); the memory diagnoser shows that running allocates
/// nothing. Each iteration starts a fresh machine that has already decoded the loop and, for
/// the translated guest, turned translation on.</summary>
[MemoryDiagnoser]
public class TranslationBenchmarks
{
    private const int Instructions = 50_000_000;

    private Machine.Machine _machine = null!;

    [Params("mem-loop", "mem-loop-translated")]
    public string Guest { get; set; } = "";

    [IterationSetup]
    public void Boot() => _machine = BenchmarkGuest.Boot(Guest);

    [Benchmark(OperationsPerInvoke = Instructions)]
    public long Run() => BenchmarkGuest.Run(_machine, Instructions);
}
