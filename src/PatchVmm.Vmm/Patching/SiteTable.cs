namespace PatchVmm.Vmm.Patching;

/// <summary>The patch sites of a guest, indexed by their <c>break</c> immediate (immediate −
/// <see cref="BreakBase"/>) or their trampoline address. Grows as code is patched; lookups
/// are an index and a bounds check.</summary>
public sealed class SiteTable
{
    private PatchSite[] _sites = new PatchSite[64];

    public SiteTable(PatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        BreakBase = options.BreakBase;
        Capacity = options.BreakCount;
        TrampolineBase = options.TrampolineBase;
    }

    public uint BreakBase { get; }

    /// <summary>The most sites the range identifies.</summary>
    public int Capacity { get; }

    public ulong TrampolineBase { get; }

    public int Count { get; private set; }

    public ref readonly PatchSite this[int index] => ref _sites.AsSpan(0, Count)[index];

    /// <summary>The sites, in the order they were recorded.</summary>
    public ReadOnlySpan<PatchSite> Sites => _sites.AsSpan(0, Count);

    /// <summary>The <c>break</c> immediate of site <paramref name="index"/>.</summary>
    public uint Immediate(int index) => BreakBase + (uint)index;

    /// <summary>The trampoline bundle of site <paramref name="index"/> (branch form).</summary>
    public ulong Trampoline(int index) => TrampolineBase + ((ulong)index * 16);

    internal int Add(in PatchSite site)
    {
        if (Count == Capacity)
        {
            throw new InvalidOperationException($"the break range holds {Capacity} sites and all are used");
        }

        if (Count == _sites.Length)
        {
            Array.Resize(ref _sites, Math.Min(_sites.Length * 2, Capacity));
        }

        _sites[Count] = site;
        return Count++;
    }

    /// <summary>The site a <c>break</c> immediate names, by reference, or false. For
    /// <c>break.x</c>, cr.iim holds the SDM's imm62 (i at bit 61) or objdump's order (i at
    /// bit 20); both name the same 21-bit id when the L slot is 0, as the patch writes it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool TryFind(ulong immediate, out int index)
    {
        ulong id = (immediate >> 61) == 1 && (immediate & 0x1FFF_FFFF_FFF0_0000) == 0 ? (1UL << 20) | (immediate & 0xFFFFF) : immediate;
        ulong i = id - BreakBase;
        index = (int)i;
        return i < (ulong)Count;
    }

    /// <summary>The site whose trampoline is <paramref name="address"/>, or false.</summary>
    public bool TryFindTrampoline(ulong address, out int index)
    {
        ulong offset = address - TrampolineBase;
        ulong i = offset >> 4;
        index = (int)i;
        return (offset & 0xF) == 0 && i < (ulong)Count;
    }

    /// <summary>Forgets every site (the guest's code was reloaded): immediates are handed out from the start again.</summary>
    public void Clear() => Count = 0;

    /// <summary>Retires site <paramref name="index"/> (its bits were restored): its immediate and
    /// trampoline no longer lead to a routine.</summary>
    internal void Retire(int index)
    {
        ref readonly var s = ref _sites[index];
        _sites[index] = new PatchSite(s.BundleAddress, s.Slot, -1, s.Qp, s.Form, s.Original, s.OriginalL, s.Operand0, s.Operand1, s.Operand2, s.Operand3);
    }
}
