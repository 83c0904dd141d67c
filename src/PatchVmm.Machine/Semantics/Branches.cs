using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine.Semantics;

/// <summary>Branches (B1–B5, B8 clrrrb, X3–X4 brl; SDM Vol. 3 pages br, brl, Vol. 1 4.5): conditional, call and
/// return, indirect through branch registers, and the counted and modulo-scheduled loop
/// branches with register rotation. Hints (.sptk .many .clr ...) have no architectural effect.
/// IP-relative targets are kept as displacements from the bundle (Imm).</summary>
internal static unsafe class Branches
{
    public static void Register(InstructionSet.Builder set)
    {
        Binder relative = static (in BindContext c, ref MicroOp op) => Relative(c, ref op, &Jump);
        set.Add("B1 br.cond{b_wh}{b_ph}{b_dh} b_tgt25", relative);
        set.Add("B1 br{b_ph}{b_dh} b_tgt25", relative);
        set.Add("B1 br.wexit{b_wh}{b_ph}{b_dh} b_tgt25", static (in BindContext c, ref MicroOp op) => WhileLoop(c, ref op, &WExit));
        set.Add("B1 br.wtop{b_wh}{b_ph}{b_dh} b_tgt25", static (in BindContext c, ref MicroOp op) => WhileLoop(c, ref op, &WTop));
        set.Add("B2 br.cloop{b_wh}{b_ph}{b_dh} b_tgt25", static (in BindContext c, ref MicroOp op) => CountedLoop(c, ref op, &CLoop));
        set.Add("B2 br.cexit{b_wh}{b_ph}{b_dh} b_tgt25", static (in BindContext c, ref MicroOp op) => CountedLoop(c, ref op, &CExit));
        set.Add("B2 br.ctop{b_wh}{b_ph}{b_dh} b_tgt25", static (in BindContext c, ref MicroOp op) => CountedLoop(c, ref op, &CTop));
        set.Add("B3 br.call{b_wh}{b_ph}{b_dh} b1=b_tgt25", static (in BindContext c, ref MicroOp op) =>
        {
            op.Handler = &CallRelative;
            op.X = c.Register(0);
            op.Imm = c.Operand(1);
        });

        // Long branches (X3, X4): the MLX form with a 64-bit displacement.
        set.Add("X3 brl.cond{x_wh}{x_ph}{x_dh} x_tgt64", relative);
        set.Add("X3 brl{x_ph}{x_dh} x_tgt64", relative);
        set.Add("X4 brl.call{x_wh}{x_ph}{x_dh} b1=x_tgt64", static (in BindContext c, ref MicroOp op) =>
        {
            op.Handler = &CallRelative;
            op.X = c.Register(0);
            op.Imm = c.Operand(1);
        });

        Binder indirect = static (in BindContext c, ref MicroOp op) =>
        {
            op.Handler = &JumpIndirect;
            op.X = c.Register(0);
        };
        set.Add("B4 br.cond{b_wh}{b_ph}{b_dh} b2", indirect);
        set.Add("B4 br{b_ph}{b_dh} b2", indirect);
        set.Add("B4 br.ret{b_wh}{b_ph}{b_dh} b2", static (in BindContext c, ref MicroOp op) =>
        {
            op.Handler = &Return;
            op.X = c.Register(0);
        });
        set.Add("B5 br.call{b_whc}{b_ph}{b_dh} b1=b2", static (in BindContext c, ref MicroOp op) =>
        {
            op.Handler = &CallIndirect;
            op.X = c.Register(0);
            op.R2 = c.Register(1);
        });

        // Branch predict hints: no architectural effect.
        set.Add("B6 brp{b_pwh}{b_ih} b_tgt25,b_tag13", static (in BindContext c, ref MicroOp op) => op.Handler = &CommonHandlers.Nop);
        set.Add("B7 brp{b_pwhi}{b_ih} b2,b_tag13", static (in BindContext c, ref MicroOp op) => op.Handler = &CommonHandlers.Nop);
        set.Add("B7 brp.ret{b_pwhi}{b_ih} b2,b_tag13", static (in BindContext c, ref MicroOp op) => op.Handler = &CommonHandlers.Nop);

        // clrrrb must end its instruction group (SDM Vol. 3 clrrrb).
        set.Add("B8 clrrrb -", static (in BindContext c, ref MicroOp op) =>
            op.Handler = c.StopAfter ? &ClearRrb : &CommonHandlers.IllegalOperation);
        set.Add("B8 clrrrb.pr -", static (in BindContext c, ref MicroOp op) =>
            op.Handler = c.StopAfter ? &ClearRrbPr : &CommonHandlers.IllegalOperation);
    }

    private static void Relative(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        op.Handler = handler;
        op.Imm = c.Operand(0);
    }

    /// <summary>br.wtop/br.wexit act whether or not their predicate is true: it is the loop
    /// condition, kept in R1.</summary>
    private static void WhileLoop(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        Relative(c, ref op, handler);
        op.R1 = op.Qp;
        op.Qp = 0;
    }

    /// <summary>br.cloop/ctop/cexit must sit in slot 2 (SDM Vol. 3 br: Illegal Operation otherwise).</summary>
    private static void CountedLoop(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        Relative(c, ref op, c.Slot == 2 ? handler : &CommonHandlers.IllegalOperation);
    }

    private static int Taken(Cpu cpu, ulong target)
    {
        cpu.NextIp = target;
        cpu.NextSlot = 0;
        return Flow.Branch;
    }

    public static int Jump(Cpu cpu, ref MicroOp op) => Taken(cpu, cpu.Ip + (ulong)op.Imm);

    public static int JumpIndirect(Cpu cpu, ref MicroOp op) => Taken(cpu, cpu.Br[op.X] & ~0xFUL);

    public static int CLoop(Cpu cpu, ref MicroOp op)
    {
        ref ulong lc = ref cpu.Ar[ApplicationRegisters.Lc];
        if (lc == 0)
        {
            return Flow.Next;
        }

        lc--;
        return Jump(cpu, ref op);
    }

    /// <summary>The shared update of br.ctop and br.cexit; returns whether ctop branches.</summary>
    private static bool CountedStep(Cpu cpu)
    {
        ref ulong lc = ref cpu.Ar[ApplicationRegisters.Lc];
        ref ulong ec = ref cpu.Ar[ApplicationRegisters.Ec];
        bool loop = lc != 0 || ec > 1;
        if (lc != 0)
        {
            lc--;
            cpu.SetPr(63, true);
            cpu.Rotate();
        }
        else if (ec != 0)
        {
            ec--;
            cpu.SetPr(63, false);
            cpu.Rotate();
        }
        else
        {
            cpu.SetPr(63, false);
        }

        return loop;
    }

    public static int CTop(Cpu cpu, ref MicroOp op) => CountedStep(cpu) ? Jump(cpu, ref op) : Flow.Next;

    public static int CExit(Cpu cpu, ref MicroOp op) => CountedStep(cpu) ? Flow.Next : Jump(cpu, ref op);

    /// <summary>The shared update of br.wtop and br.wexit; returns whether wtop branches.</summary>
    private static bool WhileStep(Cpu cpu, ref MicroOp op)
    {
        ref ulong ec = ref cpu.Ar[ApplicationRegisters.Ec];
        bool condition = cpu.GetPr(op.R1);
        bool loop = condition || ec > 1;
        cpu.SetPr(63, false);
        if (condition)
        {
            cpu.Rotate();
        }
        else if (ec != 0)
        {
            ec--;
            cpu.Rotate();
        }

        return loop;
    }

    public static int WTop(Cpu cpu, ref MicroOp op) => WhileStep(cpu, ref op) ? Jump(cpu, ref op) : Flow.Next;

    public static int WExit(Cpu cpu, ref MicroOp op) => WhileStep(cpu, ref op) ? Flow.Next : Jump(cpu, ref op);

    public static int CallRelative(Cpu cpu, ref MicroOp op) => Call(cpu, op.X, cpu.Ip + (ulong)op.Imm);

    public static int CallIndirect(Cpu cpu, ref MicroOp op) => Call(cpu, op.X, cpu.Br[op.R2] & ~0xFUL);

    /// <summary>br.call: b1 = the next bundle; ar.pfs keeps the caller's frame marker, ar.ec and
    /// privilege level; the caller's locals are preserved (become dirty) and its outputs are
    /// the callee's frame, with no locals, no rotating region and rrbs 0.</summary>
    private static int Call(Cpu cpu, int link, ulong target)
    {
        ulong returnAddress = cpu.Ip + 16;
        ref ulong pfs = ref cpu.Ar[ApplicationRegisters.Pfs];
        pfs = (pfs & ~((1UL << 38) - 1) & ~(0x3FUL << 52) & ~(3UL << 62))
            | cpu.Cfm | ((cpu.Ar[ApplicationRegisters.Ec] & 0x3F) << 52) | ((ulong)cpu.Cpl << 62);
        int sol = cpu.Sol, sof = cpu.Sof;
        cpu.RsePreserveFrame(sol);
        cpu.SetFrame(sof - sol, 0, 0, 0, 0, 0);
        cpu.Br[link] = returnAddress;
        return Taken(cpu, target);
    }

    /// <summary>br.ret: the frame marker and ar.ec come back from ar.pfs; the caller's frame
    /// comes back from the register stack (filled from the backing store when needed).</summary>
    public static int Return(Cpu cpu, ref MicroOp op)
    {
        ulong target = cpu.Br[op.X] & ~0xFUL;
        ulong pfs = cpu.Ar[ApplicationRegisters.Pfs];
        int oldSof = cpu.Sof;
        int sof = (int)(pfs & 0x7F), sol = (int)((pfs >> 7) & 0x7F);
        int growth = sof - sol - oldSof;
        cpu.Ar[ApplicationRegisters.Ec] = (pfs >> 52) & 0x3F;
        cpu.Bof = ((cpu.Bof - sol) % Cpu.StackedPhysical + Cpu.StackedPhysical) % Cpu.StackedPhysical;
        cpu.Cfm = pfs & ((1UL << 38) - 1);
        if (!cpu.RseRestoreFrame(sol, growth, oldSof))
        {
            return Flow.Stop;
        }

        // Privilege demotion to ar.pfs.ppl (never promotion), and with psr.lp a Lower-Privilege
        // Transfer trap at the target (SDM Vol. 3 br.ret).
        int ppl = (int)(pfs >> 62);
        if (ppl > cpu.Cpl)
        {
            cpu.SetCpl(ppl);
            if (cpu.PsrBit(Cpu.PsrLp))
            {
                cpu.NextIp = target;
                cpu.NextSlot = 0;
                cpu.Raise(Interruption.LowerPrivilegeTransfer, cpu.PsrBit(Cpu.PsrTb) ? 0x4UL : 0);
                return Flow.Trap;
            }
        }

        return Taken(cpu, target);
    }

    public static int ClearRrb(Cpu cpu, ref MicroOp op)
    {
        cpu.SetFrame(cpu.Sof, cpu.Sol, cpu.Sor, 0, 0, 0);
        return Flow.Next;
    }

    public static int ClearRrbPr(Cpu cpu, ref MicroOp op)
    {
        cpu.SetRrbPr(0);
        return Flow.Next;
    }
}
