namespace PatchVmm.Ia64.Elf;

/// <summary>One program header of an ELF64 file.</summary>
public sealed record ElfSegment(
    uint Type,
    uint Flags,
    ulong Offset,
    ulong VirtualAddress,
    ulong PhysicalAddress,
    ulong FileSize,
    ulong MemorySize,
    ulong Alignment)
{
    public const uint TypeNull = 0;
    public const uint TypeLoad = 1;
    public const uint TypeDynamic = 2;
    public const uint TypeInterp = 3;
    public const uint TypeNote = 4;

    public const uint FlagExecute = 1;
    public const uint FlagWrite = 2;
    public const uint FlagRead = 4;

    public bool IsLoad => Type == TypeLoad;
}
