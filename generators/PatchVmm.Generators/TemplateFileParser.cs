using System.Collections.Generic;
using System.Threading;
using PatchVmm.Generators.Model;

namespace PatchVmm.Generators;

/// <summary>Reads a template file (templates/README.md): templates made of header lines
/// (<c>template</c>, <c>row</c>, <c>where</c>, <c>slots</c>, <c>privileged</c>,
/// <c>summary</c>) and a C# body between a line <c>{</c> and a line <c>}</c> at column 0.
/// Errors become diagnostics with the exact line and column; the file's other templates
/// still parse.</summary>
internal static class TemplateFileParser
{
    public static TemplateFileSpec Parse(string path, string text, CancellationToken ct)
    {
        var templates = new List<TemplateSpec>();
        var diagnostics = new List<DiagnosticInfo>();
        var lines = TextLine.Split(path, text);
        Header? h = null;
        for (int n = 0; n < lines.Count; n++)
        {
            ct.ThrowIfCancellationRequested();
            var line = lines[n];
            var w = Word.Split(line.Text);
            string trimmed = line.Text.Trim();
            if (trimmed == "{")
            {
                if (h is null)
                {
                    diagnostics.Add(Error("PVM0001", line.At(line.Text.IndexOf('{'), 1), "a body '{' outside a template (start one with 'template NAME')"));
                    n = SkipBody(lines, n);
                    continue;
                }

                int end = SkipBody(lines, n);
                if (end >= lines.Count)
                {
                    diagnostics.Add(Error("PVM0001", line.At(line.Text.IndexOf('{'), 1), $"the body of template '{h.Name}' is not closed by a line '}}' at column 0"));
                    h = null;
                    break;
                }

                var body = new List<string>();
                for (int i = n + 1; i < end; i++)
                {
                    body.Add(lines[i].Text);
                }

                if (h.Row is null)
                {
                    diagnostics.Add(Error("PVM0001", h.NameLocation, $"template '{h.Name}' has no 'row' line naming its instruction-table row"));
                }
                else
                {
                    templates.Add(new TemplateSpec(h.Name, h.NameLocation, h.Row, h.RowLocation!, h.Where.ToEquatable(), h.Privileged,
                        h.Slots.ToEquatable(), h.SlotsLocation, h.Summary, path, lines[n].Number + 2, body.ToEquatable()));
                }

                h = null;
                n = end;
                continue;
            }

            if (w.Count == 0)
            {
                continue;
            }

            string key = w[0].Text;
            if (key == "template")
            {
                if (h is not null)
                {
                    diagnostics.Add(Error("PVM0001", h.NameLocation, $"template '{h.Name}' has no body ('{{' ... '}}')"));
                }

                h = null;
                if (w.Count != 2 || !IsName(w[1].Text))
                {
                    diagnostics.Add(Error("PVM0001", line.At(w[0].Column, trimmed.Length), "expected 'template NAME' (NAME: lower-case letters, digits, '.', '-', '_')"));
                    continue;
                }

                h = new Header(w[1].Text, line.At(w[1].Column, w[1].Text.Length));
                continue;
            }

            if (h is null)
            {
                diagnostics.Add(Error(key is "row" or "where" or "slots" or "privileged" or "summary" ? "PVM0001" : "PVM0002",
                    line.At(w[0].Column, key.Length), key is "row" or "where" or "slots" or "privileged" or "summary"
                        ? $"'{key}' outside a template (start one with 'template NAME')" : key));
                continue;
            }

            switch (key)
            {
                case "row":
                    if (w.Count < 3 || w.Count > 4)
                    {
                        diagnostics.Add(Error("PVM0001", line.At(w[0].Column, trimmed.Length), "expected 'row FORMAT MNEMONIC OPERANDS' as the instruction table writes the row"));
                    }
                    else if (h.Row is not null)
                    {
                        diagnostics.Add(Error("PVM0001", line.At(w[0].Column, trimmed.Length), $"template '{h.Name}' names a second row"));
                    }
                    else
                    {
                        h.Row = string.Join(" ", w[1].Text, w[2].Text, w.Count == 4 ? w[3].Text : "-");
                        int last = w[w.Count - 1].Column + w[w.Count - 1].Text.Length;
                        h.RowLocation = line.At(w[1].Column, last - w[1].Column);
                    }

                    break;
                case "where":
                    if (w.Count < 2)
                    {
                        diagnostics.Add(Error("PVM0001", line.At(w[0].Column, key.Length), "expected 'where OPERAND=VALUE' or 'where OPERAND=LOW..HIGH'"));
                    }

                    for (int i = 1; i < w.Count; i++)
                    {
                        var loc = line.At(w[i].Column, w[i].Text.Length);
                        if (TryParseWhere(w[i].Text, out string op, out ulong lo, out ulong hi))
                        {
                            h.Where.Add(new WhereSpec(op, lo, hi, loc));
                        }
                        else
                        {
                            diagnostics.Add(Error("PVM0001", loc, $"'{w[i].Text}' is not 'OPERAND=VALUE' or 'OPERAND=LOW..HIGH'"));
                        }
                    }

                    break;
                case "slots":
                    h.SlotsLocation = line.At(w[0].Column, trimmed.Length);
                    for (int i = 1; i < w.Count; i++)
                    {
                        if (w[i].Text is "0" or "1" or "2")
                        {
                            h.Slots.Add(w[i].Text[0] - '0');
                        }
                        else
                        {
                            diagnostics.Add(Error("PVM0001", line.At(w[i].Column, w[i].Text.Length), $"'{w[i].Text}' is not a slot (0, 1 or 2)"));
                        }
                    }

                    break;
                case "privileged":
                    if (w.Count != 1)
                    {
                        diagnostics.Add(Error("PVM0001", line.At(w[1].Column, w[1].Text.Length), "'privileged' takes no value"));
                    }

                    h.Privileged = true;
                    break;
                case "summary":
                    h.Summary = line.Text.Substring(w[0].Column + key.Length).Trim();
                    break;
                default:
                    diagnostics.Add(Error("PVM0002", line.At(w[0].Column, key.Length), key));
                    break;
            }
        }

        if (h is not null)
        {
            diagnostics.Add(Error("PVM0001", h.NameLocation, $"template '{h.Name}' has no body ('{{' ... '}}')"));
        }

        return new TemplateFileSpec(path, templates.ToEquatable(), diagnostics.ToEquatable());
    }

    internal static bool IsName(string s)
    {
        if (s.Length == 0 || !(s[0] is >= 'a' and <= 'z' || s[0] is >= '0' and <= '9'))
        {
            return false;
        }

        foreach (char c in s)
        {
            if (!(c is >= 'a' and <= 'z' || c is >= '0' and <= '9' || c is '.' or '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    // The line after a '{' line up to the next line that is '}' at column 0.
    private static int SkipBody(List<TextLine> lines, int open)
    {
        int i = open + 1;
        while (i < lines.Count && lines[i].Text.TrimEnd() != "}")
        {
            i++;
        }

        return i;
    }

    private static bool TryParseWhere(string s, out string operand, out ulong low, out ulong high)
    {
        operand = "";
        low = high = 0;
        int eq = s.IndexOf('=');
        if (eq <= 0)
        {
            return false;
        }

        operand = s.Substring(0, eq);
        string v = s.Substring(eq + 1);
        int dots = v.IndexOf("..", System.StringComparison.Ordinal);
        if (dots < 0)
        {
            bool ok = IsaFileParser.TryParseNumber(v, out low);
            high = low;
            return ok;
        }

        return IsaFileParser.TryParseNumber(v.Substring(0, dots), out low) && IsaFileParser.TryParseNumber(v.Substring(dots + 2), out high) && low <= high;
    }

    private static DiagnosticInfo Error(string id, LocationInfo location, string message) => DiagnosticInfo.Create(id, location, message);

    private sealed class Header
    {
        public Header(string name, LocationInfo location)
        {
            Name = name;
            NameLocation = location;
        }

        public string Name { get; }

        public LocationInfo NameLocation { get; }

        public string? Row { get; set; }

        public LocationInfo? RowLocation { get; set; }

        public List<WhereSpec> Where { get; } = new();

        public List<int> Slots { get; } = new();

        public LocationInfo? SlotsLocation { get; set; }

        public bool Privileged { get; set; }

        public string Summary { get; set; } = "";
    }
}
