using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine.Semantics;

/// <summary>Speculation checks and the ALAT instructions (I20, M20–M24, M26, M27; SDM Vol. 1
/// 4.4.4–4.4.5, Vol. 3 pages chk, invala), as Ski run with -alat. chk.s branches when its
/// register holds a deferred exception (a NaT GR, NaTVal in an FR); chk.a branches when its
/// register has no ALAT entry (Alat.cs), and .clr drops the entry it finds; invala empties the
/// ALAT, invala.e drops one register's entry. Targets are displacements from the bundle (Imm);
/// a taken check goes to slot 0 of the target bundle.</summary>
internal static unsafe class Speculation
{
    public static void Register(InstructionSet.Builder set)
    {
        set.Add("I20 chk.s.i r2,i_tgt25", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &CheckGr));
        set.Add("M20 chk.s.m r2,ms_tgt25b", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &CheckGr));
        set.Add("M21 chk.s f2,ms_tgt25b", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &CheckFr));
        set.Add("M22 chk.a.nc r1,ms_tgt25c", static (in BindContext c, ref MicroOp op) => BindAlatGr(c, ref op, &CheckAdvancedGr));
        set.Add("M22 chk.a.clr r1,ms_tgt25c", static (in BindContext c, ref MicroOp op) => BindAlatGr(c, ref op, &CheckAdvancedGrClear));
        set.Add("M23 chk.a.nc f1,ms_tgt25c", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &CheckAdvancedFr));
        set.Add("M23 chk.a.clr f1,ms_tgt25c", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &CheckAdvancedFrClear));
        set.Add("M24 invala -", static (in BindContext c, ref MicroOp op) => op.Handler = &InvalidateAll);
        set.Add("M26 invala.e r1", static (in BindContext c, ref MicroOp op) => BindAlatGr(c, ref op, &InvalidateGr));
        set.Add("M27 invala.e f1", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &InvalidateFr));
    }

    /// <summary>R2 = the register (operand 0), Imm = the target when there is one.</summary>
    private static void Bind(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        op.Handler = handler;
        op.R2 = c.Register(0);
        if (c.Row.Operands.Count > 1)
        {
            op.Imm = c.Operand(1);
        }
    }

    /// <summary>chk.a and invala.e name a GR only as an ALAT tag, neither reading nor writing
    /// it: outside the frame it is no Illegal Operation (as on Ski).</summary>
    private static void BindAlatGr(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        Bind(c, ref op, handler);
        op.MaxGr = 0;
    }

    private static int Recover(Cpu cpu, ref MicroOp op)
    {
        cpu.NextIp = cpu.Ip + (ulong)op.Imm;
        cpu.NextSlot = 0;
        return Flow.Branch;
    }

    public static int CheckGr(Cpu cpu, ref MicroOp op) => cpu.GetNat(op.R2) ? Recover(cpu, ref op) : Flow.Next;

    public static int CheckFr(Cpu cpu, ref MicroOp op) => cpu.IsFrNaTVal(op.R2) ? Recover(cpu, ref op) : Flow.Next;

    public static int CheckAdvancedGr(Cpu cpu, ref MicroOp op) =>
        cpu.Alat.Check(cpu.AlatGr(op.R2), clear: false) ? Flow.Next : Recover(cpu, ref op);

    public static int CheckAdvancedGrClear(Cpu cpu, ref MicroOp op) =>
        cpu.Alat.Check(cpu.AlatGr(op.R2), clear: true) ? Flow.Next : Recover(cpu, ref op);

    public static int CheckAdvancedFr(Cpu cpu, ref MicroOp op) =>
        cpu.Alat.Check(cpu.AlatFr(op.R2), clear: false) ? Flow.Next : Recover(cpu, ref op);

    public static int CheckAdvancedFrClear(Cpu cpu, ref MicroOp op) =>
        cpu.Alat.Check(cpu.AlatFr(op.R2), clear: true) ? Flow.Next : Recover(cpu, ref op);

    public static int InvalidateAll(Cpu cpu, ref MicroOp op)
    {
        cpu.Alat.InvalidateAll();
        return Flow.Next;
    }

    public static int InvalidateGr(Cpu cpu, ref MicroOp op)
    {
        cpu.Alat.Invalidate(cpu.AlatGr(op.R2));
        return Flow.Next;
    }

    public static int InvalidateFr(Cpu cpu, ref MicroOp op)
    {
        cpu.Alat.Invalidate(cpu.AlatFr(op.R2));
        return Flow.Next;
    }
}
