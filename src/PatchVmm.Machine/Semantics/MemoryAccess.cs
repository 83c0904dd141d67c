using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine.Semantics;

/// <summary>Integer loads and stores (M1–M5), ld16/st16, ld8.fill/st8.spill and lfetch
/// (M13–M15); SDM Vol. 3 pages ld, st, lfetch. Operand layout: R1 the destination (or R2 the
/// value stored), R3 the address; X = access size in bytes; P2 = base update: 0 none, 1 by
/// register R2, 2 by Imm. Ordering completers (.acq, .rel, .bias) and hints have no effect on
/// this single, in-order processor. This machine has no ALAT entries (architecturally an
/// ALAT that drops every entry, as Ski without -alat): ld.a/ld.sa load, ld.c reloads,
/// chk.a always branches to its recovery code.</summary>
internal static unsafe class MemoryAccess
{
    internal const int NoUpdate = 0, RegisterUpdate = 1, ImmediateUpdate = 2;

    public static void Register(InstructionSet.Builder set)
    {
        foreach (var (format, operands, update) in (ReadOnlySpan<(string, string, int)>)
            [("M1", "r1=[r3]", NoUpdate), ("M2", "r1=[r3],r2", RegisterUpdate), ("M3", "r1=[r3],mm_imm9a", ImmediateUpdate)])
        {
            string hint = update == NoUpdate ? "{mm_ldh3}" : "{mm_ldh2}";
            Binder plain = update switch
            {
                NoUpdate => static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, NoUpdate, &Load),
                RegisterUpdate => static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, RegisterUpdate, &Load),
                _ => static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, ImmediateUpdate, &Load),
            };
            Binder speculative = update switch
            {
                NoUpdate => static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, NoUpdate, &SpeculativeLoad),
                RegisterUpdate => static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, RegisterUpdate, &SpeculativeLoad),
                _ => static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, ImmediateUpdate, &SpeculativeLoad),
            };
            Binder fill = update switch
            {
                NoUpdate => static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, NoUpdate, &Fill),
                RegisterUpdate => static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, RegisterUpdate, &Fill),
                _ => static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, ImmediateUpdate, &Fill),
            };
            foreach (string kind in (string[])["", ".a", ".bias", ".acq", ".c.clr", ".c.nc", ".c.clr.acq"])
            {
                set.Add($"{format} {{mm_ld}}{kind}{hint} {operands}", plain);
            }

            set.Add($"{format} {{mm_ld}}.s{hint} {operands}", speculative);
            set.Add($"{format} {{mm_ld}}.sa{hint} {operands}", speculative);
            set.Add($"{format} ld8.fill{hint} {operands}", fill);
        }

        set.Add("M1 ld16{mm_ldh3} r1,ar.csd=[r3]", static (in BindContext c, ref MicroOp op) => BindLoad16(c, ref op));
        set.Add("M1 ld16.acq{mm_ldh3} r1,ar.csd=[r3]", static (in BindContext c, ref MicroOp op) => BindLoad16(c, ref op));

        foreach (string kind in (string[])["", ".rel"])
        {
            set.Add($"M4 {{mm_st}}{kind}{{mm_sth3}} [r3]=r2", static (in BindContext c, ref MicroOp op) => BindStore(c, ref op, &Store));
            set.Add($"M5 {{mm_st}}{kind}{{mm_sth2}} [r3]=r2,mm_imm9b", static (in BindContext c, ref MicroOp op) => BindStore(c, ref op, &Store));
        }

        set.Add("M4 st8.spill{mm_sth3} [r3]=r2", static (in BindContext c, ref MicroOp op) => BindStore(c, ref op, &Spill));
        set.Add("M5 st8.spill{mm_sth2} [r3]=r2,mm_imm9b", static (in BindContext c, ref MicroOp op) => BindStore(c, ref op, &Spill));
        set.Add("M4 st16{mm_sth3} [r3]=r2,ar.csd", static (in BindContext c, ref MicroOp op) => BindStore16(c, ref op));
        set.Add("M4 st16.rel{mm_sth3} [r3]=r2,ar.csd", static (in BindContext c, ref MicroOp op) => BindStore16(c, ref op));

        // lfetch: a hint; only the base update is architectural.
        foreach (string kind in (string[])["", ".excl", ".fault", ".fault.excl"])
        {
            set.Add($"M13 lfetch{kind}{{mm_lfh}} [r3]", static (in BindContext c, ref MicroOp op) => op.Handler = &CommonHandlers.Nop);
            set.Add($"M14 lfetch{kind}{{mm_lfh}} [r3],r2", static (in BindContext c, ref MicroOp op) =>
            {
                op.Handler = &UpdateBaseOnly;
                op.R3 = c.Register(0);
                op.R2 = c.Register(1);
                op.P2 = RegisterUpdate;
            });
            set.Add($"M15 lfetch{kind}{{mm_lfh}} [r3],mm_imm9a", static (in BindContext c, ref MicroOp op) =>
            {
                op.Handler = &UpdateBaseOnly;
                op.R3 = c.Register(0);
                op.Imm = c.Operand(1);
                op.P2 = ImmediateUpdate;
            });
        }

        set.Add("M13 lfetch.count{mm_lfh} [r3],mm_count,mm_stride", static (in BindContext c, ref MicroOp op) => op.Handler = &CommonHandlers.Nop);

        // Ordering, serialization and cache maintenance: nothing to do on this coherent,
        // in-order processor (stores already invalidate pre-decoded code).
        foreach (string key in (string[])["M24 fwb -", "M24 mf -", "M24 mf.a -", "M24 srlz.d -", "M24 srlz.i -", "M24 sync.i -", "M28 fc r3", "M28 fc.i r3"])
        {
            set.Add(key, static (in BindContext c, ref MicroOp op) => op.Handler = &CommonHandlers.Nop);
        }
    }

    private static void BindLoad(in BindContext c, ref MicroOp op, int update, delegate*<Cpu, ref MicroOp, int> handler)
    {
        op.R1 = c.Register(0);
        op.R3 = c.Register(1);
        op.P2 = (byte)update;
        if (update == RegisterUpdate)
        {
            op.R2 = c.Register(2);
        }
        else if (update == ImmediateUpdate)
        {
            op.Imm = c.Operand(2);
        }

        int ld = c.CompleterIndex("mm_ld");
        op.X = (byte)(ld < 0 ? 8 : 1 << c.Completer(ld));

        // A load that updates its base may not also target it (SDM Vol. 3 ld).
        op.Handler = update != NoUpdate && op.R1 == op.R3 ? &CommonHandlers.IllegalOperation : handler;
    }

    private static void BindLoad16(in BindContext c, ref MicroOp op)
    {
        op.Handler = &Load16;
        op.R1 = c.Register(0);
        op.R3 = c.Register(1);
    }

    private static void BindStore(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        op.Handler = handler;
        op.R3 = c.Register(0);
        op.R2 = c.Register(1);
        if (c.Row.Operands.Count > 2)
        {
            op.Imm = c.Operand(2);
            op.P2 = ImmediateUpdate;
        }

        int st = c.CompleterIndex("mm_st");
        op.X = (byte)(st < 0 ? 8 : 1 << c.Completer(st));
    }

    private static void BindStore16(in BindContext c, ref MicroOp op)
    {
        op.Handler = &Store16;
        op.R3 = c.Register(0);
        op.R2 = c.Register(1);
    }

    /// <summary>The base register update after the access (post-increment).</summary>
    internal static void UpdateBase(Cpu cpu, ref MicroOp op)
    {
        switch (op.P2)
        {
            case RegisterUpdate:
                cpu.SetGr(op.R3, cpu.GetGr(op.R3) + cpu.GetGr(op.R2), cpu.GetNat(op.R3) | cpu.GetNat(op.R2));
                break;
            case ImmediateUpdate:
                cpu.SetGr(op.R3, cpu.GetGr(op.R3) + (ulong)op.Imm, cpu.GetNat(op.R3));
                break;
        }
    }

    /// <summary>Starts a non-speculative access of <paramref name="size"/> bytes at the address
    /// in R3: a NaT address register, or another NaT source the access consumes
    /// (<paramref name="natSource"/>), is a Register NaT Consumption fault; then alignment and
    /// bounds (<see cref="Cpu.CheckAccess"/>). Returns Flow.Next or the fault.</summary>
    internal static int Begin(Cpu cpu, ref MicroOp op, int size, bool natSource, out ulong address)
    {
        address = cpu.GetGr(op.R3);
        return cpu.GetNat(op.R3) || natSource ? cpu.Raise(Interruption.RegisterNaTConsumption) : cpu.CheckAccess(address, size);
    }

    /// <summary>A register post-increment consumes its increment register.</summary>
    internal static bool NatIncrement(Cpu cpu, ref MicroOp op) => op.P2 == RegisterUpdate && cpu.GetNat(op.R2);

    public static int Load(Cpu cpu, ref MicroOp op)
    {
        int check = Begin(cpu, ref op, op.X, NatIncrement(cpu, ref op), out ulong address);
        if (check != Flow.Next)
        {
            return check;
        }

        cpu.SetGr(op.R1, cpu.ReadData(address, op.X));
        UpdateBase(cpu, ref op);
        return Flow.Next;
    }

    /// <summary>ld.s/ld.sa: a NaT address or psr.ed defers — the target gets 0 with its NaT bit
    /// set (SDM Vol. 1 4.4.4). With data translation off (psr.dt = 0) a speculative load is
    /// always deferred, as Ski does (an implementation may defer any speculative load), except
    /// that a misaligned one is an Unaligned Data Reference fault when psr.ic is 1.</summary>
    public static int SpeculativeLoad(Cpu cpu, ref MicroOp op)
    {
        ulong address = cpu.GetGr(op.R3);
        bool defer = cpu.GetNat(op.R3) || cpu.PsrBit(Cpu.PsrEd);
        if (!defer && !cpu.PsrBit(Cpu.PsrDt))
        {
            if ((address & (ulong)(op.X - 1)) != 0 && cpu.PsrBit(Cpu.PsrIc))
            {
                return cpu.Raise(Interruption.UnalignedDataReference, address);
            }

            defer = true;
        }

        if (defer)
        {
            cpu.SetGr(op.R1, 0, nat: true);
        }
        else
        {
            int check = cpu.CheckAccess(address, op.X);
            if (check != Flow.Next)
            {
                return check;
            }

            cpu.SetGr(op.R1, cpu.ReadData(address, op.X));
        }

        UpdateBase(cpu, ref op);
        return Flow.Next;
    }

    /// <summary>ld8.fill: the value, with the NaT bit from ar.unat bit (address bits 8:3).</summary>
    public static int Fill(Cpu cpu, ref MicroOp op)
    {
        int check = Begin(cpu, ref op, 8, NatIncrement(cpu, ref op), out ulong address);
        if (check != Flow.Next)
        {
            return check;
        }

        bool nat = ((cpu.Ar[ApplicationRegisters.Unat] >> Cpu.UnatBit(address)) & 1) != 0;
        cpu.SetGr(op.R1, cpu.Memory.Read8(address), nat);
        UpdateBase(cpu, ref op);
        return Flow.Next;
    }

    /// <summary>ld16: r1 = the low doubleword, ar.csd = the high one.</summary>
    public static int Load16(Cpu cpu, ref MicroOp op)
    {
        int check = Begin(cpu, ref op, 16, false, out ulong address);
        if (check != Flow.Next)
        {
            return check;
        }

        cpu.SetGr(op.R1, cpu.Memory.Read8(address));
        cpu.Ar[ApplicationRegisters.Csd] = cpu.Memory.Read8(address + 8);
        return Flow.Next;
    }

    public static int Store(Cpu cpu, ref MicroOp op)
    {
        int check = Begin(cpu, ref op, op.X, cpu.GetNat(op.R2), out ulong address);
        if (check != Flow.Next)
        {
            return check;
        }

        cpu.WriteData(address, op.X, cpu.GetGr(op.R2));
        UpdateBase(cpu, ref op);
        return Flow.Next;
    }

    /// <summary>st8.spill: stores the value and records its NaT bit in ar.unat.</summary>
    public static int Spill(Cpu cpu, ref MicroOp op)
    {
        int check = Begin(cpu, ref op, 8, false, out ulong address);
        if (check != Flow.Next)
        {
            return check;
        }

        cpu.Memory.Write8(address, cpu.GetGr(op.R2));
        ulong bit = 1UL << Cpu.UnatBit(address);
        ref ulong unat = ref cpu.Ar[ApplicationRegisters.Unat];
        unat = cpu.GetNat(op.R2) ? unat | bit : unat & ~bit;
        UpdateBase(cpu, ref op);
        return Flow.Next;
    }

    public static int Store16(Cpu cpu, ref MicroOp op)
    {
        int check = Begin(cpu, ref op, 16, cpu.GetNat(op.R2), out ulong address);
        if (check != Flow.Next)
        {
            return check;
        }

        cpu.Memory.Write8(address, cpu.GetGr(op.R2));
        cpu.Memory.Write8(address + 8, cpu.Ar[ApplicationRegisters.Csd]);
        return Flow.Next;
    }

    public static int UpdateBaseOnly(Cpu cpu, ref MicroOp op)
    {
        UpdateBase(cpu, ref op);
        return Flow.Next;
    }
}
