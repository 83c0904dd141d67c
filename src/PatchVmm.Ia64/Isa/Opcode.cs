using System.Numerics;

namespace PatchVmm.Ia64;

/// <summary>One row of the instruction table: an instruction form with its fixed opcode bits,
/// its operands and completers, and the text objdump prints for it.</summary>
public sealed class Opcode
{
    internal Opcode(
        int id, Unit unit, string format, string mnemonicTemplate, string operandTemplate,
        TextPart[] mnemonicParts, TextPart[] operandParts, OperandKind[] operands, CompleterKind[] completers,
        ulong mask, ulong value, ulong lmask, ulong lvalue, bool hasQp, FieldRelation[] relations, string source, int line)
    {
        Relations = relations;
        Id = (ushort)id;
        Unit = unit;
        Format = format;
        MnemonicTemplate = mnemonicTemplate;
        OperandTemplate = operandTemplate;
        MnemonicParts = mnemonicParts;
        OperandParts = operandParts;
        Operands = operands;
        Completers = completers;
        Mask = mask;
        Value = value;
        LMask = lmask;
        LValue = lvalue;
        HasQp = hasQp;
        Source = source;
        Line = line;
    }

    /// <summary>Index in <see cref="IsaTable.Opcodes"/>; 0 is reserved for "does not decode".</summary>
    public ushort Id { get; }

    public Unit Unit { get; }

    /// <summary>SDM instruction format name ("A4", "M34", "B8", "X2").</summary>
    public string Format { get; }

    /// <summary>The mnemonic with completer references, as in the table: "ld8{mm_ldhint}".</summary>
    public string MnemonicTemplate { get; }

    /// <summary>The operand list as in the table ("r1=imm14,r3"); empty when none.</summary>
    public string OperandTemplate { get; }

    internal TextPart[] MnemonicParts { get; }

    internal TextPart[] OperandParts { get; }

    /// <summary>Operands in the order they appear in the text; values sit at the same index in
    /// <see cref="Instruction.Operands"/>.</summary>
    public IReadOnlyList<OperandKind> Operands { get; }

    public IReadOnlyList<CompleterKind> Completers { get; }

    internal OperandKind[] OperandArray => (OperandKind[])Operands;

    internal CompleterKind[] CompleterArray => (CompleterKind[])Completers;

    /// <summary>Fixed opcode bits of the slot (mask/value).</summary>
    public ulong Mask { get; }

    public ulong Value { get; }

    /// <summary>Fixed opcode bits of the L slot (X-unit rows only).</summary>
    public ulong LMask { get; }

    public ulong LValue { get; }

    /// <summary>Relations between two fields that this form requires (Isa/README.md:
    /// <c>A==B</c>, <c>A+B==N</c>); the first field is written from the second by the encoder.</summary>
    public IReadOnlyList<FieldRelation> Relations { get; }

    /// <summary>Bits 5:0 hold a qualifying predicate.</summary>
    public bool HasQp { get; }

    /// <summary>Table file and line that defined the row.</summary>
    public string Source { get; }

    public int Line { get; }

    /// <summary>Slot bits that mean nothing to this form (neither opcode, qp, operand,
    /// completer nor relation): the decoder ignores them and the encoder writes them as 0.</summary>
    public ulong IgnoredMask => ~UsedBits().Slot & Bundle.SlotMask;

    /// <summary>L-slot bits that mean nothing to this X-unit form (0 for other units).</summary>
    public ulong IgnoredLMask => Unit == Unit.X ? ~UsedBits().L & Bundle.SlotMask : 0;

    private (ulong Slot, ulong L) UsedBits()
    {
        ulong slot = Mask | (HasQp ? 0x3FUL : 0), l = LMask;
        foreach (var fields in Operands.Select(o => o.Fields).Concat(Completers.Select(c => c.Fields)).Concat(Relations.Select(r => r.Derived)))
        {
            slot |= fields.SlotMask;
            l |= fields.LMask;
        }

        return (slot, l);
    }

    /// <summary>Among overlapping rows the most specific one wins: more fixed bits first, then
    /// more field relations (a relation narrows a row without fixing bits).</summary>
    public int Specificity => ((BitOperations.PopCount(Mask) + BitOperations.PopCount(LMask)) * 8) + Relations.Count;

    public override string ToString() => $"{MnemonicTemplate} {OperandTemplate} ({Unit}/{Format}, {Source}:{Line})";
}

/// <summary>A piece of mnemonic or operand text: a literal, or the index of an operand/completer.</summary>
internal readonly record struct TextPart(string? Literal, int Index);

/// <summary>A relation between the raw values of two fields that a row requires:
/// <c>Derived == Source</c> (<see cref="Sum"/> null) or <c>Derived + Source == Sum</c>.</summary>
public sealed record FieldRelation(string DerivedName, FieldSet Derived, string SourceName, FieldSet Source, long? Sum)
{
    /// <summary>The derived field's raw value for a source raw value, or -1 if it does not fit.</summary>
    public long DerivedValue(ulong sourceRaw)
    {
        long v = Sum is long n ? n - (long)sourceRaw : (long)sourceRaw;
        return v < 0 || (Derived.Width < 64 && (ulong)v >> Derived.Width != 0) ? -1 : v;
    }

    public bool Holds(ulong bits, ulong lbits) => DerivedValue(Source.Read(bits, lbits)) == (long)Derived.Read(bits, lbits);

    public override string ToString() => Sum is long n ? $"{DerivedName}+{SourceName}=={n}" : $"{DerivedName}=={SourceName}";
}
