using PatchVmm.Ia64;
using PatchVmm.Machine.Semantics;

namespace PatchVmm.Machine.Execution;

/// <summary>Decodes a bundle into <see cref="MicroOp"/>s through the binders of an
/// <see cref="InstructionSet"/>, and applies the checks every instruction shares: a slot that
/// does not decode, or a reserved template, is an Illegal Operation fault when executed
/// (SDM Vol. 3 Part I 4.1); writing r0, f0 or f1 is Illegal Operation (Vol. 1 3.1.1, 5.1.1);
/// the highest stacked GR named is recorded for the frame check.</summary>
internal sealed unsafe class PreDecoder(InstructionSet instructions)
{
    // Per row: the operands written (named before '=' in the row's text, memory operands excepted).
    private static readonly int[][] Destinations = IsaTable.Default.Opcodes.Prepend(null).Select(DestinationsOf).ToArray();

    public void Decode(in Bundle bundle, ref DecodedBundle decoded, int fpDisabled)
    {
        var template = bundle.Template;
        decoded.Slot0 = default;
        decoded.Slot1 = default;
        decoded.Slot2 = default;
        if (template.IsReserved)
        {
            decoded.Slot0.Handler = &CommonHandlers.IllegalOperation;
            decoded.Slot1.Handler = &CommonHandlers.IllegalOperation;
            decoded.Slot2.Handler = &CommonHandlers.IllegalOperation;
            decoded.End = 3;
            return;
        }

        Decoder.DecodeBundle(bundle, out var s0, out var s1, out var s2);
        Bind(new BindContext(s0, 0, template.StopAfter(0)), ref decoded.Slot0, fpDisabled);
        if (template.SlotUnit(2) == Unit.X)
        {
            Bind(new BindContext(s2, 1, template.StopAfter(2)), ref decoded.Slot1, fpDisabled);
            decoded.End = 2;
        }
        else
        {
            Bind(new BindContext(s1, 1, template.StopAfter(1)), ref decoded.Slot1, fpDisabled);
            Bind(new BindContext(s2, 2, template.StopAfter(2)), ref decoded.Slot2, fpDisabled);
            decoded.End = 3;
        }
    }

    private void Bind(in BindContext context, ref MicroOp op, int fpDisabled)
    {
        var insn = context.Instruction;
        if (!insn.IsValid)
        {
            op.Handler = &CommonHandlers.IllegalOperation;
            return;
        }

        var binder = instructions[insn.OpcodeId];
        if (binder is null)
        {
            op.Handler = &CommonHandlers.Unimplemented;
            op.Imm = insn.OpcodeId;
            op.Qp = insn.Qp;
            return;
        }

        op.Qp = insn.Qp;
        if (WritesReadOnlyRegister(insn))
        {
            op.Handler = &CommonHandlers.IllegalOperation;
            return;
        }

        // Set before the binder so that one whose frame check differs (alloc) can override it.
        op.MaxGr = HighestStackedGr(insn);
        binder(context, ref op);
        int halves = FpHalves[insn.OpcodeId] is { } frOperands ? HalvesUsed(insn, frOperands) : 0;
        if ((halves & fpDisabled) != 0)
        {
            // psr.dfl/dfh (SDM Vol. 2 3.3.2): the instruction faults, ISR.code saying which
            // halves it names (Ski's disabledFpregFault); its frame check still comes first.
            byte maxGr = op.MaxGr, qp = op.Qp;
            op = default;
            op.Handler = &CommonHandlers.DisabledFpRegister;
            op.Imm = (long)(Cpu.IsrBits(FpAccess(insn.Opcode!)) | (uint)(halves & fpDisabled));
            op.Qp = qp;
            op.MaxGr = maxGr;
        }
    }

    // Per row: its FR operands, or null (the ALAT instructions chk.a f and invala.e f only
    // name an FR as a tag and are not checked, as on Ski).
    private static readonly int[]?[] FpHalves = IsaTable.Default.Opcodes.Prepend(null).Select(FrOperandsOf).ToArray();

    private static int[]? FrOperandsOf(Opcode? row)
    {
        if (row is null || row.Format is "M23" or "M27")
        {
            return null;
        }

        int[] frs = [.. Enumerable.Range(0, row.Operands.Count).Where(i => row.Operands[i].Class == OperandClass.Fr)];
        return frs.Length == 0 ? null : frs;
    }

    /// <summary>Bit 0: the instruction names f2–f31; bit 1: f32–f127 (f0 and f1 are in neither).</summary>
    private static int HalvesUsed(in Instruction insn, int[] frOperands)
    {
        int halves = 0;
        foreach (int i in frOperands)
        {
            long f = insn.Operand(i);
            halves |= f >= 32 ? 2 : f >= 2 ? 1 : 0;
        }

        return halves;
    }

    /// <summary>The reference kind the fault's ISR reports for an FP memory instruction: ldf and
    /// ldfp (M6–M8, M11, M12) are reads, speculative ones with ISR.sp, stf (M9, M10) writes (SDM
    /// Vol. 3 ldf, ldfp, stf: disabled_fp_register_fault(isrcode, itype); Ski the same).</summary>
    private static Access FpAccess(Opcode row) => row.Format switch
    {
        "M9" or "M10" => Access.Store,
        "M6" or "M7" or "M8" or "M11" or "M12" =>
            row.MnemonicTemplate.Contains(".s", StringComparison.Ordinal) ? Access.SpeculativeLoad : Access.Load,
        _ => Access.None,
    };

    private static byte HighestStackedGr(in Instruction insn)
    {
        var operands = insn.Opcode!.Operands;
        long max = 0;
        for (int i = 0; i < operands.Count; i++)
        {
            if (operands[i].Class == OperandClass.Gr && insn.Operand(i) >= 32)
            {
                max = Math.Max(max, insn.Operand(i));
            }
        }

        return (byte)max;
    }

    /// <summary>A destination register that is r0, f0 or f1.</summary>
    private static bool WritesReadOnlyRegister(in Instruction insn)
    {
        var row = insn.Opcode!;
        foreach (int i in Destinations[insn.OpcodeId])
        {
            long v = insn.Operand(i);
            switch (row.Operands[i].Class)
            {
                case OperandClass.Gr when v == 0:
                case OperandClass.Fr when v is 0 or 1:
                    return true;
            }
        }

        return false;
    }

    private static int[] DestinationsOf(Opcode? row)
    {
        if (row is null)
        {
            return [];
        }

        int eq = row.OperandTemplate.IndexOf('=', StringComparison.Ordinal);
        if (eq < 0)
        {
            return [];
        }

        var result = new List<int>();
        foreach (string token in row.OperandTemplate[..eq].Split(','))
        {
            for (int i = 0; i < row.Operands.Count; i++)
            {
                if (row.Operands[i].Name == token)
                {
                    result.Add(i);
                }
            }
        }

        return [.. result];
    }
}
