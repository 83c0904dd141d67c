using System.Globalization;

namespace PatchVmm.Vmm.Tests;

/// <summary>One line of Vectors/sensitive.vec (tools/regen-patch-vectors.sh): a bundle holding a
/// sensitive instruction in one slot, as GNU as assembles it, the bundle GNU as makes of the
/// expected patch, and objdump's text of the patched slot.</summary>
internal sealed record PatchVector(ulong Address, string Template, int Slot, byte[] Original, byte[] Patched, string PatchedText)
{
    public static IReadOnlyList<PatchVector> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Vectors", "sensitive.vec");
        return [.. File.ReadAllLines(path).Select(line =>
        {
            var f = line.Split('\t');
            return new PatchVector(ulong.Parse(f[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture), f[1],
                int.Parse(f[2], CultureInfo.InvariantCulture), Convert.FromHexString(f[3]), Convert.FromHexString(f[4]), f[5]);
        })];
    }

    /// <summary>The bundles back to back, as one code image loaded at 0.</summary>
    public static byte[] Image(IReadOnlyList<PatchVector> vectors, Func<PatchVector, byte[]> bytes) =>
        [.. vectors.SelectMany(bytes)];
}
