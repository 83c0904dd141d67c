namespace PatchVmm.Ia64.Elf;

/// <summary>One section header of an ELF64 file (all fields as stored, name resolved).</summary>
public sealed record ElfSection(
    int Index,
    string Name,
    uint Type,
    ulong Flags,
    ulong Address,
    ulong Offset,
    ulong Size,
    uint Link,
    uint Info,
    ulong Alignment,
    ulong EntrySize)
{
    public const uint TypeNull = 0;
    public const uint TypeProgBits = 1;
    public const uint TypeSymTab = 2;
    public const uint TypeStrTab = 3;
    public const uint TypeRela = 4;
    public const uint TypeHash = 5;
    public const uint TypeDynamic = 6;
    public const uint TypeNote = 7;
    public const uint TypeNoBits = 8;
    public const uint TypeRel = 9;
    public const uint TypeDynSym = 11;
    public const uint TypeSymTabShndx = 18;

    public const ulong FlagWrite = 0x1;
    public const ulong FlagAlloc = 0x2;
    public const ulong FlagExecInstr = 0x4;

    /// <summary>SHF_EXECINSTR: the section holds instructions.</summary>
    public bool IsExecutable => (Flags & FlagExecInstr) != 0;

    /// <summary>SHF_ALLOC: the section occupies memory when the image is loaded.</summary>
    public bool IsAllocated => (Flags & FlagAlloc) != 0;

    /// <summary>False for SHT_NOBITS (e.g. .bss), which takes no bytes in the file.</summary>
    public bool HasContents => Type != TypeNoBits && Type != TypeNull;

    public bool IsRelocationSection => Type is TypeRel or TypeRela;
}
