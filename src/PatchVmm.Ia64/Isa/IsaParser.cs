using System.Globalization;

namespace PatchVmm.Ia64;

/// <summary>Turns the text of the table files (Isa/README.md) into an <see cref="IsaTable"/>.
/// Two passes: operand and completer definitions first (they may appear in any file, in any
/// order), then the instruction rows.</summary>
internal static class IsaParser
{
    private readonly record struct Line(string File, int Number, string[] Tokens);

    public static IsaTable Parse(IEnumerable<(string Name, string Text)> files)
    {
        var lines = new List<Line>();
        foreach (var (name, text) in files)
        {
            int n = 0;
            foreach (var raw in text.Split('\n'))
            {
                n++;
                int hash = raw.IndexOf('#', StringComparison.Ordinal);
                string body = hash >= 0 ? raw[..hash] : raw;
                var tokens = body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (tokens.Length > 0)
                {
                    lines.Add(new Line(name, n, tokens));
                }
            }
        }

        var operands = new Dictionary<string, OperandKind>(StringComparer.Ordinal);
        var completers = new Dictionary<string, CompleterKind>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.Tokens[0] == "operand")
            {
                var k = ParseOperand(line);
                Define(operands, completers, k.Name, line);
                operands.Add(k.Name, k);
            }
            else if (line.Tokens[0] == "completer")
            {
                var c = ParseCompleter(line);
                Define(operands, completers, c.Name, line);
                completers.Add(c.Name, c);
            }
        }

        var rows = new List<Opcode?> { null };
        foreach (var line in lines)
        {
            if (line.Tokens[0] is not ("operand" or "completer"))
            {
                rows.Add(ParseRow(line, rows.Count, operands, completers));
            }
        }

        if (rows.Count > ushort.MaxValue)
        {
            throw new IsaTableException($"the table has {rows.Count - 1} rows; at most {ushort.MaxValue - 1} fit an opcode id");
        }

        return new IsaTable(rows.ToArray(), operands, completers);
    }

    private static void Define(Dictionary<string, OperandKind> ops, Dictionary<string, CompleterKind> comps, string name, Line line)
    {
        if (ops.ContainsKey(name) || comps.ContainsKey(name))
        {
            throw Error(line, $"'{name}' is defined twice");
        }
    }

    private static OperandKind ParseOperand(Line line)
    {
        var t = line.Tokens;
        if (t.Length < 4)
        {
            throw Error(line, "expected: operand NAME CLASS FIELDS... [MODIFIERS]");
        }

        CheckName(line, t[1]);
        OperandClass cls = t[2] switch
        {
            "gr" => OperandClass.Gr,
            "fr" => OperandClass.Fr,
            "pr" => OperandClass.Pr,
            "br" => OperandClass.Br,
            "ar" => OperandClass.Ar,
            "cr" => OperandClass.Cr,
            "udec" => OperandClass.UDec,
            "sdec" => OperandClass.SDec,
            "uhex" => OperandClass.UHex,
            "shex" => OperandClass.SHex,
            "target" => OperandClass.Target,
            "inc3" => OperandClass.Inc3,
            "mbtype" => OperandClass.MbType,
            _ => throw Error(line, $"unknown operand class '{t[2]}'"),
        };
        var fields = new List<BitField>();
        var modifiers = new List<(char, long)>();
        for (int i = 3; i < t.Length; i++)
        {
            string s = t[i];
            if (s[0] is '+' or '*')
            {
                modifiers.Add((s[0], ParseNumber(line, s[1..])));
            }
            else if (s.EndsWith('-'))
            {
                modifiers.Add(('-', ParseNumber(line, s[..^1])));
            }
            else if (modifiers.Count == 0)
            {
                fields.Add(ParseField(line, s, 81));
            }
            else
            {
                throw Error(line, $"bit field '{s}' after a modifier");
            }
        }

        if (fields.Count == 0)
        {
            throw Error(line, $"operand '{t[1]}' has no bit fields");
        }

        var set = new FieldSet(fields);
        if (set.Width > 64)
        {
            throw Error(line, $"operand '{t[1]}' is {set.Width} bits wide; at most 64");
        }

        CheckDisjoint(line, fields);
        return new OperandKind(t[1], cls, set, modifiers);
    }

    private static CompleterKind ParseCompleter(Line line)
    {
        var t = line.Tokens;
        if (t.Length < 4)
        {
            throw Error(line, "expected: completer NAME FIELDS... VALUES...");
        }

        CheckName(line, t[1]);
        var fields = new List<BitField>();
        int i = 2;
        while (i < t.Length && IsField(t[i]))
        {
            fields.Add(ParseField(line, t[i], 81));
            i++;
        }

        if (fields.Count == 0)
        {
            throw Error(line, $"completer '{t[1]}' has no bit fields");
        }

        CheckDisjoint(line, fields);
        var set = new FieldSet(fields);
        int expected = 1 << Math.Min(set.Width, 16);
        var values = t[i..].Select(v => v switch { "-" => "", "!" => null, _ => v }).ToArray();
        if (set.Width > 8 || values.Length != expected)
        {
            throw Error(line, $"completer '{t[1]}' has {set.Width} bits, so it needs {expected} values; {values.Length} given");
        }

        return new CompleterKind(t[1], set, values);
    }

    private static Opcode ParseRow(
        Line line, int id, Dictionary<string, OperandKind> operands, Dictionary<string, CompleterKind> completers)
    {
        var t = line.Tokens;
        if (t.Length < 5)
        {
            throw Error(line, "expected: UNIT FORMAT MNEMONIC OPERANDS CONSTRAINTS... [FLAGS]");
        }

        Unit unit = t[0] switch
        {
            "A" => Unit.A,
            "I" => Unit.I,
            "M" => Unit.M,
            "B" => Unit.B,
            "F" => Unit.F,
            "X" => Unit.X,
            _ => throw Error(line, $"unknown unit '{t[0]}' (A I M B F X) or keyword"),
        };
        int maxBit = unit == Unit.X ? 81 : 40;

        // Mnemonic: literal text with {completer} references.
        var mnemonicParts = new List<TextPart>();
        var rowCompleters = new List<CompleterKind>();
        string m = t[2];
        int pos = 0;
        while (pos < m.Length)
        {
            int open = m.IndexOf('{', pos);
            if (open < 0)
            {
                mnemonicParts.Add(new TextPart(m[pos..], -1));
                break;
            }

            if (open > pos)
            {
                mnemonicParts.Add(new TextPart(m[pos..open], -1));
            }

            int close = m.IndexOf('}', open);
            if (close < 0)
            {
                throw Error(line, $"unclosed '{{' in mnemonic '{m}'");
            }

            string name = m[(open + 1)..close];
            if (!completers.TryGetValue(name, out var ck))
            {
                throw Error(line, $"unknown completer '{name}'");
            }

            mnemonicParts.Add(new TextPart(null, rowCompleters.Count));
            rowCompleters.Add(ck);
            pos = close + 1;
        }

        // Operands: identifiers naming an operand kind become operands; the rest is literal.
        var operandParts = new List<TextPart>();
        var rowOperands = new List<OperandKind>();
        string ops = t[3] == "-" ? "" : t[3];
        var literal = new System.Text.StringBuilder();
        for (int i = 0; i < ops.Length;)
        {
            if (char.IsAsciiLetter(ops[i]) || ops[i] == '_')
            {
                int j = i;
                while (j < ops.Length && (char.IsAsciiLetterOrDigit(ops[j]) || ops[j] == '_'))
                {
                    j++;
                }

                string word = ops[i..j];
                if (operands.TryGetValue(word, out var kind))
                {
                    if (rowOperands.Contains(kind))
                    {
                        throw Error(line, $"operand '{word}' appears twice");
                    }

                    if (literal.Length > 0)
                    {
                        operandParts.Add(new TextPart(literal.ToString(), -1));
                        literal.Clear();
                    }

                    operandParts.Add(new TextPart(null, rowOperands.Count));
                    rowOperands.Add(kind);
                }
                else
                {
                    literal.Append(word);
                }

                i = j;
            }
            else
            {
                literal.Append(ops[i]);
                i++;
            }
        }

        if (literal.Length > 0)
        {
            operandParts.Add(new TextPart(literal.ToString(), -1));
        }

        if (rowOperands.Count > Instruction.MaxOperands)
        {
            throw Error(line, $"a row has at most {Instruction.MaxOperands} operands");
        }

        // Constraints and flags.
        ulong mask = 0, value = 0, lmask = 0, lvalue = 0;
        bool hasQp = true;
        var relations = new List<FieldRelation>();
        var used = new List<(string What, ulong Slot, ulong L)>();
        for (int i = 4; i < t.Length; i++)
        {
            string s = t[i];
            if (s == "noqp")
            {
                hasQp = false;
                continue;
            }

            int rel = s.IndexOf("==", StringComparison.Ordinal);
            if (rel > 0)
            {
                var r = ParseRelation(line, s, rel, operands, rowOperands);
                used.Add(($"relation {r}", r.Derived.SlotMask, r.Derived.LMask));
                relations.Add(r);
                continue;
            }

            int eq = s.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw Error(line, $"expected a constraint 'hi:lo=V', 'NAME=V' or a flag, found '{s}'");
            }

            string lhs = s[..eq];
            ulong v = (ulong)ParseNumber(line, s[(eq + 1)..]);
            FieldSet fs;
            if (IsField(lhs))
            {
                fs = new FieldSet(new[] { ParseField(line, lhs, maxBit) });
            }
            else if (operands.TryGetValue(lhs, out var ok))
            {
                if (rowOperands.Contains(ok))
                {
                    throw Error(line, $"'{lhs}' is an operand of this row and cannot also be constrained");
                }

                fs = ok.Fields;
            }
            else
            {
                throw Error(line, $"constraint on unknown field '{lhs}'");
            }

            if (fs.Width < 64 && v >> fs.Width != 0)
            {
                throw Error(line, $"value {v} does not fit the {fs.Width}-bit field '{lhs}'");
            }

            ulong sbits = 0, lbits = 0;
            fs.Write(v, ref sbits, ref lbits);
            used.Add(($"constraint {lhs}", fs.SlotMask, fs.LMask));
            mask |= fs.SlotMask;
            value |= sbits;
            lmask |= fs.LMask;
            lvalue |= lbits;
        }

        if (hasQp)
        {
            used.Add(("qp", 0x3F, 0));
        }

        foreach (var k in rowOperands)
        {
            CheckRange(line, k.Fields, maxBit);
            used.Add(($"operand {k.Name}", k.Fields.SlotMask, k.Fields.LMask));
        }

        foreach (var c in rowCompleters)
        {
            CheckRange(line, c.Fields, maxBit);
            used.Add(($"completer {c.Name}", c.Fields.SlotMask, c.Fields.LMask));
        }

        for (int a = 0; a < used.Count; a++)
        {
            for (int b = a + 1; b < used.Count; b++)
            {
                if ((used[a].Slot & used[b].Slot) != 0 || (used[a].L & used[b].L) != 0)
                {
                    throw Error(line, $"{used[a].What} and {used[b].What} share bits");
                }
            }
        }

        if (mask == 0)
        {
            throw Error(line, "a row needs at least one fixed opcode bit");
        }

        return new Opcode(
            id, unit, t[1], m, ops, mnemonicParts.ToArray(), operandParts.ToArray(), rowOperands.ToArray(),
            rowCompleters.ToArray(), mask, value, lmask, lvalue, hasQp, relations.ToArray(), line.File, line.Number);
    }

    // "A==B" or "A+B==N": A is a field the row does not show (it is derived), B one of its operands.
    private static FieldRelation ParseRelation(
        Line line, string s, int rel, Dictionary<string, OperandKind> operands, List<OperandKind> rowOperands)
    {
        string lhs = s[..rel];
        long? sum = null;
        int plus = lhs.IndexOf('+', StringComparison.Ordinal);
        string derived = plus < 0 ? lhs : lhs[..plus];
        string source = plus < 0 ? s[(rel + 2)..] : lhs[(plus + 1)..];
        if (plus >= 0)
        {
            sum = ParseNumber(line, s[(rel + 2)..]);
        }

        if (!operands.TryGetValue(derived, out var d) || !operands.TryGetValue(source, out var src))
        {
            throw Error(line, $"relation '{s}' names an unknown operand");
        }

        if (rowOperands.Contains(d))
        {
            throw Error(line, $"in relation '{s}', '{derived}' is written from '{source}' and cannot be an operand of the row");
        }

        if (!rowOperands.Contains(src))
        {
            throw Error(line, $"in relation '{s}', '{source}' must be an operand of the row");
        }

        return new FieldRelation(derived, d.Fields, source, src.Fields, sum);
    }

    private static void CheckRange(Line line, FieldSet fs, int maxBit)
    {
        foreach (var f in fs.Fields)
        {
            if (f.Hi > maxBit)
            {
                throw Error(line, $"bit {f.Hi} is outside the instruction (0..{maxBit})");
            }
        }
    }

    private static void CheckDisjoint(Line line, List<BitField> fields)
    {
        ulong s = 0, l = 0;
        foreach (var f in fields)
        {
            if ((s & f.SlotMask) != 0 || (l & f.LMask) != 0)
            {
                throw Error(line, $"bit field {f} is listed twice");
            }

            s |= f.SlotMask;
            l |= f.LMask;
        }
    }

    private static void CheckName(Line line, string name)
    {
        if (!(char.IsAsciiLetter(name[0]) || name[0] == '_') || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw Error(line, $"'{name}' is not a valid name (letters, digits, '_')");
        }
    }

    private static bool IsField(string s) =>
        s.Length > 0 && char.IsAsciiDigit(s[0]) && s.All(c => char.IsAsciiDigit(c) || c == ':') && s.Count(c => c == ':') <= 1
        && !s.EndsWith(':');

    private static BitField ParseField(Line line, string s, int maxBit)
    {
        if (!IsField(s))
        {
            throw Error(line, $"'{s}' is not a bit field (hi:lo or bit)");
        }

        int colon = s.IndexOf(':', StringComparison.Ordinal);
        int hi = int.Parse(colon < 0 ? s : s[..colon], CultureInfo.InvariantCulture);
        int lo = colon < 0 ? hi : int.Parse(s[(colon + 1)..], CultureInfo.InvariantCulture);
        if (hi < lo)
        {
            throw Error(line, $"bit field '{s}' must be written hi:lo");
        }

        if (hi > maxBit || (lo <= 40 && hi > 40))
        {
            throw Error(line, $"bit field '{s}' is outside bits 0..{maxBit} or straddles the slot and L parts");
        }

        return new BitField(hi, lo);
    }

    private static long ParseNumber(Line line, string s)
    {
        bool ok;
        long v;
        if (s.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            ok = long.TryParse(s[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out v);
        }
        else if (s.StartsWith("0b", StringComparison.OrdinalIgnoreCase))
        {
            ok = s.Length > 2 && s.Length <= 66 && s[2..].All(c => c is '0' or '1');
            v = ok ? Convert.ToInt64(s[2..], 2) : 0;
        }
        else
        {
            ok = long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out v);
        }

        return ok ? v : throw Error(line, $"'{s}' is not a number");
    }

    private static IsaTableException Error(Line line, string message) => new($"{line.File}:{line.Number}: {message}");
}
