using PatchVmm.Machine;

namespace PatchVmm.Vmm;

/// <summary>Translation helpers the TLB and translation-query templates share (SDM Vol. 2 4.1,
/// Vol. 3 itc, itr, tpa, tak, probe, fc): the guest's data references of the non-access
/// instructions go through its virtual data TLB and, on a miss, through the VHPT walker over
/// guest physical memory, with the checks the machine makes of the same references
/// (PatchVmm.Machine's Cpu.Translation.cs) in the same order — present, NaT page, protection
/// key, access rights, dirty and access bits — and the rules themselves from the machine
/// (<see cref="TranslationRules"/>: reserved insertion fields, access rights, key checks,
/// thash, ttag, page arithmetic). Faults come back as the routine's result with cr.isr's
/// na/r/w bits and the non-access code, and the address for cr.ifa.</summary>
public static class Translation
{
    /// <summary>Page sizes below 4 KiB are not implemented.</summary>
    public const int MinimumPageSize = TranslationRules.MinimumPageSize;

    /// <summary>Builds the entry that <c>itc</c>/<c>itr</c> insert from the PTE in GR r2,
    /// cr.itir and cr.ifa; false when a field is reserved (a Reserved Register/Field fault,
    /// <see cref="TranslationRules.IsReservedInsert"/>).</summary>
    public static bool TryMake(VirtualCpu vcpu, ulong pte, ulong itir, ulong ifa, out TranslationEntry entry)
    {
        entry = Make(vcpu, ifa, pte, itir);
        return !TranslationRules.IsReservedInsert(pte, itir);
    }

    /// <summary>The translation of the page of <paramref name="va"/> (region id from va's
    /// virtual region register) with page size and key from <paramref name="itir"/>.</summary>
    public static TranslationEntry Make(VirtualCpu vcpu, ulong va, ulong pte, ulong itir)
    {
        int ps = (int)((itir >> 2) & 0x3F);
        ulong page = va & ((7UL << 61) | TranslationRules.PageMask(ps));
        return new TranslationEntry(page, ps, vcpu.RegionId(va), pte, (uint)((itir >> 8) & 0xFF_FFFF));
    }

    /// <summary>The VHPT entry address of <paramref name="va"/>: thash with the virtual cr.pta and region register.</summary>
    public static ulong Thash(VirtualCpu vcpu, ulong va) => TranslationRules.Thash(va, vcpu.Cr[ControlRegister.Pta], vcpu.Rr[va >> 61]);

    /// <summary>The translation tag of <paramref name="va"/>: ttag with the virtual region register.</summary>
    public static ulong Ttag(VirtualCpu vcpu, ulong va) => TranslationRules.Ttag(va, vcpu.Rr[va >> 61]);

    /// <summary>The physical address <paramref name="va"/> maps to through <paramref name="entry"/>.</summary>
    public static ulong Physical(in TranslationEntry entry, ulong va) => TranslationRules.PhysicalAddress(entry.Pte, entry.PageSize, va);

    /// <summary>Whether a page of access rights <paramref name="ar"/> and privilege level
    /// <paramref name="pl"/> allows the data access at level <paramref name="level"/>.</summary>
    public static bool AccessAllowed(int ar, int pl, int level, bool read, bool write) =>
        TranslationRules.AccessAllowed(ar, pl, level, read, write, execute: false);

    // ---- the non-access instructions ------------------------------------------------------

    /// <summary><c>tpa</c>: the physical address of <paramref name="va"/> through the data TLB
    /// (and the VHPT, when psr.dt and the walker allow it) whatever psr.dt: a miss, a page not
    /// present or a NaT page faults; rights and keys are not checked.</summary>
    public static bool TryTpa(VirtualCpu vcpu, ulong va, out ulong physical, out RoutineResult fault)
    {
        physical = 0;
        const ulong isr = GuestFault.IsrNa | GuestFault.NaTpa;
        if (!TryLookupPage(vcpu, va, isr, out var entry, out fault))
        {
            return false;
        }

        physical = Physical(entry, va);
        return true;
    }

    /// <summary><c>tak</c>: the key of the data translation of <paramref name="va"/> shifted to
    /// bits 31:8 when one is present (found in the TLB or by the VHPT walker), else 1. Never faults.</summary>
    public static ulong Tak(VirtualCpu vcpu, ulong va) =>
        Lookup(vcpu, va, 0, faults: false, out var entry, out _) == LookupResult.Found && entry.Present ? (ulong)entry.Key << 8 : 1;

    /// <summary><c>probe.r</c>/<c>probe.w</c>: whether the access would be allowed at privilege
    /// <paramref name="level"/> (max of the operand and the virtual cpl), always through the data
    /// TLB and VHPT: a miss, a page not present, a NaT page and a key miss fault; a key whose
    /// disable bit refuses the access and missing rights answer 0.</summary>
    public static bool TryProbe(VirtualCpu vcpu, ulong va, int level, bool write, out bool allowed, out RoutineResult fault)
    {
        allowed = false;
        ulong isr = ProbeIsr(GuestFault.NaProbe, read: !write, write);
        if (!TryLookupPage(vcpu, va, isr, out var entry, out fault))
        {
            return false;
        }

        if (Psr.Bit(vcpu.Psr, Psr.Pk))
        {
            switch (TranslationRules.CheckKey(vcpu.Pkr, entry.Key, !write, write, execute: false))
            {
                case KeyCheckResult.Missing:
                    fault = Fault(vcpu, GuestFault.DataKeyMissVector, isr, va);
                    return false;
                case KeyCheckResult.Disabled:
                    return true;
            }
        }

        allowed = AccessAllowed(entry.AccessRights, entry.PrivilegeLevel, level, !write, write);
        return true;
    }

    /// <summary><c>probe.*.fault</c>: with psr.dt clear nothing can fault; otherwise the access
    /// is checked as the reference would be at privilege <paramref name="level"/> — TLB miss
    /// (VHPT walk), page not present, NaT page, protection key, access rights, then (unless
    /// psr.da) the dirty bit of a write and the access bit — and the first failure faults.</summary>
    public static RoutineResult ProbeFault(VirtualCpu vcpu, ulong va, int level, bool read, bool write, RoutineResult next)
    {
        if (!vcpu.DataTranslation)
        {
            return next;
        }

        ulong isr = ProbeIsr(GuestFault.NaProbeFault, read, write);
        if (!TryLookupPage(vcpu, va, isr, out var entry, out var fault))
        {
            return fault;
        }

        if (Psr.Bit(vcpu.Psr, Psr.Pk))
        {
            switch (TranslationRules.CheckKey(vcpu.Pkr, entry.Key, read, write, execute: false))
            {
                case KeyCheckResult.Missing:
                    return Fault(vcpu, GuestFault.DataKeyMissVector, isr, va);
                case KeyCheckResult.Disabled:
                    return Fault(vcpu, GuestFault.KeyPermissionVector, isr, va);
            }
        }

        if (!AccessAllowed(entry.AccessRights, entry.PrivilegeLevel, level, read, write))
        {
            return Fault(vcpu, GuestFault.DataAccessRightsVector, isr, va);
        }

        if (!Psr.Bit(vcpu.ReadPsr(), Psr.Da))
        {
            if (write && !entry.Dirty)
            {
                return Fault(vcpu, GuestFault.DirtyBitVector, isr, va);
            }

            if (!entry.Accessed)
            {
                return Fault(vcpu, GuestFault.DataAccessBitVector, isr, va);
            }
        }

        return next;
    }

    /// <summary><c>fc</c>/<c>fc.i</c>: the line's physical address — <paramref name="va"/> itself
    /// with psr.dt clear, else through the data TLB and VHPT, checked as a one-byte read at the
    /// virtual cpl (miss, page not present, NaT page, access rights; no key, dirty or access
    /// bit checks).</summary>
    public static bool TryFlushAddress(VirtualCpu vcpu, ulong va, out ulong physical, out RoutineResult fault)
    {
        physical = va & ~(1UL << 63);
        fault = default;
        if (!vcpu.DataTranslation)
        {
            return true;
        }

        const ulong isr = GuestFault.IsrNa | GuestFault.IsrR | GuestFault.NaFc;
        if (!TryLookupPage(vcpu, va, isr, out var entry, out fault))
        {
            return false;
        }

        if (!AccessAllowed(entry.AccessRights, entry.PrivilegeLevel, vcpu.PrivilegeLevel, read: true, write: false))
        {
            fault = Fault(vcpu, GuestFault.DataAccessRightsVector, isr, va);
            return false;
        }

        physical = Physical(entry, va);
        return true;
    }

    /// <summary>A data translation fault of the instruction: cr.isr gets ISR.ed, the ed bit of the
    /// page the instruction was fetched from (<see cref="VirtualCpu.InstructionPageEd"/>), as the
    /// machine reports it for data references (SDM Vol. 2 3.3.5.3; a NaT Page Consumption fault
    /// reports ed 0).</summary>
    private static RoutineResult Fault(VirtualCpu vcpu, int vector, ulong isr, ulong va) =>
        RoutineResult.Raise(new GuestFault(vector, isr | (vcpu.InstructionPageEd ? GuestFault.IsrEd : 0), va));

    /// <summary>cr.isr of a probe: na, its non-access code, r for a read and w for a write.</summary>
    public static ulong ProbeIsr(ulong code, bool read, bool write) =>
        GuestFault.IsrNa | code | (read ? GuestFault.IsrR : 0) | (write ? GuestFault.IsrW : 0);

    // ---- the data TLB and the VHPT walker -------------------------------------------------

    private enum LookupResult
    {
        Found,
        Missed,
        Faulted,
    }

    /// <summary>The data translation of <paramref name="va"/>, present and not a NaT page, or the
    /// fault: the lookup's, Page Not Present, or NaT Page Consumption.</summary>
    private static bool TryLookupPage(VirtualCpu vcpu, ulong va, ulong isr, out TranslationEntry entry, out RoutineResult fault)
    {
        if (Lookup(vcpu, va, isr, faults: true, out entry, out fault) != LookupResult.Found)
        {
            return false;
        }

        if (!entry.Present)
        {
            fault = Fault(vcpu, GuestFault.PageNotPresentVector, isr, va);
            return false;
        }

        if (entry.IsNaTPage)
        {
            fault = RoutineResult.Raise(new GuestFault(GuestFault.NatConsumptionVector, 0x20 | isr, va));
            return false;
        }

        return true;
    }

    /// <summary>The data TLB entry for <paramref name="va"/>; on a miss, with the walker enabled
    /// (pta.ve, rr.ve and psr.dt), the VHPT entry at thash(va), inserted into the translation
    /// cache. A miss the walker cannot serve faults (when <paramref name="faults"/>): Alternate
    /// Data TLB without the walker, VHPT Data when the VHPT itself is not mapped, Data TLB when
    /// the entry there is unusable.</summary>
    private static LookupResult Lookup(VirtualCpu vcpu, ulong va, ulong isr, bool faults, out TranslationEntry entry, out RoutineResult fault)
    {
        fault = default;
        if (vcpu.Tlb.TryLookup(instruction: false, va, vcpu.RegionId(va), out entry))
        {
            return LookupResult.Found;
        }

        int vector;
        bool walker = (vcpu.Cr[ControlRegister.Pta] & 1) != 0 && (vcpu.Rr[va >> 61] & 1) != 0 && vcpu.DataTranslation;
        if (!walker)
        {
            vector = GuestFault.AlternateDataTlbVector;
        }
        else
        {
            switch (Walk(vcpu, va, out entry))
            {
                case WalkResult.Found:
                    vcpu.Tlb.InsertCache(instruction: false, entry);
                    return LookupResult.Found;
                case WalkResult.NotMapped:
                    vector = GuestFault.VhptDataVector;
                    break;
                default:
                    vector = GuestFault.DataTlbVector;
                    break;
            }
        }

        if (!faults)
        {
            return LookupResult.Missed;
        }

        fault = Fault(vcpu, vector, isr, va);
        return LookupResult.Faulted;
    }

    private enum WalkResult
    {
        Found,

        /// <summary>The VHPT address itself has no usable data translation: a VHPT fault.</summary>
        NotMapped,

        /// <summary>The entry is unusable (its page unusable by the walker, outside guest memory,
        /// a tag mismatch, reserved fields): a TLB fault.</summary>
        Failed,
    }

    /// <summary>The VHPT walker (SDM Vol. 2 4.1.5): reads the entry for <paramref name="va"/> at
    /// thash(va) through the virtual data TLB only (no recursive walk); its page must be present,
    /// not a NaT page, admitted by its key (when psr.pk), accessed and cacheable. Short format:
    /// the 8-byte PTE, page size and key from the region register; long format: PTE, ITIR and a
    /// tag that must equal ttag(va). Entries are read from guest physical memory in cr.dcr.be
    /// byte order; reserved fields make the entry unusable.</summary>
    private static WalkResult Walk(VirtualCpu vcpu, ulong va, out TranslationEntry entry)
    {
        entry = default;
        ulong iha = Thash(vcpu, va);
        if (!vcpu.Tlb.TryLookup(instruction: false, iha, vcpu.RegionId(iha), out var vhpt))
        {
            return WalkResult.NotMapped;
        }

        if (!vhpt.Present || vhpt.IsNaTPage || !vhpt.Accessed || vhpt.IsUncacheable
            || (Psr.Bit(vcpu.Psr, Psr.Pk) && TranslationRules.CheckKey(vcpu.Pkr, vhpt.Key, read: true, write: false, execute: false) != KeyCheckResult.Permitted))
        {
            return WalkResult.Failed;
        }

        bool longFormat = (vcpu.Cr[ControlRegister.Pta] & (1UL << 8)) != 0;
        Span<byte> bytes = stackalloc byte[32];
        bytes = bytes[..(longFormat ? 32 : 8)];
        if (!vcpu.Machine.TryReadPhysical(Physical(vhpt, iha), bytes))
        {
            return WalkResult.Failed;
        }

        if (!TranslationRules.TryDecodeVhptEntry(bytes, longFormat, (vcpu.Cr[ControlRegister.Dcr] & 2) != 0, va, vcpu.Rr[va >> 61],
            out ulong pte, out ulong itir))
        {
            return WalkResult.Failed;
        }

        entry = Make(vcpu, va, pte, itir);
        return WalkResult.Found;
    }
}
