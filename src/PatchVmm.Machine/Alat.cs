using System.Runtime.CompilerServices;

namespace PatchVmm.Machine;

/// <summary>The Advanced Load Address Table (SDM Vol. 1 4.4.5; Vol. 3 pages ld, ldf, ldfp, chk,
/// invala): the record of advanced loads that data speculation checks. Organised as Ski's ALAT
/// when Ski runs with <c>-alat</c>: 32 entries in 16 sets of 2 ways, an entry named by its
/// target register — a GR or an FR, by physical register number (logical r0–r31 as
/// themselves, stacked and rotating registers through the rename maps) — and holding the
/// address and size the load accessed. The set is the physical register number mod 16.
/// <list type="bullet">
/// <item>An advanced load (ld.a, ld.sa, ldf.a, ldfp.a, …) first drops its register's entry,
/// then, when it was not deferred, allocates one: the first free way of the set, else a
/// victim. Ski picks the victim at random (<c>random()</c>, seeded with the time of day), which
/// no program may depend on; this ALAT replaces the ways of a full set in turn, so a run
/// is deterministic.</item>
/// <item>ld.c.nc that misses reloads and allocates; ld.c.clr that misses reloads and does not;
/// a hit of ld.c.clr or chk.a.clr drops the entry.</item>
/// <item>Every store, semaphore and 16-byte store drops every entry whose bytes overlap
/// the bytes written (cmpxchg does even when it does not write, as Ski does).</item>
/// <item>invala drops all entries, invala.e one register's.</item>
/// </list>
/// Keys (<see cref="Cpu.AlatGr"/>, <see cref="Cpu.AlatFr"/>) are never 0, so 0 marks a free way.</summary>
internal sealed class Alat
{
    public const int Sets = 16, Ways = 2;

    private readonly int[] _key = new int[Sets * Ways];
    private readonly ulong[] _first = new ulong[Sets * Ways];
    private readonly ulong[] _last = new ulong[Sets * Ways];
    private readonly byte[] _nextVictim = new byte[Sets];

    /// <summary>Valid entries: stores skip the search when there are none.</summary>
    private int _valid;

    /// <summary>Valid entries, for tests.</summary>
    public int Count => _valid;

    /// <summary>Records an advanced load of <paramref name="size"/> bytes at
    /// <paramref name="address"/> into the register <paramref name="key"/> names, replacing
    /// the register's entry when it has one.</summary>
    public void Allocate(int key, ulong address, int size)
    {
        int way = Find(key);
        if (way < 0)
        {
            int set = (key & (Sets - 1)) * Ways;
            if (_key[set] == 0)
            {
                way = set;
            }
            else if (_key[set + 1] == 0)
            {
                way = set + 1;
            }
            else
            {
                way = set + _nextVictim[key & (Sets - 1)];
                _nextVictim[key & (Sets - 1)] ^= 1;
                _valid--;
            }

            _valid++;
        }

        _key[way] = key;
        _first[way] = address;
        _last[way] = address + (ulong)size - 1;
    }

    /// <summary>True when the register has an entry (chk.a, ld.c); <paramref name="clear"/>
    /// drops the entry found.</summary>
    public bool Check(int key, bool clear)
    {
        int way = Find(key);
        if (way < 0)
        {
            return false;
        }

        if (clear)
        {
            Drop(way);
        }

        return true;
    }

    /// <summary>Drops the register's entry, if any (invala.e, and every advanced load first).</summary>
    public void Invalidate(int key)
    {
        int way = Find(key);
        if (way >= 0)
        {
            Drop(way);
        }
    }

    public void InvalidateAll()
    {
        Array.Clear(_key);
        _valid = 0;
    }

    /// <summary>A store of <paramref name="size"/> bytes at <paramref name="address"/>: drops
    /// every entry whose bytes overlap them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(ulong address, int size)
    {
        if (_valid != 0)
        {
            StoreSlow(address, address + (ulong)size - 1);
        }
    }

    private void StoreSlow(ulong first, ulong last)
    {
        for (int i = 0; i < Sets * Ways; i++)
        {
            if (_key[i] != 0 && _first[i] <= last && first <= _last[i])
            {
                Drop(i);
            }
        }
    }

    private int Find(int key)
    {
        int set = (key & (Sets - 1)) * Ways;
        return _key[set] == key ? set : _key[set + 1] == key ? set + 1 : -1;
    }

    private void Drop(int way)
    {
        _key[way] = 0;
        _valid--;
    }
}
