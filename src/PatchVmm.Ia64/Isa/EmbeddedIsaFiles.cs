namespace PatchVmm.Ia64;

/// <summary>Reads the <c>Isa/*.isa</c> files embedded in this assembly (no reflection beyond
/// the manifest resource stream, which is trim- and AOT-safe).</summary>
internal static class EmbeddedIsaFiles
{
    private const string Prefix = "PatchVmm.Ia64.Isa.";

    public static IEnumerable<(string Name, string Text)> Read()
    {
        var asm = typeof(EmbeddedIsaFiles).Assembly;
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = asm.GetManifestResourceStream(name)
                ?? throw new IsaTableException($"embedded table file {name} cannot be opened");
            using var reader = new StreamReader(stream);
            yield return (name[Prefix.Length..], reader.ReadToEnd());
        }
    }
}
