using System.Runtime.CompilerServices;

namespace PatchVmm.Ia64;

/// <summary>Decodes slots and bundles against the instruction table. Allocation-free; the
/// per-slot-kind decision trees and the flattened plan are built once, on first use.
/// Decoding finds the row; operand values are read from the bits on access
/// (<see cref="Instruction.Operand"/>).</summary>
public static class Decoder
{
    internal static readonly DecodePlan Plan = new(IsaTable.Default);
    private static readonly DecodeTree?[] Trees = BuildTrees(IsaTable.Default);

    // Per template code: the tree for each slot (null = nothing decodes there) and MLX.
    private static readonly TemplatePlan[] TemplatePlans = BuildTemplatePlans();

    private readonly record struct TemplatePlan(DecodeTree? Slot0, DecodeTree? Slot1, DecodeTree? Slot2, bool Mlx);

    /// <summary>Decodes one slot of the given unit type. For an X-unit slot pass the L slot
    /// bits in <paramref name="lbits"/>. Returns false (and OpcodeId 0) when nothing matches.</summary>
    public static bool DecodeSlot(Unit slotUnit, ulong bits, ulong lbits, out Instruction instruction)
    {
        var tree = (uint)slotUnit < (uint)Trees.Length ? Trees[(int)slotUnit] : null;
        return Decode(tree, bits, slotUnit == Unit.X ? lbits : 0, out instruction);
    }

    /// <summary>Decodes the three slots of a bundle. For MLX the X instruction is returned as
    /// slot 2 and slot 1 (the L part) is left undecoded with its bits; reserved templates
    /// decode nothing.</summary>
    public static void DecodeBundle(in Bundle bundle, out Instruction slot0, out Instruction slot1, out Instruction slot2)
    {
        ref readonly TemplatePlan t = ref TemplatePlans[bundle.TemplateCode];
        ulong s1 = bundle.Slot1;
        Decode(t.Slot0, bundle.Slot0, 0, out slot0);
        if (t.Mlx)
        {
            slot1 = Instruction.Undecoded(s1);
            Decode(t.Slot2, bundle.Slot2, s1, out slot2);
        }
        else
        {
            Decode(t.Slot1, s1, 0, out slot1);
            Decode(t.Slot2, bundle.Slot2, 0, out slot2);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Decode(DecodeTree? tree, ulong bits, ulong lbits, out Instruction instruction)
    {
        if (tree is not null)
        {
            var rows = Plan.Rows;
            foreach (ushort id in tree.Candidates(bits))
            {
                ref readonly RowPlan row = ref rows[id];
                if ((bits & row.Mask) == row.Value && (lbits & row.LMask) == row.LValue && (row.CheckCount == 0 || Check(row, bits, lbits)))
                {
                    instruction = new Instruction(row.Id, row.HasQp ? (byte)(bits & 0x3F) : (byte)0, bits, lbits);
                    return true;
                }
            }
        }

        instruction = Instruction.Undecoded(bits, lbits);
        return false;
    }

    // Reserved completer values, reserved operand values (mux1 permutations) and unmet field
    // relations do not decode.
    private static bool Check(in RowPlan row, ulong bits, ulong lbits)
    {
        var checks = Plan.Checks;
        for (int i = row.CheckStart, end = row.CheckStart + row.CheckCount; i < end; i++)
        {
            if (!checks[i].Passes(bits, lbits))
            {
                return false;
            }
        }

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

    private static TemplatePlan[] BuildTemplatePlans()
    {
        var t = new TemplatePlan[32];
        for (int c = 0; c < 32; c++)
        {
            var bt = BundleTemplate.Get(c);
            if (!bt.IsReserved)
            {
                bool mlx = bt.SlotUnit(1) == Unit.L;
                t[c] = new TemplatePlan(Trees[(int)bt.SlotUnit(0)], mlx ? null : Trees[(int)bt.SlotUnit(1)], Trees[(int)(mlx ? Unit.X : bt.SlotUnit(2))], mlx);
            }
        }

        return t;
    }
}
