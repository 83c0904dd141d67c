using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PatchVmm.Generators.Model;

namespace PatchVmm.Generators;

public sealed partial class EmulationGenerator
{
    /// <summary>The pipeline's transforms: one input file into its model, the collected models
    /// into the table. Each catches what it did not foresee and reports it as PVM0099, since an
    /// exception escaping a generator silently drops all of its output.</summary>
    internal static class Parser
    {
        public static TemplateFileSpec Template(string path, SourceText? text, CancellationToken ct)
        {
            try
            {
                return TemplateFileParser.Parse(path, text?.ToString() ?? "", ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new TemplateFileSpec(path, ImmutableEquatableArray<TemplateSpec>.Empty, Failure(path, e));
            }
        }

        public static IsaFileSpec Isa(string path, SourceText? text, CancellationToken ct)
        {
            try
            {
                return IsaFileParser.Parse(path, text?.ToString() ?? "", ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new IsaFileSpec(path, ImmutableEquatableArray<IsaOperandSpec>.Empty, ImmutableEquatableArray<string>.Empty,
                    ImmutableEquatableArray<IsaRowSpec>.Empty, Failure(path, e));
            }
        }

        public static ListFileSpec List(string path, SourceText? text, CancellationToken ct)
        {
            try
            {
                return ListFileParser.Parse(path, text?.ToString() ?? "", ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new ListFileSpec(path, ImmutableEquatableArray<ListEntrySpec>.Empty, Failure(path, e));
            }
        }

        public static GenerationSpec Table(
            ImmutableArray<TemplateFileSpec> templates, ImmutableArray<IsaFileSpec> isas, ImmutableArray<ListFileSpec> lists, string? tableName, CancellationToken ct)
        {
            try
            {
                return TableBuilder.Build(templates, isas, lists, tableName, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new GenerationSpec(null, new[] { DiagnosticInfo.Create("PVM0099", null, e.GetType().Name + ": " + e.Message) }.ToEquatable());
            }
        }

        private static ImmutableEquatableArray<DiagnosticInfo> Failure(string path, Exception e) =>
            new[] { DiagnosticInfo.Create("PVM0099", null, $"{path}: {e.GetType().Name}: {e.Message}") }.ToEquatable();
    }
}
