using System.Globalization;

namespace PatchVmm.Cli.Tests;

/// <summary><c>patchvmm patch</c> and <c>patchvmm catalog</c> against GNU as: patching the image
/// linked from every sensitive instruction gives exactly the image linked from the expected
/// patches (tools/regen-patch-vectors.sh).</summary>
public sealed class PatchCommandTests
{
    private static readonly string Sensitive = Cli.DataPath("patch", "sensitive.elf");
    private static readonly string Patched = Cli.DataPath("patch", "sensitive-patched.elf");

    private static string[][] Vectors => [.. File.ReadAllLines(Cli.DataPath("patch", "sensitive.vec")).Select(l => l.Split('\t'))];

    [Fact]
    public void PatchingTheElfGivesTheImageGnuLdLinksFromTheExpectedPatches()
    {
        string output = Path.Combine(Path.GetTempPath(), $"patchvmm-test-{Guid.NewGuid():N}.elf");
        try
        {
            var r = Cli.Run("patch", Sensitive, "--output", output);
            Assert.Equal(0, r.ExitCode);
            Assert.Equal($"{Sensitive}: 99 sites in 99 bundles; patched image written to {output}\n", r.Stdout);
            Assert.Equal(File.ReadAllBytes(Patched), File.ReadAllBytes(output));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void ListShowsEverySiteWithItsSlotTemplateAndPatch()
    {
        var r = Cli.Run("patch", Sensitive, "--list");
        Assert.Equal(0, r.ExitCode);
        string[] lines = r.Stdout.TrimEnd('\n').Split('\n');
        var vectors = Vectors;
        Assert.Equal(vectors.Length, lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            var v = vectors[i];
            ulong address = 0x100000 + ulong.Parse(v[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            Assert.StartsWith($"0x{address:x16} slot {v[2]}  ", lines[i], StringComparison.Ordinal);
            Assert.Contains($" {v[1]} ", lines[i], StringComparison.Ordinal);
            // The patch as objdump prints it for the expected bundle.
            string patch = v[5].Replace("[MMI] ", "", StringComparison.Ordinal).Replace("[MIB] ", "", StringComparison.Ordinal)
                .Replace("[MBB] ", "", StringComparison.Ordinal).Replace("[BBB] ", "", StringComparison.Ordinal).Replace(";;", "", StringComparison.Ordinal).Trim();
            Assert.EndsWith(patch, lines[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RawCodeAtABaseIsPatchedLikeTheElf()
    {
        var vectors = Vectors;
        byte[] code = [.. vectors.SelectMany(v => Convert.FromHexString(v[3]))];
        using var input = Cli.WriteTemp(code);
        string output = input.Path + ".out";
        try
        {
            var r = Cli.Run("patch", "--raw", input.Path, "--base", "0x100000", "--output", output);
            Assert.Equal(0, r.ExitCode);
            Assert.Equal(vectors.SelectMany(v => Convert.FromHexString(v[4])).ToArray(), File.ReadAllBytes(output));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void TheBranchFormBranchesFromBSlotsToTheTrampolines()
    {
        var r = Cli.Run("patch", Sensitive, "--list", "--form", "branch", "--trampolines", "0x200000");
        Assert.Equal(0, r.ExitCode);
        string[] lines = r.Stdout.TrimEnd('\n').Split('\n');
        var vectors = Vectors;
        for (int i = 0; i < lines.Length; i++)
        {
            bool bSlot = vectors[i][1] is "rfi" or "bsw.0" or "bsw.1" or "cover" or "epc";
            Assert.EndsWith(bSlot ? $"br.cond 0x{0x200000 + (16 * i):x}" : $"break.m 0x{0x140000 + i:x}", lines[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CodeWithoutSensitiveInstructionsHasNoSites()
    {
        string hello = Cli.DataPath("guests", "hello.elf");
        var r = Cli.Run("patch", hello, "--list");
        Assert.Equal((0, "", ""), (r.ExitCode, r.Stdout, r.Stderr));
        Assert.Matches(@": 0 sites in \d+ bundles\n$", Cli.Run("patch", hello).Stdout);
    }

    [Fact]
    public void CatalogListsEveryRoutineWithItsTemplateSlotUnitAndPatch()
    {
        var r = Cli.Run("catalog");
        Assert.Equal(0, r.ExitCode);
        string[] lines = r.Stdout.TrimEnd('\n').Split('\n');
        var rows = lines[1..^1];
        Assert.Equal(Vmm.BuiltIn.EmulationTable.RoutineCount, rows.Length);
        var vectors = Vectors;
        foreach (var v in vectors)
        {
            // Every (template, slot) of the vectors is one routine line.
            Assert.Single(rows, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var f && f[1] == v[1] && f[^4] == v[2]);
        }

        Assert.Equal($"{rows.Length} routines from 53 templates (53 on the sensitive list)", lines[^1]);
        Assert.Contains(rows, l => l.Contains("mov-from-cr-ivr    mov r1=ms_cr3", StringComparison.Ordinal) && l.Contains(" M    break.m ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2, "patch: FILE expected", "patch")]
    [InlineData(2, "patch: --form takes 'break' or 'branch', not 'jump'", "patch", "x.elf", "--form", "jump")]
    [InlineData(2, "patch: --base applies to --raw only", "patch", "x.elf", "--base", "0x100")]
    [InlineData(2, "patch: --base 0x108 is not a bundle address", "patch", "--raw", "x.bin", "--base", "0x108")]
    [InlineData(2, "patch: --output needs a value", "patch", "x.elf", "--output")]
    [InlineData(2, "patch: unknown option '--fast'", "patch", "x.elf", "--fast")]
    [InlineData(2, "catalog: takes no arguments", "catalog", "extra")]
    [InlineData(1, "no-such-file.elf: no such file", "patch", "no-such-file.elf")]
    public void BadInputIsOneLineAndAnExitStatus(int code, string message, params string[] args)
    {
        var r = Cli.Run(args);
        Assert.Equal(code, r.ExitCode);
        Cli.AssertOneLineError(r, message);
    }

    [Fact]
    public void ANonElfFileIsOneLineExitOne()
    {
        using var f = Cli.WriteTemp([1, 2, 3, 4], ".elf");
        var r = Cli.Run("patch", f.Path);
        Assert.Equal(1, r.ExitCode);
        Cli.AssertOneLineError(r, f.Path);
    }

    [Fact]
    public void AnUnwritableOutputIsOneLineExitOne()
    {
        var r = Cli.Run("patch", Sensitive, "--output", Path.GetTempPath());
        Assert.Equal(1, r.ExitCode);
        Cli.AssertOneLineError(r, "cannot write");
    }
}
