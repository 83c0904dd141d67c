using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine.Semantics;

/// <summary>Speculation checks and the ALAT instructions (I20, M20–M24, M26, M27; SDM Vol. 1
/// 4.4.4–4.4.5, Vol. 3 pages chk, invala). This machine's ALAT holds no entries — an ALAT
/// may drop any entry at any time, so this is architecturally valid, and it is what Ski does
/// unless run with -alat: chk.a always branches to its recovery code, ld.c always reloads,
/// invala has nothing to clear. chk.s branches when its register holds a deferred exception
/// (a NaT GR, or NaTVal in an FR). Targets are displacements from the bundle (Imm).</summary>
internal static unsafe class Speculation
{
    public static void Register(InstructionSet.Builder set)
    {
        set.Add("I20 chk.s.i r2,i_tgt25", static (in BindContext c, ref MicroOp op) => Check(c, ref op, &CheckGr));
        set.Add("M20 chk.s.m r2,ms_tgt25b", static (in BindContext c, ref MicroOp op) => Check(c, ref op, &CheckGr));
        set.Add("M21 chk.s f2,ms_tgt25b", static (in BindContext c, ref MicroOp op) => Check(c, ref op, &CheckFr));
        foreach (string key in (string[])["M22 chk.a.nc r1,ms_tgt25c", "M22 chk.a.clr r1,ms_tgt25c", "M23 chk.a.nc f1,ms_tgt25c", "M23 chk.a.clr f1,ms_tgt25c"])
        {
            set.Add(key, static (in BindContext c, ref MicroOp op) => Check(c, ref op, &AlwaysRecover));
        }

        foreach (string key in (string[])["M24 invala -", "M26 invala.e r1", "M27 invala.e f1"])
        {
            set.Add(key, static (in BindContext c, ref MicroOp op) => op.Handler = &CommonHandlers.Nop);
        }
    }

    private static void Check(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        op.Handler = handler;
        op.R2 = c.Register(0);
        op.Imm = c.Operand(1);
    }

    private static int Recover(Cpu cpu, ref MicroOp op)
    {
        cpu.NextIp = cpu.Ip + (ulong)op.Imm;
        cpu.NextSlot = 0;
        return Flow.Branch;
    }

    public static int CheckGr(Cpu cpu, ref MicroOp op) => cpu.GetNat(op.R2) ? Recover(cpu, ref op) : Flow.Next;

    public static int CheckFr(Cpu cpu, ref MicroOp op) => cpu.IsFrNaTVal(op.R2) ? Recover(cpu, ref op) : Flow.Next;

    public static int AlwaysRecover(Cpu cpu, ref MicroOp op) => Recover(cpu, ref op);
}
