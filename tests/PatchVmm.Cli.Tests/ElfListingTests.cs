namespace PatchVmm.Cli.Tests;

/// <summary><c>patchvmm disasm FILE</c> on ELF files equals GNU objdump's <c>-d</c> listing of
/// them: the sample guests (samples/guests) and the fixtures exercising objdump's symbol
/// rules (Fixtures/symbols.s as a relocatable object, a linked image and a stripped image).
/// The listings are committed beside the files by tools/build-guests.sh.</summary>
public sealed class ElfListingTests
{
    /// <summary>(folder, file) of every committed ELF file with a reference listing.</summary>
    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>();
        foreach (var (folder, pattern) in new[] { ("guests", "*.elf"), ("Fixtures", "*.o"), ("Fixtures", "*.elf") })
        {
            foreach (string f in Directory.EnumerateFiles(Cli.DataPath(folder), pattern).Order(StringComparer.Ordinal))
            {
                data.Add(folder, Path.GetFileName(f));
            }
        }

        return data;
    }

    [Fact]
    public void The_sample_and_the_fixtures_are_present()
    {
        var files = Files().Select(row => $"{row[0]}/{row[1]}").ToList();
        Assert.Contains("guests/hello.elf", files);
        Assert.Contains("Fixtures/symbols.o", files);
        Assert.Contains("Fixtures/symbols.elf", files);
        Assert.Contains("Fixtures/symbols.stripped.elf", files);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Disassembly_equals_objdump(string folder, string file)
    {
        string path = Cli.DataPath(folder, file);
        string listing = File.Exists(path + ".objdump") ? path + ".objdump" : Path.ChangeExtension(path, ".objdump");
        // objdump ran in the file's folder, so its header names the file without a folder.
        string expected = File.ReadAllText(listing)
            .Replace($"\n{file}:     file format", $"\n{path}:     file format", StringComparison.Ordinal);

        var r = Cli.Run("disasm", path);

        AssertSameLines(expected, r.Stdout);
        // symbols.s ends .init with a partial bundle (and the linker puts .init at an address
        // that is not 16-byte aligned): objdump prints "out of bounds" lines; patchvmm also
        // says what is wrong on stderr and fails.
        bool partial = expected.Contains("is out of bounds.", StringComparison.Ordinal);
        Assert.Equal(partial ? 1 : 0, r.ExitCode);
        if (partial)
        {
            string[] errors = r.Stderr.TrimEnd('\n').Split('\n');
            Assert.All(errors, e => Assert.Matches(@"^patchvmm: .*: section \.init: (the last bundle at 0x10 is incomplete|bundles are not 16-byte aligned)", e));
        }
        else
        {
            Assert.Equal("", r.Stderr);
        }
    }

    /// <summary>Equal text, reported by the first differing line rather than as two long strings.</summary>
    internal static void AssertSameLines(string expected, string actual)
    {
        string[] want = expected.Split('\n'), got = actual.Split('\n');
        for (int i = 0; i < Math.Min(want.Length, got.Length); i++)
        {
            Assert.True(want[i] == got[i], $"line {i + 1} differs:\nobjdump:  '{want[i]}'\npatchvmm: '{got[i]}'");
        }

        Assert.True(want.Length == got.Length, $"objdump printed {want.Length} lines, patchvmm {got.Length}");
    }
}
