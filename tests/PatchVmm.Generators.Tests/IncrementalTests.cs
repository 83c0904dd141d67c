using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PatchVmm.Generators.Tests;

/// <summary>The pipeline caches: a second run with nothing changed, or with an unrelated C#
/// edit, reuses every step; editing one template re-parses only that file. The models the
/// steps hold are plain values.</summary>
public sealed class IncrementalTests
{
    private static readonly string[] Steps =
    [
        EmulationGenerator.TemplateFileStep, EmulationGenerator.IsaFileStep, EmulationGenerator.ListFileStep,
        EmulationGenerator.TableNameStep, EmulationGenerator.TableStep, EmulationGenerator.SourceStep, EmulationGenerator.DiagnosticsStep,
    ];

    [Fact]
    public void ASecondRunReusesEveryStep()
    {
        var compilation = GeneratorInputs.Compilation("class A { }");
        var first = Drive.Run(Drive.Create(GeneratorInputs.All, null), compilation);
        var second = Drive.Run(first.Driver, compilation);
        AssertAllCached(second.Run);
    }

    [Fact]
    public void AnUnrelatedCSharpEditReusesEveryStep()
    {
        var compilation = GeneratorInputs.Compilation("class A { }");
        var first = Drive.Run(Drive.Create(GeneratorInputs.All, null), compilation);
        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText("class A { int x; }", GeneratorInputs.Parse, "/src/File0.cs"));
        var second = Drive.Run(first.Driver, edited);
        AssertAllCached(second.Run);
    }

    [Fact]
    public void EditingOneTemplateReparsesOnlyThatFile()
    {
        var compilation = GeneratorInputs.Compilation("class A { }");
        var texts = GeneratorInputs.Texts(GeneratorInputs.All);
        var first = Drive.Run(Drive.Create(texts, null), compilation);
        var old = texts.First(t => t.Path.EndsWith("cache.pvt", StringComparison.Ordinal));
        string edited = old.GetText()!.ToString().Replace("instructionCache: false);", "instructionCache: false); // edited", StringComparison.Ordinal);
        var second = Drive.Run(first.Driver.ReplaceAdditionalText(old, new GeneratorInputs.InMemoryText(old.Path, edited)), compilation);

        var reasons = second.Run.TrackedSteps[EmulationGenerator.TemplateFileStep].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(reasons.Where(r => r != IncrementalStepRunReason.Modified), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(second.Run.TrackedSteps[EmulationGenerator.IsaFileStep].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Equal(IncrementalStepRunReason.Modified, second.Run.TrackedSteps[EmulationGenerator.TableStep].Single().Outputs.Single().Reason);
        // The diagnostics did not change (none): that output is unchanged.
        Assert.Equal(IncrementalStepRunReason.Unchanged, second.Run.TrackedSteps[EmulationGenerator.DiagnosticsStep].Single().Outputs.Single().Reason);
        Assert.Contains("// edited", second.Generated["EmulationTable.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void NoStepHoldsASymbolCompilationSyntaxNodeAdditionalTextOrLocation()
    {
        var run = Drive.Run(GeneratorInputs.All).Run;
        foreach (string step in Steps)
        {
            foreach (var output in run.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                Walk(output.Value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void AssertAllCached(GeneratorRunResult run)
    {
        foreach (string step in Steps)
        {
            Assert.True(run.TrackedSteps.ContainsKey(step), $"step {step} was not tracked");
            foreach (var o in run.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}");
            }
        }
    }

    private static void Walk(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is ISymbol or Compilation or SyntaxNode or SyntaxTree or AdditionalText or Location or SemanticModel,
            $"{path} holds a {value.GetType().Name}");
        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items)
            {
                Walk(item, $"{path}[{i++}]", seen);
            }
        }

        foreach (var p in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (p.GetIndexParameters().Length == 0)
            {
                Walk(p.GetValue(value), $"{path}.{p.Name}", seen);
            }
        }
    }
}
