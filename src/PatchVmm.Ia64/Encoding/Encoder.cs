namespace PatchVmm.Ia64;

/// <summary>Builds instructions from operand values and turns them into slot bits, from the
/// same table the decoder uses. An instruction that did not decode (data8) encodes as its
/// raw bits.</summary>
public static class Encoder
{
    /// <summary>Encodes a table row with operand values (in the row's operand order) and
    /// completer field values (in its completer order). Throws <see cref="EncodingException"/>
    /// saying which value does not fit.</summary>
    public static Instruction Create(Opcode row, int qp, ReadOnlySpan<long> operands, ReadOnlySpan<int> completers = default) =>
        TryCreate(row, qp, operands, completers, out var ins, out string? error) ? ins : throw new EncodingException(error!);

    public static bool TryCreate(
        Opcode row, int qp, ReadOnlySpan<long> operands, ReadOnlySpan<int> completers, out Instruction instruction, out string? error)
    {
        ArgumentNullException.ThrowIfNull(row);
        instruction = default;
        error = null;
        string form = $"'{row.MnemonicTemplate} {row.OperandTemplate}'";
        if (operands.Length != row.Operands.Count)
        {
            error = $"{form} takes {row.Operands.Count} operands; {operands.Length} given";
            return false;
        }

        if (completers.Length != row.Completers.Count)
        {
            error = $"{form} takes {row.Completers.Count} completers; {completers.Length} given";
            return false;
        }

        if ((uint)qp > 63 || (!row.HasQp && qp != 0))
        {
            error = row.HasQp ? $"qualifying predicate p{qp} does not exist (p0..p63)" : $"{form} has no qualifying predicate";
            return false;
        }

        ulong bits = row.Value | (uint)qp, lbits = row.LValue;
        for (int i = 0; i < completers.Length; i++)
        {
            var c = row.Completers[i];
            int raw = completers[i];
            if ((uint)raw >= (uint)c.Values.Count || c.Values[raw] is null)
            {
                error = $"completer {c.Name} value {raw} is reserved for {form}";
                return false;
            }

            c.Fields.Write((ulong)raw, ref bits, ref lbits);
        }

        for (int i = 0; i < operands.Length; i++)
        {
            var k = row.Operands[i];
            if (!k.TryEncode(operands[i], out ulong raw))
            {
                error = $"operand {i + 1} ({k.Name}) of {form} cannot hold {operands[i]}";
                return false;
            }

            k.Fields.Write(raw, ref bits, ref lbits);
        }

        foreach (var r in row.Relations)
        {
            long derived = r.DerivedValue(r.Source.Read(bits, lbits));
            if (derived < 0)
            {
                error = $"{form}: {r} cannot hold for {r.SourceName} = {r.Source.Read(bits, lbits)}";
                return false;
            }

            r.Derived.Write((ulong)derived, ref bits, ref lbits);
        }

        instruction = new Instruction(row.Id, row.HasQp ? (byte)qp : (byte)0, bits, lbits);
        return true;
    }

    /// <summary>The 41 slot bits of a non-X instruction.</summary>
    public static ulong Encode(in Instruction instruction)
    {
        if (instruction.Opcode?.Unit == Unit.X)
        {
            throw new EncodingException($"'{Disassembler.Mnemonic(instruction)}' is an X-unit instruction: it needs the L slot too (use EncodeX)");
        }

        return instruction.Bits & Bundle.SlotMask;
    }

    /// <summary>The slot bits and, for X-unit instructions, the L-slot bits.</summary>
    public static ulong EncodeX(in Instruction instruction, out ulong lbits)
    {
        lbits = instruction.LBits & Bundle.SlotMask;
        return instruction.Bits & Bundle.SlotMask;
    }

    /// <summary>Re-encodes a decoded instruction from its operand and completer values (not
    /// from its bits): bits the table ignores come out as 0.</summary>
    public static Instruction Reencode(in Instruction instruction)
    {
        var row = instruction.Opcode;
        if (row is null)
        {
            return instruction;
        }

        Span<long> operands = stackalloc long[row.Operands.Count];
        for (int i = 0; i < operands.Length; i++)
        {
            operands[i] = instruction.Operand(i);
        }

        Span<int> completers = stackalloc int[row.Completers.Count];
        for (int i = 0; i < completers.Length; i++)
        {
            completers[i] = instruction.Completer(i);
        }

        return Create(row, instruction.Qp, operands, completers);
    }
}
