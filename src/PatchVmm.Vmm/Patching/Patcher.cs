using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using PatchVmm.Ia64;

namespace PatchVmm.Vmm.Patching;

/// <summary>Replaces sensitive instructions by emulation patches (DESIGN.md §3, load time):
/// walks code bundle by bundle, matches every slot against the catalog of
/// <typeparamref name="TTable"/> (mask/value, bucketed by unit and major opcode, most specific
/// template first), and for a selected template in an allowed slot records the site and
/// writes the patch — read–modify–write of that slot only, qualifying predicate kept.
/// Nothing is allocated per bundle.</summary>
public sealed class Patcher<TTable>
    where TTable : IEmulationTable
{
    private const int Buckets = 8 * 16;

    private static readonly PatchEncoder Encoder = new(IsaTable.Default);

    // Candidates grouped by (slot unit, major opcode): _starts[b].._starts[b + 1].
    private readonly Candidate[] _candidates;
    private readonly int[] _starts = new int[Buckets + 1];
    private readonly CatalogEntry[] _entries;

    private readonly record struct Candidate(ulong Mask, ulong Value, ulong LMask, ulong LValue, int Entry, bool Selected);

    public Patcher(PatchOptions? options = null)
    {
        Options = options ?? new PatchOptions();
        Options.Validate();
        var catalog = TTable.Catalog;
        _entries = [.. catalog.Entries];
        foreach (string name in Options.Selection ?? (IEnumerable<string>)[])
        {
            if (catalog.Find(name) is null)
            {
                throw new ArgumentException($"no template is named '{name}'", nameof(options));
            }
        }

        var lists = new List<Candidate>[Buckets];
        for (int i = 0; i < Buckets; i++)
        {
            lists[i] = [];
        }

        // Most fixed bits first: the first match is the most specific template.
        var order = Enumerable.Range(0, _entries.Length)
            .OrderByDescending(i => System.Numerics.BitOperations.PopCount(_entries[i].Mask) + System.Numerics.BitOperations.PopCount(_entries[i].LMask))
            .ThenBy(i => i);
        foreach (int i in order)
        {
            var e = _entries[i];
            bool selected = Options.Selection?.Contains(e.Name) ?? e.Listed;
            var c = new Candidate(e.Mask, e.Value, e.LMask, e.LValue, i, selected);
            foreach (Unit slotUnit in e.Unit == Unit.A ? [Unit.M, Unit.I] : (Unit[])[e.Unit])
            {
                // A template that fixes the major opcode (bits 40:37) sits in one bucket, others in all.
                for (int major = 0; major < 16; major++)
                {
                    if ((e.Mask >> 37 & 0xF) != 0xF || (int)(e.Value >> 37 & 0xF) == major)
                    {
                        lists[((int)slotUnit * 16) + major].Add(c);
                    }
                }
            }
        }

        var all = new List<Candidate>();
        for (int b = 0; b < Buckets; b++)
        {
            _starts[b] = all.Count;
            all.AddRange(lists[b]);
        }

        _starts[Buckets] = all.Count;
        _candidates = [.. all];
    }

    public PatchOptions Options { get; }

    /// <summary>Patches every selected sensitive instruction of <paramref name="code"/> (bundles
    /// from guest address <paramref name="baseAddress"/>, 16-byte aligned; a partial bundle at
    /// the end is left alone) in place and records the sites in <paramref name="sites"/>.
    /// Returns the number of sites added.</summary>
    public int Patch(Span<byte> code, ulong baseAddress, SiteTable sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        if ((baseAddress & 0xF) != 0)
        {
            throw new ArgumentException($"0x{baseAddress:x} is not a bundle address", nameof(baseAddress));
        }

        int before = sites.Count;
        for (int off = 0; off + Bundle.Size <= code.Length; off += Bundle.Size)
        {
            PatchBundle(code.Slice(off, Bundle.Size), baseAddress + (ulong)off, sites);
        }

        return sites.Count - before;
    }

    /// <summary>The catalog entry the slot's instruction is, or -1 (most specific template first).</summary>
    public int Match(Unit slotUnit, ulong bits, ulong lbits)
    {
        int b = ((int)slotUnit * 16) + (int)(bits >> 37);
        var candidates = _candidates;
        for (int i = _starts[b], end = _starts[b + 1]; i < end; i++)
        {
            ref readonly var c = ref candidates[i];
            if ((bits & c.Mask) == c.Value && (lbits & c.LMask) == c.LValue)
            {
                return c.Entry;
            }
        }

        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void PatchBundle(Span<byte> bytes, ulong address, SiteTable sites)
    {
        ulong lo = BinaryPrimitives.ReadUInt64LittleEndian(bytes), hi = BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]);
        var units = SlotUnits.Of((int)(lo & 0x1F));
        if (units.S0 == Unit.None)
        {
            return;
        }

        ulong s0 = (lo >> 5) & Bundle.SlotMask, s1 = ((lo >> 46) | (hi << 18)) & Bundle.SlotMask, s2 = hi >> 23;
        bool changed = TrySlot(units.S0, 0, s0, 0, address, ref lo, ref hi, sites);
        if (units.S1 != Unit.L)
        {
            changed |= TrySlot(units.S1, 1, s1, 0, address, ref lo, ref hi, sites);
        }

        changed |= TrySlot(units.S2, 2, s2, units.S1 == Unit.L ? s1 : 0, address, ref lo, ref hi, sites);
        if (changed)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes, lo);
            BinaryPrimitives.WriteUInt64LittleEndian(bytes[8..], hi);
        }
    }

    private bool TrySlot(Unit unit, int slot, ulong bits, ulong lbits, ulong address, ref ulong lo, ref ulong hi, SiteTable sites)
    {
        int b = ((int)unit * 16) + (int)(bits >> 37);
        if (_starts[b] == _starts[b + 1])
        {
            return false; // no template can match: the common case
        }

        int e = -1;
        bool selected = false;
        for (int i = _starts[b], end = _starts[b + 1]; i < end; i++)
        {
            ref readonly var c = ref _candidates[i];
            if ((bits & c.Mask) == c.Value && (lbits & c.LMask) == c.LValue)
            {
                e = c.Entry;
                selected = c.Selected;
                break;
            }
        }

        if (e < 0 || !selected)
        {
            return false;
        }

        var entry = _entries[e];
        int routine = entry.RoutineBySlot[slot];
        if (routine < 0)
        {
            return false; // the template excludes this slot
        }

        int qp = entry.HasQp ? (int)(bits & 0x3F) : 0;
        Span<ulong> ops = stackalloc ulong[PatchSite.MaxOperands];
        for (int i = 0; i < entry.Operands.Length; i++)
        {
            ops[i] = entry.Operands[i].Read(bits, lbits);
        }

        int index = sites.Count;
        var form = BreakForm(unit);
        ulong patch, patchL;
        if (Options.Style == PatchStyle.Branch && unit is Unit.B or Unit.X
            && Encoder.TryBranch(unit == Unit.B ? PatchForm.BranchB : PatchForm.BranchX, address, sites.Trampoline(index), qp, out patch, out patchL))
        {
            form = unit == Unit.B ? PatchForm.BranchB : PatchForm.BranchX;
        }
        else
        {
            patch = Encoder.Break(form, sites.Immediate(index), qp, out patchL);
        }

        sites.Add(new PatchSite(address, slot, routine, qp, form, bits, unit == Unit.X ? lbits : 0, ops[0], ops[1], ops[2], ops[3]));
        var bundle = new Bundle(lo, hi).WithSlot(slot, patch);
        if (unit == Unit.X)
        {
            bundle = bundle.WithSlot(1, patchL);
        }

        lo = bundle.Lo;
        hi = bundle.Hi;
        return true;
    }

    /// <summary>Restores the original bits of every site of <paramref name="sites"/> inside
    /// <paramref name="code"/> (loaded at <paramref name="baseAddress"/>) and retires those
    /// sites: their immediates are no longer this VMM's.</summary>
    public static int Unpatch(Span<byte> code, ulong baseAddress, SiteTable sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        int restored = 0;
        for (int i = 0; i < sites.Count; i++)
        {
            ref readonly var s = ref sites[i];
            ulong offset = s.BundleAddress - baseAddress;
            if (s.Routine < 0 || s.BundleAddress < baseAddress || offset + Bundle.Size > (ulong)code.Length)
            {
                continue;
            }

            var bytes = code.Slice((int)offset, Bundle.Size);
            var bundle = Bundle.Read(bytes).WithSlot(s.Slot, s.Original);
            if (s.Form is PatchForm.BreakX or PatchForm.BranchX)
            {
                bundle = bundle.WithSlot(1, s.OriginalL);
            }

            bundle.Write(bytes);
            sites.Retire(i);
            restored++;
        }

        return restored;
    }

    private static PatchForm BreakForm(Unit unit) => unit switch
    {
        Unit.M => PatchForm.BreakM,
        Unit.I => PatchForm.BreakI,
        Unit.B => PatchForm.BreakB,
        Unit.F => PatchForm.BreakF,
        _ => PatchForm.BreakX,
    };
}

/// <summary>The unit of each slot per bundle template code (None for reserved templates; L
/// for slot 1 of MLX, whose slot 2 is X).</summary>
internal static class SlotUnits
{
    private static readonly (Unit S0, Unit S1, Unit S2)[] Table = Build();

    public static (Unit S0, Unit S1, Unit S2) Of(int code) => Table[code];

    private static (Unit, Unit, Unit)[] Build()
    {
        var t = new (Unit, Unit, Unit)[32];
        for (int c = 0; c < 32; c++)
        {
            var bt = BundleTemplate.Get(c);
            t[c] = bt.IsReserved ? (Unit.None, Unit.None, Unit.None) : (bt.SlotUnit(0), bt.SlotUnit(1), bt.SlotUnit(2));
        }

        return t;
    }
}
