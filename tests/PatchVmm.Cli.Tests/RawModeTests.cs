namespace PatchVmm.Cli.Tests;

/// <summary><c>patchvmm disasm --raw</c>: the same bytes as
/// <c>ia64-linux-gnu-objdump -D -b binary -m ia64 [--adjust-vma=ADDR] FILE</c>. The expected
/// listings below were printed by GNU objdump 2.40 for the bytes given beside them; the
/// bundles use reserved templates, so they print as data8 whatever the instruction table holds.</summary>
public sealed class RawModeTests
{
    // Two bundles with reserved templates (0x06 and 0x15) and 9 bytes of a partial bundle.
    private const string ReservedHex =
        "0687d65c8abce954fea6c1d304271365158a74d414fa8f8b61e6655122083fd2a70102030405060708";

    // objdump -D -b binary -m ia64 --adjust-vma=0xfff0 reserved.bin
    private const string ReservedAtFff0 =
        "\nreserved.bin:     file format binary\n\n\nDisassembly of section .data:\n\n000000000000fff0 <.data>:\n" +
        "    fff0:\t06 87 d6 5c 8a bc \t[-3-]       data8 0x1e452e6b438\n" +
        "    fff6:\te9 54 fe a6 c1 d3 \t            data8 0x1069bf953a6\n" +
        "    fffc:\t04 27 13 65       \t            data8 0xca264e09a7\n" +
        "   10000:\t15 8a 74 d4 14 fa \t[-a-]       data8 0x1d0a6a3a450\n" +
        "   10006:\t8f 8b 61 e6 65 51 \t            data8 0x19799862e3f\n" +
        "   1000c:\t22 08 3f d2       \t            data8 0x1a47e1044a2\n" +
        "   10010:\tAddress 0x10010 is out of bounds.\n\n";

    // A reserved-template bundle, a bundle of 16 zero bytes, another reserved-template bundle.
    private const string ZerosHex =
        "7ea62c41a7fc69daebf41ecb7e361860" + "00000000000000000000000000000000" + "271ae70ac4f4022e463bdc8db610350b";

    // objdump -D -b binary -m ia64 zeros.bin: 16 zero bytes in a row print as "...".
    private const string ZerosAt0 =
        "\nzeros.bin:     file format binary\n\n\nDisassembly of section .data:\n\n0000000000000000 <.data>:\n" +
        "   0:\t7e a6 2c 41 a7 fc \t[-f-]       data8 0x1e53a096533\n" +
        "   6:\t69 da eb f4 1e cb \t            data8 0x7bd3af69a7\n" +
        "   c:\t7e 36 18 60       \t            data8 0xc0306cfd96\n" +
        "\t...\n" +
        "  20:\t27 1a e7 0a c4 f4 \t[-3-]       data8 0x1a6205738d1\n" +
        "  26:\t02 2e 46 3b dc 8d \t            data8 0x170ed18b80b\n" +
        "  2c:\tb6 10 35 0b       \t            data8 0x166a216d1b\n";

    private static string WithPath(string listing, string name, string path) =>
        listing.Replace($"\n{name}:     file format", $"\n{path}:     file format", StringComparison.Ordinal);

    [Fact]
    public void Reserved_templates_and_a_partial_bundle_print_as_objdump_and_fail()
    {
        using var f = Cli.WriteTemp(Convert.FromHexString(ReservedHex));

        var r = Cli.Run("disasm", "--raw", f.Path, "--base", "0xfff0");

        ElfListingTests.AssertSameLines(WithPath(ReservedAtFff0, "reserved.bin", f.Path), r.Stdout);
        Assert.Equal(1, r.ExitCode);
        string[] errors = r.Stderr.TrimEnd('\n').Split('\n');
        Assert.Equal(2, errors.Length);
        Assert.StartsWith("patchvmm: ", errors[0]);
        Assert.Contains("2 bundles have a reserved template (first at 0xfff0, template [-3-])", errors[0]);
        Assert.Contains("the last bundle at 0x10010 is incomplete", errors[1]);
    }

    [Fact]
    public void Runs_of_zero_bytes_print_as_an_ellipsis()
    {
        using var f = Cli.WriteTemp(Convert.FromHexString(ZerosHex));

        var r = Cli.Run("disasm", "--raw", f.Path);

        ElfListingTests.AssertSameLines(WithPath(ZerosAt0, "zeros.bin", f.Path), r.Stdout);
        Assert.Equal(1, r.ExitCode);
        Cli.AssertOneLineError(r, "2 bundles have a reserved template");
    }

    [Theory]
    [InlineData("0x10", "0000000000000010 <.data>:\n  10:\t")]
    [InlineData("1048576", "0000000000100000 <.data>:\n  100000:\t")]
    [InlineData("0xE000000000001000", "e000000000001000 <.data>:\ne000000000001000:\t")]
    public void The_address_column_is_as_wide_as_the_end_address_needs(string baseAddress, string expected)
    {
        using var f = Cli.WriteTemp(Convert.FromHexString(ReservedHex[..64]));

        var r = Cli.Run("disasm", "--raw", $"--base={baseAddress}", f.Path);

        Assert.Contains(expected, r.Stdout);
    }

    [Fact]
    public void A_misaligned_base_stops_at_the_first_bundle_as_objdump_does()
    {
        using var f = Cli.WriteTemp(Convert.FromHexString(ReservedHex[..64]));

        var r = Cli.Run("disasm", "--raw", "--base", "0x8", f.Path);

        // objdump -D -b binary -m ia64 --adjust-vma=0x8: the bundle at 0x0 is outside the section.
        Assert.EndsWith("0000000000000008 <.data>:\n   8:\tAddress 0x0 is out of bounds.\n\n", r.Stdout);
        Assert.Equal(1, r.ExitCode);
        Cli.AssertOneLineError(r, "16-byte aligned");
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        using var f = Cli.WriteTemp([]);

        var r = Cli.Run("disasm", "--raw", f.Path);

        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Cli.AssertOneLineError(r, "file is empty");
    }
}
