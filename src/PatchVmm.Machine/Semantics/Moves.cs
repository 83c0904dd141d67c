using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine.Semantics;

/// <summary>Moves to and from predicates, branch registers, application registers and ip, and
/// movl (I21–I28, M29–M31, X2; SDM Vol. 3 pages mov, movl). Moving a NaT general register into
/// a PR/BR/AR is a Register NaT Consumption fault; reads give NaT 0. The predicate moves see
/// the predicate file unrotated: SDM Vol. 3 mov pr, "as if the predicate rotation base
/// (CFM.rrb.pr) were zero" (Ski does the same). Branch hints and tags (mov.ret, .sptk,
/// .dptk, .imp) change nothing. The AR access rules are Cpu.ApplicationRegisters.cs's; the
/// binder settles the unit and read-only checks once, so handlers only test what varies at
/// run time.</summary>
internal static unsafe class Moves
{
    public static void Register(InstructionSet.Builder set)
    {
        set.Add("X2 movl r1=x_imm64", static (in BindContext c, ref MicroOp op) =>
        {
            op.Handler = &MoveImmediate;
            op.R1 = c.Register(0);
            op.Imm = c.Operand(1);
        });

        // mov pr=r2,mask17: operands r2, mask (already sign-extended and shifted by the table).
        Binder toPr = static (in BindContext c, ref MicroOp op) =>
        {
            op.Handler = &ToPredicates;
            op.R2 = c.Register(0);
            op.Imm = c.Operand(1) & ~1L;
        };
        set.Add("I23 mov pr=r2,i_mask17p", toPr);
        set.Add("I23 mov pr=r2,i_mask17n", toPr);

        Binder toPrRot = static (in BindContext c, ref MicroOp op) =>
        {
            op.Handler = &ToRotatingPredicates;
            op.Imm = c.Operand(0);
        };
        set.Add("I24 mov pr.rot=i_imm44p", toPrRot);
        set.Add("I24 mov pr.rot=i_imm44n", toPrRot);

        set.Add("I25 mov r1=pr", static (in BindContext c, ref MicroOp op) =>
        {
            op.Handler = &FromPredicates;
            op.R1 = c.Register(0);
        });
        set.Add("I25 mov r1=ip", static (in BindContext c, ref MicroOp op) =>
        {
            op.Handler = &FromIp;
            op.R1 = c.Register(0);
        });

        Binder toBr = static (in BindContext c, ref MicroOp op) =>
        {
            op.Handler = &ToBranch;
            op.X = c.Register(0);
            op.R2 = c.Register(1);
        };
        set.Add("I21 mov b1=r2", toBr);
        set.Add("I21 mov{i_ret}{i_bwh}{i_ih} b1=r2,i_tag13", toBr);
        set.Add("I22 mov r1=b2", static (in BindContext c, ref MicroOp op) =>
        {
            op.Handler = &FromBranch;
            op.R1 = c.Register(0);
            op.X = c.Register(1);
        });

        set.Add("I26 mov.i i_ar3=r2", static (in BindContext c, ref MicroOp op) => ToAr(c, ref op, fromMUnit: false, immediate: false));
        set.Add("M29 mov.m ms_ar3=r2", static (in BindContext c, ref MicroOp op) => ToAr(c, ref op, fromMUnit: true, immediate: false));
        set.Add("I27 mov.i i_ar3=i_imm8", static (in BindContext c, ref MicroOp op) => ToAr(c, ref op, fromMUnit: false, immediate: true));
        set.Add("M30 mov.m ms_ar3=ms_imm8", static (in BindContext c, ref MicroOp op) => ToAr(c, ref op, fromMUnit: true, immediate: true));
        set.Add("I28 mov.i r1=i_ar3", static (in BindContext c, ref MicroOp op) => FromAr(c, ref op, fromMUnit: false));
        set.Add("M31 mov.m r1=ms_ar3", static (in BindContext c, ref MicroOp op) => FromAr(c, ref op, fromMUnit: true));
    }

    private static void ToAr(in BindContext c, ref MicroOp op, bool fromMUnit, bool immediate)
    {
        op.X = c.Register(0);
        if (!Cpu.ArAccessible(op.X, fromMUnit) || Cpu.IsReadOnlyAr(op.X))
        {
            op.Handler = &CommonHandlers.IllegalOperation;
            return;
        }

        if (immediate)
        {
            op.Handler = &ImmediateToAr;
            op.Imm = c.Operand(1);
        }
        else
        {
            // ar.bspstore/ar.rnat outside enforced-lazy mode fault before the source's NaT is seen.
            op.Handler = op.X is ApplicationRegisters.BspStore or ApplicationRegisters.Rnat ? &GrToRseAr : &GrToAr;
            op.R2 = c.Register(1);
        }
    }

    private static void FromAr(in BindContext c, ref MicroOp op, bool fromMUnit)
    {
        op.R1 = c.Register(0);
        op.X = c.Register(1);
        op.Handler = !Cpu.ArAccessible(op.X, fromMUnit) ? &CommonHandlers.IllegalOperation
            : Cpu.ArReadMayFault(op.X) ? &CheckedArToGr : &ArToGr;
    }

    public static int MoveImmediate(Cpu cpu, ref MicroOp op)
    {
        cpu.SetGr(op.R1, (ulong)op.Imm);
        return Flow.Next;
    }

    public static int ToPredicates(Cpu cpu, ref MicroOp op)
    {
        if (cpu.GetNat(op.R2))
        {
            return cpu.Raise(Interruption.RegisterNaTConsumption);
        }

        ulong mask = (ulong)op.Imm;
        cpu.PhysicalPr = (cpu.PhysicalPr & ~mask) | (cpu.GetGr(op.R2) & mask);
        return Flow.Next;
    }

    /// <summary>mov pr.rot: p16–p63 from the immediate, p1–p15 unchanged.</summary>
    public static int ToRotatingPredicates(Cpu cpu, ref MicroOp op)
    {
        cpu.PhysicalPr = (cpu.PhysicalPr & 0xFFFF) | ((ulong)op.Imm & ~0xFFFFUL);
        return Flow.Next;
    }

    public static int FromPredicates(Cpu cpu, ref MicroOp op)
    {
        cpu.SetGr(op.R1, cpu.PhysicalPr);
        return Flow.Next;
    }

    public static int FromIp(Cpu cpu, ref MicroOp op)
    {
        cpu.SetGr(op.R1, cpu.Ip);
        return Flow.Next;
    }

    public static int ToBranch(Cpu cpu, ref MicroOp op)
    {
        if (cpu.GetNat(op.R2))
        {
            return cpu.Raise(Interruption.RegisterNaTConsumption);
        }

        cpu.Br[op.X] = cpu.GetGr(op.R2);
        return Flow.Next;
    }

    public static int FromBranch(Cpu cpu, ref MicroOp op)
    {
        cpu.SetGr(op.R1, cpu.Br[op.X]);
        return Flow.Next;
    }

    public static int GrToAr(Cpu cpu, ref MicroOp op) =>
        cpu.GetNat(op.R2) ? cpu.Raise(Interruption.RegisterNaTConsumption) : cpu.WriteAr(op.X, cpu.GetGr(op.R2));

    public static int GrToRseAr(Cpu cpu, ref MicroOp op)
    {
        int flow = cpu.CheckArWrite(op.X);
        return flow != Flow.Next ? flow : GrToAr(cpu, ref op);
    }

    public static int ImmediateToAr(Cpu cpu, ref MicroOp op) => cpu.WriteAr(op.X, (ulong)op.Imm);

    public static int ArToGr(Cpu cpu, ref MicroOp op)
    {
        cpu.SetGr(op.R1, cpu.ReadAr(op.X));
        return Flow.Next;
    }

    public static int CheckedArToGr(Cpu cpu, ref MicroOp op)
    {
        int flow = cpu.CheckArRead(op.X);
        if (flow != Flow.Next)
        {
            return flow;
        }

        cpu.SetGr(op.R1, cpu.ReadAr(op.X));
        return Flow.Next;
    }
}
