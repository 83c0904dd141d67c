namespace PatchVmm.Ia64;

/// <summary>Decodes slots and bundles against the instruction table. Allocation-free; the
/// per-slot-kind decision trees are built once, on first use.</summary>
public static class Decoder
{
    private static readonly DecodeTree?[] Trees = BuildTrees(IsaTable.Default);

    /// <summary>Decodes one slot of the given unit type. For an X-unit slot pass the L slot
    /// bits in <paramref name="lbits"/>. Returns false (and OpcodeId 0) when nothing matches.</summary>
    public static bool DecodeSlot(Unit slotUnit, ulong bits, ulong lbits, out Instruction instruction)
    {
        instruction = default;
        instruction.Bits = bits;
        instruction.LBits = slotUnit == Unit.X ? lbits : 0;
        var tree = (uint)slotUnit < (uint)Trees.Length ? Trees[(int)slotUnit] : null;
        if (tree is null)
        {
            return false;
        }

        foreach (var row in tree.Candidates(bits))
        {
            if ((bits & row.Mask) != row.Value || (lbits & row.LMask) != row.LValue)
            {
                continue;
            }

            if (TryFill(row, bits, lbits, ref instruction))
            {
                return true;
            }

            instruction.Operands = default;
            instruction.Completers = default;
        }

        instruction = default;
        instruction.Bits = bits;
        instruction.LBits = slotUnit == Unit.X ? lbits : 0;
        return false;
    }

    /// <summary>Decodes the three slots of a bundle. For MLX the X instruction is returned as
    /// slot 2 and slot 1 (the L part) is left invalid with its bits; reserved templates decode
    /// nothing.</summary>
    public static void DecodeBundle(in Bundle bundle, out Instruction slot0, out Instruction slot1, out Instruction slot2)
    {
        var t = bundle.Template;
        ulong s0 = bundle.Slot0, s1 = bundle.Slot1, s2 = bundle.Slot2;
        if (t.IsReserved)
        {
            slot0 = default;
            slot0.Bits = s0;
            slot1 = default;
            slot1.Bits = s1;
            slot2 = default;
            slot2.Bits = s2;
            return;
        }

        DecodeSlot(t.SlotUnit(0), s0, 0, out slot0);
        if (t.SlotUnit(1) == Unit.L)
        {
            slot1 = default;
            slot1.Bits = s1;
            DecodeSlot(Unit.X, s2, s1, out slot2);
            return;
        }

        DecodeSlot(t.SlotUnit(1), s1, 0, out slot1);
        DecodeSlot(t.SlotUnit(2), s2, 0, out slot2);
    }

    private static bool TryFill(Opcode row, ulong bits, ulong lbits, ref Instruction ins)
    {
        var completers = row.CompleterArray;
        for (int i = 0; i < completers.Length; i++)
        {
            ulong raw = completers[i].Fields.Read(bits, lbits);
            if (completers[i].Values[(int)raw] is null)
            {
                return false;
            }

            ins.Completers[i] = (byte)raw;
        }

        var operands = row.OperandArray;
        for (int i = 0; i < operands.Length; i++)
        {
            if (!operands[i].TryDecode(operands[i].Fields.Read(bits, lbits), out long v))
            {
                return false;
            }

            ins.Operands[i] = v;
        }

        ins.OpcodeId = row.Id;
        ins.Qp = row.HasQp ? (byte)(bits & 0x3F) : (byte)0;
        return true;
    }

    private static DecodeTree?[] BuildTrees(IsaTable table)
    {
        var trees = new DecodeTree?[(int)Unit.A + 1];
        foreach (var u in new[] { Unit.M, Unit.I, Unit.B, Unit.F, Unit.X })
        {
            trees[(int)u] = new DecodeTree(table.RowsForSlot(u));
        }

        return trees;
    }
}
