using System.Text.Json;

namespace PatchVmm.Cli.Tests;

/// <summary><c>patchvmm run</c>: the guest's console and exit status, the statistics, the state
/// dump, the instruction limit, and clear errors for bad input.</summary>
public class RunCommandTests
{
    private static readonly string Hello = Cli.DataPath("guests", "hello.elf");

    [Fact]
    public void Hello_PrintsItsGreetingAndExitsWithItsStatus()
    {
        var r = Cli.Run("run", Hello);
        Assert.Equal("", r.Stderr);
        Assert.Equal("Hello from an IA-64 guest!\n", r.Stdout);
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void Stats_ReportsInstructionsTimeAndMips()
    {
        var r = Cli.Run("run", Hello, "--stats");
        Assert.Equal(0, r.ExitCode);
        Assert.Matches(@"^instructions: [1-9][0-9]*\ntime: [0-9]+\.[0-9]{3} s\nMIPS: [0-9]+\.[0-9]\nbundles decoded: [1-9][0-9]*\n$", r.Stderr);
    }

    [Fact]
    public void DumpState_WritesTheFinalStateInTheDocumentedFormat()
    {
        string path = Path.Combine(Path.GetTempPath(), $"patchvmm-test-{Guid.NewGuid():N}.json");
        try
        {
            var r = Cli.Run("run", Hello, "--dump-state", path);
            Assert.Equal(0, r.ExitCode);
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var root = doc.RootElement;
            Assert.Equal("patchvmm-state/1", root.GetProperty("format").GetString());
            Assert.Equal(0, root.GetProperty("exit").GetInt32());
            Assert.Equal("Hello from an IA-64 guest!\n", root.GetProperty("console").GetString());
            Assert.Matches("^0x[0-9a-f]{16}$", root.GetProperty("ip").GetString());
            Assert.Equal(66UL, Convert.ToUInt64(root.GetProperty("gr").GetProperty("r15").GetString(), 16));
            foreach (string key in (string[])["slot", "psr", "cfm", "instructions", "nat", "pr", "br", "ar", "cr", "rr", "fr"])
            {
                Assert.True(root.TryGetProperty(key, out _), key);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MaxInstructions_StopsARunawayGuestWithAClearMessage()
    {
        var r = Cli.Run("run", Hello, "--max-instructions", "10");
        Assert.Equal(124, r.ExitCode);
        Cli.AssertOneLineError(r, "stopped after 10 instructions (the instruction limit)");
    }

    [Fact]
    public void NotAnExecutable_IsAClearError()
    {
        var r = Cli.Run("run", Cli.DataPath("Fixtures", "symbols.o"));
        Assert.Equal(1, r.ExitCode);
        Cli.AssertOneLineError(r, "not an executable");
    }

    [Fact]
    public void NotAnElfFile_IsAClearError()
    {
        using var temp = Cli.WriteTemp([1, 2, 3, 4, 5, 6, 7, 8]);
        var r = Cli.Run("run", temp.Path);
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("patchvmm: ", r.Stderr);
    }

    [Fact]
    public void ImageLargerThanMemory_IsAClearError()
    {
        var r = Cli.Run("run", Hello, "--memory", "64K");
        Assert.Equal(1, r.ExitCode);
        Cli.AssertOneLineError(r, "does not fit in the guest's");
    }

    [Theory]
    [InlineData("--max-instructions", "0")]
    [InlineData("--max-instructions", "x")]
    [InlineData("--memory", "5000")]
    [InlineData("--memory", "0M")]
    [InlineData("--frobnicate", "1")]
    public void BadOptions_AreUsageErrors(string option, string value)
    {
        var r = Cli.Run("run", Hello, option, value);
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("patchvmm: run: ", r.Stderr);
    }

    [Fact]
    public void MissingFile_IsAClearError()
    {
        var r = Cli.Run("run", "/nonexistent/guest.elf");
        Assert.Equal(1, r.ExitCode);
        Cli.AssertOneLineError(r, "no such file");
    }
}
