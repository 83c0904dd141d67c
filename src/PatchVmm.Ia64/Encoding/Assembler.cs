using System.Globalization;

namespace PatchVmm.Ia64;

/// <summary>Parses one instruction written the way objdump prints it ("(p06) ld8.nta r4=[r5]",
/// "br.call.sptk.many b0=0xb0") into an <see cref="Instruction"/>, using the same table as
/// the decoder. IP-relative targets are absolute addresses, resolved against the bundle
/// address given. Not a full assembler: no symbols, no bundling, no pseudo-op rewriting
/// beyond the rows the table has.</summary>
public static class Assembler
{
    private static readonly Lazy<Dictionary<string, List<(Opcode Row, int[] Completers)>>> Forms = new(BuildForms);

    /// <summary>Parses <paramref name="text"/>; throws <see cref="EncodingException"/> with the
    /// reason when no form of the mnemonic fits.</summary>
    public static Instruction Parse(string text, ulong bundleAddress = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        string s = text.Trim();
        if (s.EndsWith(";;", StringComparison.Ordinal))
        {
            s = s[..^2].TrimEnd();
        }

        int qp = 0;
        if (s.StartsWith("(p", StringComparison.Ordinal))
        {
            int close = s.IndexOf(')', StringComparison.Ordinal);
            if (close < 0 || !int.TryParse(s.AsSpan(2, close - 2), NumberStyles.None, CultureInfo.InvariantCulture, out qp) || qp > 63)
            {
                throw new EncodingException($"'{text}': bad qualifying predicate");
            }

            s = s[(close + 1)..].TrimStart();
        }

        int space = s.IndexOf(' ', StringComparison.Ordinal);
        string mnemonic = space < 0 ? s : s[..space];
        string operands = space < 0 ? "" : s[(space + 1)..].Trim();
        if (!Forms.Value.TryGetValue(mnemonic, out var forms))
        {
            throw new EncodingException($"'{text}': unknown mnemonic '{mnemonic}'");
        }

        Span<long> values = stackalloc long[Instruction.MaxOperands];
        foreach (var (row, completers) in forms)
        {
            if (!row.HasQp && qp != 0)
            {
                continue;
            }

            if (TryOperands(row, operands, bundleAddress, values)
                && Encoder.TryCreate(row, qp, values[..row.Operands.Count], completers, out var ins, out _))
            {
                return ins;
            }
        }

        var expected = string.Join(" | ", forms.Select(f => f.Row.OperandTemplate).Distinct());
        throw new EncodingException($"'{text}': operands '{operands}' fit no form of {mnemonic} ({expected})");
    }

    /// <summary>Parses and encodes a non-X instruction into its 41 slot bits.</summary>
    public static ulong Encode(string text, ulong bundleAddress = 0) => Encoder.Encode(Parse(text, bundleAddress));

    private static bool TryOperands(Opcode row, string text, ulong bundleAddress, Span<long> values)
    {
        int pos = 0;
        foreach (var part in row.OperandParts)
        {
            if (part.Literal is not null)
            {
                if (string.CompareOrdinal(text, pos, part.Literal, 0, part.Literal.Length) != 0)
                {
                    return false;
                }

                pos += part.Literal.Length;
                continue;
            }

            if (!TryValue(row.OperandArray[part.Index], text, ref pos, bundleAddress, out values[part.Index]))
            {
                return false;
            }
        }

        return pos == text.Length;
    }

    private static bool TryValue(OperandKind kind, string text, ref int pos, ulong bundleAddress, out long value)
    {
        value = 0;
        switch (kind.Class)
        {
            case OperandClass.Gr:
                return Register(text, ref pos, 'r', out value);
            case OperandClass.Fr:
                return Register(text, ref pos, 'f', out value);
            case OperandClass.Pr:
                return Register(text, ref pos, 'p', out value);
            case OperandClass.Br:
                return Register(text, ref pos, 'b', out value);
            case OperandClass.Ar:
                return Named(text, ref pos, RegisterNames.ApplicationRegister, out value);
            case OperandClass.Cr:
                return Named(text, ref pos, RegisterNames.ControlRegister, out value);
            case OperandClass.MbType:
                for (int v = 0; v < MuxPermutation.Count; v++)
                {
                    if (MuxPermutation.Name(v) is { } name && string.CompareOrdinal(text, pos, name, 0, name.Length) == 0)
                    {
                        pos += name.Length;
                        value = v;
                        return true;
                    }
                }

                return false;
            case OperandClass.Target:
                // "0x50", or objdump's symbol form "50 <_start+0x50>".
                int start = pos;
                if (string.CompareOrdinal(text, pos, "0x", 0, 2) == 0)
                {
                    pos += 2;
                }

                int digits = pos;
                while (pos < text.Length && char.IsAsciiHexDigit(text[pos]))
                {
                    pos++;
                }

                if (pos == digits || !ulong.TryParse(text.AsSpan(digits, pos - digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong address))
                {
                    pos = start;
                    return false;
                }

                if (pos + 1 < text.Length && text[pos] == ' ' && text[pos + 1] == '<')
                {
                    int close = text.IndexOf('>', pos);
                    pos = close < 0 ? text.Length : close + 1;
                }

                value = (long)(address - bundleAddress);
                return true;
            default:
                return Number(text, ref pos, out value);
        }
    }

    private static bool Register(string text, ref int pos, char prefix, out long value)
    {
        value = 0;
        if (pos >= text.Length || text[pos] != prefix)
        {
            return false;
        }

        int p = pos + 1, start = p;
        while (p < text.Length && char.IsAsciiDigit(text[p]))
        {
            p++;
        }

        if (p == start || p - start > 3)
        {
            return false;
        }

        value = long.Parse(text.AsSpan(start, p - start), CultureInfo.InvariantCulture);
        pos = p;
        return true;
    }

    private static bool Named(string text, ref int pos, Func<int, string> name, out long value)
    {
        value = -1;
        int best = 0;
        for (int n = 0; n < 128; n++)
        {
            string s = name(n);
            if (s.Length > best && string.CompareOrdinal(text, pos, s, 0, s.Length) == 0
                && (pos + s.Length == text.Length || !char.IsAsciiLetterOrDigit(text[pos + s.Length])))
            {
                best = s.Length;
                value = n;
            }
        }

        pos += best;
        return best > 0;
    }

    private static bool Number(string text, ref int pos, out long value)
    {
        value = 0;
        int p = pos;
        bool negative = p < text.Length && text[p] == '-';
        if (negative)
        {
            p++;
        }

        bool hex = string.CompareOrdinal(text, p, "0x", 0, 2) == 0;
        if (hex)
        {
            p += 2;
        }

        int start = p;
        while (p < text.Length && (hex ? char.IsAsciiHexDigit(text[p]) : char.IsAsciiDigit(text[p])))
        {
            p++;
        }

        if (p == start)
        {
            return false;
        }

        var digits = text.AsSpan(start, p - start);
        bool ok = hex
            ? ulong.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong u)
            : ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out u);
        if (!ok)
        {
            return false;
        }

        value = negative ? -(long)u : (long)u;
        pos = p;
        return true;
    }

    // Every spelling of every row's mnemonic (each combination of non-reserved completer
    // values), most specific row first so that pseudo-ops win over their base forms.
    private static Dictionary<string, List<(Opcode, int[])>> BuildForms()
    {
        var forms = new Dictionary<string, List<(Opcode, int[])>>(StringComparer.Ordinal);
        foreach (var row in IsaTable.Default.Opcodes.OrderByDescending(r => r.Specificity).ThenBy(r => r.Id))
        {
            var choice = new int[row.Completers.Count];
            Expand(row, 0, choice, forms);
        }

        return forms;
    }

    private static void Expand(Opcode row, int index, int[] choice, Dictionary<string, List<(Opcode, int[])>> forms)
    {
        if (index == choice.Length)
        {
            string m = Disassembler.Mnemonic(row, choice);
            if (!forms.TryGetValue(m, out var list))
            {
                forms[m] = list = [];
            }

            list.Add((row, (int[])choice.Clone()));
            return;
        }

        var values = row.Completers[index].Values;
        for (int v = 0; v < values.Count; v++)
        {
            if (values[v] is not null)
            {
                choice[index] = v;
                Expand(row, index + 1, choice, forms);
            }
        }
    }
}
