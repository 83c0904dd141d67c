using PatchVmm.Machine.Translation;

namespace PatchVmm.Machine;

/// <summary>One valid translation of a TLB, for host code: the 2^<paramref name="PageSize"/>-byte
/// page at <paramref name="Address"/> (bits 60:ps; the region number is not part of an entry)
/// in region ID <paramref name="Rid"/>, its PTE in the insertion format (SDM Vol. 2 Figure
/// 4-5: p, ma, a, d, pl, ar, ppn, ed) and its protection key; whether it is a translation
/// register, and which register or cache entry holds it.</summary>
public readonly record struct TlbTranslation(bool Register, int Index, ulong Address, int PageSize, uint Rid, ulong Pte, uint Key)
{
    internal static TlbTranslation Of(in TlbEntry e, bool register, int index)
    {
        ulong pte = (e.Present ? 1UL : 0) | ((ulong)e.Ma << 2) | (e.Accessed ? 1UL << 5 : 0) | (e.Dirty ? 1UL << 6 : 0)
            | ((ulong)e.Pl << 7) | ((ulong)e.Ar << 9) | e.Ppn | (e.Ed ? 1UL << 52 : 0);
        return new TlbTranslation(register, index, e.Vpn, e.PageSize, e.Rid, pte, e.Key);
    }
}
