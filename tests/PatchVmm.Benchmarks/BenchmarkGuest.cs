using PatchVmm.Ia64.Elf;
using PatchVmm.Machine;
using PatchVmm.Machine.Firmware;

namespace PatchVmm.Benchmarks;

/// <summary>The benchmark guests of samples/guests (copied beside the benchmarks): a machine
/// booted on one and run past its set-up, so that its loop is decoded before the measurement,
/// and the measured run, which must end at its instruction limit.</summary>
internal static class BenchmarkGuest
{
    public static Machine.Machine Boot(string name)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "guests", name + ".elf");
        var machine = new Machine.Machine(new MachineOptions(), new BufferConsole());
        machine.Load(ElfFile.Parse(File.ReadAllBytes(path)));
        machine.Run(10_000); // past the set-up (translation turned on, where the guest does), the loop's bundles decoded
        return machine;
    }

    public static long Run(Machine.Machine machine, long instructions)
    {
        var result = machine.Run(instructions);
        return result.Kind == StopKind.InstructionLimit ? result.Instructions : throw new InvalidOperationException(result.Describe());
    }
}
