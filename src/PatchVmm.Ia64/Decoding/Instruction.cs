namespace PatchVmm.Ia64;

/// <summary>A decoded instruction: 24 bytes, no allocation. <see cref="OpcodeId"/> names the
/// table row (operation, unit, format, text) and <see cref="Bits"/> holds the encoding, from
/// which <see cref="Operand"/> and <see cref="Completer"/> read the values with precomputed
/// shifts and masks (the decoder has already checked them: reserved completer values and
/// reserved operand values make a slot not decode). An instruction that does not decode has
/// <see cref="OpcodeId"/> 0 and is shown as objdump's <c>data8</c>.</summary>
public readonly struct Instruction : IEquatable<Instruction>
{
    /// <summary>The most operands a table row may have.</summary>
    public const int MaxOperands = 8;

    internal Instruction(ushort opcodeId, byte qp, ulong bits, ulong lbits)
    {
        OpcodeId = opcodeId;
        Qp = qp;
        Bits = bits;
        LBits = lbits;
    }

    /// <summary>An instruction that does not decode, holding its bits.</summary>
    public static Instruction Undecoded(ulong bits, ulong lbits = 0) => new(0, 0, bits, lbits);

    /// <summary>Row id in <see cref="IsaTable"/>; 0 = does not decode.</summary>
    public ushort OpcodeId { get; }

    /// <summary>Qualifying predicate (0 when the form has none).</summary>
    public byte Qp { get; }

    /// <summary>The 41 slot bits (for X-unit instructions, the slot-2 bits).</summary>
    public ulong Bits { get; }

    /// <summary>The L-slot bits of an X-unit instruction (slot 1 of MLX), else 0.</summary>
    public ulong LBits { get; }

    public bool IsValid => OpcodeId != 0;

    /// <summary>The table row, or null when the slot does not decode.</summary>
    public Opcode? Opcode => IsaTable.Default[OpcodeId];

    public int OperandCount => Decoder.Plan.Rows[OpcodeId].OperandCount;

    /// <summary>The value of operand <paramref name="index"/> in the row's operand order:
    /// a register number, an immediate, or a branch displacement in bytes.</summary>
    public long Operand(int index)
    {
        ref readonly RowPlan row = ref Decoder.Plan.Rows[OpcodeId];
        if ((uint)index >= row.OperandCount)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"the instruction has {row.OperandCount} operands");
        }

        return Decoder.Plan.Operands[row.OperandStart + index].Value(Bits, LBits);
    }

    /// <summary>The field value of completer <paramref name="index"/> in the row's completer order.</summary>
    public int Completer(int index)
    {
        ref readonly RowPlan row = ref Decoder.Plan.Rows[OpcodeId];
        if ((uint)index >= row.CompleterCount)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"the instruction has {row.CompleterCount} completers");
        }

        return (int)Decoder.Plan.Completers[row.CompleterStart + index].Raw(Bits, LBits);
    }

    public bool Equals(Instruction other) =>
        OpcodeId == other.OpcodeId && Qp == other.Qp && Bits == other.Bits && LBits == other.LBits;

    public override bool Equals(object? obj) => obj is Instruction i && Equals(i);

    public override int GetHashCode() => HashCode.Combine(OpcodeId, Qp, Bits, LBits);

    public static bool operator ==(Instruction a, Instruction b) => a.Equals(b);

    public static bool operator !=(Instruction a, Instruction b) => !a.Equals(b);

    public override string ToString() => Disassembler.Format(this, 0);
}
