using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PatchVmm.Generators.Tests;

/// <summary>Runs the generator with a driver that tracks its steps.</summary>
internal static class Drive
{
    public sealed record Result(GeneratorDriver Driver, Compilation Output, IReadOnlyDictionary<string, string> Generated, ImmutableArray<Diagnostic> Diagnostics, GeneratorRunResult Run);

    public static GeneratorDriver Create(IEnumerable<(string Path, string Text)> files, string? tableName) =>
        Create(GeneratorInputs.Texts(files), tableName);

    public static GeneratorDriver Create(ImmutableArray<AdditionalText> texts, string? tableName) =>
        CSharpGeneratorDriver.Create(
            [new EmulationGenerator().AsSourceGenerator()],
            texts,
            GeneratorInputs.Parse,
            new Options(tableName),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static Result Run(IEnumerable<(string Path, string Text)> files, string? tableName = null, params string[] sources) =>
        Run(Create(files, tableName), GeneratorInputs.Compilation(sources));

    public static Result Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var run = driver.GetRunResult().Results.Single();
        return new Result(driver, output, run.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString()), run.Diagnostics, run);
    }

    /// <summary>build_property.PatchVmmTableName as MSBuild passes it.</summary>
    private sealed class Options(string? tableName) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(tableName);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Values.Empty;
    }

    private sealed class Values(string? tableName) : AnalyzerConfigOptions
    {
        public static readonly Values Empty = new(null);

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
        {
            value = key == "build_property.PatchVmmTableName" ? tableName : null;
            return value is not null;
        }
    }
}
