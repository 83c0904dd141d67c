using System.Runtime.CompilerServices;
using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine.Semantics;

/// <summary>Integer loads and stores (M1–M5), ld16/st16, ld8.fill/st8.spill, lfetch (M13–M15)
/// and the memory-ordering and cache instructions; SDM Vol. 1 4.4, Vol. 3 pages ld, st, lfetch,
/// mf, sync, srlz, fc, fwb. Checked against Ski run with -alat.
/// Operand layout: R1 the destination (or R2 the value stored), R3 the address; X = access
/// size in bytes; P2 = base update: 0 none, 1 by GR R2, 2 by Imm. The binder picks one handler
/// per speculation completer; ordering completers (.acq, .rel, .bias) and hints have no effect
/// on this single, in-order processor. Faults leave every register unchanged.
/// <list type="bullet">
/// <item>A NaT address register is a Register NaT Consumption fault for every non-speculative
/// access, and so is a NaT value stored (but by st8.spill, which writes the NaT bit to
/// ar.unat bit = address bits 8:3; ld8.fill reads it back).</item>
/// <item>Post-increment adds GR r2 or imm9 to the base after the access; the base gets the
/// increment's NaT bit (a NaT increment is no fault, SDM and Ski). A load that updates its base
/// may not target it: Illegal Operation.</item>
/// <item>ld.s/ld.sa defer (target 0 with its NaT bit set) on a NaT address or psr.ed = 1, and —
/// as Ski, which may — always with data translation off (psr.dt = 0), except that a misaligned
/// one is an Unaligned Data Reference fault when psr.ic = 1. The base update of a speculative
/// load ORs in the address's NaT bit.</item>
/// <item>The ALAT (Alat.cs): ld.a/ld.sa allocate an entry for their target, ld.c.clr/ld.c.nc
/// keep the register when it hits (.clr dropping the entry) and reload when it misses (.nc
/// allocating), every store drops the entries it overlaps.</item>
/// </list></summary>
internal static unsafe class MemoryAccess
{
    internal const int NoUpdate = 0, RegisterUpdate = 1, ImmediateUpdate = 2;

    public static void Register(InstructionSet.Builder set)
    {
        foreach (var (format, operands) in (ReadOnlySpan<(string, string)>)[("M1", "r1=[r3]"), ("M2", "r1=[r3],r2"), ("M3", "r1=[r3],mm_imm9a")])
        {
            string hint = format == "M1" ? "{mm_ldh3}" : "{mm_ldh2}";
            foreach (string kind in (string[])["", ".bias", ".acq"])
            {
                set.Add($"{format} {{mm_ld}}{kind}{hint} {operands}", static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, &Load));
            }

            set.Add($"{format} {{mm_ld}}.s{hint} {operands}", static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, &LoadSpeculative));
            set.Add($"{format} {{mm_ld}}.a{hint} {operands}", static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, &LoadAdvanced));
            set.Add($"{format} {{mm_ld}}.sa{hint} {operands}", static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, &LoadSpeculativeAdvanced));
            set.Add($"{format} {{mm_ld}}.c.clr{hint} {operands}", static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, &LoadCheckClear));
            set.Add($"{format} {{mm_ld}}.c.clr.acq{hint} {operands}", static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, &LoadCheckClear));
            set.Add($"{format} {{mm_ld}}.c.nc{hint} {operands}", static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, &LoadCheckNoClear));
            set.Add($"{format} ld8.fill{hint} {operands}", static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, &Fill));
        }

        set.Add("M1 ld16{mm_ldh3} r1,ar.csd=[r3]", static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, &Load16));
        set.Add("M1 ld16.acq{mm_ldh3} r1,ar.csd=[r3]", static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, &Load16));

        foreach (string kind in (string[])["", ".rel"])
        {
            set.Add($"M4 {{mm_st}}{kind}{{mm_sth3}} [r3]=r2", static (in BindContext c, ref MicroOp op) => BindStore(c, ref op, &Store));
            set.Add($"M5 {{mm_st}}{kind}{{mm_sth2}} [r3]=r2,mm_imm9b", static (in BindContext c, ref MicroOp op) => BindStore(c, ref op, &Store));
        }

        set.Add("M4 st8.spill{mm_sth3} [r3]=r2", static (in BindContext c, ref MicroOp op) => BindStore(c, ref op, &Spill));
        set.Add("M5 st8.spill{mm_sth2} [r3]=r2,mm_imm9b", static (in BindContext c, ref MicroOp op) => BindStore(c, ref op, &Spill));
        set.Add("M4 st16{mm_sth3} [r3]=r2,ar.csd", static (in BindContext c, ref MicroOp op) => BindStore(c, ref op, &Store16));
        set.Add("M4 st16.rel{mm_sth3} [r3]=r2,ar.csd", static (in BindContext c, ref MicroOp op) => BindStore(c, ref op, &Store16));

        // lfetch: a hint without memory effect; only the base update is architectural, and
        // lfetch.fault's NaT address (when psr.ed = 0) is Register NaT Consumption. lfetch.fault
        // raises the faults a load would for its line, which in physical mode are none this
        // machine has (it needs no alignment and touches no memory, so nonexistent memory is no stop).
        foreach (var (format, operands) in (ReadOnlySpan<(string, string)>)[("M13", "[r3]"), ("M14", "[r3],r2"), ("M15", "[r3],mm_imm9a")])
        {
            foreach (string kind in (string[])["", ".excl"])
            {
                set.Add($"{format} lfetch{kind}{{mm_lfh}} {operands}", static (in BindContext c, ref MicroOp op) => BindLineFetch(c, ref op, &LineFetch));
            }

            foreach (string kind in (string[])[".fault", ".fault.excl"])
            {
                set.Add($"{format} lfetch{kind}{{mm_lfh}} {operands}", static (in BindContext c, ref MicroOp op) => BindLineFetch(c, ref op, &LineFetchFault));
            }
        }

        set.Add("M13 lfetch.count{mm_lfh} [r3],mm_count,mm_stride", static (in BindContext c, ref MicroOp op) => op.Handler = &CommonHandlers.Nop);

        // Ordering, serialization and cache write-back: nothing to do on this coherent,
        // in-order processor (stores already invalidate pre-decoded code).
        foreach (string key in (string[])["M24 fwb -", "M24 mf -", "M24 mf.a -", "M24 srlz.d -", "M24 srlz.i -", "M24 sync.i -"])
        {
            set.Add(key, static (in BindContext c, ref MicroOp op) => op.Handler = &CommonHandlers.Nop);
        }
    }

    /// <summary>Sets P2 (and R2 or Imm) from the row's optional post-increment operand:
    /// a GR, an immediate, or none.</summary>
    internal static void BindUpdate(in BindContext c, ref MicroOp op, int operand)
    {
        if (c.Row.Operands.Count <= operand)
        {
            op.P2 = NoUpdate;
        }
        else if (c.Row.Operands[operand].Class == Ia64.OperandClass.Gr)
        {
            op.P2 = RegisterUpdate;
            op.R2 = c.Register(operand);
        }
        else
        {
            op.P2 = ImmediateUpdate;
            op.Imm = c.Operand(operand);
        }
    }

    private static void BindLoad(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        op.R1 = c.Register(0);
        op.R3 = c.Register(1);
        BindUpdate(c, ref op, 2);
        int ld = c.CompleterIndex("mm_ld");
        op.X = (byte)(ld >= 0 ? 1 << c.Completer(ld) : 8);

        // A load that updates its base may not also target it (SDM Vol. 3 ld; Ski too).
        op.Handler = op.P2 != NoUpdate && op.R1 == op.R3 ? &CommonHandlers.IllegalOperation : handler;
    }

    private static void BindStore(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        op.Handler = handler;
        op.R3 = c.Register(0);
        op.R2 = c.Register(1);
        if (c.Row.Operands.Count > 2)
        {
            op.P2 = ImmediateUpdate;
            op.Imm = c.Operand(2);
        }

        int st = c.CompleterIndex("mm_st");
        op.X = (byte)(st >= 0 ? 1 << c.Completer(st) : 8);
    }

    private static void BindLineFetch(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        op.Handler = handler;
        op.R3 = c.Register(0);
        BindUpdate(c, ref op, 1);
    }

    // ---- shared by the integer, FP and semaphore accesses --------------------------------

    /// <summary>Starts a non-speculative access of <paramref name="size"/> bytes at the address
    /// in R3: a NaT address register, or another NaT source the access consumes
    /// (<paramref name="natSource"/>), is a Register NaT Consumption fault; then translation and
    /// every check of the reference (<see cref="Cpu.TranslateData"/>), which gives the physical
    /// <paramref name="address"/>. Returns Flow.Next, the fault, or for an advanced load
    /// <see cref="Cpu.Uncacheable"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Begin(Cpu cpu, ref MicroOp op, int size, bool natSource, Access access, out ulong address)
    {
        if (cpu.GetNat(op.R3) || natSource)
        {
            address = 0;
            return cpu.Raise(Interruption.RegisterNaTConsumption, access);
        }

        return cpu.TranslateData(cpu.GetGr(op.R3), size, access, out address);
    }

    /// <summary>Whether a speculative access of <paramref name="size"/> bytes at the address in
    /// R3 is made (Flow.Next, <paramref name="address"/> physical), deferred (<see cref="Cpu.Deferred"/>)
    /// or faults: a NaT address or psr.ed = 1 defer, then <see cref="Cpu.TranslateSpeculative"/>.</summary>
    internal static int Speculate(Cpu cpu, ref MicroOp op, int size, out ulong address)
    {
        if (cpu.GetNat(op.R3) || cpu.PsrBit(Cpu.PsrEd))
        {
            address = 0;
            return Cpu.Deferred;
        }

        return cpu.TranslateSpeculative(cpu.GetGr(op.R3), size, out address);
    }

    /// <summary>The base register after the post-increment, with its NaT bit: read before the
    /// access writes its target, which may be the increment register.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong NextBase(Cpu cpu, ref MicroOp op, out bool nat)
    {
        nat = cpu.GetNat(op.R3);
        ulong value = cpu.GetGr(op.R3);
        if (op.P2 == RegisterUpdate)
        {
            nat |= cpu.GetNat(op.R2);
            return value + cpu.GetGr(op.R2);
        }

        return value + (ulong)op.Imm;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void SetBase(Cpu cpu, ref MicroOp op, ulong value, bool nat)
    {
        if (op.P2 != NoUpdate)
        {
            cpu.SetGr(op.R3, value, nat);
        }
    }

    /// <summary>The post-increment, when the access wrote no GR the increment may be.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void UpdateBase(Cpu cpu, ref MicroOp op)
    {
        if (op.P2 != NoUpdate)
        {
            ulong value = NextBase(cpu, ref op, out bool nat);
            cpu.SetGr(op.R3, value, nat);
        }
    }

    // ---- loads ---------------------------------------------------------------------------

    public static int Load(Cpu cpu, ref MicroOp op)
    {
        int check = Begin(cpu, ref op, op.X, false, Access.Load, out ulong address);
        if (check != Flow.Next)
        {
            return check;
        }

        ulong next = NextBase(cpu, ref op, out bool nextNat);
        cpu.SetGr(op.R1, cpu.ReadData(address, op.X));
        SetBase(cpu, ref op, next, nextNat);
        return Flow.Next;
    }

    /// <summary>ld.s: deferred, the target is 0 with its NaT bit set.</summary>
    public static int LoadSpeculative(Cpu cpu, ref MicroOp op)
    {
        int check = Speculate(cpu, ref op, op.X, out ulong address);
        if (check > Flow.Next)
        {
            return check;
        }

        ulong next = NextBase(cpu, ref op, out bool nextNat);
        if (check == Cpu.Deferred)
        {
            cpu.SetGr(op.R1, 0, nat: true);
        }
        else
        {
            cpu.SetGr(op.R1, cpu.ReadData(address, op.X));
        }

        SetBase(cpu, ref op, next, nextNat);
        return Flow.Next;
    }

    /// <summary>ld.a: the load, and an ALAT entry for the target in place of its old one. From
    /// uncacheable (non-speculative) memory nothing is read: the target gets 0 and no entry
    /// (SDM Vol. 3 ld: "ld.a to sequential memory").</summary>
    public static int LoadAdvanced(Cpu cpu, ref MicroOp op)
    {
        int check = Begin(cpu, ref op, op.X, false, Access.AdvancedLoad, out ulong address);
        if (check > Flow.Next)
        {
            return check;
        }

        ulong next = NextBase(cpu, ref op, out bool nextNat);
        int key = cpu.AlatGr(op.R1);
        cpu.Alat.Invalidate(key);
        if (check == Cpu.Uncacheable)
        {
            cpu.SetGr(op.R1, 0);
        }
        else
        {
            cpu.SetGr(op.R1, cpu.ReadData(address, op.X));
            cpu.Alat.Allocate(key, address, op.X);
        }

        SetBase(cpu, ref op, next, nextNat);
        return Flow.Next;
    }

    /// <summary>ld.sa: ld.s whose target loses its ALAT entry, and gets a new one when the load
    /// was not deferred.</summary>
    public static int LoadSpeculativeAdvanced(Cpu cpu, ref MicroOp op)
    {
        int check = Speculate(cpu, ref op, op.X, out ulong address);
        if (check > Flow.Next)
        {
            return check;
        }

        ulong next = NextBase(cpu, ref op, out bool nextNat);
        int key = cpu.AlatGr(op.R1);
        cpu.Alat.Invalidate(key);
        if (check == Cpu.Deferred)
        {
            cpu.SetGr(op.R1, 0, nat: true);
        }
        else
        {
            cpu.SetGr(op.R1, cpu.ReadData(address, op.X));
            cpu.Alat.Allocate(key, address, op.X);
        }

        SetBase(cpu, ref op, next, nextNat);
        return Flow.Next;
    }

    /// <summary>ld.c.clr, ld.c.clr.acq: an ALAT hit keeps the target (value and NaT bit) and
    /// drops the entry; a miss is an ordinary load.</summary>
    public static int LoadCheckClear(Cpu cpu, ref MicroOp op)
    {
        if (cpu.GetNat(op.R3))
        {
            return cpu.Raise(Interruption.RegisterNaTConsumption, Access.Load);
        }

        if (cpu.Alat.Check(cpu.AlatGr(op.R1), clear: true))
        {
            UpdateBase(cpu, ref op);
            return Flow.Next;
        }

        return Load(cpu, ref op);
    }

    /// <summary>ld.c.nc: an ALAT hit keeps the target and the entry; a miss loads and
    /// allocates an entry, as ld.a.</summary>
    public static int LoadCheckNoClear(Cpu cpu, ref MicroOp op)
    {
        if (cpu.GetNat(op.R3))
        {
            return cpu.Raise(Interruption.RegisterNaTConsumption, Access.Load);
        }

        int key = cpu.AlatGr(op.R1);
        if (cpu.Alat.Check(key, clear: false))
        {
            UpdateBase(cpu, ref op);
            return Flow.Next;
        }

        int check = cpu.TranslateData(cpu.GetGr(op.R3), op.X, Access.AdvancedLoad, out ulong address);
        if (check > Flow.Next)
        {
            return check;
        }

        ulong next = NextBase(cpu, ref op, out bool nextNat);
        cpu.SetGr(op.R1, cpu.ReadData(address, op.X));
        if (check != Cpu.Uncacheable)
        {
            cpu.Alat.Allocate(key, address, op.X);
        }

        SetBase(cpu, ref op, next, nextNat);
        return Flow.Next;
    }

    /// <summary>ld8.fill: the value, with the NaT bit from ar.unat bit (address bits 8:3).</summary>
    public static int Fill(Cpu cpu, ref MicroOp op)
    {
        ulong va = cpu.GetGr(op.R3);
        int check = Begin(cpu, ref op, 8, false, Access.Load, out ulong address);
        if (check != Flow.Next)
        {
            return check;
        }

        ulong next = NextBase(cpu, ref op, out bool nextNat);
        bool nat = ((cpu.Ar[ApplicationRegisters.Unat] >> Cpu.UnatBit(va)) & 1) != 0;
        cpu.SetGr(op.R1, cpu.ReadData(address, 8), nat);
        SetBase(cpu, ref op, next, nextNat);
        return Flow.Next;
    }

    /// <summary>ld16: r1 = the doubleword at the address, ar.csd = the next one (16-byte aligned).</summary>
    public static int Load16(Cpu cpu, ref MicroOp op)
    {
        int check = Begin(cpu, ref op, 16, false, Access.Load, out ulong address);
        if (check != Flow.Next)
        {
            return check;
        }

        cpu.SetGr(op.R1, cpu.ReadData(address, 8));
        cpu.Ar[ApplicationRegisters.Csd] = cpu.ReadData(address + 8, 8);
        return Flow.Next;
    }

    // ---- stores --------------------------------------------------------------------------

    public static int Store(Cpu cpu, ref MicroOp op)
    {
        int check = Begin(cpu, ref op, op.X, cpu.GetNat(op.R2), Access.Store, out ulong address);
        if (check != Flow.Next)
        {
            return check;
        }

        cpu.WriteData(address, op.X, cpu.GetGr(op.R2));
        UpdateBase(cpu, ref op);
        return Flow.Next;
    }

    /// <summary>st8.spill: stores the value, NaT or not, and records its NaT bit in ar.unat.</summary>
    public static int Spill(Cpu cpu, ref MicroOp op)
    {
        ulong va = cpu.GetGr(op.R3);
        int check = Begin(cpu, ref op, 8, false, Access.Store, out ulong address);
        if (check != Flow.Next)
        {
            return check;
        }

        cpu.WriteData(address, 8, cpu.GetGr(op.R2));
        ulong bit = 1UL << Cpu.UnatBit(va);
        ref ulong unat = ref cpu.Ar[ApplicationRegisters.Unat];
        unat = cpu.GetNat(op.R2) ? unat | bit : unat & ~bit;
        UpdateBase(cpu, ref op);
        return Flow.Next;
    }

    /// <summary>st16: r2 at the address, ar.csd in the next doubleword (16-byte aligned).</summary>
    public static int Store16(Cpu cpu, ref MicroOp op)
    {
        int check = Begin(cpu, ref op, 16, cpu.GetNat(op.R2), Access.Store, out ulong address);
        if (check != Flow.Next)
        {
            return check;
        }

        cpu.WriteData16(address, 16, cpu.GetGr(op.R2), cpu.Ar[ApplicationRegisters.Csd]);
        return Flow.Next;
    }

    // ---- lfetch, fc ----------------------------------------------------------------------

    /// <summary>lfetch: no effect but the base update, whose NaT bit ORs in the address's.</summary>
    public static int LineFetch(Cpu cpu, ref MicroOp op)
    {
        UpdateBase(cpu, ref op);
        return Flow.Next;
    }

    /// <summary>lfetch.fault: a NaT address faults unless psr.ed = 1; otherwise the line is
    /// translated and checked as a load would be (a non-access reference: no alignment, no
    /// memory touched), faults and all (SDM Vol. 3 lfetch; Ski's memLPF).</summary>
    public static int LineFetchFault(Cpu cpu, ref MicroOp op)
    {
        if (cpu.GetNat(op.R3))
        {
            if (!cpu.PsrBit(Cpu.PsrEd))
            {
                return cpu.Raise(Interruption.RegisterNaTConsumption, Access.NaLfetch | Access.Read);
            }
        }
        else if (!cpu.PsrBit(Cpu.PsrEd))
        {
            int check = cpu.TranslateDataSlow(cpu.GetGr(op.R3), 1, Access.NaLfetch | Access.Read, cpu.Cpl, cpu.PsrBit(Cpu.PsrDt), out _);
            if (check == Flow.Stop)
            {
                return check;
            }
        }

        UpdateBase(cpu, ref op);
        return Flow.Next;
    }
}
