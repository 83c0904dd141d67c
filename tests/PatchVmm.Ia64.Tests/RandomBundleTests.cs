using Xunit.Abstractions;

namespace PatchVmm.Ia64.Tests;

/// <summary>100,000 random bundles (fixed seed, non-reserved templates, random slot bits —
/// tools/regen-vectors.sh) with GNU objdump's text. Decoding never throws; the text matches
/// objdump on at least 99.9% of the lines, data8 lines included.</summary>
public sealed class RandomBundleTests(ITestOutputHelper output)
{
    [Fact]
    public void Random_bundles_match_objdump()
    {
        int bundles = 0, lines = 0, equal = 0, decodedByObjdump = 0, equalDecoded = 0;
        var examples = new List<string>();
        foreach (var v in VectorFile.Read("random.vec.gz"))
        {
            bundles++;
            Assert.False(v.Bundle.Template.IsReserved, $"{v}: the corpus must hold only non-reserved templates");
            var text = Disassembler.Disassemble(v.Bundle, v.Address);
            string[] got = [text.Line0, text.Line1, text.Line2];
            for (int i = 0; i < 3; i++)
            {
                if (v.Text[i].Length == 0 && got[i].Length == 0)
                {
                    continue; // MLX third line: bytes only
                }

                lines++;
                bool same = got[i] == v.Text[i];
                equal += same ? 1 : 0;
                if (!v.Text[i].Contains("data8 ", StringComparison.Ordinal))
                {
                    decodedByObjdump++;
                    equalDecoded += same ? 1 : 0;
                }

                if (!same && examples.Count < 25)
                {
                    examples.Add($"{v} line {i}: objdump '{v.Text[i]}' patchvmm '{got[i]}'");
                }
            }
        }

        double ratio = (double)equal / lines;
        double decodedRatio = (double)equalDecoded / decodedByObjdump;
        string summary = $"random bundles: {bundles}; lines equal to objdump: {equal}/{lines} = {ratio:P3}; " +
            $"on the {decodedByObjdump} lines objdump decodes: {equalDecoded} = {decodedRatio:P3}";
        output.WriteLine(summary);
        Console.WriteLine(summary);
        foreach (var e in examples)
        {
            output.WriteLine(e);
        }

        Assert.Equal(100_000, bundles);
        Assert.True(ratio >= 0.999 && decodedRatio >= 0.999, summary + "\n" + string.Join('\n', examples));
    }
}
