using System.Globalization;
using System.IO.Compression;

namespace PatchVmm.Ia64.Tests;

/// <summary>One bundle of a vector file written by tools/regen-vectors.sh from GNU as +
/// objdump: its address, its 16 bytes, and objdump's three text lines.</summary>
public sealed record Vector(string File, int LineNumber, ulong Address, Bundle Bundle, string[] Text)
{
    public override string ToString() => $"{File}:{LineNumber} @0x{Address:x}";
}

public static class VectorFile
{
    /// <summary>The vector's decoded instructions, each with objdump's line for it (for MLX the
    /// X instruction sits on line 1; the L slot has no line of its own).</summary>
    public static IEnumerable<(Instruction Ins, string Text)> Slots(Vector v)
    {
        Decoder.DecodeBundle(v.Bundle, out var i0, out var i1, out var i2);
        yield return (i0, v.Text[0]);
        if (v.Bundle.Template.SlotUnit(1) == Unit.L)
        {
            yield return (i2, v.Text[1]);
            yield break;
        }

        yield return (i1, v.Text[1]);
        yield return (i2, v.Text[2]);
    }

    /// <summary>Whether <paramref name="other"/> bits differ from the instruction's only in
    /// bits its form ignores (hand-made raw vectors set such bits; GNU as never does).</summary>
    public static bool DiffersOnlyInIgnoredBits(in Instruction ins, ulong otherBits, ulong otherLBits)
    {
        ulong diff = otherBits ^ ins.Bits, ldiff = otherLBits ^ ins.LBits;
        return (diff | ldiff) != 0 && (diff & ~ins.Opcode!.IgnoredMask) == 0 && (ldiff & ~ins.Opcode.IgnoredLMask) == 0;
    }

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Vectors");

    /// <summary>The hand-written corpus (every *.vec, not the random one).</summary>
    public static IEnumerable<string> CorpusFiles() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.vec").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static IEnumerable<Vector> Read(string name)
    {
        string path = Path.Combine(Directory, name);
        using Stream raw = File.OpenRead(path);
        using Stream stream = name.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(raw, CompressionMode.Decompress) : raw;
        using var reader = new StreamReader(stream);
        int n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
            var f = line.Split('\t');
            if (f.Length != 5 || f[1].Length != 32)
            {
                throw new InvalidDataException($"{name}:{n}: expected ADDRESS, 32 hex digits and three text fields");
            }

            var bytes = Convert.FromHexString(f[1]);
            yield return new Vector(name, n, ulong.Parse(f[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                Bundle.Read(bytes), [f[2], f[3], f[4]]);
        }
    }
}
