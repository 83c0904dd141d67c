namespace PatchVmm.Ia64;

/// <summary>Turns <see cref="Instruction"/> values back into slot bits, from the same table
/// the decoder uses. An instruction that did not decode (data8) encodes as its raw bits.</summary>
public static class Encoder
{
    /// <summary>Builds an instruction value for a table row. <paramref name="completers"/>
    /// are completer field values in the row's completer order.</summary>
    public static Instruction Create(Opcode row, int qp, ReadOnlySpan<long> operands, ReadOnlySpan<byte> completers = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (operands.Length != row.Operands.Count)
        {
            throw new EncodingException($"'{row.MnemonicTemplate} {row.OperandTemplate}' takes {row.Operands.Count} operands; {operands.Length} given");
        }

        if (completers.Length != row.Completers.Count)
        {
            throw new EncodingException($"'{row.MnemonicTemplate}' takes {row.Completers.Count} completers; {completers.Length} given");
        }

        if ((uint)qp > 63 || (!row.HasQp && qp != 0))
        {
            throw new EncodingException(row.HasQp ? $"qualifying predicate p{qp} does not exist (p0..p63)"
                : $"'{row.MnemonicTemplate}' has no qualifying predicate");
        }

        var ins = new Instruction { OpcodeId = row.Id, Qp = (byte)qp };
        for (int i = 0; i < operands.Length; i++)
        {
            ins.Operands[i] = operands[i];
        }

        for (int i = 0; i < completers.Length; i++)
        {
            ins.Completers[i] = completers[i];
        }

        return ins;
    }

    /// <summary>The 41 slot bits of a non-X instruction.</summary>
    public static ulong Encode(in Instruction instruction)
    {
        ulong bits = EncodeX(instruction, out ulong lbits);
        if (lbits != 0 || instruction.Opcode?.Unit == Unit.X)
        {
            throw new EncodingException($"'{Disassembler.Mnemonic(instruction)}' is an X-unit instruction: it needs the L slot too (use EncodeX)");
        }

        return bits;
    }

    /// <summary>The slot bits and, for X-unit instructions, the L-slot bits.</summary>
    public static ulong EncodeX(in Instruction instruction, out ulong lbits)
    {
        if (!TryEncode(instruction, out ulong bits, out lbits, out string? error))
        {
            throw new EncodingException(error!);
        }

        return bits;
    }

    public static bool TryEncode(in Instruction instruction, out ulong bits, out ulong lbits, out string? error)
    {
        error = null;
        var row = instruction.Opcode;
        if (row is null)
        {
            bits = instruction.Bits & Bundle.SlotMask;
            lbits = instruction.LBits & Bundle.SlotMask;
            return true;
        }

        bits = row.Value;
        lbits = row.LValue;
        if (row.HasQp)
        {
            if (instruction.Qp > 63)
            {
                error = $"qualifying predicate p{instruction.Qp} does not exist (p0..p63)";
                return false;
            }

            bits |= instruction.Qp;
        }

        var completers = row.CompleterArray;
        for (int i = 0; i < completers.Length; i++)
        {
            int raw = instruction.Completers[i];
            if (raw >= completers[i].Values.Count || completers[i].Values[raw] is null)
            {
                error = $"completer {completers[i].Name} value {raw} is reserved for '{row.MnemonicTemplate}'";
                return false;
            }

            completers[i].Fields.Write((ulong)raw, ref bits, ref lbits);
        }

        var operands = row.OperandArray;
        for (int i = 0; i < operands.Length; i++)
        {
            if (!operands[i].TryEncode(instruction.Operands[i], out ulong raw))
            {
                error = $"operand {i + 1} ({operands[i].Name}) of '{row.MnemonicTemplate} {row.OperandTemplate}' cannot hold {instruction.Operands[i]}";
                return false;
            }

            operands[i].Fields.Write(raw, ref bits, ref lbits);
        }

        return true;
    }
}
