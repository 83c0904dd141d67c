using BenchmarkDotNet.Attributes;
using PatchVmm.Ia64.Elf;
using PatchVmm.Machine;
using PatchVmm.Machine.Firmware;

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
    public void Boot()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "guests", Guest + ".elf");
        _machine = new Machine.Machine(new MachineOptions(), new BufferConsole());
        _machine.Load(ElfFile.Parse(File.ReadAllBytes(path)));
        _machine.Run(10_000); // past the set-up, the loop's bundles decoded
    }

    [Benchmark(OperationsPerInvoke = Instructions)]
    public long Run()
    {
        var result = _machine.Run(Instructions);
        return result.Kind == StopKind.InstructionLimit ? result.Instructions : throw new InvalidOperationException(result.Describe());
    }
}
