using PatchVmm.Ia64;
using PatchVmm.Machine.Execution;
using PatchVmm.Machine.Firmware;

namespace PatchVmm.Machine.Semantics;

/// <summary>Handlers every unit shares: slots that do not decode, rows without semantics,
/// nop/hint, and break (which reaches the firmware for Ski's SSC immediates).</summary>
internal static unsafe class CommonHandlers
{
    public static void Register(InstructionSet.Builder set)
    {
        foreach (string key in (string[])["M48 nop.m imm21", "I18 nop.i imm21", "B9 nop.b imm21", "F16 nop.f imm21", "X5 nop.x x_imm62",
            "M48 hint.m ms_hint", "I18 hint.i imm21", "B9 hint.b imm21", "F16 hint.f imm21", "X5 hint.x x_imm62"])
        {
            set.Add(key, static (in BindContext c, ref MicroOp op) => op.Handler = &Nop);
        }

        foreach (string key in (string[])["M37 break.m imm21", "I19 break.i imm21", "F15 break.f imm21"])
        {
            set.Add(key, static (in BindContext c, ref MicroOp op) =>
            {
                op.Handler = &Break;
                op.Imm = c.Operand(0);
            });
        }

        // break.b and break.x: the firmware looks at the whole immediate (as Ski's), but the
        // fault puts 0 (break.b) or the low 21 bits of imm62 (break.x) in cr.iim (SDM Vol. 3
        // break, b_unit_form and x_unit_form). X = 1 and X = 2 mark them.
        set.Add("B9 break.b imm21", static (in BindContext c, ref MicroOp op) =>
        {
            op.Handler = &Break;
            op.Imm = c.Operand(0);
            op.X = 1;
        });
        set.Add("X1 break.x x_imm62", static (in BindContext c, ref MicroOp op) =>
        {
            op.Handler = &Break;
            op.Imm = c.Operand(0);
            op.X = 2;
        });
    }

    public static int Nop(Cpu cpu, ref MicroOp op) => Flow.Next;

    /// <summary>Break Instruction fault (SDM Vol. 3 break), except for the immediates Ski's
    /// firmware claims in system mode (DESIGN.md §5): 0x80000 and 0x80001 are SSC calls, and
    /// 0 halts the machine, as Ski does — the instruction an empty IVT entry holds.</summary>
    public static int Break(Cpu cpu, ref MicroOp op)
    {
        if (cpu.Firmware is { } firmware)
        {
            if (SscFirmware.IsSscImmediate((ulong)op.Imm))
            {
                return firmware.Call(cpu);
            }

            if (op.Imm == 0)
            {
                return cpu.Halt();
            }
        }

        return cpu.RaiseBreak(op.X switch { 1 => 0, 2 => (ulong)op.Imm & 0x1F_FFFF, _ => (ulong)op.Imm });
    }

    public static int IllegalOperation(Cpu cpu, ref MicroOp op) => cpu.Raise(Interruption.IllegalOperation);

    /// <summary>An FP instruction decoded while psr.dfl/dfh disable a half it names: Imm = the
    /// fault's ISR bits (PreDecoder).</summary>
    public static int DisabledFpRegister(Cpu cpu, ref MicroOp op) => cpu.Raise(Interruption.DisabledFpRegister, (ulong)op.Imm);

    /// <summary>A row the machine has no semantics for: stop with its name (op.Imm = row id).</summary>
    public static int Unimplemented(Cpu cpu, ref MicroOp op) =>
        cpu.Stop(Interruption.Unimplemented, (ulong)op.Imm,
            $"'{IsaTable.Default[(int)op.Imm]!.MnemonicTemplate}' ({IsaTable.Default[(int)op.Imm]!.Format}) is not implemented by this machine");
}
