using Xunit.Abstractions;

namespace PatchVmm.Ia64.Tests;

/// <summary>The hand-written corpus: every instruction form, assembled by GNU as, with the
/// text GNU objdump prints (tools/regen-vectors.sh). Decoding, disassembly, encoding and the
/// text assembler must agree with it exactly.</summary>
public sealed class VectorTests(ITestOutputHelper output)
{
    public static TheoryData<string> Files() => new(VectorFile.CorpusFiles());

    [Fact]
    public void Corpus_is_present()
    {
        Assert.Contains("a.vec", VectorFile.CorpusFiles());
        Assert.True(VectorFile.CorpusFiles().Count() >= 7, "expected a, i, m-mem, m-sys, b, f and x vectors");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Disassembly_equals_objdump(string file)
    {
        var bad = new List<string>();
        int lines = 0;
        foreach (var v in VectorFile.Read(file))
        {
            var text = Disassembler.Disassemble(v.Bundle, v.Address);
            string[] got = [text.Line0, text.Line1, text.Line2];
            for (int i = 0; i < 3; i++)
            {
                lines++;
                if (got[i] != v.Text[i])
                {
                    bad.Add($"{v} line {i}: objdump '{v.Text[i]}' patchvmm '{got[i]}'");
                }
            }
        }

        output.WriteLine($"{file}: {lines - bad.Count}/{lines} lines equal objdump");
        Assert.True(bad.Count == 0, string.Join('\n', bad.Take(30)));
    }

    /// <summary>Decoding keeps the bits (Encoder.Encode gives them back exactly), and
    /// re-encoding from the decoded operand and completer values gives GNU as's bits again.
    /// Hand-made raw vectors that set bits a form ignores differ from the re-encoding only
    /// in those bits; they are counted and printed.</summary>
    [Theory]
    [MemberData(nameof(Files))]
    public void Decode_then_encode_reproduces_the_bits(string file)
    {
        var bad = new List<string>();
        int slots = 0, ignoredOnly = 0;
        foreach (var v in VectorFile.Read(file))
        {
            Decoder.DecodeBundle(v.Bundle, out var i0, out var i1, out var i2);
            bool mlx = v.Bundle.Template.SlotUnit(1) == Unit.L;
            Bundle kept = mlx ? BundleEncoder.Encode(v.Bundle.Template, i0, default, i2) : BundleEncoder.Encode(v.Bundle.Template, i0, i1, i2);
            if (kept != v.Bundle)
            {
                bad.Add($"{v}: {v.Bundle} encoded back as {kept}");
            }

            foreach (var (ins, _) in VectorFile.Slots(v))
            {
                if (!ins.IsValid)
                {
                    continue;
                }

                slots++;
                var again = Encoder.Reencode(ins);
                if (again.Bits == ins.Bits && again.LBits == ins.LBits)
                {
                    continue;
                }

                if (VectorFile.DiffersOnlyInIgnoredBits(ins, again.Bits, again.LBits))
                {
                    ignoredOnly++;
                }
                else
                {
                    bad.Add($"{v} '{Disassembler.Format(ins, v.Address)}': 0x{ins.Bits:x11} re-encoded from its values as 0x{again.Bits:x11}");
                }
            }
        }

        output.WriteLine($"{file}: {slots} instructions re-encoded from their values; {slots - ignoredOnly - bad.Count} exact, {ignoredOnly} differ only in bits the form ignores");
        Assert.True(bad.Count == 0, string.Join('\n', bad.Take(30)));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Objdump_text_assembles_to_the_same_bits(string file)
    {
        var bad = new List<string>();
        int count = 0, ignoredOnly = 0;
        foreach (var v in VectorFile.Read(file))
        {
            foreach (var (ins, line) in VectorFile.Slots(v))
            {
                if (!ins.IsValid)
                {
                    continue;
                }

                string text = line[6..]; // drop the "[MII] " tag column
                count++;
                try
                {
                    var parsed = Assembler.Parse(text, v.Address);
                    ulong bits = Encoder.EncodeX(parsed, out ulong l);
                    if (VectorFile.DiffersOnlyInIgnoredBits(ins, bits, l))
                    {
                        ignoredOnly++;
                    }
                    else if (bits != ins.Bits || l != ins.LBits)
                    {
                        bad.Add($"{v} '{text}': assembled 0x{bits:x11}/0x{l:x11}, GNU as 0x{ins.Bits:x11}/0x{ins.LBits:x11}");
                    }
                }
                catch (EncodingException e)
                {
                    bad.Add($"{v}: {e.Message}");
                }
            }
        }

        output.WriteLine($"{file}: {count - bad.Count - ignoredOnly}/{count} instructions assemble to GNU as's bits exactly, {ignoredOnly} differ only in bits the form ignores");
        Assert.True(bad.Count == 0, string.Join('\n', bad.Take(30)));
    }

    /// <summary>Coverage is checked, not hoped for: every row of the table decodes from at
    /// least one vector, and every non-reserved completer value of every row is seen.</summary>
    [Fact]
    public void Every_table_row_and_completer_value_has_a_vector()
    {
        var table = IsaTable.Default;
        var seen = new HashSet<ushort>();
        var seenCompleter = new HashSet<(ushort, int, int)>();
        foreach (var file in VectorFile.CorpusFiles())
        {
            foreach (var v in VectorFile.Read(file))
            {
                foreach (var (ins, _) in VectorFile.Slots(v))
                {
                    if (!ins.IsValid)
                    {
                        continue;
                    }

                    seen.Add(ins.OpcodeId);
                    for (int c = 0; c < ins.Opcode!.Completers.Count; c++)
                    {
                        seenCompleter.Add((ins.OpcodeId, c, ins.Completer(c)));
                    }
                }
            }
        }

        var missing = table.Opcodes.Where(o => !seen.Contains(o.Id)).Select(o => o.ToString()).ToList();
        var missingCompleters = new List<string>();
        foreach (var o in table.Opcodes.Where(o => seen.Contains(o.Id)))
        {
            for (int c = 0; c < o.Completers.Count; c++)
            {
                var values = o.Completers[c].Values;
                for (int v = 0; v < values.Count; v++)
                {
                    if (values[v] is not null && !seenCompleter.Contains((o.Id, c, v)))
                    {
                        missingCompleters.Add($"{o}: {o.Completers[c].Name}='{values[v]}'");
                    }
                }
            }
        }

        output.WriteLine($"{table.Opcodes.Count - missing.Count}/{table.Opcodes.Count} rows covered; {missingCompleters.Count} completer values uncovered");
        Assert.True(missing.Count == 0, "rows without a vector:\n" + string.Join('\n', missing.Take(40)));
        Assert.True(missingCompleters.Count == 0, "completer values without a vector:\n" + string.Join('\n', missingCompleters.Take(40)));
    }
}
