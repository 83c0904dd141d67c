namespace PatchVmm.Machine.Translation;

/// <summary>One translation (SDM Vol. 2 4.1.1, Figure 4-2/4-3): the page's region ID and
/// virtual page, its physical page and attributes from the PTE (GR r2 of itc/itr: p, ma, a,
/// d, pl, ar, ppn, ed) and its page size and protection key from cr.itir.</summary>
internal struct TlbEntry
{
    public bool Valid;

    /// <summary>Virtual address bits 60:ps of the page (VRN bits excluded: the SDM tags entries by RID).</summary>
    public ulong Vpn;

    /// <summary>Bits above the page offset within a region: ~(2^ps − 1) of bits 60:0.</summary>
    public ulong Mask;

    public uint Rid;

    /// <summary>Physical page base (PTE ppn, bits 49:12, cleared below the page size).</summary>
    public ulong Ppn;

    public uint Key;
    public byte PageSize;
    public byte Ar;
    public byte Pl;
    public byte Ma;
    public bool Present;
    public bool Accessed;
    public bool Dirty;
    public bool Ed;

    /// <summary>True when the entry translates <paramref name="va"/> in region <paramref name="rid"/>.</summary>
    public readonly bool Matches(ulong va, uint rid) => Valid && Rid == rid && (va & Mask) == Vpn;

    /// <summary>True when the entry overlaps the range a purge or insert names: the page of
    /// <paramref name="va"/> of size 2^<paramref name="ps"/> in region <paramref name="rid"/>.</summary>
    public readonly bool Overlaps(ulong va, int ps, uint rid)
    {
        if (!Valid || Rid != rid)
        {
            return false;
        }

        ulong rangeMask = Mask & RangeMask(ps);
        return (Vpn & rangeMask) == (va & rangeMask);
    }

    /// <summary>Bits 60:ps.</summary>
    public static ulong RangeMask(int ps) => ps >= 61 ? 0 : ~((1UL << ps) - 1) & Tlb.OffsetInRegion;

    /// <summary>The physical address of <paramref name="va"/> in this page.</summary>
    public readonly ulong Physical(ulong va) => Ppn | (va & ~Mask & Tlb.OffsetInRegion);

    /// <summary>The memory attribute NaTPage (SDM Vol. 2 4.4.1, Table 4-10).</summary>
    public readonly bool IsNaTPage => Ma == Tlb.MaNaTPage;

    /// <summary>UC or UCE: uncacheable.</summary>
    public readonly bool IsUncacheable => Ma is Tlb.MaUc or Tlb.MaUce;
}
