using PatchVmm.Ia64.Elf;
using PatchVmm.Machine.Execution;
using PatchVmm.Machine.Firmware;
using PatchVmm.Machine.Loading;
using PatchVmm.Machine.Memory;
using PatchVmm.Machine.Semantics;

namespace PatchVmm.Machine;

/// <summary>A software IA-64 processor with its physical memory and Ski-compatible firmware:
/// load an ELF image, run it, read the final state.</summary>
public sealed class Machine
{
    private readonly Interpreter _interpreter;
    private readonly CodeCache _cache;

    public Machine(MachineOptions options, IGuestConsole console)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(console);
        Options = options;
        Memory = new PhysicalMemory(options.MemorySize);
        Cpu = new Cpu(Memory) { Firmware = new SscFirmware(console) };
        Cpu.ItcTicksPerInstruction = options.ItcTicksPerInstruction;
        _cache = new CodeCache(Memory, new PreDecoder(InstructionSet.Default));
        _interpreter = new Interpreter(Cpu, _cache);
        InitialState.Apply(Cpu);
    }

    public MachineOptions Options { get; }

    public PhysicalMemory Memory { get; }

    public Cpu Cpu { get; }

    public SscFirmware Firmware => Cpu.Firmware!;

    /// <summary>Instructions retired since the machine was built.</summary>
    public long Instructions => Cpu.Retired;

    /// <summary>The host interruption handler (IHostInterruptionHandler.cs), or null (the
    /// default) for pure hardware behaviour: interruptions vector through cr.iva.</summary>
    public IHostInterruptionHandler? HostHandler
    {
        get => Cpu.HostHandler;
        set => Cpu.HostHandler = value;
    }

    /// <summary>Bundles pre-decoded so far (each once, unless code was modified).</summary>
    public long BundlesDecoded => _cache.BundlesDecoded;

    /// <summary>Loads an executable (DESIGN.md §5): its segments into physical memory, ip at
    /// its entry. Errors are <see cref="ElfLoadException"/>s with a clear message.</summary>
    public void Load(ElfFile elf)
    {
        ArgumentNullException.ThrowIfNull(elf);
        Cpu.Ip = ElfLoader.Load(elf, Memory);
        Cpu.Slot = 0;
    }

    /// <summary>Copies raw code or data to physical <paramref name="address"/> and sets ip to
    /// <paramref name="entry"/> (slot 0): for tests and tools that build images in memory.</summary>
    public void LoadImage(ulong address, ReadOnlySpan<byte> bytes, ulong entry)
    {
        if ((entry & 0xF) != 0 || entry >= Memory.Size)
        {
            throw new ArgumentOutOfRangeException(nameof(entry), $"entry 0x{entry:x} is not a bundle address inside guest memory");
        }

        Memory.Write(address, bytes);
        Cpu.Ip = entry;
        Cpu.Slot = 0;
    }

    /// <summary>Runs until the guest exits, faults, or <paramref name="maxInstructions"/> more
    /// instructions have retired.</summary>
    public RunResult Run(long maxInstructions = long.MaxValue)
    {
        long limit = maxInstructions >= long.MaxValue - Cpu.Retired ? long.MaxValue : Cpu.Retired + maxInstructions;
        Cpu.ReportUnhandled = false;
        var kind = _interpreter.Run(limit);
        bool unhandled = kind == StopKind.Interruption && Cpu.ReportUnhandled;
        return new RunResult(kind, unhandled ? Cpu.StopIp : Cpu.Ip, unhandled ? Cpu.StopSlot : Cpu.Slot, Cpu.Retired,
            kind == StopKind.Exit ? Firmware.ExitStatus : 0,
            kind == StopKind.Interruption ? Cpu.PendingInterruption : kind == StopKind.HostStop ? Cpu.LastDelivered : Interruption.None,
            Cpu.InterruptionDetail, Cpu.StopMessage);
    }
}
