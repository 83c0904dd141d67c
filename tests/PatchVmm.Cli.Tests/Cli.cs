namespace PatchVmm.Cli.Tests;

/// <summary>Runs the patchvmm command in-process and captures what it prints.</summary>
internal static class Cli
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int code = Program.Run(args, stdout, stderr);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A file in the test's output folder (copied there by the project file).</summary>
    public static string DataPath(params string[] parts) => Path.Combine([AppContext.BaseDirectory, .. parts]);

    /// <summary>A fresh temporary file holding <paramref name="bytes"/>; deleted by the returned handle.</summary>
    public static TempFile WriteTemp(byte[] bytes, string extension = ".bin")
    {
        string path = Path.Combine(Path.GetTempPath(), $"patchvmm-test-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, bytes);
        return new TempFile(path);
    }

    public sealed class TempFile(string path) : IDisposable
    {
        public string Path { get; } = path;

        public void Dispose() => File.Delete(Path);
    }

    /// <summary>One line on stderr, starting "patchvmm: ", with no stack trace or exception name.</summary>
    public static void AssertOneLineError(Result r, string expectedFragment)
    {
        string[] lines = r.Stderr.TrimEnd('\n').Split('\n');
        Assert.True(lines.Length == 1, $"expected one line on stderr, got:\n{r.Stderr}");
        Assert.StartsWith("patchvmm: ", lines[0]);
        Assert.Contains(expectedFragment, lines[0]);
        Assert.DoesNotContain("Exception", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }
}
