using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine.Semantics;

/// <summary>Semaphores (M16, M17; SDM Vol. 3 pages cmpxchg, xchg, fetchadd): one atomic
/// read-modify-write of an aligned 1/2/4/8-byte location; r1 gets the old value
/// (zero-extended). cmpxchg stores r2 only when the old value equals ar.ccv. X = size,
/// R2 = the source register or Imm = the fetchadd increment.</summary>
internal static unsafe class Semaphores
{
    public static void Register(InstructionSet.Builder set)
    {
        set.Add("M16 {mm_cx}.acq{mm_ldh2} r1=[r3],r2,ar.ccv", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &CompareExchange, "mm_cx"));
        set.Add("M16 {mm_cx}.rel{mm_ldh2} r1=[r3],r2,ar.ccv", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &CompareExchange, "mm_cx"));
        set.Add("M16 {mm_xchg}{mm_ldh2} r1=[r3],r2", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Exchange, "mm_xchg"));
        set.Add("M17 {mm_fadd}.acq{mm_ldh2} r1=[r3],mm_inc3", static (in BindContext c, ref MicroOp op) => BindFetchAdd(c, ref op));
        set.Add("M17 {mm_fadd}.rel{mm_ldh2} r1=[r3],mm_inc3", static (in BindContext c, ref MicroOp op) => BindFetchAdd(c, ref op));
    }

    private static void Bind(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler, string size)
    {
        op.Handler = handler;
        op.R1 = c.Register(0);
        op.R3 = c.Register(1);
        op.R2 = c.Register(2);
        op.X = (byte)(1 << c.Completer(c.CompleterIndex(size)));
    }

    private static void BindFetchAdd(in BindContext c, ref MicroOp op)
    {
        op.Handler = &FetchAdd;
        op.R1 = c.Register(0);
        op.R3 = c.Register(1);
        op.Imm = c.Operand(2);
        op.X = (byte)(c.Completer(c.CompleterIndex("mm_fadd")) == 0 ? 4 : 8);
    }

    public static int CompareExchange(Cpu cpu, ref MicroOp op)
    {
        int check = MemoryAccess.Begin(cpu, ref op, op.X, cpu.GetNat(op.R2), out ulong address);
        if (check != Flow.Next)
        {
            return check;
        }

        ulong old = cpu.ReadData(address, op.X);
        if (old == cpu.Ar[ApplicationRegisters.Ccv])
        {
            cpu.WriteData(address, op.X, cpu.GetGr(op.R2));
        }

        cpu.SetGr(op.R1, old);
        return Flow.Next;
    }

    public static int Exchange(Cpu cpu, ref MicroOp op)
    {
        int check = MemoryAccess.Begin(cpu, ref op, op.X, cpu.GetNat(op.R2), out ulong address);
        if (check != Flow.Next)
        {
            return check;
        }

        ulong old = cpu.ReadData(address, op.X);
        cpu.WriteData(address, op.X, cpu.GetGr(op.R2));
        cpu.SetGr(op.R1, old);
        return Flow.Next;
    }

    public static int FetchAdd(Cpu cpu, ref MicroOp op)
    {
        int check = MemoryAccess.Begin(cpu, ref op, op.X, false, out ulong address);
        if (check != Flow.Next)
        {
            return check;
        }

        ulong old = cpu.ReadData(address, op.X);
        cpu.WriteData(address, op.X, old + (ulong)op.Imm);
        cpu.SetGr(op.R1, old);
        return Flow.Next;
    }
}
