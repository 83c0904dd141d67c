using PatchVmm.Machine.Execution;
using PatchVmm.Machine.Translation;

namespace PatchVmm.Machine.Semantics;

/// <summary>TLB management and translation queries (M28, M38–M41, M45–M47; SDM Vol. 3 pages
/// itc, itr, ptc, ptr, thash, ttag, tpa, tak, probe, fc). Inserts take the virtual address
/// from cr.ifa and page size and key from cr.itir, and need psr.ic = 0; purges take the
/// page size from bits 7:2 of r2. An insert or purge that overlaps a translation register
/// is a machine check, which stops the run (SDM Vol. 2 4.1.1.1).</summary>
internal static unsafe class VirtualMemory
{
    public static void Register(InstructionSet.Builder set)
    {
        set.Add("M41 itc.d r2", static (in BindContext c, ref MicroOp op) => BindSource(c, ref op, &InsertDataCache));
        set.Add("M41 itc.i r2", static (in BindContext c, ref MicroOp op) => BindSource(c, ref op, &InsertInstructionCache));
        set.Add("M42 itr.d dtr[r3]=r2", static (in BindContext c, ref MicroOp op) => BindIndexed(c, ref op, &InsertDataRegister));
        set.Add("M42 itr.i itr[r3]=r2", static (in BindContext c, ref MicroOp op) => BindIndexed(c, ref op, &InsertInstructionRegister));
        foreach (string key in (string[])["M45 ptc.l r3,r2", "M45 ptc.g r3,r2", "M45 ptc.ga r3,r2"])
        {
            set.Add(key, static (in BindContext c, ref MicroOp op) => BindIndexed(c, ref op, &PurgeCache));
        }

        set.Add("M45 ptr.d r3,r2", static (in BindContext c, ref MicroOp op) => BindIndexed(c, ref op, &PurgeDataRegisters));
        set.Add("M45 ptr.i r3,r2", static (in BindContext c, ref MicroOp op) => BindIndexed(c, ref op, &PurgeInstructionRegisters));
        set.Add("M47 ptc.e r3", static (in BindContext c, ref MicroOp op) => BindAddress(c, ref op, &PurgeEntireCache));
        set.Add("M46 thash r1=r3", static (in BindContext c, ref MicroOp op) => BindQuery(c, ref op, &Thash));
        set.Add("M46 ttag r1=r3", static (in BindContext c, ref MicroOp op) => BindQuery(c, ref op, &Ttag));
        set.Add("M46 tpa r1=r3", static (in BindContext c, ref MicroOp op) => BindQuery(c, ref op, &Tpa));
        set.Add("M46 tak r1=r3", static (in BindContext c, ref MicroOp op) => BindQuery(c, ref op, &Tak));
        set.Add("M38 probe.r r1=r3,r2", static (in BindContext c, ref MicroOp op) => BindProbe(c, ref op, Access.NaProbe | Access.Read, register: true));
        set.Add("M38 probe.w r1=r3,r2", static (in BindContext c, ref MicroOp op) => BindProbe(c, ref op, Access.NaProbe | Access.Write, register: true));
        set.Add("M39 probe.r r1=r3,ms_imm2", static (in BindContext c, ref MicroOp op) => BindProbe(c, ref op, Access.NaProbe | Access.Read, register: false));
        set.Add("M39 probe.w r1=r3,ms_imm2", static (in BindContext c, ref MicroOp op) => BindProbe(c, ref op, Access.NaProbe | Access.Write, register: false));
        set.Add("M40 probe.r.fault r3,ms_imm2", static (in BindContext c, ref MicroOp op) => BindProbeFault(c, ref op, Access.NaProbeFault | Access.Read));
        set.Add("M40 probe.w.fault r3,ms_imm2", static (in BindContext c, ref MicroOp op) => BindProbeFault(c, ref op, Access.NaProbeFault | Access.Write));
        set.Add("M40 probe.rw.fault r3,ms_imm2", static (in BindContext c, ref MicroOp op) => BindProbeFault(c, ref op, Access.NaProbeFault | Access.ReadWrite));
        foreach (string key in (string[])["M28 fc r3", "M28 fc.i r3"])
        {
            set.Add(key, static (in BindContext c, ref MicroOp op) => BindAddress(c, ref op, &FlushCache));
        }
    }

    private static void BindSource(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        op.Handler = handler;
        op.R2 = c.Register(0);
    }

    /// <summary>Rows "x[r3]=r2" and "r3,r2": R3, then R2.</summary>
    private static void BindIndexed(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        op.Handler = handler;
        op.R3 = c.Register(0);
        op.R2 = c.Register(1);
    }

    private static void BindAddress(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        op.Handler = handler;
        op.R3 = c.Register(0);
    }

    private static void BindQuery(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        op.Handler = handler;
        op.R1 = c.Register(0);
        op.R3 = c.Register(1);
    }

    /// <summary>probe r1=r3,r2|imm2: X = the access (low byte) — P2 = 1 for the register form,
    /// else Imm = imm2.</summary>
    private static void BindProbe(in BindContext c, ref MicroOp op, Access access, bool register)
    {
        op.Handler = &Probe;
        op.R1 = c.Register(0);
        op.R3 = c.Register(1);
        op.Imm = (long)access << 8;
        if (register)
        {
            op.P2 = 1;
            op.R2 = c.Register(2);
        }
        else
        {
            op.Imm |= c.Operand(2);
        }
    }

    private static void BindProbeFault(in BindContext c, ref MicroOp op, Access access)
    {
        op.Handler = &ProbeFault;
        op.R3 = c.Register(0);
        op.Imm = ((long)access << 8) | c.Operand(1);
    }

    // ---- inserts ---------------------------------------------------------------------------

    /// <summary>The checks every insert makes (SDM Vol. 3 itc, itr): psr.ic must be 0 (Illegal
    /// Operation), then privilege, then NaT sources. Returns Flow.Next or the fault.</summary>
    private static int InsertChecks(Cpu cpu, bool natSource)
    {
        if (cpu.PsrBit(Cpu.PsrIc))
        {
            return cpu.Raise(Interruption.IllegalOperation);
        }

        if (cpu.Cpl != 0)
        {
            return cpu.Raise(Interruption.PrivilegedOperation);
        }

        return natSource ? cpu.Raise(Interruption.RegisterNaTConsumption) : Flow.Next;
    }

    /// <summary>The entry for pte = r2 at cr.ifa with cr.itir, or null after raising a Reserved
    /// Register/Field fault for reserved fields.</summary>
    private static TlbEntry? Entry(Cpu cpu, ulong pte)
    {
        ulong itir = cpu.Cr[ControlRegisters.Itir];
        if (Cpu.ReservedInsert(pte, itir))
        {
            cpu.Raise(Interruption.ReservedRegisterField);
            return null;
        }

        return cpu.MakeEntry(cpu.Cr[ControlRegisters.Ifa], pte, itir);
    }

    public static int InsertDataCache(Cpu cpu, ref MicroOp op) => InsertCache(cpu, ref op, cpu.Dtlb);

    public static int InsertInstructionCache(Cpu cpu, ref MicroOp op) => InsertCache(cpu, ref op, cpu.Itlb);

    private static int InsertCache(Cpu cpu, ref MicroOp op, Tlb tlb)
    {
        int check = InsertChecks(cpu, cpu.GetNat(op.R2));
        if (check != Flow.Next)
        {
            return check;
        }

        if (Entry(cpu, cpu.GetGr(op.R2)) is not { } entry)
        {
            return Flow.Stop;
        }

        if (tlb.RegisterOverlaps(entry.Vpn, entry.PageSize, entry.Rid))
        {
            return MachineCheck(cpu, "a translation cache insert overlaps a translation register");
        }

        tlb.InsertCache(entry);
        cpu.TranslationChanged();
        return Flow.Next;
    }

    public static int InsertDataRegister(Cpu cpu, ref MicroOp op) => InsertRegister(cpu, ref op, cpu.Dtlb);

    public static int InsertInstructionRegister(Cpu cpu, ref MicroOp op) => InsertRegister(cpu, ref op, cpu.Itlb);

    private static int InsertRegister(Cpu cpu, ref MicroOp op, Tlb tlb)
    {
        int check = InsertChecks(cpu, cpu.GetNat(op.R2) || cpu.GetNat(op.R3));
        if (check != Flow.Next)
        {
            return check;
        }

        ulong slot = cpu.GetGr(op.R3) & 0xFF;
        if (slot >= Tlb.TranslationRegisters)
        {
            return cpu.Raise(Interruption.ReservedRegisterField);
        }

        if (Entry(cpu, cpu.GetGr(op.R2)) is not { } entry)
        {
            return Flow.Stop;
        }

        if (tlb.RegisterOverlaps(entry.Vpn, entry.PageSize, entry.Rid))
        {
            return MachineCheck(cpu, "a translation register insert overlaps another translation register (purge it with ptr first)");
        }

        tlb.InsertRegister((int)slot, entry);
        cpu.TranslationChanged();
        return Flow.Next;
    }

    // ---- purges ------------------------------------------------------------------------------

    /// <summary>Privilege, NaT sources, then the purge's page size (bits 7:2 of r2); null after
    /// a fault or a machine check.</summary>
    private static int? PurgeSize(Cpu cpu, ref MicroOp op)
    {
        if (cpu.Cpl != 0)
        {
            cpu.Raise(Interruption.PrivilegedOperation);
            return null;
        }

        if (cpu.GetNat(op.R3) || cpu.GetNat(op.R2))
        {
            cpu.Raise(Interruption.RegisterNaTConsumption);
            return null;
        }

        int ps = (int)(cpu.GetGr(op.R2) >> 2) & 0x3F;
        if (ps < TranslationRules.MinimumPageSize)
        {
            MachineCheck(cpu, $"a purge with an unimplemented page size (2^{ps})");
            return null;
        }

        return ps;
    }

    /// <summary>ptc.l, ptc.g, ptc.ga: the translation cache entries of both TLBs that overlap
    /// the range (this machine is one processor: the global forms are the local one).</summary>
    public static int PurgeCache(Cpu cpu, ref MicroOp op)
    {
        if (PurgeSize(cpu, ref op) is not { } ps)
        {
            return Flow.Stop;
        }

        ulong va = cpu.GetGr(op.R3);
        uint rid = cpu.RegionId((int)(va >> 61));
        if (cpu.Itlb.RegisterOverlaps(va, ps, rid) || cpu.Dtlb.RegisterOverlaps(va, ps, rid))
        {
            return MachineCheck(cpu, "a translation cache purge overlaps a translation register");
        }

        cpu.Itlb.PurgeCache(va, ps, rid);
        cpu.Dtlb.PurgeCache(va, ps, rid);
        cpu.TranslationChanged();
        return Flow.Next;
    }

    public static int PurgeDataRegisters(Cpu cpu, ref MicroOp op) => PurgeRegisters(cpu, ref op, cpu.Dtlb);

    public static int PurgeInstructionRegisters(Cpu cpu, ref MicroOp op) => PurgeRegisters(cpu, ref op, cpu.Itlb);

    private static int PurgeRegisters(Cpu cpu, ref MicroOp op, Tlb tlb)
    {
        if (PurgeSize(cpu, ref op) is not { } ps)
        {
            return Flow.Stop;
        }

        // ptr.d purges the data translation registers and cache entries that overlap, ptr.i the
        // instruction ones (SDM Vol. 3 ptr; Vol. 2 Table 4-1: the form's TC must be purged too —
        // Ski leaves its TC alone, "depending on the implementation").
        ulong va = cpu.GetGr(op.R3);
        uint rid = cpu.RegionId((int)(va >> 61));
        tlb.PurgeRegisters(va, ps, rid);
        tlb.PurgeCache(va, ps, rid);
        cpu.TranslationChanged();
        return Flow.Next;
    }

    /// <summary>ptc.e: this machine's TCs are one set each, so the whole cache goes (as Ski).</summary>
    public static int PurgeEntireCache(Cpu cpu, ref MicroOp op)
    {
        if (cpu.Cpl != 0)
        {
            return cpu.Raise(Interruption.PrivilegedOperation);
        }

        if (cpu.GetNat(op.R3))
        {
            return cpu.Raise(Interruption.RegisterNaTConsumption);
        }

        cpu.Itlb.PurgeAllCache();
        cpu.Dtlb.PurgeAllCache();
        cpu.TranslationChanged();
        return Flow.Next;
    }

    private static int MachineCheck(Cpu cpu, string what) =>
        cpu.Stop(Interruption.MachineCheck, 0, $"machine check: {what}");

    // ---- queries -----------------------------------------------------------------------------

    /// <summary>thash: not privileged; the result's NaT is the source's.</summary>
    public static int Thash(Cpu cpu, ref MicroOp op)
    {
        cpu.SetGr(op.R1, cpu.Thash(cpu.GetGr(op.R3)), cpu.GetNat(op.R3));
        return Flow.Next;
    }

    public static int Ttag(Cpu cpu, ref MicroOp op)
    {
        cpu.SetGr(op.R1, cpu.Ttag(cpu.GetGr(op.R3)), cpu.GetNat(op.R3));
        return Flow.Next;
    }

    /// <summary>tpa: the physical address of a present page, through the data TLB and the VHPT
    /// whatever psr.dt (TLB misses, page not present and NaT page fault; rights are not checked).</summary>
    public static int Tpa(Cpu cpu, ref MicroOp op)
    {
        if (cpu.Cpl != 0)
        {
            return cpu.Raise(Interruption.PrivilegedOperation, Access.NaTpa);
        }

        if (cpu.GetNat(op.R3))
        {
            return cpu.Raise(Interruption.RegisterNaTConsumption, Access.NaTpa);
        }

        int check = cpu.TranslateDataSlow(cpu.GetGr(op.R3), 1, Access.NaTpa, 0, true, out ulong pa);
        if (check != Flow.Next)
        {
            return check;
        }

        cpu.SetGr(op.R1, pa);
        return Flow.Next;
    }

    /// <summary>tak: the protection key of a present translation (bits 31:8), else 1; never
    /// faults on the lookup.</summary>
    public static int Tak(Cpu cpu, ref MicroOp op)
    {
        if (cpu.Cpl != 0)
        {
            return cpu.Raise(Interruption.PrivilegedOperation, Access.NaTak);
        }

        if (cpu.GetNat(op.R3))
        {
            return cpu.Raise(Interruption.RegisterNaTConsumption, Access.NaTak);
        }

        int index = cpu.DataLookup(cpu.GetGr(op.R3), Access.NaTak, out _);
        ulong key = 1;
        if (index >= 0 && cpu.Dtlb.Entry(index).Present)
        {
            key = (ulong)cpu.Dtlb.Entry(index).Key << 8;
        }

        cpu.SetGr(op.R1, key);
        return Flow.Next;
    }

    private static int ProbeLevel(Cpu cpu, ref MicroOp op)
    {
        int pl = op.P2 == 1 ? (int)(cpu.GetGr(op.R2) & 3) : (int)(op.Imm & 3);
        return Math.Max(pl, cpu.Cpl);
    }

    /// <summary>probe.r/w: r1 = 1 when the reference would be allowed at max(pl, cpl), else 0
    /// (SDM Vol. 3 probe; Ski's probeLookup): always through the data TLB and VHPT — TLB
    /// misses, page not present, NaT page and key miss fault; key permission and access rights
    /// answer 0.</summary>
    public static int Probe(Cpu cpu, ref MicroOp op)
    {
        var access = (Access)(op.Imm >> 8);
        if (cpu.GetNat(op.R3) || (op.P2 == 1 && cpu.GetNat(op.R2)))
        {
            return cpu.Raise(Interruption.RegisterNaTConsumption, access);
        }

        int pl = ProbeLevel(cpu, ref op);
        int result = cpu.ProbeLookup(cpu.GetGr(op.R3), access, pl);
        if (result < 0)
        {
            return Flow.Stop;
        }

        cpu.SetGr(op.R1, (ulong)result);
        return Flow.Next;
    }

    /// <summary>probe.fault: faults as the reference would (physical when psr.dt is 0).</summary>
    public static int ProbeFault(Cpu cpu, ref MicroOp op)
    {
        var access = (Access)(op.Imm >> 8);
        if (cpu.GetNat(op.R3))
        {
            return cpu.Raise(Interruption.RegisterNaTConsumption, access);
        }

        int check = cpu.TranslateDataSlow(cpu.GetGr(op.R3), 1, access, ProbeLevel(cpu, ref op), cpu.PsrBit(Cpu.PsrDt), out _);
        return check == Flow.Stop ? Flow.Stop : Flow.Next;
    }

    /// <summary>fc, fc.i: the address is translated and checked as a non-access reference; this
    /// machine's caches are coherent (stores already drop decoded code), so nothing else happens.</summary>
    public static int FlushCache(Cpu cpu, ref MicroOp op)
    {
        if (cpu.GetNat(op.R3))
        {
            return cpu.Raise(Interruption.RegisterNaTConsumption, Access.NaFc);
        }

        int check = cpu.TranslateDataSlow(cpu.GetGr(op.R3), 1, Access.NaFc, cpu.Cpl, cpu.PsrBit(Cpu.PsrDt), out _);
        return check == Flow.Stop ? Flow.Stop : Flow.Next;
    }
}
