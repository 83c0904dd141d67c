using System.Runtime.CompilerServices;

namespace PatchVmm.Ia64;

/// <summary>A decoded instruction: a value type, no allocation. <see cref="OpcodeId"/> names
/// the table row (operation, unit, format, text); the operand values sit in the order of the
/// row's operand list, completer field values in the order of its completers. An instruction
/// that does not decode has <see cref="OpcodeId"/> 0 and keeps its bits in <see cref="Bits"/>.</summary>
public struct Instruction
{
    public const int MaxOperands = 6;
    public const int MaxCompleters = 6;

    /// <summary>Row id in <see cref="IsaTable"/>; 0 = does not decode.</summary>
    public ushort OpcodeId;

    /// <summary>Qualifying predicate (0 when the form has none).</summary>
    public byte Qp;

    /// <summary>The 41 slot bits (for X-unit instructions, the slot-2 bits).</summary>
    public ulong Bits;

    /// <summary>The L-slot bits of an X-unit instruction (slot 1 of MLX), else 0.</summary>
    public ulong LBits;

    public OperandValues Operands;

    public CompleterValues Completers;

    public readonly bool IsValid => OpcodeId != 0;

    /// <summary>The table row, or null when the slot does not decode.</summary>
    public readonly Opcode? Opcode => IsaTable.Default[OpcodeId];
}

[InlineArray(Instruction.MaxOperands)]
public struct OperandValues
{
    private long _element0;
}

[InlineArray(Instruction.MaxCompleters)]
public struct CompleterValues
{
    private byte _element0;
}
