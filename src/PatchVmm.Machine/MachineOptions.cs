namespace PatchVmm.Machine;

/// <summary>How a <see cref="Machine"/> is built.</summary>
public sealed record MachineOptions
{
    /// <summary>The default guest physical memory: 64 MiB from physical address 0.</summary>
    public const ulong DefaultMemorySize = 64UL << 20;

    /// <summary>Guest physical memory in bytes (a multiple of 4 KiB).</summary>
    public ulong MemorySize { get; init; } = DefaultMemorySize;

    /// <summary>ar.itc advances this many ticks per retired instruction (DESIGN.md §5).</summary>
    public ulong ItcTicksPerInstruction { get; init; } = 1;
}
