using System.Buffers.Binary;

namespace PatchVmm.Cli.Tests;

/// <summary>Bad input gives one clear line on stderr and a non-zero status, never an exception
/// or a stack trace, and nothing on stdout.</summary>
public sealed class ErrorTests
{
    private static byte[] Hello() => File.ReadAllBytes(Cli.DataPath("guests", "hello.elf"));

    private static Cli.Result DisasmBytes(byte[] bytes)
    {
        using var f = Cli.WriteTemp(bytes, ".elf");
        return Cli.Run("disasm", f.Path);
    }

    private static void AssertFails(Cli.Result r, string fragment)
    {
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Cli.AssertOneLineError(r, fragment);
    }

    [Fact]
    public void Missing_file()
    {
        string path = Path.Combine(Path.GetTempPath(), $"patchvmm-missing-{Guid.NewGuid():N}.elf");
        AssertFails(Cli.Run("disasm", path), $"{path}: no such file");
        AssertFails(Cli.Run("disasm", "--raw", path), "no such file");
    }

    [Fact]
    public void Directory_instead_of_a_file() => AssertFails(Cli.Run("disasm", Path.GetTempPath()), "is a directory");

    [Fact]
    public void Empty_file() => AssertFails(DisasmBytes([]), "not an ELF file (the file is empty)");

    [Fact]
    public void Garbage()
    {
        var bytes = new byte[1000];
        new Random(1).NextBytes(bytes);
        AssertFails(DisasmBytes(bytes), "not an ELF file");
    }

    [Theory]
    [InlineData(4)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(40)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(200)]
    [InlineData(832)]
    [InlineData(1215)]
    public void Truncated_elf(int length)
    {
        var hello = Hello();
        Assert.Equal(1216, hello.Length); // the section headers are the last 384 bytes
        AssertFails(DisasmBytes(hello[..length]), "truncated");
    }

    [Fact]
    public void Wrong_machine()
    {
        var b = Hello();
        BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(0x12), 62);
        AssertFails(DisasmBytes(b), "not an IA-64 file: machine 62 (x86-64), expected 50 (EM_IA_64)");
    }

    [Fact]
    public void Elf32()
    {
        var b = Hello();
        b[4] = 1;
        AssertFails(DisasmBytes(b), "32-bit ELF (ELFCLASS32) is not supported");
    }

    [Fact]
    public void Big_endian()
    {
        var b = Hello();
        b[5] = 2;
        AssertFails(DisasmBytes(b), "big-endian ELF");
    }

    [Fact]
    public void Section_beyond_the_end_of_the_file()
    {
        var b = Hello();
        var sh1 = SectionHeader(b, 1); // .text
        BinaryPrimitives.WriteUInt64LittleEndian(sh1[24..], 0x7FFF_FFFF_FFFF_FF00); // sh_offset
        AssertFails(DisasmBytes(b), "section 1 (offset 0x7fffffffffffff00, 0xd0 bytes) extends beyond the end of the file");
    }

    [Fact]
    public void Section_name_table_index_out_of_range()
    {
        var b = Hello();
        BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(0x3E), 77);
        AssertFails(DisasmBytes(b), "the section name table index 77 is out of range (6 sections)");
    }

    [Fact]
    public void Symbol_name_outside_the_string_table()
    {
        var b = Hello();
        var symtab = SectionHeader(b, 3);
        ulong offset = BinaryPrimitives.ReadUInt64LittleEndian(symtab[24..]);
        BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan((int)offset + (9 * 24)), 0xFFFF); // symbol 9's st_name
        AssertFails(DisasmBytes(b), "the name of symbol 9 in .symtab: string offset 0xffff is outside its string table");
    }

    [Fact]
    public void Symbol_in_a_section_that_does_not_exist()
    {
        var b = Hello();
        var symtab = SectionHeader(b, 3);
        ulong offset = BinaryPrimitives.ReadUInt64LittleEndian(symtab[24..]);
        BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan((int)offset + (9 * 24) + 6), 40); // symbol 9's st_shndx
        AssertFails(DisasmBytes(b), "symbol 9 refers to section 40, out of range (6 sections)");
    }

    [Theory]
    [InlineData(new[] { "frobnicate" }, "unknown command 'frobnicate'")]
    [InlineData(new[] { "disasm" }, "disasm: FILE expected")]
    [InlineData(new[] { "disasm", "--base", "0x10", "x.elf" }, "--base applies to --raw only")]
    [InlineData(new[] { "disasm", "--raw", "--base", "0xZ", "x.bin" }, "'0xZ' is not an address")]
    [InlineData(new[] { "disasm", "--raw", "x.bin", "--base" }, "--base needs an address")]
    [InlineData(new[] { "disasm", "--wat", "x.bin" }, "unknown option '--wat'")]
    [InlineData(new[] { "disasm", "a.bin", "b.bin" }, "one FILE expected")]
    public void Usage_errors_exit_with_2(string[] args, string fragment)
    {
        var r = Cli.Run(args);
        Assert.Equal(2, r.ExitCode);
        Cli.AssertOneLineError(r, fragment);
    }

    [Fact]
    public void No_arguments_print_the_usage_and_exit_with_2()
    {
        var r = Cli.Run();
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("usage: patchvmm disasm", r.Stderr);
    }

    [Fact]
    public void Help_prints_the_usage()
    {
        var r = Cli.Run("help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("patchvmm disasm --raw FILE [--base ADDR]", r.Stdout);
    }

    /// <summary>Damaged copies of the committed images (a few random bytes changed, or cut
    /// short) either disassemble or fail with messages; nothing throws.</summary>
    [Theory]
    [InlineData("guests", "hello.elf")]
    [InlineData("Fixtures", "symbols.o")]
    [InlineData("Fixtures", "symbols.elf")]
    public void Damaged_files_never_throw(string folder, string file)
    {
        var original = File.ReadAllBytes(Cli.DataPath(folder, file));
        var random = new Random(12345);
        int failures = 0;
        for (int round = 0; round < 400; round++)
        {
            var b = (byte[])original.Clone();
            int changes = random.Next(1, 9);
            for (int i = 0; i < changes; i++)
            {
                int at = random.Next(b.Length);
                b[at] = random.Next(3) == 0 ? (byte)0xFF : (byte)random.Next(256);
            }

            if (round % 5 == 4)
            {
                b = b[..random.Next(b.Length)];
            }

            using var f = Cli.WriteTemp(b, ".elf");
            Cli.Result r;
            try
            {
                r = Cli.Run("disasm", f.Path);
            }
            catch (Exception e)
            {
                Assert.Fail($"round {round}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
                return;
            }

            Assert.True(r.ExitCode is 0 or 1, $"round {round}: exit code {r.ExitCode}");
            foreach (string line in r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.StartsWith("patchvmm: ", line);
            }

            failures += r.ExitCode;
        }

        Assert.True(failures > 0, "no damaged copy was rejected: the damage did not reach the headers");
    }

    private static Span<byte> SectionHeader(byte[] elf, int index)
    {
        ulong shoff = BinaryPrimitives.ReadUInt64LittleEndian(elf.AsSpan(0x28));
        return elf.AsSpan((int)shoff + (index * 64), 64);
    }
}
