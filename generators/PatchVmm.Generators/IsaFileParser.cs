using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using PatchVmm.Generators.Model;

namespace PatchVmm.Generators;

/// <summary>Reads the subset of an instruction-table file (src/PatchVmm.Ia64/Isa/README.md) the
/// generator needs: operand definitions (name, class, bit fields), completer names, and the
/// rows as written. Rows are resolved against the operands of all files by
/// <see cref="TableBuilder"/>.</summary>
internal static class IsaFileParser
{
    public static IsaFileSpec Parse(string path, string text, CancellationToken ct)
    {
        var operands = new List<IsaOperandSpec>();
        var completers = new List<string>();
        var rows = new List<IsaRowSpec>();
        var diagnostics = new List<DiagnosticInfo>();
        string file = FileName(path);
        foreach (var line in TextLine.Split(path, text))
        {
            ct.ThrowIfCancellationRequested();
            var w = Word.Split(line.Text);
            if (w.Count == 0)
            {
                continue;
            }

            switch (w[0].Text)
            {
                case "operand":
                    if (w.Count < 4)
                    {
                        diagnostics.Add(DiagnosticInfo.Create("PVM0009", line.Whole, "expected: operand NAME CLASS FIELDS... [MODIFIERS]"));
                        break;
                    }

                    var fields = new List<FieldSpec>();
                    for (int i = 3; i < w.Count; i++)
                    {
                        if (TryParseField(w[i].Text, out var f))
                        {
                            fields.Add(f);
                        }
                        else if (!IsModifier(w[i].Text))
                        {
                            diagnostics.Add(DiagnosticInfo.Create("PVM0009", line.At(w[i].Column, w[i].Text.Length), $"'{w[i].Text}' is neither a bit field nor a modifier"));
                        }
                    }

                    operands.Add(new IsaOperandSpec(w[1].Text, w[2].Text, fields.ToEquatable()));
                    break;
                case "completer":
                    if (w.Count < 3)
                    {
                        diagnostics.Add(DiagnosticInfo.Create("PVM0009", line.Whole, "expected: completer NAME FIELDS VALUES..."));
                        break;
                    }

                    completers.Add(w[1].Text);
                    break;
                default:
                    if (w.Count < 5)
                    {
                        diagnostics.Add(DiagnosticInfo.Create("PVM0009", line.Whole, "expected: UNIT FORMAT MNEMONIC OPERANDS CONSTRAINTS... [FLAGS]"));
                        break;
                    }

                    var constraints = new List<string>();
                    bool hasQp = true;
                    for (int i = 4; i < w.Count; i++)
                    {
                        if (w[i].Text == "noqp")
                        {
                            hasQp = false;
                        }
                        else
                        {
                            constraints.Add(w[i].Text);
                        }
                    }

                    rows.Add(new IsaRowSpec(file, line.Number + 1, w[0].Text, w[1].Text, w[2].Text, w[3].Text == "-" ? "" : w[3].Text,
                        constraints.ToEquatable(), hasQp, line.Whole));
                    break;
            }
        }

        return new IsaFileSpec(path, operands.ToEquatable(), completers.ToEquatable(), rows.ToEquatable(), diagnostics.ToEquatable());
    }

    public static string FileName(string path)
    {
        int slash = System.Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash >= 0 ? path.Substring(slash + 1) : path;
    }

    /// <summary>A bit range <c>hi:lo</c> or a single bit <c>b</c>.</summary>
    public static bool TryParseField(string s, out FieldSpec field)
    {
        field = new FieldSpec(0, 0);
        int colon = s.IndexOf(':');
        if (colon < 0)
        {
            if (!IsDigits(s))
            {
                return false;
            }

            int b = int.Parse(s, CultureInfo.InvariantCulture);
            field = new FieldSpec(b, b);
            return b <= 81;
        }

        string hi = s.Substring(0, colon), lo = s.Substring(colon + 1);
        if (!IsDigits(hi) || !IsDigits(lo))
        {
            return false;
        }

        int h = int.Parse(hi, CultureInfo.InvariantCulture), l = int.Parse(lo, CultureInfo.InvariantCulture);
        field = new FieldSpec(h, l);
        return h >= l && h <= 81;
    }

    /// <summary>A number written decimal, <c>0x</c> hex or <c>0b</c> binary.</summary>
    public static bool TryParseNumber(string s, out ulong value)
    {
        value = 0;
        if (s.StartsWith("0x", System.StringComparison.OrdinalIgnoreCase))
        {
            return s.Length > 2 && ulong.TryParse(s.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
        }

        if (s.StartsWith("0b", System.StringComparison.OrdinalIgnoreCase))
        {
            if (s.Length == 2 || s.Length > 66)
            {
                return false;
            }

            for (int i = 2; i < s.Length; i++)
            {
                if (s[i] is not ('0' or '1'))
                {
                    return false;
                }

                value = (value << 1) | (uint)(s[i] - (char)48);
            }

            return true;
        }

        return IsDigits(s) && ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    // +N, *N (N may be negative) or N- (README.md: modifiers).
    private static bool IsModifier(string s) =>
        s.Length > 1 && ((s[0] is '+' or '*' && IsDigits(s.Substring(s[1] == '-' ? 2 : 1))) || (s[s.Length - 1] == '-' && IsDigits(s.Substring(0, s.Length - 1))));

    private static bool IsDigits(string s)
    {
        if (s.Length == 0)
        {
            return false;
        }

        foreach (char c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
