namespace PatchVmm.Generators.Model;

/// <summary>A bit range <c>Hi:Lo</c> of a slot (41..81 = the L slot of an X-unit row).</summary>
internal sealed record FieldSpec(int Hi, int Lo)
{
    public int Width => Hi - Lo + 1;
}

/// <summary>An <c>operand</c> line of an instruction-table file.</summary>
internal sealed record IsaOperandSpec(string Name, string Class, ImmutableEquatableArray<FieldSpec> Fields);

/// <summary>An instruction row as written: resolved against the operands of every table file later.</summary>
internal sealed record IsaRowSpec(
    string File, int Line, string Unit, string Format, string Mnemonic, string Operands,
    ImmutableEquatableArray<string> Constraints, bool HasQp, LocationInfo Location);

/// <summary>One parsed <c>.isa</c> file.</summary>
internal sealed record IsaFileSpec(
    string Path, ImmutableEquatableArray<IsaOperandSpec> Operands, ImmutableEquatableArray<string> Completers,
    ImmutableEquatableArray<IsaRowSpec> Rows, ImmutableEquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A <c>where NAME=V</c> or <c>NAME=LO..HI</c> operand constraint of a template.</summary>
internal sealed record WhereSpec(string Operand, ulong Low, ulong High, LocationInfo Location);

/// <summary>One template: its name, the table row it names, constraints, slots, and the C# body
/// lines with the file line of the first one.</summary>
internal sealed record TemplateSpec(
    string Name, LocationInfo NameLocation, string Row, LocationInfo RowLocation,
    ImmutableEquatableArray<WhereSpec> Where, bool Privileged, ImmutableEquatableArray<int> Slots, LocationInfo? SlotsLocation,
    string Summary, string Path, int BodyLine, ImmutableEquatableArray<string> Body);

/// <summary>One parsed <c>.pvt</c> template file.</summary>
internal sealed record TemplateFileSpec(string Path, ImmutableEquatableArray<TemplateSpec> Templates, ImmutableEquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A name on a sensitive list.</summary>
internal sealed record ListEntrySpec(string Name, LocationInfo Location);

/// <summary>One parsed <c>.list</c> file.</summary>
internal sealed record ListFileSpec(string Path, ImmutableEquatableArray<ListEntrySpec> Entries, ImmutableEquatableArray<DiagnosticInfo> Diagnostics);
