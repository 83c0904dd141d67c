using Microsoft.CodeAnalysis;

namespace PatchVmm.Generators.Tests;

/// <summary>Every diagnostic the generator reports, with the file, line and column it points at
/// (zero-based in the assertions, as Roslyn's line spans are), and C# errors inside a template
/// body reported at the template's own line and column through <c>#line</c>.</summary>
public sealed class DiagnosticTests
{
    private const string File = "/custom/t.pvt";

    private static Diagnostic Single(string id, params (string Path, string Text)[] files)
    {
        var run = Drive.Run(GeneratorInputs.Isa.Concat(files));
        var found = run.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(found.Count == 1, $"expected one {id}, got: {string.Join("; ", run.Diagnostics)}");
        return found[0];
    }

    private static void At(Diagnostic d, string path, int line, int column)
    {
        var span = d.Location.GetMappedLineSpan(); // through #line for C# errors in template bodies
        Assert.Equal(path, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line, span.StartLinePosition.Character));
    }

    [Fact]
    public void Pvm0001_AnUnclosedBodyPointsAtItsBrace()
    {
        var d = Single("PVM0001", (File, "template mov-x\nrow M36 mov r1=psr\n  {\n    return Next;\n"));
        At(d, File, 2, 2);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
    }

    [Fact]
    public void Pvm0001_AMalformedWhereValuePointsAtIt() =>
        At(Single("PVM0001", (File, "template mov-x\nrow M33 mov r1=ms_cr3\nwhere ms_cr3=x1\n{\n    return Next;\n}\n")), File, 2, 6);

    [Fact]
    public void Pvm0002_AnUnknownKeywordPointsAtIt() =>
        At(Single("PVM0002", (File, "template mov-x\n  flavour vanilla\nrow M36 mov r1=psr\n{\n    return Next;\n}\n")), File, 1, 2);

    [Fact]
    public void Pvm0003_ARowNotInTheTablePointsAtTheRowText() =>
        At(Single("PVM0003", (File, "template mov-x\nrow   M36 mov r1=psrx\n{\n    return Next;\n}\n")), File, 1, 6);

    [Fact]
    public void Pvm0004_AConstraintOnAnOperandTheRowLacksPointsAtIt() =>
        At(Single("PVM0004", (File, "template mov-x\nrow M33 mov r1=ms_cr3\nwhere ms_cr3=65 r9=1\n{\n    return Next;\n}\n")), File, 2, 16);

    [Fact]
    public void Pvm0004_ARangeThatIsNoFixedBitPatternIsRejected() =>
        At(Single("PVM0004", (File, "template mov-x\nrow M33 mov r1=ms_cr3\nwhere ms_cr3=1..6\n{\n    return Next;\n}\n")), File, 2, 6);

    [Fact]
    public void Pvm0005_OverlappingTemplatesPointAtTheSecondRow()
    {
        var d = Single("PVM0005", (File, "template a\nrow M36 mov r1=psr\n{\n    return Next;\n}\ntemplate b\nrow M36 mov r1=psr\n{\n    return Next;\n}\n"));
        At(d, File, 6, 4);
        Assert.Contains("'b'", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Pvm0005_ANarrowerTemplateInsideABroaderOneIsNoOverlap()
    {
        var run = Drive.Run(GeneratorInputs.Isa.Append((File, "template a\nrow M33 mov r1=ms_cr3\n{\n    return Next;\n}\ntemplate b\nrow M33 mov r1=ms_cr3\nwhere ms_cr3=64..71\n{\n    return Next;\n}\n")));
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void Pvm0006_AListedNameWithoutATemplatePointsAtTheListLine() =>
        At(Single("PVM0006", (File, "template a\nrow M36 mov r1=psr\n{\n    return Next;\n}\n"), ("/custom/x.list", "# list\na\n   no-such\n")), "/custom/x.list", 2, 3);

    [Fact]
    public void Pvm0007_ADuplicateNamePointsAtTheSecondDefinition() =>
        At(Single("PVM0007", (File, "template a\nrow M36 mov r1=psr\n{\n    return Next;\n}\ntemplate a\nrow M43 mov r1=rr[r3]\n{\n    return Next;\n}\n")), File, 5, 9);

    [Fact]
    public void Pvm0008_ASlotTheUnitCannotHavePointsAtTheSlotsLine() =>
        At(Single("PVM0008", (File, "template a\nrow M36 mov r1=psr\nslots 1 2\n{\n    return Next;\n}\n")), File, 2, 0);

    [Fact]
    public void Pvm0009_AnInstructionTableSyntaxErrorPointsAtItsLine() =>
        At(Single("PVM0009", ("/custom/extra.isa", "# extra\noperand x_only\n")), "/custom/extra.isa", 1, 0);

    [Fact]
    public void Pvm0010_AListLineWithTwoNamesPointsAtTheSecond() =>
        At(Single("PVM0010", ("/custom/x.list", "rfi cover\n")), "/custom/x.list", 0, 4);

    [Fact]
    public void Pvm0011_ADuplicateListEntryIsAWarningAtTheSecond()
    {
        var d = Single("PVM0011", (File, "template a\nrow M36 mov r1=psr\n{\n    return Next;\n}\n"), ("/custom/x.list", "a\na\n"));
        At(d, "/custom/x.list", 1, 0);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
    }

    [Fact]
    public void Pvm0012_ARowWithMoreOperandsThanASiteHoldsPointsAtTheRow() =>
        At(Single("PVM0012",
            ("/custom/wide.isa", "operand w1 udec 1:0\noperand w2 udec 3:2\noperand w3 udec 5:4\noperand w4 udec 7:6\noperand w5 udec 9:8\nM M99 wide w1,w2,w3,w4,w5 40:37=15\n"),
            (File, "template a\nrow M99 wide w1,w2,w3,w4,w5\n{\n    return Next;\n}\n")), File, 1, 4);

    [Fact]
    public void Pvm0013_TemplatesWithoutAnInstructionTable()
    {
        var run = Drive.Run([(File, "template a\nrow M36 mov r1=psr\n{\n    return Next;\n}\n")]);
        var d = Assert.Single(run.Diagnostics);
        Assert.Equal("PVM0013", d.Id);
        At(d, File, 0, 9);
    }

    [Fact]
    public void Pvm0014_ATableNameWithoutANamespace()
    {
        var run = Drive.Run(GeneratorInputs.All, "JustAName");
        var d = Assert.Single(run.Diagnostics);
        Assert.Equal("PVM0014", d.Id);
        Assert.Equal(Location.None, d.Location);
        Assert.True(run.Generated.ContainsKey("EmulationTable.g.cs"), "the default name is used instead");
    }

    [Fact]
    public void CSharpErrorsInATemplateBodyPointAtTheTemplateLineAndColumn()
    {
        var run = Drive.Run(GeneratorInputs.Isa.Append((File, "template a\nrow M36 mov r1=psr\n{\n    vcpu.SetGr(r1, 0);\n    return Nxt;\n}\n")), null, "class A { }");
        Assert.Empty(run.Diagnostics);
        // One error per routine (the body is in each slot's routine: slots 0 and 1), all at the template's line and column.
        var errors = run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e =>
        {
            Assert.Equal("CS0103", e.Id); // the name 'Nxt' does not exist
            At(e, File, 4, 11);
        });
    }

    [Fact]
    public void TheBuiltInTemplatesCompileWithoutADiagnostic()
    {
        var run = Drive.Run(GeneratorInputs.All, null, "class A { }");
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
