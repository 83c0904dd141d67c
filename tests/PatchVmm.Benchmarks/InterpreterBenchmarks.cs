using BenchmarkDotNet.Attributes;
using PatchVmm.Ia64.Elf;
using PatchVmm.Machine;
using PatchVmm.Machine.Firmware;

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
    public void Boot()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "guests", Guest + ".elf");
        _machine = new Machine.Machine(new MachineOptions(), new BufferConsole());
        _machine.Load(ElfFile.Parse(File.ReadAllBytes(path)));
        _machine.Run(10_000); // decode the loop's bundles before measuring
    }

    [Benchmark(OperationsPerInvoke = Instructions)]
    public long Run()
    {
        var result = _machine.Run(Instructions);
        return result.Kind == StopKind.InstructionLimit ? result.Instructions : throw new InvalidOperationException(result.Describe());
    }
}
