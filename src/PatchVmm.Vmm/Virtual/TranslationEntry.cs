using PatchVmm.Machine;

namespace PatchVmm.Vmm;

/// <summary>One translation of the virtual TLB (SDM Vol. 2 4.1.1): the page
/// [<see cref="Address"/>, +2^<see cref="PageSize"/>) of region id <see cref="Rid"/>, its PTE
/// (p 0, ma 4:2, a 5, d 6, pl 8:7, ar 11:9, ppn 49:12, ed 52) and protection key. Page
/// arithmetic is the machine's (<see cref="TranslationRules"/>): bits 60:ps name the page, so
/// a page of 2^61 bytes or more covers its whole region.</summary>
public readonly record struct TranslationEntry(ulong Address, int PageSize, uint Rid, ulong Pte, uint Key)
{
    /// <summary>The memory attribute NaTPage (SDM Vol. 2 Table 4-10).</summary>
    public const int NaTPageAttribute = 7;

    public bool Present => (Pte & 1) != 0;

    public int MemoryAttribute => (int)((Pte >> 2) & 7);

    public bool Accessed => (Pte & (1UL << 5)) != 0;

    public bool Dirty => (Pte & (1UL << 6)) != 0;

    public int PrivilegeLevel => (int)((Pte >> 7) & 3);

    public int AccessRights => (int)((Pte >> 9) & 7);

    /// <summary>ma 7: a page whose non-speculative references fault (NaT Page Consumption).</summary>
    public bool IsNaTPage => MemoryAttribute == NaTPageAttribute;

    /// <summary>UC, UCE or WC: the VHPT walker may not read the VHPT from such a page.</summary>
    public bool IsUncacheable => MemoryAttribute is 4 or 5 or 6;

    public bool Covers(ulong address, uint rid) =>
        Rid == rid && ((address ^ Address) & TranslationRules.PageMask(PageSize)) == 0;

    /// <summary>Whether this page and [<paramref name="address"/>, +2^<paramref name="pageSize"/>) overlap.</summary>
    public bool Overlaps(ulong address, int pageSize, uint rid) =>
        Rid == rid && ((address ^ Address) & TranslationRules.PageMask(PageSize) & TranslationRules.PageMask(pageSize)) == 0;
}
