namespace PatchVmm.Generators.Model;

/// <summary>A place in an additional file, kept as plain values (never a <c>Location</c>):
/// the span and its zero-based line/column start and end.</summary>
internal sealed record LocationInfo(string Path, int Start, int Length, int Line, int Column, int EndLine, int EndColumn);

/// <summary>A diagnostic to report: the descriptor id, where, and the message arguments.</summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, ImmutableEquatableArray<string> Args)
{
    public static DiagnosticInfo Create(string id, LocationInfo? location) => new(id, location, ImmutableEquatableArray<string>.Empty);

    public static DiagnosticInfo Create(string id, LocationInfo? location, string a) => new(id, location, new[] { a }.ToEquatable());

    public static DiagnosticInfo Create(string id, LocationInfo? location, string a, string b) => new(id, location, new[] { a, b }.ToEquatable());

    public static DiagnosticInfo Create(string id, LocationInfo? location, string a, string b, string c) => new(id, location, new[] { a, b, c }.ToEquatable());

    public static DiagnosticInfo Create(string id, LocationInfo? location, string a, string b, string c, string d) => new(id, location, new[] { a, b, c, d }.ToEquatable());
}
