namespace PatchVmm.Vmm;

/// <summary>One translation of the virtual TLB (SDM Vol. 2 4.1.1): the page
/// [<see cref="Address"/>, +2^<see cref="PageSize"/>) of region id <see cref="Rid"/>, its PTE
/// (p 0, ma 4:2, a 5, d 6, pl 8:7, ar 11:9, ppn 49:12, ed 52) and protection key.</summary>
public readonly record struct TranslationEntry(ulong Address, int PageSize, uint Rid, ulong Pte, uint Key)
{
    public bool Present => (Pte & 1) != 0;

    public int MemoryAttribute => (int)((Pte >> 2) & 7);

    public int PrivilegeLevel => (int)((Pte >> 7) & 3);

    public int AccessRights => (int)((Pte >> 9) & 7);

    /// <summary>The physical address of the page's first byte (ppn, page-aligned).</summary>
    public ulong PhysicalPage => Pte & 0x0003_FFFF_FFFF_F000UL & ~((1UL << PageSize) - 1);

    public bool Covers(ulong address, uint rid) =>
        Rid == rid && ((address ^ Address) & ~((1UL << PageSize) - 1) & VirtualTlb.VpnMask) == 0;

    /// <summary>Whether this page and [<paramref name="address"/>, +2^<paramref name="pageSize"/>) overlap.</summary>
    public bool Overlaps(ulong address, int pageSize, uint rid)
    {
        int ps = Math.Max(pageSize, PageSize);
        ulong m = ps >= 64 ? 0 : ~((1UL << ps) - 1);
        return Rid == rid && ((address ^ Address) & m & VirtualTlb.VpnMask) == 0;
    }
}
