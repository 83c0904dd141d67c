namespace PatchVmm.Ia64.Elf;

/// <summary>One entry of an ELF64 symbol table (.symtab or .dynsym), name resolved.</summary>
public readonly record struct ElfSymbol(string Name, ulong Value, ulong Size, byte Info, byte Other, uint SectionIndex)
{
    /// <summary>st_shndx: undefined.</summary>
    public const uint SectionUndefined = 0;

    /// <summary>Start of the reserved st_shndx range.</summary>
    public const uint SectionLoReserve = 0xFF00;

    /// <summary>IA-64: common symbol in the "ANSI" sense (SHN_IA_64_ANSI_COMMON).</summary>
    public const uint SectionIa64AnsiCommon = 0xFF00;

    public const uint SectionAbsolute = 0xFFF1;
    public const uint SectionCommon = 0xFFF2;

    /// <summary>The real index is in the SHT_SYMTAB_SHNDX section.</summary>
    public const uint SectionExtended = 0xFFFF;

    public const byte BindLocal = 0;
    public const byte BindGlobal = 1;
    public const byte BindWeak = 2;

    public const byte TypeNoType = 0;
    public const byte TypeObject = 1;
    public const byte TypeFunction = 2;
    public const byte TypeSection = 3;
    public const byte TypeFile = 4;
    public const byte TypeCommon = 5;
    public const byte TypeTls = 6;

    /// <summary>STB_*: the high nibble of st_info.</summary>
    public byte Binding => (byte)(Info >> 4);

    /// <summary>STT_*: the low nibble of st_info.</summary>
    public byte Type => (byte)(Info & 0xF);

    public bool IsUndefined => SectionIndex == SectionUndefined;

    public bool IsAbsolute => SectionIndex == SectionAbsolute;

    public bool IsCommon => SectionIndex is SectionCommon or SectionIa64AnsiCommon;

    /// <summary>True when <see cref="SectionIndex"/> names a section of the file (not a reserved value).</summary>
    public bool IsInSection => SectionIndex != SectionUndefined && SectionIndex < SectionLoReserve;
}
