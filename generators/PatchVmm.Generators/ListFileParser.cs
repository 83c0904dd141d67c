using System.Collections.Generic;
using System.Threading;
using PatchVmm.Generators.Model;

namespace PatchVmm.Generators;

/// <summary>Reads a sensitive list: one template name a line; <c>#</c> comments and blank lines allowed.</summary>
internal static class ListFileParser
{
    public static ListFileSpec Parse(string path, string text, CancellationToken ct)
    {
        var entries = new List<ListEntrySpec>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var line in TextLine.Split(path, text))
        {
            ct.ThrowIfCancellationRequested();
            var w = Word.Split(line.Text);
            if (w.Count == 0)
            {
                continue;
            }

            if (w.Count > 1)
            {
                int end = w[w.Count - 1].Column + w[w.Count - 1].Text.Length;
                diagnostics.Add(DiagnosticInfo.Create("PVM0010", line.At(w[1].Column, end - w[1].Column), "one template name a line; comments start with '#'"));
            }
            else if (!TemplateFileParser.IsName(w[0].Text))
            {
                diagnostics.Add(DiagnosticInfo.Create("PVM0010", line.At(w[0].Column, w[0].Text.Length), $"'{w[0].Text}' is not a template name (lower-case letters, digits, '.', '-', '_')"));
            }
            else
            {
                entries.Add(new ListEntrySpec(w[0].Text, line.At(w[0].Column, w[0].Text.Length)));
            }
        }

        return new ListFileSpec(path, entries.ToEquatable(), diagnostics.ToEquatable());
    }
}
