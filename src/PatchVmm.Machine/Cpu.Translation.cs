using System.Runtime.CompilerServices;
using PatchVmm.Machine.Execution;
using PatchVmm.Machine.Translation;

namespace PatchVmm.Machine;

/// <summary>Virtual memory (SDM Vol. 2 Part I ch. 4): region registers, protection keys, the
/// instruction and data TLBs, the VHPT walker, and the checks a reference passes —
/// translation, page present, NaT page, protection key, access rights, access and dirty bits,
/// data breakpoints, alignment, memory attribute — in the SDM's (and Ski's tlb.c) order, each
/// failure raising its fault with cr.ifa, cr.itir and (after a walk) cr.iha.
/// Implementation parameters, as Ski's: 61 implemented virtual and 63 physical address bits
/// (so no address is unimplemented), 24-bit region IDs and keys, 16 protection key registers,
/// every page size from 4 KiB.
/// <para>Speed: data references go through a direct-mapped cache of 4 KiB pages that holds,
/// for the current psr and privilege, which kinds of reference a page admits without a fault;
/// anything that changes a translation or a check empties it (<see cref="TranslationChanged"/>).
/// Instruction fetch translates once per page the interpreter enters, through a like cache of
/// the pages that passed every fetch check.</para></summary>
public sealed partial class Cpu
{
    public const int ProtectionKeyRegisters = 16;

    internal readonly Tlb Itlb = new();
    internal readonly Tlb Dtlb = new();
    internal readonly ulong[] Pkr = new ulong[ProtectionKeyRegisters];

    /// <summary>The ed bit, access rights and privilege level of the page the current
    /// instruction was fetched from (0 in physical mode): ISR.ed of data faults, and epc.</summary>
    internal bool InstructionPageEd;
    internal int InstructionPageAr;
    internal int InstructionPagePl;

    /// <summary>What a translated data reference returns besides Flow.Next and Flow.Stop: the
    /// reference is deferred (a speculative load gets NaT).</summary>
    internal const int Deferred = -1;

    /// <summary>The reference succeeds but the page is uncacheable: an advanced load gets no
    /// ALAT entry.</summary>
    internal const int Uncacheable = -2;

    private const ulong PhysicalMask = ~(1UL << 63);

    // ---- the data reference cache -----------------------------------------------------------

    private const int DataCacheSize = 256;
    private const byte AllowRead = 1, AllowWrite = 2, AllowSemaphore = 4;

    private struct DataCacheLine
    {
        public ulong Tag;
        public ulong Physical;
        public byte Allow;
    }

    private readonly DataCacheLine[] _dataCache = new DataCacheLine[DataCacheSize];

    // ---- the instruction fetch cache ----------------------------------------------------------

    private const int FetchCacheSize = 64;

    /// <summary>A 4 KiB code page whose translation passed every fetch check under the current
    /// psr and privilege (an accessed page, so psr.ia plays no part), and what epc and the
    /// data faults need of it.</summary>
    private struct FetchCacheLine
    {
        public ulong Tag;
        public ulong Physical;
        public byte Ar;
        public byte Pl;
        public bool Ed;
    }

    private readonly FetchCacheLine[] _fetchCache = new FetchCacheLine[FetchCacheSize];

    /// <summary>Set when psr.db is on and a data breakpoint register is enabled: every reference
    /// takes the slow path, which checks them.</summary>
    private bool _dataBreakpointsActive;

    /// <summary>Something a translation depends on changed: drops the cached translations and
    /// has the interpreter translate its instruction page again before the next instruction.</summary>
    internal void TranslationChanged()
    {
        Array.Clear(_dataCache);
        Array.Clear(_fetchCache);
        _dataBreakpointsActive = PsrBit(PsrDb) && DataBreakpointsEnabled;
        ScheduleCheck();
    }

    // ---- data references --------------------------------------------------------------------

    /// <summary>Translates a data reference of <paramref name="size"/> bytes at
    /// <paramref name="va"/> and checks it (alignment included); <paramref name="pa"/> is then a
    /// guest physical address inside memory. Returns Flow.Next, Flow.Stop (a fault is pending,
    /// or the access is outside guest memory), or <see cref="Uncacheable"/> for an advanced
    /// load from an uncacheable page.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int TranslateData(ulong va, int size, Access access, out ulong pa)
    {
        if ((Psr & (1UL << PsrDt)) == 0)
        {
            if (_dataBreakpointsActive || (va & (ulong)(size - 1)) != 0 || (access & (Access.Semaphore | Access.Advanced)) != 0)
            {
                return TranslateDataSlow(va, size, access, Cpl, false, out pa);
            }

            pa = va & PhysicalMask;
            return Memory.Contains(pa, size) ? Flow.Next : Stop(Interruption.NonexistentMemory, pa);
        }

        ref var line = ref _dataCache[(int)(va >> 12) & (DataCacheSize - 1)];
        byte need = (access & Access.Semaphore) != 0 ? AllowSemaphore : (access & Access.Write) != 0 ? AllowWrite : AllowRead;
        if (line.Tag == ((va & ~0xFFFUL) | 1) && (line.Allow & need) != 0 && (va & (ulong)(size - 1)) == 0
            && (access & (Access.Advanced | Access.Speculative | Access.NonAccess | Access.Rse)) == 0)
        {
            pa = line.Physical | (va & 0xFFF);
            return Memory.Contains(pa, size) ? Flow.Next : Stop(Interruption.NonexistentMemory, pa);
        }

        return TranslateDataSlow(va, size, access, Cpl, true, out pa);
    }

    /// <summary>The full data-reference path (Ski's dtlbLookup): privilege level
    /// <paramref name="pl"/>, translated or physical.</summary>
    internal int TranslateDataSlow(ulong va, int size, Access access, int pl, bool translate, out ulong pa)
    {
        bool semaphore = (access & Access.Semaphore) != 0;
        if (!translate)
        {
            pa = va & PhysicalMask;
            if (_dataBreakpointsActive && !PsrBit(PsrDd) && access != Access.NaFc && DataBreakpointHit(va, size, access, pl))
            {
                return RaiseTranslation(Interruption.DataDebug, va, access, null, null);
            }

            if ((va & (ulong)(size - 1)) != 0)
            {
                return RaiseTranslation(Interruption.UnalignedDataReference, va, access, null, null);
            }

            if (semaphore && (va & ~PhysicalMask) != 0)
            {
                return RaiseTranslation(Interruption.UnsupportedDataReference, va, access, null, null);
            }

            if ((access & Access.NonAccess) == 0 && !Memory.Contains(pa, size))
            {
                return Stop(Interruption.NonexistentMemory, pa);
            }

            return (access & Access.Advanced) != 0 && (va & ~PhysicalMask) != 0 ? Uncacheable : Flow.Next;
        }

        int index = DataLookup(va, access, out ulong? iha);
        pa = 0;
        if (index < 0)
        {
            return index == -1 ? Flow.Stop : Deferred;
        }

        ref readonly var e = ref Dtlb.Entry(index);
        ulong itir = ItirOf(va);
        if (!e.Present)
        {
            return RaiseTranslation(Interruption.DataPageNotPresent, va, access, itir, iha);
        }

        if (e.IsNaTPage)
        {
            return RaiseTranslation(Interruption.DataNaTPageConsumption, va, access, itir, iha);
        }

        if (access == Access.NaTpa)
        {
            pa = e.Physical(va);
            return Flow.Next;
        }

        if (access != Access.NaFc && PsrBit(PsrPk) && KeyCheck(access, e.Key, va, itir, iha) != 1)
        {
            return Flow.Stop;
        }

        if (!Protection.AccessRights(e.Ar, e.Pl, pl, access))
        {
            return RaiseTranslation(Interruption.DataAccessRights, va, access, itir, iha);
        }

        pa = e.Physical(va);
        if (access == Access.NaFc)
        {
            return Flow.Next;
        }

        if (!PsrBit(PsrDa))
        {
            if ((access & Access.Write) != 0 && !e.Dirty)
            {
                return RaiseTranslation(Interruption.DirtyBit, va, access, itir, iha);
            }

            if (!e.Accessed)
            {
                return RaiseTranslation(Interruption.DataAccessBit, va, access, itir, iha);
            }
        }

        if (_dataBreakpointsActive && !PsrBit(PsrDd) && DataBreakpointHit(va, size, access, pl))
        {
            return RaiseTranslation(Interruption.DataDebug, va, access, itir, iha);
        }

        if ((va & (ulong)(size - 1)) != 0)
        {
            return RaiseTranslation(Interruption.UnalignedDataReference, va, access, itir, iha);
        }

        if (semaphore && (e.Ma is Tlb.MaUc or Tlb.MaWc || (e.Ma == Tlb.MaUce && (access & Access.FetchAdd) == 0)))
        {
            return RaiseTranslation(Interruption.UnsupportedDataReference, va, access, itir, iha);
        }

        if ((access & Access.NonAccess) != 0)
        {
            return Flow.Next;
        }

        if (!Memory.Contains(pa, size))
        {
            return Stop(Interruption.NonexistentMemory, pa);
        }

        if ((access & Access.Advanced) != 0 && e.IsUncacheable)
        {
            return Uncacheable;
        }

        if ((access & (Access.Speculative | Access.Rse)) == 0 && pl == Cpl)
        {
            Remember(va, e, pl);
        }

        return Flow.Next;
    }

    /// <summary>Caches which plain references the page admits at privilege <paramref name="pl"/>.</summary>
    private void Remember(ulong va, in TlbEntry e, int pl)
    {
        if (_dataBreakpointsActive)
        {
            return;
        }

        byte allow = 0;
        if (Admits(e, Access.Load, pl))
        {
            allow |= AllowRead;
        }

        if (Admits(e, Access.Store, pl))
        {
            allow |= AllowWrite;
            if ((allow & AllowRead) != 0 && e.Ma == Tlb.MaWb)
            {
                allow |= AllowSemaphore;
            }
        }

        ref var line = ref _dataCache[(int)(va >> 12) & (DataCacheSize - 1)];
        line.Tag = (va & ~0xFFFUL) | 1;
        line.Physical = e.Physical(va) & ~0xFFFUL;
        line.Allow = allow;
    }

    /// <summary>True when a reference of this kind passes every page check without a fault.</summary>
    private bool Admits(in TlbEntry e, Access access, int pl)
    {
        if (!e.Present || e.IsNaTPage || !Protection.AccessRights(e.Ar, e.Pl, pl, access))
        {
            return false;
        }

        if (PsrBit(PsrPk) && KeyPermits(e.Key, access) != KeyCheckResult.Permitted)
        {
            return false;
        }

        return PsrBit(PsrDa) || (e.Accessed && ((access & Access.Write) == 0 || e.Dirty));
    }

    /// <summary>The data TLB entry for <paramref name="va"/>, walking the VHPT on a miss (SDM
    /// Vol. 2 4.1.5; Ski's dataLookup). Returns the entry index, or -1 with the miss fault
    /// raised, or -2 for a miss that raises nothing (tak, a speculative load that defers).
    /// <paramref name="walked"/> is the VHPT address when the walker ran (the caller's faults
    /// report it in cr.iha), else null.</summary>
    internal int DataLookup(ulong va, Access access, out ulong? walked)
    {
        walked = null;
        int rr = (int)(va >> 61);
        uint rid = RegionId(rr);
        int index = Dtlb.Find(va, rid);
        if (index >= 0)
        {
            return index;
        }

        bool tak = access == Access.NaTak;
        bool defers = SpeculativeDefers(access, DcrDm);
        ulong itir = ItirOf(va);
        if (!(PtaVhptEnabled && RegionVhptEnabled(rr) && PsrBit(PsrDt)))
        {
            if (tak || defers)
            {
                return -2;
            }

            RaiseTranslation(Interruption.AlternateDataTlb, va, access, itir, null);
            return -1;
        }

        ulong iha = Thash(va);
        walked = iha;
        switch (WalkVhpt(va, iha, rr, out var entry))
        {
            case WalkResult.Found:
                return Dtlb.InsertCache(entry);
            case WalkResult.NotMapped:
                if (tak || defers)
                {
                    return -2;
                }

                RaiseTranslation(Interruption.VhptData, va, access, ItirOf(iha), iha);
                return -1;
        }

        if (tak || defers)
        {
            return -2;
        }

        RaiseTranslation(Interruption.DataTlb, va, access, itir, iha);
        return -1;
    }

    private enum WalkResult
    {
        Found,

        /// <summary>The VHPT address itself has no usable data TLB entry: a VHPT fault.</summary>
        NotMapped,

        /// <summary>The entry read is unusable (tag mismatch, reserved fields, the VHPT page
        /// unreadable): a TLB fault.</summary>
        Failed,
    }

    private const ulong DcrDm = 1UL << 8;

    /// <summary>Reads the VHPT entry for <paramref name="va"/> at <paramref name="iha"/> (SDM Vol.
    /// 2 4.1.5.2–4.1.5.4; Ski's vhptRd, vhptLookup): the VHPT is addressed virtually through the
    /// data TLB only (no recursive walk); its page must be present, not NaT, admitted by the
    /// protection key, accessed and cacheable. Short format: 8 bytes, the PTE, with page size
    /// and key from the region register; long format: 32 bytes, PTE, ITIR and tag, the tag
    /// must equal ttag(va). Entries are read in cr.dcr.be byte order.</summary>
    private WalkResult WalkVhpt(ulong va, ulong iha, int rr, out TlbEntry entry)
    {
        entry = default;
        int vhptIndex = Dtlb.Find(iha, RegionId((int)(iha >> 61)));
        if (vhptIndex < 0)
        {
            return WalkResult.NotMapped;
        }

        ref readonly var v = ref Dtlb.Entry(vhptIndex);
        if (!v.Present || v.IsNaTPage || (PsrBit(PsrPk) && KeyPermits(v.Key, Access.Read | Access.Vhpt) != KeyCheckResult.Permitted) || !v.Accessed
            || v.Ma is Tlb.MaUc or Tlb.MaUce or Tlb.MaWc)
        {
            return WalkResult.Failed;
        }

        bool longFormat = PtaLongFormat;
        if (_dataBreakpointsActive && DataBreakpointHit(iha, longFormat ? 32 : 8, Access.Read, 0))
        {
            return WalkResult.Failed;
        }

        ulong pa = v.Physical(iha);
        if (!Memory.Contains(pa, longFormat ? 32 : 8))
        {
            return WalkResult.Failed;
        }

        if (!TranslationRules.TryDecodeVhptEntry(Memory.Read(pa, longFormat ? 32 : 8), longFormat, (Cr[ControlRegisters.Dcr] & 2) != 0,
            va, Rr[rr], out ulong pte, out ulong itir))
        {
            return WalkResult.Failed;
        }

        entry = MakeEntry(va, pte, itir);
        return WalkResult.Found;
    }

    /// <summary>Protection key check (SDM Vol. 2 4.1.3; Ski's keyCheck): 1 admits, -1 raised a
    /// key miss or key permission fault, 0 refuses without a fault (probe, a deferring
    /// speculative load, the VHPT walker).</summary>
    private int KeyCheck(Access access, uint key, ulong va, ulong itir, ulong? iha)
    {
        switch (KeyPermits(key, access))
        {
            case KeyCheckResult.Missing:
                if (SpeculativeDefers(access, DcrDk) || (access & Access.Vhpt) != 0)
                {
                    return 0;
                }

                RaiseTranslation((access & Access.Execute) != 0 ? Interruption.InstructionKeyMiss : Interruption.DataKeyMiss, va, access, itir, iha);
                return -1;
            case KeyCheckResult.Disabled:
                if ((access & Access.Execute) != 0)
                {
                    RaiseTranslation(Interruption.InstructionKeyPermission, va, access, itir, iha);
                    return -1;
                }

                if ((access & Access.ReadWrite) == Access.Read
                    && (SpeculativeDefers(access, DcrDx) || access == (Access.NaProbe | Access.Read) || (access & Access.Vhpt) != 0))
                {
                    return 0;
                }

                if ((access & Access.ReadWrite) == Access.Write && access == (Access.NaProbe | Access.Write))
                {
                    return 0;
                }

                RaiseTranslation(Interruption.DataKeyPermission, va, access, itir, iha);
                return -1;
            default:
                return 1;
        }
    }

    private KeyCheckResult KeyPermits(uint key, Access access) =>
        TranslationRules.CheckKey(Pkr, key, (access & Access.Read) != 0, (access & Access.Write) != 0, (access & Access.Execute) != 0);

    private const ulong DcrDk = 1UL << 10, DcrDx = 1UL << 11, DcrDr = 1UL << 12, DcrDa = 1UL << 13, DcrDd = 1UL << 14, DcrDp = 1UL << 9;

    /// <summary>A speculative load defers a fault when psr.ic is 0, or when its page's ed bit is
    /// set and the cr.dcr bit for the fault asks for deferral (SDM Vol. 2 5.5.5).</summary>
    private bool SpeculativeDefers(Access access, ulong dcrBit) =>
        (access & Access.Speculative) != 0 && (!PsrBit(PsrIc) || (InstructionPageEd && (Cr[ControlRegisters.Dcr] & dcrBit) != 0));

    /// <summary>probe.r/probe.w (Ski's probeLookup): 1 admitted, 0 refused, -1 with a fault
    /// pending (TLB miss, page not present, NaT page, key miss).</summary>
    internal int ProbeLookup(ulong va, Access access, int pl)
    {
        int index = DataLookup(va, access, out ulong? iha);
        if (index < 0)
        {
            return -1;
        }

        ref readonly var e = ref Dtlb.Entry(index);
        ulong itir = ItirOf(va);
        if (!e.Present)
        {
            RaiseTranslation(Interruption.DataPageNotPresent, va, access, itir, iha);
            return -1;
        }

        if (e.IsNaTPage)
        {
            RaiseTranslation(Interruption.DataNaTPageConsumption, va, access, itir, iha);
            return -1;
        }

        if (PsrBit(PsrPk))
        {
            int key = KeyCheck(access, e.Key, va, itir, iha);
            if (key != 1)
            {
                return key;
            }
        }

        return Protection.AccessRights(e.Ar, e.Pl, pl, access) ? 1 : 0;
    }

    // ---- speculative loads ------------------------------------------------------------------

    /// <summary>A speculative load (Ski's specLookup): Flow.Next with <paramref name="pa"/>,
    /// <see cref="Deferred"/>, or Flow.Stop. In physical mode every speculative load defers
    /// (as Ski, which may), but that a misaligned one faults while psr.ic is 1 and the page
    /// has no ed. With translation, a miss, a page not present, a key or access-rights or
    /// access-bit failure defers when psr.ic is 0 or cr.dcr asks for it, and faults otherwise;
    /// NaT pages and uncacheable pages always defer.</summary>
    internal int TranslateSpeculative(ulong va, int size, out ulong pa)
    {
        const Access access = Access.SpeculativeLoad;
        int pl = Cpl;
        pa = va & PhysicalMask;
        if (!PsrBit(PsrDt))
        {
            if (_dataBreakpointsActive && !PsrBit(PsrDd) && DataBreakpointHit(va, size, access, pl))
            {
                return SpeculativeDefers(access, DcrDd) ? Deferred : RaiseTranslation(Interruption.DataDebug, va, access, null, null);
            }

            if ((va & (ulong)(size - 1)) != 0)
            {
                return !PsrBit(PsrIc) || InstructionPageEd ? Deferred : RaiseTranslation(Interruption.UnalignedDataReference, va, access, null, null);
            }

            return Deferred;
        }

        int index = DataLookup(va, access, out ulong? iha);
        if (index == -1)
        {
            return Flow.Stop;
        }

        bool defer = index == -2;
        ulong itir = ItirOf(va);
        TlbEntry e = defer ? default : Dtlb.Entry(index);
        if (!defer && !e.Present)
        {
            if (SpeculativeDefers(access, DcrDp))
            {
                defer = true;
            }
            else
            {
                return RaiseTranslation(Interruption.DataPageNotPresent, va, access, itir, iha);
            }
        }
        else if (!defer)
        {
            if (PsrBit(PsrPk))
            {
                int key = KeyCheck(access, e.Key, va, itir, iha);
                if (key == 0)
                {
                    defer = true;
                }
                else if (key == -1)
                {
                    return Flow.Stop;
                }
            }

            if (!Protection.AccessRights(e.Ar, e.Pl, pl, access))
            {
                if (SpeculativeDefers(access, DcrDr))
                {
                    defer = true;
                }
                else
                {
                    return RaiseTranslation(Interruption.DataAccessRights, va, access, itir, iha);
                }
            }

            if (!PsrBit(PsrDa) && !e.Accessed)
            {
                if (SpeculativeDefers(access, DcrDa))
                {
                    defer = true;
                }
                else
                {
                    return RaiseTranslation(Interruption.DataAccessBit, va, access, itir, iha);
                }
            }
        }

        if (!defer || e.Valid)
        {
            pa = e.Physical(va);
        }

        if (_dataBreakpointsActive && !PsrBit(PsrDd) && DataBreakpointHit(va, size, access, pl))
        {
            return SpeculativeDefers(access, DcrDd) ? Deferred : RaiseTranslation(Interruption.DataDebug, va, access, itir, iha);
        }

        if ((va & (ulong)(size - 1)) != 0)
        {
            return !PsrBit(PsrIc) || InstructionPageEd ? Deferred : RaiseTranslation(Interruption.UnalignedDataReference, va, access, itir, iha);
        }

        if (defer || e.IsNaTPage || e.IsUncacheable)
        {
            return Deferred;
        }

        return Memory.Contains(pa, size) ? Flow.Next : Deferred;
    }

    // ---- instruction fetch ------------------------------------------------------------------

    /// <summary>Translates the bundle address <paramref name="ip"/> for execution (SDM Vol. 2
    /// 4.1; Ski's itlbLookup, instLookup): with psr.it, the instruction TLB (walking the VHPT
    /// when pta.ve, rr.ve, psr.dt and psr.ic allow), then present, NaT page, key, execute
    /// rights at psr.cpl, and the access bit unless psr.ia. Returns false with the fault raised.</summary>
    internal bool TranslateFetch(ulong ip, out ulong pa)
    {
        if (!PsrBit(PsrIt))
        {
            pa = ip & PhysicalMask;
            InstructionPageEd = false;
            InstructionPageAr = InstructionPagePl = 0;
            return true;
        }

        ref var line = ref _fetchCache[(int)(ip >> 12) & (FetchCacheSize - 1)];
        if (line.Tag == ((ip & ~0xFFFUL) | 1))
        {
            pa = line.Physical | (ip & 0xFFF);
            InstructionPageEd = line.Ed;
            InstructionPageAr = line.Ar;
            InstructionPagePl = line.Pl;
            return true;
        }

        pa = 0;
        const Access access = Access.Execute;
        int rr = (int)(ip >> 61);
        uint rid = RegionId(rr);
        ulong itir = ItirOf(ip);
        ulong? iha = null;
        int index = Itlb.Find(ip, rid);
        if (index < 0)
        {
            if (!(PtaVhptEnabled && RegionVhptEnabled(rr) && PsrBit(PsrDt) && PsrBit(PsrIc)))
            {
                RaiseTranslation(Interruption.AlternateInstructionTlb, ip, access, itir, null);
                return false;
            }

            ulong hash = Thash(ip);
            iha = hash;
            switch (WalkVhpt(ip, hash, rr, out var entry))
            {
                case WalkResult.Found:
                    index = Itlb.InsertCache(entry);
                    break;
                case WalkResult.NotMapped:
                    RaiseTranslation(Interruption.VhptInstruction, ip, access, ItirOf(hash), hash);
                    return false;
                default:
                    RaiseTranslation(Interruption.InstructionTlb, ip, access, itir, hash);
                    return false;
            }
        }

        ref readonly var e = ref Itlb.Entry(index);
        if (!e.Present)
        {
            RaiseTranslation(Interruption.InstructionPageNotPresent, ip, access, itir, iha);
            return false;
        }

        if (e.IsNaTPage)
        {
            RaiseTranslation(Interruption.InstructionNaTPageConsumption, ip, access, itir, iha);
            return false;
        }

        if (PsrBit(PsrPk) && KeyCheck(access, e.Key, ip, itir, iha) != 1)
        {
            return false;
        }

        if (!Protection.AccessRights(e.Ar, e.Pl, Cpl, access))
        {
            RaiseTranslation(Interruption.InstructionAccessRights, ip, access, itir, iha);
            return false;
        }

        if (!PsrBit(PsrIa) && !e.Accessed)
        {
            RaiseTranslation(Interruption.InstructionAccessBit, ip, access, itir, iha);
            return false;
        }

        pa = e.Physical(ip);
        InstructionPageEd = e.Ed;
        InstructionPageAr = e.Ar;
        InstructionPagePl = e.Pl;
        if (e.Accessed)
        {
            line.Tag = (ip & ~0xFFFUL) | 1;
            line.Physical = pa & ~0xFFFUL;
            line.Ed = e.Ed;
            line.Ar = e.Ar;
            line.Pl = e.Pl;
        }

        return true;
    }

    // ---- region registers, the PTA, thash and ttag --------------------------------------------

    internal uint RegionId(int rr) => (uint)(Rr[rr] >> 8) & 0xFF_FFFF;

    private bool RegionVhptEnabled(int rr) => (Rr[rr] & 1) != 0;

    private bool PtaVhptEnabled => (Cr[ControlRegisters.Pta] & 1) != 0;

    private bool PtaLongFormat => (Cr[ControlRegisters.Pta] & (1UL << 8)) != 0;

    /// <summary>cr.itir for a fault on <paramref name="va"/>: the region's ID as key and its
    /// preferred page size (SDM Vol. 2 3.3.5.5; Ski).</summary>
    internal ulong ItirOf(ulong va) => TranslationRules.FaultItir(Rr[(int)(va >> 61)]);

    /// <summary>thash (SDM Vol. 2 4.1.5.3, Vol. 3 thash): the VHPT address of <paramref name="va"/>
    /// (TranslationRules.Thash, for cr.pta and va's region register).</summary>
    internal ulong Thash(ulong va) => TranslationRules.Thash(va, Cr[ControlRegisters.Pta], Rr[(int)(va >> 61)]);

    /// <summary>ttag (Vol. 3 ttag): the long-format tag of <paramref name="va"/> (TranslationRules.Ttag).</summary>
    internal ulong Ttag(ulong va) => TranslationRules.Ttag(va, Rr[(int)(va >> 61)]);

    // ---- inserting translations --------------------------------------------------------------

    /// <summary>Reserved fields of an insertion (SDM Vol. 3 itc, itr; Ski's reservedInsert):
    /// itir bits 1:0 and 63:32, a page size below 4 KiB; for a present page, PTE bits 1 and
    /// 51:50 and a reserved memory attribute.</summary>
    internal static bool ReservedInsert(ulong pte, ulong itir)
    {
        if ((itir & 3) != 0 || ((itir >> 2) & 0x3F) < TranslationRules.MinimumPageSize)
        {
            return true;
        }

        if ((pte & 1) == 0)
        {
            return false;
        }

        ulong ma = (pte >> 2) & 7;
        return (pte & 2) != 0 || ((pte >> 50) & 3) != 0 || (itir >> 32) != 0 || ma is 1 or 2 or 3;
    }

    /// <summary>The TLB entry for <paramref name="va"/> from a PTE and an ITIR (rid from va's region).</summary>
    internal TlbEntry MakeEntry(ulong va, ulong pte, ulong itir)
    {
        int ps = (int)(itir >> 2) & 0x3F;
        var mask = TlbEntry.RangeMask(ps);
        return new TlbEntry
        {
            Valid = true,
            Vpn = va & mask,
            Mask = mask,
            Rid = RegionId((int)(va >> 61)),
            Ppn = pte & TranslationRules.PhysicalPageNumber & mask,
            Key = (uint)(itir >> 8) & 0xFF_FFFF,
            PageSize = (byte)ps,
            Ar = (byte)((pte >> 9) & 7),
            Pl = (byte)((pte >> 7) & 3),
            Ma = (byte)((pte >> 2) & 7),
            Present = (pte & 1) != 0,
            Accessed = (pte & (1UL << 5)) != 0,
            Dirty = (pte & (1UL << 6)) != 0,
            Ed = (pte & (1UL << 52)) != 0,
        };
    }
}
