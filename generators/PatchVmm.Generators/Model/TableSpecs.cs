namespace PatchVmm.Generators.Model;

/// <summary>An operand the patcher pre-decodes: name, table class, fields, and whether it is the
/// general register the instruction writes (r0 there is an Illegal Operation).</summary>
internal sealed record OperandFieldSpec(string Name, string Class, ImmutableEquatableArray<FieldSpec> Parts, bool IsTarget)
{
    public bool IsRegister => Class is "gr" or "fr" or "pr" or "br" or "ar" or "cr";
}

/// <summary>A catalog entry: a template resolved against its table row.</summary>
internal sealed record EntrySpec(
    string Name, string Instruction, string Format, string Unit, ulong Mask, ulong Value, ulong LMask, ulong LValue,
    bool HasQp, ImmutableEquatableArray<OperandFieldSpec> Operands, ImmutableEquatableArray<int> RoutineBySlot,
    bool Listed, string Source, bool Privileged, string Summary, string Path, int BodyLine, ImmutableEquatableArray<string> Body);

/// <summary>A routine: entry index, the slot baked into it, and the patch that reaches it.</summary>
internal sealed record RoutineSpec(int Index, int Entry, int Slot, string Form, string MethodName);

/// <summary>Everything the emitter writes.</summary>
internal sealed record TableSpec(
    string Namespace, string ClassName, ImmutableEquatableArray<EntrySpec> Entries, ImmutableEquatableArray<RoutineSpec> Routines);

/// <summary>The table, or null when errors leave nothing to emit, and every diagnostic.</summary>
internal sealed record GenerationSpec(TableSpec? Table, ImmutableEquatableArray<DiagnosticInfo> Diagnostics);
