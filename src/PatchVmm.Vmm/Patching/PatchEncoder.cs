using PatchVmm.Ia64;

namespace PatchVmm.Vmm.Patching;

/// <summary>Encodes the patches from the rows of the instruction table, where their encodings
/// are written down (src/PatchVmm.Ia64/Isa): <c>break.m/i/b/f</c> (imm21), <c>break.x</c>
/// (the 21-bit id as imm62 with an L slot of 0: cr.iim gets imm62's low 21 bits, i:imm20a),
/// <c>br.cond</c> (B1, target25) and <c>brl.cond</c> (X3,
/// target64), completers 0 (.sptk, .few), with the original qualifying predicate.
/// Allocation-free after construction.</summary>
internal sealed class PatchEncoder
{
    private readonly Row _breakM, _breakI, _breakB, _breakF, _breakX, _branchB, _branchX;

    public PatchEncoder(IsaTable table)
    {
        _breakM = Find(table, Unit.M, "break.m");
        _breakI = Find(table, Unit.I, "break.i");
        _breakB = Find(table, Unit.B, "break.b");
        _breakF = Find(table, Unit.F, "break.f");
        _breakX = Find(table, Unit.X, "break.x");
        _branchB = Find(table, Unit.B, "br.cond{b_wh}{b_ph}{b_dh}", "B1");
        _branchX = Find(table, Unit.X, "brl.cond{x_wh}{x_ph}{x_dh}", "X3");
    }

    private readonly record struct Row(ulong Value, ulong LValue, OperandKind Operand);

    /// <summary>The break of <paramref name="form"/> with immediate <paramref name="immediate"/>
    /// (21 bits) and predicate <paramref name="qp"/>; <paramref name="lbits"/> is the L slot
    /// for <see cref="PatchForm.BreakX"/>.</summary>
    public ulong Break(PatchForm form, uint immediate, int qp, out ulong lbits)
    {
        var row = form switch
        {
            PatchForm.BreakM => _breakM,
            PatchForm.BreakI => _breakI,
            PatchForm.BreakB => _breakB,
            PatchForm.BreakF => _breakF,
            _ => _breakX,
        };
        ulong bits = row.Value | (uint)qp;
        lbits = row.LValue;
        row.Operand.Fields.Write(immediate, ref bits, ref lbits);
        return bits;
    }

    /// <summary>A branch from bundle <paramref name="from"/> to <paramref name="target"/>, or
    /// false when the displacement is out of the form's reach.</summary>
    public bool TryBranch(PatchForm form, ulong from, ulong target, int qp, out ulong bits, out ulong lbits)
    {
        var row = form == PatchForm.BranchX ? _branchX : _branchB;
        bits = row.Value | (uint)qp;
        lbits = row.LValue;
        if (!row.Operand.TryEncode((long)(target - from), out ulong raw))
        {
            return false;
        }

        row.Operand.Fields.Write(raw, ref bits, ref lbits);
        return true;
    }

    private static Row Find(IsaTable table, Unit unit, string mnemonic, string? format = null)
    {
        foreach (var o in table.Opcodes)
        {
            if (o.Unit == unit && o.MnemonicTemplate == mnemonic && (format is null || o.Format == format) && o.Operands.Count == 1)
            {
                return new Row(o.Value, o.LValue, o.Operands[0]);
            }
        }

        throw new InvalidOperationException($"the instruction table has no {unit}-unit row '{mnemonic}'");
    }
}
