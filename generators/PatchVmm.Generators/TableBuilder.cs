using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PatchVmm.Generators.Model;

namespace PatchVmm.Generators;

/// <summary>Turns the parsed files into the table model: resolves every template's row against
/// the instruction table (mask/value, operand fields), applies its operand constraints and
/// slots, checks names, overlaps and the sensitive list, and numbers the routines. Entries are
/// sorted by name (ordinal), never by input order.</summary>
internal static class TableBuilder
{
    public const string DefaultTableName = "PatchVmm.Generated.EmulationTable";

    /// <summary>A row resolved against the operands of every table file.</summary>
    internal sealed record ResolvedRow(IsaRowSpec Row, string Key, ulong Mask, ulong Value, ulong LMask, ulong LValue,
        List<(string Name, IsaOperandSpec Kind)> Operands, bool HasRelations);

    public static GenerationSpec Build(
        IReadOnlyList<TemplateFileSpec> templateFiles, IReadOnlyList<IsaFileSpec> isaFiles, IReadOnlyList<ListFileSpec> listFiles,
        string? tableName, CancellationToken ct)
    {
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var f in isaFiles.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            diagnostics.AddRange(f.Diagnostics);
        }

        foreach (var f in templateFiles.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            diagnostics.AddRange(f.Diagnostics);
        }

        foreach (var f in listFiles.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            diagnostics.AddRange(f.Diagnostics);
        }

        var templates = templateFiles.OrderBy(f => f.Path, StringComparer.Ordinal).SelectMany(f => f.Templates).ToList();
        if (templates.Count == 0)
        {
            return new GenerationSpec(null, diagnostics.ToEquatable());
        }

        string name = string.IsNullOrWhiteSpace(tableName) ? DefaultTableName : tableName!.Trim();
        if (!IsQualifiedName(name))
        {
            diagnostics.Add(DiagnosticInfo.Create("PVM0014", null, name));
            name = DefaultTableName;
        }

        if (isaFiles.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create("PVM0013", templates[0].NameLocation));
            return new GenerationSpec(null, diagnostics.ToEquatable());
        }

        var rows = ResolveRows(isaFiles, ct);
        var byKey = rows.GroupBy(r => r.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        // Templates, resolved; the first definition of a name wins.
        var seen = new Dictionary<string, TemplateSpec>(StringComparer.Ordinal);
        var resolved = new List<(TemplateSpec T, ResolvedRow Row, ulong Mask, ulong Value, ulong LMask, ulong LValue, List<int> Slots)>();
        foreach (var t in templates)
        {
            ct.ThrowIfCancellationRequested();
            if (seen.TryGetValue(t.Name, out var first))
            {
                diagnostics.Add(DiagnosticInfo.Create("PVM0007", t.NameLocation, t.Name, Where(first.NameLocation)));
                continue;
            }

            seen.Add(t.Name, t);
            if (!byKey.TryGetValue(t.Row, out var candidates))
            {
                diagnostics.Add(DiagnosticInfo.Create("PVM0003", t.RowLocation,
                    $"no instruction-table row is '{t.Row}' (write the row's FORMAT MNEMONIC OPERANDS as the .isa file has them)"));
                continue;
            }

            if (candidates.Count > 1)
            {
                diagnostics.Add(DiagnosticInfo.Create("PVM0003", t.RowLocation,
                    $"row '{t.Row}' is ambiguous: {string.Join(", ", candidates.Select(c => $"{c.Row.File}:{c.Row.Line}"))}"));
                continue;
            }

            var row = candidates[0];
            if (row.Operands.Count > 4)
            {
                diagnostics.Add(DiagnosticInfo.Create("PVM0012", t.RowLocation, t.Row, row.Operands.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }

            ulong mask = row.Mask, value = row.Value, lmask = row.LMask, lvalue = row.LValue;
            bool ok = true;
            foreach (var w in t.Where)
            {
                var op = row.Operands.FirstOrDefault(o => o.Name == w.Operand);
                if (op.Kind is null)
                {
                    diagnostics.Add(DiagnosticInfo.Create("PVM0004", w.Location,
                        $"'{w.Operand}' is not an operand of row '{t.Row}' (its operands: {(row.Operands.Count == 0 ? "none" : string.Join(", ", row.Operands.Select(o => o.Name)))})"));
                    ok = false;
                    continue;
                }

                if (!TryConstrain(op.Kind, w.Low, w.High, ref mask, ref value, ref lmask, ref lvalue, out string why))
                {
                    diagnostics.Add(DiagnosticInfo.Create("PVM0004", w.Location, why));
                    ok = false;
                }
            }

            var allowed = AllowedSlots(row.Row.Unit);
            var slots = t.Slots.Count == 0 ? allowed : t.Slots.Distinct().OrderBy(s => s).ToList();
            foreach (int s in slots)
            {
                if (!allowed.Contains(s))
                {
                    diagnostics.Add(DiagnosticInfo.Create("PVM0008", t.SlotsLocation ?? t.NameLocation,
                        s.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Row.Unit, t.Name, string.Join(", ", allowed)));
                    ok = false;
                }
            }

            if (ok)
            {
                resolved.Add((t, row, mask, value, lmask, lvalue, slots));
            }
        }

        // Overlaps: two templates a slot can hold at once must be nested, the narrower one strictly.
        for (int i = 0; i < resolved.Count; i++)
        {
            for (int j = i + 1; j < resolved.Count; j++)
            {
                ct.ThrowIfCancellationRequested();
                var a = resolved[i];
                var b = resolved[j];
                if (!ShareSlots(a.Row.Row.Unit, b.Row.Row.Unit)
                    || ((a.Value ^ b.Value) & a.Mask & b.Mask) != 0 || ((a.LValue ^ b.LValue) & a.LMask & b.LMask) != 0)
                {
                    continue;
                }

                bool aInB = (a.Mask & ~b.Mask) == 0 && (a.LMask & ~b.LMask) == 0;
                bool bInA = (b.Mask & ~a.Mask) == 0 && (b.LMask & ~a.LMask) == 0;
                if (aInB == bInA)
                {
                    diagnostics.Add(DiagnosticInfo.Create("PVM0005", b.T.RowLocation, b.T.Name, a.T.Name, Where(a.T.RowLocation)));
                }
            }
        }

        // The sensitive list.
        var listed = new Dictionary<string, ListEntrySpec>(StringComparer.Ordinal);
        foreach (var e in listFiles.OrderBy(f => f.Path, StringComparer.Ordinal).SelectMany(f => f.Entries))
        {
            if (listed.TryGetValue(e.Name, out var firstEntry))
            {
                diagnostics.Add(DiagnosticInfo.Create("PVM0011", e.Location, e.Name, Where(firstEntry.Location)));
                continue;
            }

            listed.Add(e.Name, e);
            if (!seen.ContainsKey(e.Name))
            {
                diagnostics.Add(DiagnosticInfo.Create("PVM0006", e.Location, e.Name));
            }
        }

        // Entries by name, routines numbered entry by entry, slot by slot.
        var entries = new List<EntrySpec>();
        var routines = new List<RoutineSpec>();
        foreach (var r in resolved.OrderBy(r => r.T.Name, StringComparer.Ordinal))
        {
            int entry = entries.Count;
            var bySlot = new[] { -1, -1, -1 };
            foreach (int s in r.Slots)
            {
                bySlot[s] = routines.Count;
                routines.Add(new RoutineSpec(routines.Count, entry, s, PatchForm(r.Row.Row.Unit, s),
                    $"R{routines.Count}_{Identifier(r.T.Name)}_Slot{s}"));
            }

            var operands = r.Row.Operands.Select(o => new OperandFieldSpec(o.Name, o.Kind.Class, o.Kind.Fields, IsTarget(r.Row.Row.Operands, o.Name, o.Kind)));
            string instruction = r.Row.Row.Operands.Length == 0 ? r.Row.Row.Mnemonic : r.Row.Row.Mnemonic + " " + r.Row.Row.Operands;
            entries.Add(new EntrySpec(r.T.Name, instruction, r.Row.Row.Format, r.Row.Row.Unit, r.Mask, r.Value, r.LMask, r.LValue,
                r.Row.Row.HasQp, operands.ToEquatable(), bySlot.ToEquatable(), listed.ContainsKey(r.T.Name),
                $"{IsaFileParser.FileName(r.T.Path)}:{r.T.NameLocation.Line + 1}", r.T.Privileged, r.T.Summary, r.T.Path, r.T.BodyLine, r.T.Body));
        }

        int dot = name.LastIndexOf('.');
        var table = new TableSpec(name.Substring(0, dot), name.Substring(dot + 1), entries.ToEquatable(), routines.ToEquatable());
        return new GenerationSpec(table, diagnostics.ToEquatable());
    }

    /// <summary>Every row of the table files with its fixed bits and operands (the subset of
    /// src/PatchVmm.Ia64/Isa/README.md the templates need; the library checks the rest).</summary>
    internal static List<ResolvedRow> ResolveRows(IReadOnlyList<IsaFileSpec> isaFiles, CancellationToken ct)
    {
        var operands = new Dictionary<string, IsaOperandSpec>(StringComparer.Ordinal);
        foreach (var f in isaFiles.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            foreach (var o in f.Operands)
            {
                if (!operands.ContainsKey(o.Name))
                {
                    operands.Add(o.Name, o);
                }
            }
        }

        var rows = new List<ResolvedRow>();
        foreach (var f in isaFiles.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            foreach (var row in f.Rows)
            {
                ct.ThrowIfCancellationRequested();
                var rowOperands = new List<(string, IsaOperandSpec)>();
                foreach (string word in Identifiers(row.Operands))
                {
                    if (operands.TryGetValue(word, out var kind))
                    {
                        rowOperands.Add((word, kind));
                    }
                }

                ulong mask = 0, value = 0, lmask = 0, lvalue = 0;
                bool relations = false;
                foreach (string c in row.Constraints)
                {
                    if (c.Contains("=="))
                    {
                        relations = true;
                        continue;
                    }

                    int eq = c.IndexOf('=');
                    if (eq <= 0 || !IsaFileParser.TryParseNumber(c.Substring(eq + 1), out ulong v))
                    {
                        continue;
                    }

                    string lhs = c.Substring(0, eq);
                    IReadOnlyList<FieldSpec> fields;
                    if (IsaFileParser.TryParseField(lhs, out var field))
                    {
                        fields = new[] { field };
                    }
                    else if (operands.TryGetValue(lhs, out var k))
                    {
                        fields = k.Fields;
                    }
                    else
                    {
                        continue;
                    }

                    Scatter(fields, v, ulong.MaxValue, ref mask, ref value, ref lmask, ref lvalue);
                }

                string key = $"{row.Format} {row.Mnemonic} {(row.Operands.Length == 0 ? "-" : row.Operands)}";
                rows.Add(new ResolvedRow(row, key, mask, value, lmask, lvalue, rowOperands, relations));
            }
        }

        return rows;
    }

    /// <summary>Slots an instruction of the unit can sit in, from the 24 bundle templates
    /// (DESIGN.md §4): M 0–1, I 1–2, B 0–2, F 1–2, A any M or I slot (0–2), X slot 2 of MLX.</summary>
    internal static List<int> AllowedSlots(string unit) => unit switch
    {
        "M" => new List<int> { 0, 1 },
        "I" => new List<int> { 1, 2 },
        "F" => new List<int> { 1, 2 },
        "X" => new List<int> { 2 },
        _ => new List<int> { 0, 1, 2 },
    };

    private static string PatchForm(string unit, int slot) => unit switch
    {
        "M" => "break.m",
        "I" => "break.i",
        "B" => "break.b",
        "F" => "break.f",
        "X" => "break.x",
        _ => slot == 0 ? "break.m" : slot == 2 ? "break.i" : "break.m/break.i",
    };

    private static bool ShareSlots(string a, string b) =>
        a == b || (a == "A" && b is "M" or "I") || (b == "A" && a is "M" or "I");

    // r1 is written when the operand text is "r1=..." (its whole left-hand side).
    private static bool IsTarget(string operandText, string name, IsaOperandSpec kind) =>
        kind.Class == "gr" && operandText.StartsWith(name + "=", StringComparison.Ordinal);

    private static bool TryConstrain(IsaOperandSpec kind, ulong low, ulong high, ref ulong mask, ref ulong value, ref ulong lmask, ref ulong lvalue, out string why)
    {
        int width = kind.Fields.Sum(f => f.Width);
        ulong max = width >= 64 ? ulong.MaxValue : (1UL << width) - 1;
        if (high > max)
        {
            why = $"{high} does not fit operand '{kind.Name}' ({width} bits)";
            return false;
        }

        ulong size = high - low + 1;
        if (size == 0 || (size & (size - 1)) != 0 || (low & (size - 1)) != 0)
        {
            why = $"the range {low}..{high} of '{kind.Name}' is not a fixed-bits pattern (its size must be a power of two and its start a multiple of it)";
            return false;
        }

        Scatter(kind.Fields, low, ~(size - 1), ref mask, ref value, ref lmask, ref lvalue);
        why = "";
        return true;
    }

    // Writes the raw-value bits selected by `which` of `raw` into the fields (most significant first).
    private static void Scatter(IReadOnlyList<FieldSpec> fields, ulong raw, ulong which, ref ulong mask, ref ulong value, ref ulong lmask, ref ulong lvalue)
    {
        int bit = 0;
        for (int i = fields.Count - 1; i >= 0; i--)
        {
            var f = fields[i];
            for (int p = f.Lo; p <= f.Hi; p++, bit++)
            {
                if (bit >= 64 || ((which >> bit) & 1) == 0)
                {
                    continue;
                }

                ulong v = (raw >> bit) & 1;
                if (p >= 41)
                {
                    lmask |= 1UL << (p - 41);
                    lvalue = (lvalue & ~(1UL << (p - 41))) | (v << (p - 41));
                }
                else
                {
                    mask |= 1UL << p;
                    value = (value & ~(1UL << p)) | (v << p);
                }
            }
        }
    }

    private static IEnumerable<string> Identifiers(string text)
    {
        for (int i = 0; i < text.Length;)
        {
            if (char.IsLetter(text[i]) || text[i] == '_')
            {
                int j = i;
                while (j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] == '_'))
                {
                    j++;
                }

                yield return text.Substring(i, j - i);
                i = j;
            }
            else
            {
                i++;
            }
        }
    }

    internal static string Identifier(string name)
    {
        var chars = name.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (!char.IsLetterOrDigit(chars[i]))
            {
                chars[i] = '_';
            }
        }

        return new string(chars);
    }

    private static bool IsQualifiedName(string name)
    {
        var parts = name.Split('.');
        return parts.Length >= 2 && parts.All(p => p.Length > 0 && (char.IsLetter(p[0]) || p[0] == '_') && p.All(c => char.IsLetterOrDigit(c) || c == '_'));
    }

    private static string Where(LocationInfo l) => $"{IsaFileParser.FileName(l.Path)}:{l.Line + 1}:{l.Column + 1}";
}
