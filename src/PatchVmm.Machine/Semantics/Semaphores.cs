using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine.Semantics;

/// <summary>Semaphores (M16, M17; SDM Vol. 3 pages cmpxchg, xchg, fetchadd): one atomic
/// read-modify-write of an aligned 1/2/4/8-byte location; r1 gets the old value
/// (zero-extended, NaT clear). cmpxchg stores r2 only when the old value equals ar.ccv;
/// cmp8xchg16 compares the aligned doubleword at the address with ar.ccv and, when equal,
/// stores r2 and ar.csd to the 16-byte-aligned pair it belongs to (r2 at the lower address).
/// A NaT address, or a NaT r2, is a Register NaT Consumption fault; a misaligned address an
/// Unaligned Data Reference fault. Each drops the ALAT entries it overlaps, written or not (as
/// Ski). X = size, R2 = the source register, Imm = the fetchadd increment.</summary>
internal static unsafe class Semaphores
{
    public static void Register(InstructionSet.Builder set)
    {
        set.Add("M16 {mm_cx}.acq{mm_ldh2} r1=[r3],r2,ar.ccv", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &CompareExchange, "mm_cx"));
        set.Add("M16 {mm_cx}.rel{mm_ldh2} r1=[r3],r2,ar.ccv", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &CompareExchange, "mm_cx"));
        set.Add("M16 {mm_xchg}{mm_ldh2} r1=[r3],r2", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Exchange, "mm_xchg"));
        set.Add("M16 cmp8xchg16.acq{mm_ldh2} r1=[r3],r2,ar.csd,ar.ccv", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &CompareExchange16, null));
        set.Add("M16 cmp8xchg16.rel{mm_ldh2} r1=[r3],r2,ar.csd,ar.ccv", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &CompareExchange16, null));
        set.Add("M17 {mm_fadd}.acq{mm_ldh2} r1=[r3],mm_inc3", static (in BindContext c, ref MicroOp op) => BindFetchAdd(c, ref op));
        set.Add("M17 {mm_fadd}.rel{mm_ldh2} r1=[r3],mm_inc3", static (in BindContext c, ref MicroOp op) => BindFetchAdd(c, ref op));
    }

    private static void Bind(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler, string? size)
    {
        op.Handler = handler;
        op.R1 = c.Register(0);
        op.R3 = c.Register(1);
        op.R2 = c.Register(2);
        op.X = (byte)(size is null ? 8 : 1 << c.Completer(c.CompleterIndex(size)));
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
        int check = MemoryAccess.Begin(cpu, ref op, op.X, cpu.GetNat(op.R2), Access.SemaphoreAccess, out ulong address);
        if (check != Flow.Next)
        {
            return check;
        }

        ulong old = cpu.ReadData(address, op.X);
        cpu.Alat.Store(address, op.X);
        if (old == cpu.Ar[ApplicationRegisters.Ccv])
        {
            cpu.WriteData(address, op.X, cpu.GetGr(op.R2));
        }

        cpu.SetGr(op.R1, old);
        return Flow.Next;
    }

    public static int Exchange(Cpu cpu, ref MicroOp op)
    {
        int check = MemoryAccess.Begin(cpu, ref op, op.X, cpu.GetNat(op.R2), Access.SemaphoreAccess, out ulong address);
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
        int check = MemoryAccess.Begin(cpu, ref op, op.X, false, Access.SemaphoreAccess | Access.FetchAdd, out ulong address);
        if (check != Flow.Next)
        {
            return check;
        }

        ulong old = cpu.ReadData(address, op.X);
        cpu.WriteData(address, op.X, old + (ulong)op.Imm);
        cpu.SetGr(op.R1, old);
        return Flow.Next;
    }

    /// <summary>cmp8xchg16: an 8-byte-aligned address; the pair is the 16 bytes at the address
    /// with bit 3 cleared.</summary>
    public static int CompareExchange16(Cpu cpu, ref MicroOp op)
    {
        int check = MemoryAccess.Begin(cpu, ref op, 8, cpu.GetNat(op.R2), Access.SemaphoreAccess, out ulong address);
        if (check != Flow.Next)
        {
            return check;
        }

        ulong pair = address & ~8UL;
        ulong old = cpu.ReadData(address, 8);
        cpu.Alat.Store(pair, 16);
        if (old == cpu.Ar[ApplicationRegisters.Ccv])
        {
            cpu.WriteData16(pair, 16, cpu.GetGr(op.R2), cpu.Ar[ApplicationRegisters.Csd]);
        }

        cpu.SetGr(op.R1, old);
        return Flow.Next;
    }
}
