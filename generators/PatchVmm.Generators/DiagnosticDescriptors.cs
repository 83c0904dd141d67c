using Microsoft.CodeAnalysis;

namespace PatchVmm.Generators;

/// <summary>Every diagnostic the generator reports (AnalyzerReleases.Unshipped.md lists them).</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "PatchVmm.Templates";

    public static readonly DiagnosticDescriptor Syntax = Error("PVM0001", "Template file syntax error", "{0}");
    public static readonly DiagnosticDescriptor UnknownKeyword = Error("PVM0002", "Unknown template keyword", "Unknown template keyword '{0}' (expected template, row, where, slots, privileged, summary or a body in braces)");
    public static readonly DiagnosticDescriptor UnknownRow = Error("PVM0003", "Template row not in the instruction table", "{0}");
    public static readonly DiagnosticDescriptor BadConstraint = Error("PVM0004", "Unknown or unusable operand constraint", "{0}");
    public static readonly DiagnosticDescriptor Overlap = Error("PVM0005", "Template encodings overlap", "The encoding of template '{0}' overlaps template '{1}' ({2}) and neither is more specific");
    public static readonly DiagnosticDescriptor ListedWithoutTemplate = Error("PVM0006", "Listed instruction without a template", "'{0}' is on the sensitive list but no template has that name");
    public static readonly DiagnosticDescriptor DuplicateTemplate = Error("PVM0007", "Duplicate template name", "Template '{0}' is defined twice (first at {1})");
    public static readonly DiagnosticDescriptor ImpossibleSlot = Error("PVM0008", "Slot impossible for the unit", "Slot {0} is impossible for {1}-unit instruction '{2}' (allowed: {3})");
    public static readonly DiagnosticDescriptor IsaSyntax = Error("PVM0009", "Instruction table syntax error", "{0}");
    public static readonly DiagnosticDescriptor ListSyntax = Error("PVM0010", "Sensitive list syntax error", "{0}");
    public static readonly DiagnosticDescriptor DuplicateListEntry = new("PVM0011", "Duplicate sensitive list entry", "'{0}' is listed twice (first at {1})", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor TooManyOperands = Error("PVM0012", "Row has too many operands", "Row '{0}' has {1} operands; a patch site holds at most 4");
    public static readonly DiagnosticDescriptor NoIsa = Error("PVM0013", "Templates without an instruction table", "Templates need the instruction table: add the *.isa files as AdditionalFiles (PatchVmm.Inputs.props does)");
    public static readonly DiagnosticDescriptor BadTableName = Error("PVM0014", "Invalid table name", "PatchVmmTableName '{0}' is not a namespace-qualified C# type name");
    public static readonly DiagnosticDescriptor Internal = Error("PVM0099", "Internal generator error", "The PatchVmm generator failed: {0}");

    public static DiagnosticDescriptor? Find(string id) => id switch
    {
        "PVM0001" => Syntax,
        "PVM0002" => UnknownKeyword,
        "PVM0003" => UnknownRow,
        "PVM0004" => BadConstraint,
        "PVM0005" => Overlap,
        "PVM0006" => ListedWithoutTemplate,
        "PVM0007" => DuplicateTemplate,
        "PVM0008" => ImpossibleSlot,
        "PVM0009" => IsaSyntax,
        "PVM0010" => ListSyntax,
        "PVM0011" => DuplicateListEntry,
        "PVM0012" => TooManyOperands,
        "PVM0013" => NoIsa,
        "PVM0014" => BadTableName,
        "PVM0099" => Internal,
        _ => null,
    };

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
