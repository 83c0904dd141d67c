using PatchVmm.Ia64;

namespace PatchVmm.Machine.Execution;

/// <summary>Turns one decoded instruction into a <see cref="MicroOp"/> (sets the handler and
/// the fields it reads). Runs once per bundle decode, never per execution.</summary>
internal delegate void Binder(in BindContext context, ref MicroOp op);

/// <summary>What a binder sees: the decoded instruction and where it sits in its bundle.</summary>
internal readonly struct BindContext(Instruction instruction, int slot, bool stopAfter)
{
    public Instruction Instruction { get; } = instruction;

    /// <summary>0, 1 or 2 (an MLX instruction is slot 1).</summary>
    public int Slot { get; } = slot;

    /// <summary>The template has a stop after this slot (the instruction ends its group).</summary>
    public bool StopAfter { get; } = stopAfter;

    public Opcode Row => Instruction.Opcode!;

    /// <summary>Operand <paramref name="index"/> as the table's operand order gives it.</summary>
    public long Operand(int index) => Instruction.Operand(index);

    /// <summary>Operand <paramref name="index"/> as a register number (GR, FR, PR, BR, AR, CR).</summary>
    public byte Register(int index) => (byte)Instruction.Operand(index);

    /// <summary>The raw field value of completer <paramref name="index"/>.</summary>
    public int Completer(int index) => Instruction.Completer(index);

    /// <summary>The text of completer <paramref name="index"/> as objdump prints it ("" for
    /// the empty value), e.g. ".acq", ".nta", ".unc".</summary>
    public string CompleterText(int index) => Row.Completers[index].Values[Instruction.Completer(index)] ?? "";

    /// <summary>Index of the completer called <paramref name="name"/> in this row, or -1.</summary>
    public int CompleterIndex(string name)
    {
        for (int i = 0; i < Row.Completers.Count; i++)
        {
            if (Row.Completers[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    public override string ToString() => $"{Disassembler.Format(Instruction, 0)} (slot {Slot})";
}
