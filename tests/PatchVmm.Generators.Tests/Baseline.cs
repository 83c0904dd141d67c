using System.Runtime.CompilerServices;

namespace PatchVmm.Generators.Tests;

/// <summary>Committed expected outputs (Baselines/). Refresh them all with
/// <c>PATCHVMM_UPDATE_BASELINES=1 dotnet test tests/PatchVmm.Generators.Tests</c>, then
/// review the diff.</summary>
internal static class Baseline
{
    public static bool Updating => Environment.GetEnvironmentVariable("PATCHVMM_UPDATE_BASELINES") == "1";

    public static string Folder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Baselines");

    /// <summary>The committed text of <paramref name="name"/>; when updating, <paramref name="actual"/> is written first.</summary>
    public static string Expect(string name, string actual)
    {
        string path = Path.Combine(Folder(), name);
        if (Updating)
        {
            File.WriteAllText(path, actual.Replace("\r\n", "\n", StringComparison.Ordinal));
        }

        Assert.True(File.Exists(path), $"no baseline {name}: run PATCHVMM_UPDATE_BASELINES=1 dotnet test tests/PatchVmm.Generators.Tests");
        return File.ReadAllText(path);
    }
}
