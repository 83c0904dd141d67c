namespace PatchVmm.Machine.Translation;

/// <summary>One translation lookaside buffer, instruction or data (SDM Vol. 2 4.1.1): the
/// translation registers, which software fills and purges by slot (itr, ptr), and the
/// translation cache, which the processor fills (itc, the VHPT walker) and may drop entries
/// of at will. Sizes as Ski's: 16 TRs and 128 TCs. A TC insert replaces the entry that
/// overlaps the new page (dropping any other overlap), else the lowest free entry, else the
/// entries in turn — deterministic, which is all an implementation owes software.</summary>
internal sealed class Tlb
{
    public const int TranslationRegisters = 16;
    public const int CacheEntries = 128;

    /// <summary>Virtual address bits 60:0: everything but the region number.</summary>
    public const ulong OffsetInRegion = (1UL << 61) - 1;

    // Memory attributes (SDM Vol. 2 Table 4-10); 1–3 are reserved.
    public const byte MaWb = 0, MaUc = 4, MaUce = 5, MaWc = 6, MaNaTPage = 7;

    public readonly TlbEntry[] Registers = new TlbEntry[TranslationRegisters];
    public readonly TlbEntry[] Cache = new TlbEntry[CacheEntries];
    private int _nextVictim;

    /// <summary>The entry translating <paramref name="va"/> in region <paramref name="rid"/>, or -1:
    /// TC entries are 0..127, TRs 128 and up (<see cref="Entry"/>).</summary>
    public int Find(ulong va, uint rid)
    {
        for (int i = 0; i < CacheEntries; i++)
        {
            if (Cache[i].Matches(va, rid))
            {
                return i;
            }
        }

        for (int i = 0; i < TranslationRegisters; i++)
        {
            if (Registers[i].Matches(va, rid))
            {
                return CacheEntries + i;
            }
        }

        return -1;
    }

    public ref TlbEntry Entry(int index) => ref index < CacheEntries ? ref Cache[index] : ref Registers[index - CacheEntries];

    /// <summary>True when a translation register overlaps the page (an insert or purge that
    /// overlaps a TR is a machine check, SDM Vol. 2 4.1.1.1–4.1.1.2).</summary>
    public bool RegisterOverlaps(ulong va, int ps, uint rid)
    {
        foreach (ref readonly var e in Registers.AsSpan())
        {
            if (e.Overlaps(va, ps, rid))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Inserts into the translation cache; returns the entry index.</summary>
    public int InsertCache(in TlbEntry entry)
    {
        int target = -1;
        for (int i = 0; i < CacheEntries; i++)
        {
            if (Cache[i].Overlaps(entry.Vpn, entry.PageSize, entry.Rid))
            {
                if (target < 0)
                {
                    target = i;
                }
                else
                {
                    Cache[i].Valid = false;
                }
            }
        }

        if (target < 0)
        {
            for (int i = 0; i < CacheEntries && target < 0; i++)
            {
                if (!Cache[i].Valid)
                {
                    target = i;
                }
            }
        }

        if (target < 0)
        {
            target = _nextVictim;
            _nextVictim = (_nextVictim + 1) % CacheEntries;
        }

        Cache[target] = entry;
        return target;
    }

    /// <summary>itr: fills translation register <paramref name="slot"/> and drops the cache
    /// entries it overlaps.</summary>
    public void InsertRegister(int slot, in TlbEntry entry)
    {
        PurgeCache(entry.Vpn, entry.PageSize, entry.Rid);
        Registers[slot] = entry;
    }

    /// <summary>Drops the translation cache entries that overlap the range.</summary>
    public void PurgeCache(ulong va, int ps, uint rid) => Purge(Cache, va, ps, rid);

    /// <summary>ptr: drops the translation registers that overlap the range.</summary>
    public void PurgeRegisters(ulong va, int ps, uint rid) => Purge(Registers, va, ps, rid);

    private static void Purge(Span<TlbEntry> entries, ulong va, int ps, uint rid)
    {
        foreach (ref var e in entries)
        {
            if (e.Overlaps(va, ps, rid))
            {
                e.Valid = false;
            }
        }
    }

    /// <summary>ptc.e: this machine's translation cache is one set, so one ptc.e empties it.</summary>
    public void PurgeAllCache()
    {
        Array.Clear(Cache);
        _nextVictim = 0;
    }
}
