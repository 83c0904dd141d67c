using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace PatchVmm.Generators.Tests;

/// <summary>Baselines of the generated table for the built-in templates (Baselines/), checked
/// with Roslyn's source generator test framework: the generator's output must equal the
/// committed file and compile with PatchVmm.Vmm without a diagnostic.</summary>
public sealed class SnapshotTests
{
    [Fact]
    public async Task BuiltInTemplatesGenerateTheCommittedTable()
    {
        var run = Drive.Run(GeneratorInputs.All, "PatchVmm.Generated.EmulationTable");
        string expected = Baseline.Expect("EmulationTable.g.cs", run.Generated["EmulationTable.g.cs"]);

        var test = new CSharpSourceGeneratorTest<EmulationGenerator, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestState =
            {
                Sources = { "namespace Consumer { internal static class Uses { public static int Count => PatchVmm.Generated.EmulationTable.RoutineCount; } }" },
                GeneratedSources = { (typeof(EmulationGenerator), "EmulationTable.g.cs", expected) },
            },
        };
        test.TestState.AdditionalReferences.AddRange(GeneratorInputs.References);
        foreach (var (path, text) in GeneratorInputs.All)
        {
            test.TestState.AdditionalFiles.Add((path, text));
        }

        await test.RunAsync();
    }

    [Fact]
    public void ACustomTableNameNamesTheClassAndItsNamespace()
    {
        var run = Drive.Run(GeneratorInputs.All, "Downstream.Vmm.MyTable");
        Assert.True(run.Generated.ContainsKey("MyTable.g.cs"));
        Assert.Contains("namespace Downstream.Vmm", run.Generated["MyTable.g.cs"], StringComparison.Ordinal);
        Assert.Contains("public sealed partial class MyTable : global::PatchVmm.Vmm.IEmulationTable", run.Generated["MyTable.g.cs"], StringComparison.Ordinal);
        Assert.Empty(run.Diagnostics);
    }
}
