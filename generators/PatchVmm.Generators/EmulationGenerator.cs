using System;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PatchVmm.Generators.Model;

namespace PatchVmm.Generators;

/// <summary>Generates the emulation table from the templates (*.pvt), the sensitive lists
/// (*.list) and the instruction table (*.isa), all AdditionalFiles. Each file is parsed on its
/// own (editing one re-parses only it); the table is built from the collected models and
/// written as one source; diagnostics are a separate output. Nothing is thrown: a failure is
/// diagnostic PVM0099.</summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class EmulationGenerator : IIncrementalGenerator
{
    internal const string Version = "0.1.0";

    /// <summary>Tracking names of the pipeline steps (the incremental tests look them up).</summary>
    public const string TemplateFileStep = "TemplateFile", IsaFileStep = "IsaFile", ListFileStep = "ListFile",
        TableNameStep = "TableName", TableStep = "Table", SourceStep = "Source", DiagnosticsStep = "Diagnostics";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var texts = context.AdditionalTextsProvider;
        var templates = texts.Where(static t => HasExtension(t.Path, ".pvt"))
            .Select(static (t, ct) => Parser.Template(t.Path, t.GetText(ct), ct)).WithTrackingName(TemplateFileStep);
        var isas = texts.Where(static t => HasExtension(t.Path, ".isa"))
            .Select(static (t, ct) => Parser.Isa(t.Path, t.GetText(ct), ct)).WithTrackingName(IsaFileStep);
        var lists = texts.Where(static t => HasExtension(t.Path, ".list"))
            .Select(static (t, ct) => Parser.List(t.Path, t.GetText(ct), ct)).WithTrackingName(ListFileStep);
        var tableName = context.AnalyzerConfigOptionsProvider
            .Select(static (o, _) => o.GlobalOptions.TryGetValue("build_property.PatchVmmTableName", out string? v) ? v : null)
            .WithTrackingName(TableNameStep);

        var generation = templates.Collect().Combine(isas.Collect()).Combine(lists.Collect()).Combine(tableName)
            .Select(static (x, ct) => Parser.Table(x.Left.Left.Left, x.Left.Left.Right, x.Left.Right, x.Right, ct))
            .WithTrackingName(TableStep);

        var source = generation.Select(static (g, _) => g.Table).WithTrackingName(SourceStep);
        var diagnostics = generation.Select(static (g, _) => g.Diagnostics).WithTrackingName(DiagnosticsStep);
        context.RegisterSourceOutput(source, static (spc, table) =>
        {
            if (table is null)
            {
                return;
            }

            string text;
            try
            {
                text = Emitter.Emit(table);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Internal, Location.None, e.Message));
                return;
            }

            spc.AddSource(table.ClassName + ".g.cs", SourceText.From(text, Encoding.UTF8));
        });
        context.RegisterSourceOutput(diagnostics, static (spc, list) =>
        {
            foreach (var d in list)
            {
                spc.ReportDiagnostic(ToDiagnostic(d));
            }
        });
    }

    internal static Diagnostic ToDiagnostic(DiagnosticInfo d)
    {
        var descriptor = DiagnosticDescriptors.Find(d.Id) ?? DiagnosticDescriptors.Internal;
        var location = d.Location is { } l
            ? Location.Create(l.Path, new TextSpan(l.Start, l.Length), new LinePositionSpan(new LinePosition(l.Line, l.Column), new LinePosition(l.EndLine, l.EndColumn)))
            : Location.None;
        return Diagnostic.Create(descriptor, location, d.Args.Cast<object>().ToArray());
    }

    private static bool HasExtension(string path, string extension) => path.EndsWith(extension, StringComparison.OrdinalIgnoreCase);
}
