namespace PatchVmm.Vmm;

/// <summary>The guest's TLB as the guest sees it (SDM Vol. 2 4.1): translation registers
/// (16 instruction, 16 data, as Ski has) inserted by <c>itr</c> and purged by <c>ptr</c>, and
/// translation caches (128 each, replaced in turn) inserted by <c>itc</c> and purged by
/// <c>ptc</c>. Lookups search the registers, then the caches.</summary>
public sealed class VirtualTlb
{
    public const int TranslationRegisters = 16;
    public const int CacheEntries = 128;

    /// <summary>Implemented virtual-address bits: all 61 of the region offset (Ski's default).</summary>
    internal const ulong VpnMask = (1UL << 61) - 1;

    private readonly Slot[] _itr = new Slot[TranslationRegisters], _dtr = new Slot[TranslationRegisters];
    private readonly Slot[] _itc = new Slot[CacheEntries], _dtc = new Slot[CacheEntries];
    private int _nextItc, _nextDtc;

    private struct Slot
    {
        public bool Valid;
        public TranslationEntry Entry;
    }

    /// <summary>Inserts into the instruction or data translation cache; overlapping cache
    /// entries of that side are purged first (SDM Vol. 3 itc).</summary>
    public void InsertCache(bool instruction, in TranslationEntry entry)
    {
        var tc = instruction ? _itc : _dtc;
        Purge(tc, entry.Address, entry.PageSize, entry.Rid);
        ref int next = ref instruction ? ref _nextItc : ref _nextDtc;
        tc[next] = new Slot { Valid = true, Entry = entry };
        next = (next + 1) % CacheEntries;
    }

    /// <summary>Writes translation register <paramref name="index"/>; overlapping cache entries
    /// of that side are purged (SDM Vol. 3 itr).</summary>
    public void InsertRegister(bool instruction, int index, in TranslationEntry entry)
    {
        Purge(instruction ? _itc : _dtc, entry.Address, entry.PageSize, entry.Rid);
        (instruction ? _itr : _dtr)[index] = new Slot { Valid = true, Entry = entry };
    }

    /// <summary><c>ptc.l</c>/<c>ptc.g</c>/<c>ptc.ga</c>: the cache entries of both sides that overlap the page.</summary>
    public void PurgeCaches(ulong address, int pageSize, uint rid)
    {
        Purge(_itc, address, pageSize, rid);
        Purge(_dtc, address, pageSize, rid);
    }

    /// <summary><c>ptr.i</c>/<c>ptr.d</c>: the registers of one side, and the cache entries of
    /// that side, that overlap the page.</summary>
    public void PurgeRegisters(bool instruction, ulong address, int pageSize, uint rid)
    {
        Purge(instruction ? _itr : _dtr, address, pageSize, rid);
        Purge(instruction ? _itc : _dtc, address, pageSize, rid);
    }

    /// <summary><c>ptc.e</c>: every cache entry (this model has one purge loop of one step).</summary>
    public void PurgeAllCaches()
    {
        Array.Clear(_itc);
        Array.Clear(_dtc);
    }

    /// <summary>The translation of <paramref name="address"/> in region id <paramref name="rid"/>, registers first.</summary>
    public bool TryLookup(bool instruction, ulong address, uint rid, out TranslationEntry entry)
    {
        return Find(instruction ? _itr : _dtr, address, rid, out entry) || Find(instruction ? _itc : _dtc, address, rid, out entry);
    }

    /// <summary>Translation register <paramref name="index"/>, if valid.</summary>
    public bool TryGetRegister(bool instruction, int index, out TranslationEntry entry)
    {
        var s = (instruction ? _itr : _dtr)[index];
        entry = s.Entry;
        return s.Valid;
    }

    /// <summary>Valid translation cache entries of one side.</summary>
    public int CacheCount(bool instruction) => (instruction ? _itc : _dtc).Count(s => s.Valid);

    private static bool Find(Slot[] slots, ulong address, uint rid, out TranslationEntry entry)
    {
        foreach (ref readonly var s in slots.AsSpan())
        {
            if (s.Valid && s.Entry.Covers(address, rid))
            {
                entry = s.Entry;
                return true;
            }
        }

        entry = default;
        return false;
    }

    private static void Purge(Slot[] slots, ulong address, int pageSize, uint rid)
    {
        foreach (ref var s in slots.AsSpan())
        {
            if (s.Valid && s.Entry.Overlaps(address, pageSize, rid))
            {
                s = default;
            }
        }
    }
}
