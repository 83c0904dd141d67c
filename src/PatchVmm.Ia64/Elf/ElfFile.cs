using System.Buffers.Binary;
using System.Text;

namespace PatchVmm.Ia64.Elf;

/// <summary>A validated IA-64 ELF64 little-endian file: header, section headers, program
/// headers and symbol tables. <see cref="Parse"/> checks every offset and size it follows;
/// any defect is reported as an <see cref="ElfFormatException"/> whose message says what is
/// wrong and where, never as an index or overflow error.</summary>
public sealed class ElfFile
{
    public const ushort MachineIa64 = 50;

    public const ushort TypeRelocatable = 1;
    public const ushort TypeExecutable = 2;
    public const ushort TypeShared = 3;
    public const ushort TypeCore = 4;

    private const int HeaderSize = 64;
    private const int SectionHeaderSize = 64;
    private const int ProgramHeaderSize = 56;
    private const int SymbolSize = 24;
    private const ushort SectionIndexExtended = 0xFFFF;
    private const ushort ProgramHeaderCountExtended = 0xFFFF;

    private readonly ReadOnlyMemory<byte> _data;

    private ElfFile(ReadOnlyMemory<byte> data) => _data = data;

    /// <summary>e_type: <see cref="TypeRelocatable"/>, <see cref="TypeExecutable"/> or <see cref="TypeShared"/>.</summary>
    public ushort Type { get; private init; }

    /// <summary>e_machine; always <see cref="MachineIa64"/> for a parsed file.</summary>
    public ushort Machine { get; private init; }

    /// <summary>e_flags (for IA-64: EF_IA_64_ABI64 = 0x10, …).</summary>
    public uint Flags { get; private init; }

    /// <summary>e_entry.</summary>
    public ulong Entry { get; private init; }

    /// <summary>The section headers in file order, index 0 (the null section) included when present.</summary>
    public IReadOnlyList<ElfSection> Sections { get; private init; } = [];

    /// <summary>The program headers in file order.</summary>
    public IReadOnlyList<ElfSegment> Segments { get; private init; } = [];

    /// <summary>The entries of the first SHT_SYMTAB section, entry 0 (the null symbol) included;
    /// empty when there is none.</summary>
    public IReadOnlyList<ElfSymbol> Symbols { get; private init; } = [];

    /// <summary>The index of the SHT_SYMTAB section, or -1.</summary>
    public int SymbolTableIndex { get; private init; } = -1;

    /// <summary>The entries of the SHT_DYNSYM section, entry 0 included; empty when there is none.</summary>
    public IReadOnlyList<ElfSymbol> DynamicSymbols { get; private init; } = [];

    public bool IsRelocatable => Type == TypeRelocatable;

    /// <summary>The bytes of a section as stored in the file (empty for SHT_NOBITS).</summary>
    public ReadOnlyMemory<byte> GetContents(ElfSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return section.HasContents ? _data.Slice((int)section.Offset, (int)section.Size) : ReadOnlyMemory<byte>.Empty;
    }

    /// <summary>The bytes a segment takes from the file (its file size; the loader zero-fills
    /// the rest of its memory size). The parser has checked the range.</summary>
    public ReadOnlyMemory<byte> GetContents(ElfSegment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return _data.Slice((int)segment.Offset, (int)segment.FileSize);
    }

    /// <summary>The first section with the given name, or null.</summary>
    public ElfSection? FindSection(string name) => Sections.FirstOrDefault(s => s.Name == name);

    /// <summary>Reads and validates an IA-64 ELF64 little-endian file.</summary>
    public static ElfFile Parse(ReadOnlyMemory<byte> data)
    {
        var d = data.Span;
        if (d.Length < 4 || d[0] != 0x7F || d[1] != (byte)'E' || d[2] != (byte)'L' || d[3] != (byte)'F')
        {
            throw new ElfFormatException(d.Length == 0 ? "not an ELF file (the file is empty)" : "not an ELF file (no \\x7fELF magic number)");
        }

        if (d.Length < 16)
        {
            throw new ElfFormatException($"truncated ELF file: {d.Length} bytes, the identification alone is 16");
        }

        switch (d[4])
        {
            case 2:
                break;
            case 1:
                throw new ElfFormatException("32-bit ELF (ELFCLASS32) is not supported: IA-64 files are ELF64");
            default:
                throw new ElfFormatException($"invalid ELF class {d[4]} (expected 2, ELFCLASS64)");
        }

        switch (d[5])
        {
            case 1:
                break;
            case 2:
                throw new ElfFormatException("big-endian ELF (ELFDATA2MSB) is not supported: only little-endian IA-64 files are");
            default:
                throw new ElfFormatException($"invalid ELF data encoding {d[5]} (expected 1, little-endian)");
        }

        if (d[6] != 1)
        {
            throw new ElfFormatException($"unsupported ELF version {d[6]} in the identification (expected 1)");
        }

        if (d.Length < HeaderSize)
        {
            throw new ElfFormatException($"truncated ELF file: {d.Length} bytes, the ELF64 header alone is {HeaderSize}");
        }

        ushort type = U16(d, 0x10);
        ushort machine = U16(d, 0x12);
        if (machine != MachineIa64)
        {
            throw new ElfFormatException($"not an IA-64 file: machine {machine}{MachineName(machine)}, expected {MachineIa64} (EM_IA_64)");
        }

        if (type is not (TypeRelocatable or TypeExecutable or TypeShared))
        {
            throw new ElfFormatException(type == TypeCore
                ? "core files are not supported (ELF type 4, ET_CORE)"
                : $"unsupported ELF type {type} (expected 1 relocatable, 2 executable or 3 shared object)");
        }

        uint version = U32(d, 0x14);
        if (version != 1)
        {
            throw new ElfFormatException($"unsupported ELF version {version} in the header (expected 1)");
        }

        ulong entry = U64(d, 0x18);
        ulong phoff = U64(d, 0x20);
        ulong shoff = U64(d, 0x28);
        uint flags = U32(d, 0x30);
        ushort ehsize = U16(d, 0x34);
        ushort phentsize = U16(d, 0x36);
        ushort phnum16 = U16(d, 0x38);
        ushort shentsize = U16(d, 0x3A);
        ushort shnum16 = U16(d, 0x3C);
        ushort shstrndx16 = U16(d, 0x3E);
        if (ehsize != HeaderSize)
        {
            throw new ElfFormatException($"invalid ELF header size {ehsize} (expected {HeaderSize})");
        }

        ulong fileSize = (ulong)d.Length;

        // Section headers (with extended numbering: counts > 0xfeff live in section 0).
        ulong shnum = shnum16;
        uint shstrndx = shstrndx16;
        var raw = new List<RawSection>();
        if (shoff != 0)
        {
            if (shentsize != SectionHeaderSize)
            {
                throw new ElfFormatException($"invalid section header size {shentsize} (expected {SectionHeaderSize})");
            }

            CheckRange(fileSize, shoff, SectionHeaderSize, "section header 0");
            var first = ReadRawSection(d, shoff);
            if (shnum == 0)
            {
                shnum = first.Size;
            }

            if (shstrndx == SectionIndexExtended)
            {
                shstrndx = first.Link;
            }

            if (shnum > (fileSize - shoff) / SectionHeaderSize)
            {
                throw new ElfFormatException($"truncated ELF file: {shnum} section headers at offset 0x{shoff:x} need {shnum * SectionHeaderSize} bytes, only {fileSize - shoff} remain");
            }

            for (ulong i = 0; i < shnum; i++)
            {
                raw.Add(ReadRawSection(d, shoff + (i * SectionHeaderSize)));
            }
        }
        else if (shnum != 0)
        {
            throw new ElfFormatException($"the header declares {shnum} section headers at offset 0");
        }

        int count = raw.Count;
        for (int i = 1; i < count; i++)
        {
            var s = raw[i];
            if (s.Type != ElfSection.TypeNoBits && s.Type != ElfSection.TypeNull)
            {
                CheckRange(fileSize, s.Offset, s.Size, $"section {i}");
                if (s.Size > int.MaxValue)
                {
                    throw new ElfFormatException($"section {i} is too large ({s.Size} bytes)");
                }
            }
        }

        RawSection? names = null;
        if (shstrndx != 0)
        {
            if (shstrndx >= count)
            {
                throw new ElfFormatException($"the section name table index {shstrndx} is out of range ({count} sections)");
            }

            names = raw[(int)shstrndx];
            if (names.Value.Type != ElfSection.TypeStrTab)
            {
                throw new ElfFormatException($"the section name table (section {shstrndx}) is not a string table (type {names.Value.Type})");
            }
        }

        var sections = new ElfSection[count];
        for (int i = 0; i < count; i++)
        {
            var s = raw[i];
            string name = names is { } n ? ReadString(d, n, s.Name, $"the name of section {i}") : "";
            sections[i] = new ElfSection(i, name, s.Type, s.Flags, s.Address, s.Offset, s.Size, s.Link, s.Info, s.Alignment, s.EntrySize);
        }

        // Program headers.
        ulong phnum = phnum16;
        if (phnum16 == ProgramHeaderCountExtended && count > 0)
        {
            phnum = raw[0].Info;
        }

        var segments = new List<ElfSegment>();
        if (phnum != 0)
        {
            if (phoff == 0)
            {
                throw new ElfFormatException($"the header declares {phnum} program headers at offset 0");
            }

            if (phentsize != ProgramHeaderSize)
            {
                throw new ElfFormatException($"invalid program header size {phentsize} (expected {ProgramHeaderSize})");
            }

            CheckRange(fileSize, phoff, 0, "the program header table");
            if (phnum > (fileSize - phoff) / ProgramHeaderSize)
            {
                throw new ElfFormatException($"truncated ELF file: {phnum} program headers at offset 0x{phoff:x} need {phnum * ProgramHeaderSize} bytes, only {fileSize - phoff} remain");
            }

            for (ulong i = 0; i < phnum; i++)
            {
                int o = (int)(phoff + (i * ProgramHeaderSize));
                var seg = new ElfSegment(U32(d, o), U32(d, o + 4), U64(d, o + 8), U64(d, o + 16), U64(d, o + 24),
                    U64(d, o + 32), U64(d, o + 40), U64(d, o + 48));
                CheckRange(fileSize, seg.Offset, seg.FileSize, $"segment {i}");
                if (seg.IsLoad && seg.FileSize > seg.MemorySize)
                {
                    throw new ElfFormatException($"segment {i}: file size 0x{seg.FileSize:x} exceeds memory size 0x{seg.MemorySize:x}");
                }

                segments.Add(seg);
            }
        }

        // Symbol tables.
        int symtab = Array.FindIndex(sections, s => s.Type == ElfSection.TypeSymTab);
        int dynsym = Array.FindIndex(sections, s => s.Type == ElfSection.TypeDynSym);
        var symbols = symtab >= 0 ? ReadSymbols(d, sections, symtab) : [];
        var dynamicSymbols = dynsym >= 0 ? ReadSymbols(d, sections, dynsym) : [];

        return new ElfFile(data)
        {
            Type = type,
            Machine = machine,
            Flags = flags,
            Entry = entry,
            Sections = sections,
            Segments = segments,
            Symbols = symbols,
            SymbolTableIndex = symtab,
            DynamicSymbols = dynamicSymbols,
        };
    }

    private static ElfSymbol[] ReadSymbols(ReadOnlySpan<byte> d, ElfSection[] sections, int index)
    {
        var table = sections[index];
        string what = $"symbol table {table.Name} (section {index})";
        if (table.EntrySize != SymbolSize)
        {
            throw new ElfFormatException($"{what}: entry size {table.EntrySize} (expected {SymbolSize})");
        }

        if (table.Size % SymbolSize != 0)
        {
            throw new ElfFormatException($"{what}: size 0x{table.Size:x} is not a multiple of {SymbolSize}");
        }

        if (table.Link == 0 || table.Link >= sections.Length || sections[table.Link].Type != ElfSection.TypeStrTab)
        {
            throw new ElfFormatException($"{what}: its string table link {table.Link} is not a string table section");
        }

        var strings = sections[table.Link];
        int n = (int)(table.Size / SymbolSize);
        if (table.Info > (uint)n)
        {
            throw new ElfFormatException($"{what}: the first global symbol index {table.Info} exceeds the {n} entries");
        }

        // SHT_SYMTAB_SHNDX holding the real section indexes of entries marked SHN_XINDEX.
        var extended = Array.Find(sections, s => s.Type == ElfSection.TypeSymTabShndx && s.Link == (uint)index);
        var result = new ElfSymbol[n];
        var strRaw = new RawSection(0, strings.Type, strings.Flags, strings.Address, strings.Offset, strings.Size, strings.Link, strings.Info, strings.Alignment, strings.EntrySize);
        for (int i = 0; i < n; i++)
        {
            int o = (int)table.Offset + (i * SymbolSize);
            uint nameOffset = U32(d, o);
            byte info = d[o + 4];
            byte other = d[o + 5];
            uint shndx = U16(d, o + 6);
            ulong value = U64(d, o + 8);
            ulong size = U64(d, o + 16);
            if (shndx == ElfSymbol.SectionExtended)
            {
                if (extended is null)
                {
                    throw new ElfFormatException($"{what}: symbol {i} has an extended section index but there is no SHT_SYMTAB_SHNDX section");
                }

                if ((ulong)i >= extended.Size / 4)
                {
                    throw new ElfFormatException($"{what}: symbol {i} is beyond the extended section index table");
                }

                shndx = U32(d, (int)extended.Offset + (i * 4));
                if (shndx == 0 || shndx >= (uint)sections.Length)
                {
                    throw new ElfFormatException($"{what}: symbol {i} has extended section index {shndx}, out of range ({sections.Length} sections)");
                }
            }
            else if (shndx != 0 && shndx < ElfSymbol.SectionLoReserve && shndx >= (uint)sections.Length)
            {
                throw new ElfFormatException($"{what}: symbol {i} refers to section {shndx}, out of range ({sections.Length} sections)");
            }

            string name = ReadString(d, strRaw, nameOffset, $"the name of symbol {i} in {table.Name}");
            result[i] = new ElfSymbol(name, value, size, info, other, shndx);
        }

        return result;
    }

    private readonly record struct RawSection(uint Name, uint Type, ulong Flags, ulong Address, ulong Offset, ulong Size,
        uint Link, uint Info, ulong Alignment, ulong EntrySize);

    private static RawSection ReadRawSection(ReadOnlySpan<byte> d, ulong offset)
    {
        int o = (int)offset;
        return new RawSection(U32(d, o), U32(d, o + 4), U64(d, o + 8), U64(d, o + 16), U64(d, o + 24), U64(d, o + 32),
            U32(d, o + 40), U32(d, o + 44), U64(d, o + 48), U64(d, o + 56));
    }

    private static string ReadString(ReadOnlySpan<byte> d, RawSection table, uint offset, string what)
    {
        if (offset >= table.Size)
        {
            throw new ElfFormatException($"{what}: string offset 0x{offset:x} is outside its string table (0x{table.Size:x} bytes)");
        }

        var span = d.Slice((int)table.Offset, (int)table.Size)[(int)offset..];
        int end = span.IndexOf((byte)0);
        if (end < 0)
        {
            throw new ElfFormatException($"{what}: the string at offset 0x{offset:x} is not NUL-terminated within its string table");
        }

        return Encoding.UTF8.GetString(span[..end]);
    }

    private static void CheckRange(ulong fileSize, ulong offset, ulong size, string what)
    {
        if (offset > fileSize || size > fileSize - offset)
        {
            throw new ElfFormatException($"truncated or malformed ELF file: {what} (offset 0x{offset:x}, 0x{size:x} bytes) extends beyond the end of the file (0x{fileSize:x} bytes)");
        }
    }

    private static ushort U16(ReadOnlySpan<byte> d, int o) => BinaryPrimitives.ReadUInt16LittleEndian(d[o..]);

    private static uint U32(ReadOnlySpan<byte> d, int o) => BinaryPrimitives.ReadUInt32LittleEndian(d[o..]);

    private static ulong U64(ReadOnlySpan<byte> d, int o) => BinaryPrimitives.ReadUInt64LittleEndian(d[o..]);

    private static string MachineName(ushort machine) => machine switch
    {
        2 => " (SPARC)",
        3 => " (x86)",
        8 => " (MIPS)",
        20 => " (PowerPC)",
        21 => " (PowerPC64)",
        22 => " (S/390)",
        40 => " (ARM)",
        43 => " (SPARC V9)",
        62 => " (x86-64)",
        183 => " (AArch64)",
        243 => " (RISC-V)",
        258 => " (LoongArch)",
        _ => "",
    };
}
