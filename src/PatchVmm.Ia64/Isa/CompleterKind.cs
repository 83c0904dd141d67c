namespace PatchVmm.Ia64;

/// <summary>A completer spelled into the mnemonic: a field whose value selects a suffix
/// (".nt1", ".sptk"); <c>null</c> marks a reserved value.</summary>
public sealed class CompleterKind
{
    internal CompleterKind(string name, FieldSet fields, string?[] values)
    {
        Name = name;
        Fields = fields;
        Values = values;
    }

    public string Name { get; }

    public FieldSet Fields { get; }

    /// <summary>One entry per field value; null = reserved.</summary>
    public IReadOnlyList<string?> Values { get; }

    public override string ToString() => $"{Name} {Fields}";
}
