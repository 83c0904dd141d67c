using PatchVmm.Ia64.Elf;

namespace PatchVmm.Cli.Tests;

/// <summary>The ELF64 reader of PatchVmm.Ia64 on the committed images (facts checked with
/// ia64-linux-gnu-readelf -hlsS).</summary>
public sealed class ElfFileTests
{
    private static ElfFile Load(params string[] path) => ElfFile.Parse(File.ReadAllBytes(Cli.DataPath(path)));

    [Fact]
    public void Reads_the_hello_image()
    {
        var elf = Load("guests", "hello.elf");

        Assert.Equal(ElfFile.MachineIa64, elf.Machine);
        Assert.Equal(ElfFile.TypeExecutable, elf.Type);
        Assert.Equal(0x100000UL, elf.Entry);
        Assert.Equal(6, elf.Sections.Count);
        var text = elf.FindSection(".text");
        Assert.NotNull(text);
        Assert.True(text.IsExecutable && text.IsAllocated && text.HasContents);
        Assert.Equal((0x100000UL, 0x80UL), (text.Address, text.Offset));
        Assert.Equal(text.Size, (ulong)elf.GetContents(text).Length);
        var load = Assert.Single(elf.Segments);
        Assert.True(load.IsLoad);
        Assert.Equal((0x80UL, 0x100000UL, 0xECUL), (load.Offset, load.VirtualAddress, load.FileSize));
        var start = elf.Symbols.Single(s => s.Name == "_start");
        Assert.Equal((0x100000UL, 112UL, ElfSymbol.TypeFunction, ElfSymbol.BindGlobal, 1U),
            (start.Value, start.Size, start.Type, start.Binding, start.SectionIndex));
        Assert.Equal(0x1000d0UL, elf.Symbols.Single(s => s.Name == "message").Value);
    }

    [Fact]
    public void Reads_a_relocatable_object()
    {
        var elf = Load("Fixtures", "symbols.o");

        Assert.True(elf.IsRelocatable);
        Assert.Contains(elf.Sections, s => s.IsRelocationSection);
        Assert.Contains(elf.Symbols, s => s.Name == "absval" && s.IsAbsolute && s.Value == 0x40);
        Assert.Contains(elf.Symbols, s => s.Name == "ext_func" && s.IsUndefined);
        Assert.Contains(elf.Symbols, s => s.Name == "wk" && s.Binding == ElfSymbol.BindWeak);
        Assert.Contains(elf.Symbols, s => s.Name == "symbols.s" && s.Type == ElfSymbol.TypeFile);
    }

    [Fact]
    public void A_stripped_image_has_no_symbols()
    {
        var elf = Load("Fixtures", "symbols.stripped.elf");

        Assert.Empty(elf.Symbols);
        Assert.Equal(-1, elf.SymbolTableIndex);
        Assert.Contains(elf.Sections, s => s.Name == ".text" && s.IsExecutable);
    }

    [Fact]
    public void Errors_are_ElfFormatExceptions()
    {
        var e = Assert.Throws<ElfFormatException>(() => ElfFile.Parse(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1 }));
        Assert.Equal("truncated ELF file: 7 bytes, the identification alone is 16", e.Message);
    }
}
