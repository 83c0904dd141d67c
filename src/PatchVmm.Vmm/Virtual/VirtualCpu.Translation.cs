namespace PatchVmm.Vmm;

/// <summary>Translation helpers the TLB and probe templates share (SDM Vol. 2 4.1).</summary>
public static class Translation
{
    /// <summary>Page sizes below 4 KiB are not implemented (as Ski).</summary>
    public const int MinimumPageSize = 12;

    /// <summary>Builds the entry that <c>itc</c>/<c>itr</c> insert from the PTE in GR r2,
    /// cr.itir and cr.ifa; false when a field is reserved (SDM Vol. 2 4.1.1.5: with p = 1,
    /// bit 1, bits 51:50 and memory attributes 1–3 are reserved; itir bits 1:0 and 63:32,
    /// key bits beyond the implemented ones and unimplemented page sizes).</summary>
    public static bool TryMake(VirtualCpu vcpu, ulong pte, ulong itir, ulong ifa, out TranslationEntry entry)
    {
        int ps = (int)((itir >> 2) & 0x3F);
        uint key = (uint)((itir >> 8) & 0xFF_FFFF);
        int ma = (int)((pte >> 2) & 7);
        bool reserved = (itir & 3) != 0 || (itir >> 32) != 0 || ps < MinimumPageSize || (key >> VirtualCpu.KeyBits) != 0
            || ((pte & 1) != 0 && ((pte & 2) != 0 || ((pte >> 50) & 3) != 0 || ma is 1 or 2 or 3));
        ulong page = ps >= 64 ? 0 : ifa & ~((1UL << ps) - 1);
        entry = new TranslationEntry(page, ps, vcpu.RegionId(ifa), pte, key);
        return !reserved;
    }

    /// <summary>The VHPT entry address of <paramref name="va"/> (SDM Vol. 2 4.1.5, as Ski
    /// computes it): short format from the region's bits, long format with the
    /// implementation-specific hash hpn ^ rid.</summary>
    public static ulong Thash(VirtualCpu vcpu, ulong va)
    {
        ulong pta = vcpu.Cr[ControlRegister.Pta];
        int size = (int)((pta >> 2) & 0x3F);
        ulong rr = vcpu.Rr[va >> 61];
        ulong hpn = (va & VirtualTlb.VpnMask) >> (int)((rr >> 2) & 0x3F);
        bool longFormat = ((pta >> 8) & 1) != 0;
        ulong offset = longFormat ? (hpn ^ ((rr >> 8) & 0xFF_FFFF)) << 5 : hpn << 3;
        ulong top = longFormat ? pta & (7UL << 61) : va & (7UL << 61);
        const ulong Bits46 = (1UL << 46) - 1;
        ulong mask = (size >= 64 ? ulong.MaxValue : (1UL << size) - 1) >> 15 & Bits46;
        ulong hi = (((pta >> 15) & Bits46 & ~mask) | ((offset >> 15) & Bits46 & mask)) << 15;
        return top | hi | (offset & 0x7FFF);
    }

    /// <summary>The translation tag of <paramref name="va"/> (implementation-specific, as Ski): vpn ^ rid &lt;&lt; 39.</summary>
    public static ulong Ttag(VirtualCpu vcpu, ulong va)
    {
        ulong rr = vcpu.Rr[va >> 61];
        return ((va & VirtualTlb.VpnMask) >> (int)((rr >> 2) & 0x3F)) ^ (((rr >> 8) & 0xFF_FFFF) << 39);
    }

    /// <summary>Translates <paramref name="va"/> through the virtual data TLB for a non-access
    /// instruction (tpa, fc, probe): the fault when it misses — Data TLB when the VHPT walker
    /// is enabled for the region (this model walks no VHPT, as if the walk missed), Alternate
    /// Data TLB otherwise — or when the page is not present, with ISR.na and the type.</summary>
    public static bool TryTranslate(VirtualCpu vcpu, ulong va, ulong isr, out TranslationEntry entry, out RoutineResult fault)
    {
        fault = default;
        if (!vcpu.Tlb.TryLookup(instruction: false, va, vcpu.RegionId(va), out entry))
        {
            bool walker = (vcpu.Cr[ControlRegister.Pta] & 1) != 0 && (vcpu.Rr[va >> 61] & 1) != 0;
            fault = RoutineResult.Raise(new GuestFault(walker ? GuestFault.DataTlbVector : GuestFault.AlternateDataTlbVector, isr, va));
            return false;
        }

        if (!entry.Present)
        {
            fault = RoutineResult.Raise(new GuestFault(GuestFault.PageNotPresentVector, isr, va));
            return false;
        }

        return true;
    }

    /// <summary>The physical address <paramref name="va"/> maps to through <paramref name="entry"/>.</summary>
    public static ulong Physical(in TranslationEntry entry, ulong va) =>
        entry.PhysicalPage | (va & ((1UL << entry.PageSize) - 1));

    /// <summary>Whether a page of access rights <paramref name="ar"/> and privilege level
    /// <paramref name="pl"/> allows the access at level <paramref name="level"/> (SDM Vol. 2
    /// Table 4-3, as Ski decides it).</summary>
    public static bool AccessAllowed(int ar, int pl, int level, bool read, bool write)
    {
        return ar switch
        {
            0 => !write && level <= pl,
            1 => !write && level <= pl,
            2 or 3 => level <= pl,
            4 => level <= pl && !(write && level != 0 && level == pl),
            5 or 6 => level <= pl && !(write && ar == 5 && level != 0),
            _ => !write && !(read && level != 0),
        };
    }
}
