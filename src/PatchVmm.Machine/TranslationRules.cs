using PatchVmm.Machine.Translation;

namespace PatchVmm.Machine;

/// <summary>The pure rules of this machine's virtual memory (SDM Vol. 2 Part I ch. 4) for host
/// code that keeps translations of its own — a VMM's virtual TLB — and must decide them
/// exactly as the machine does: page masks, the reserved fields of an insertion, access
/// rights, protection-key permission, the VHPT hash and tag. The machine itself uses these
/// (Cpu.Translation.cs), so the two cannot drift apart. Implementation parameters as the
/// machine's: 61 implemented virtual address bits, 24-bit region IDs and keys.</summary>
public static class TranslationRules
{
    /// <summary>The smallest page size (2^12 bytes): smaller ones are not implemented.</summary>
    public const int MinimumPageSize = 12;

    /// <summary>Virtual address bits 60:0, the part of an address a translation maps (the
    /// region number selects the region register instead).</summary>
    public const ulong OffsetInRegion = Tlb.OffsetInRegion;

    /// <summary>The PTE's physical page number bits (49:12).</summary>
    public const ulong PhysicalPageNumber = 0x0003_FFFF_FFFF_F000UL;

    /// <summary>Bits 60:<paramref name="pageSize"/>: the page-number part of an address in a
    /// page of 2^<paramref name="pageSize"/> bytes (0 for sizes of a whole region and more).</summary>
    public static ulong PageMask(int pageSize) => TlbEntry.RangeMask(pageSize);

    /// <summary>The physical address <paramref name="va"/> maps to through a page of
    /// 2^<paramref name="pageSize"/> bytes whose PTE is <paramref name="pte"/>.</summary>
    public static ulong PhysicalAddress(ulong pte, int pageSize, ulong va)
    {
        ulong mask = PageMask(pageSize);
        return (pte & PhysicalPageNumber & mask) | (va & ~mask & OffsetInRegion);
    }

    /// <summary>True when inserting PTE <paramref name="pte"/> with ITIR <paramref name="itir"/>
    /// (itc, itr, or an entry the VHPT walker read) sets a reserved field: a Reserved
    /// Register/Field fault for itc and itr (SDM Vol. 3 itc, itr; as Ski's reservedInsert).</summary>
    public static bool IsReservedInsert(ulong pte, ulong itir) => Cpu.ReservedInsert(pte, itir);

    /// <summary>Whether a reference at privilege level <paramref name="level"/> may use a page
    /// of access rights <paramref name="ar"/> and privilege level <paramref name="pl"/> (SDM
    /// Vol. 2 Table 4-4). A non-access reference asks for what it checks: probe.r a read,
    /// probe.w a write, fc a read, probe.rw.fault both.</summary>
    public static bool AccessAllowed(int ar, int pl, int level, bool read, bool write, bool execute) =>
        Protection.AccessRights(ar, pl, level, (read ? Access.Read : 0) | (write ? Access.Write : 0) | (execute ? Access.Execute : 0));

    /// <summary>The protection key check of a reference (SDM Vol. 2 4.1.3): the valid PKR of
    /// <paramref name="pkrs"/> that holds <paramref name="key"/> admits it, or its disable bit
    /// for the reference (xd for execute, rd for a read, wd for a write, rd or wd for both)
    /// refuses it, or no valid PKR holds the key.</summary>
    public static KeyCheckResult CheckKey(ReadOnlySpan<ulong> pkrs, uint key, bool read, bool write, bool execute)
    {
        ulong want = ((ulong)key << 8) | 1;
        foreach (ulong pkr in pkrs)
        {
            if ((pkr & 0xFFFF_FF01UL) != want)
            {
                continue;
            }

            ulong disable = execute ? 8UL : (read, write) switch
            {
                (true, false) => 4,
                (false, true) => 2,
                _ => 6,
            };
            return (pkr & disable) != 0 ? KeyCheckResult.Disabled : KeyCheckResult.Permitted;
        }

        return KeyCheckResult.Missing;
    }

    /// <summary>cr.itir for a translation fault on an address of the region whose region
    /// register is <paramref name="rr"/>: its region ID as the key and its preferred page size
    /// (SDM Vol. 2 3.3.5.5; Ski).</summary>
    public static ulong FaultItir(ulong rr) => (((rr >> 8) & 0xFF_FFFF) << 8) | (((rr >> 2) & 0x3F) << 2);

    /// <summary>thash (SDM Vol. 2 4.1.5.3, Vol. 3 thash): the VHPT address of
    /// <paramref name="va"/> for cr.pta = <paramref name="pta"/> and the region register of
    /// va's region <paramref name="rr"/>. Short format: in va's region, the table at pta.base of
    /// 2^pta.size bytes indexed by the virtual page number (8-byte entries). Long format: in
    /// pta's region, indexed by the implementation's hash of page number and region ID (32-byte
    /// entries) — this machine's hash is Ski's, vpn XOR rid.</summary>
    public static ulong Thash(ulong va, ulong pta, ulong rr)
    {
        int size = (int)(pta >> 2) & 0x3F;
        ulong mask = ((size >= 64 ? ulong.MaxValue : (1UL << size) - 1) >> 15) & ((1UL << 46) - 1);
        ulong hpn = (va & OffsetInRegion) >> (int)((rr >> 2) & 0x3F);
        ulong offset, region;
        if ((pta & (1UL << 8)) != 0)
        {
            offset = (hpn ^ ((rr >> 8) & 0xFF_FFFF)) << 5;
            region = pta >> 61;
        }
        else
        {
            offset = hpn << 3;
            region = va >> 61;
        }

        ulong baseField = (pta >> 15) & ((1UL << 46) - 1);
        ulong hashed = (baseField & ~mask) | ((offset >> 15) & ((1UL << 46) - 1) & mask);
        return (region << 61) | (hashed << 15) | (offset & 0x7FFF);
    }

    /// <summary>The translation a VHPT entry gives the walker for <paramref name="va"/> (SDM Vol.
    /// 2 4.1.5.2–4.1.5.4; Ski's vhptRd): <paramref name="entry"/> holds the 8 bytes of a short-format
    /// entry (the PTE; page size and key come from the region register <paramref name="rr"/>) or
    /// the 32 of a long-format one (PTE, ITIR, tag, chain), read in cr.dcr.be byte order. False
    /// when the entry cannot be used: a long-format tag other than ttag(va), or reserved fields.</summary>
    public static bool TryDecodeVhptEntry(ReadOnlySpan<byte> entry, bool longFormat, bool bigEndian, ulong va, ulong rr, out ulong pte, out ulong itir)
    {
        pte = Word(entry, bigEndian);
        if (longFormat)
        {
            itir = Word(entry[8..], bigEndian);
            if (Word(entry[16..], bigEndian) != Ttag(va, rr))
            {
                return false;
            }
        }
        else
        {
            itir = FaultItir(rr) & 0xFFFF_FFFCUL;
        }

        return !IsReservedInsert(pte, itir);
    }

    private static ulong Word(ReadOnlySpan<byte> bytes, bool bigEndian) =>
        bigEndian ? System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes) : System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes);

    /// <summary>ttag (Vol. 3 ttag): the long-format tag of <paramref name="va"/> for the region
    /// register <paramref name="rr"/> of its region — Ski's: the virtual page number XOR the
    /// region ID shifted to bit 39.</summary>
    public static ulong Ttag(ulong va, ulong rr) =>
        ((va & OffsetInRegion) >> (int)((rr >> 2) & 0x3F)) ^ (((rr >> 8) & 0xFF_FFFF) << 39);
}

/// <summary>The outcome of a protection key check (<see cref="TranslationRules.CheckKey"/>).</summary>
public enum KeyCheckResult
{
    /// <summary>A valid PKR holds the key and admits the reference.</summary>
    Permitted,

    /// <summary>A valid PKR holds the key, but its disable bit for the reference is set (a Key
    /// Permission fault, or no answer for probe).</summary>
    Disabled,

    /// <summary>No valid PKR holds the key (a Key Miss fault).</summary>
    Missing,
}
