namespace PatchVmm.Vmm.Patching;

/// <summary>The patch sites of a guest, indexed by their <c>break</c> immediate (immediate −
/// <see cref="BreakBase"/>) or their trampoline address. Grows as code is patched; lookups
/// are an index and a bounds check.</summary>
public sealed class SiteTable
{
    private PatchSite[] _sites = new PatchSite[64];

    /// <summary>The sites by place (bundle address | slot): a <c>break.b</c> patch delivers
    /// cr.iim = 0 (SDM Vol. 3 break: b_unit_form ignores imm21), so its site is found by where
    /// the fault happened.</summary>
    private readonly Dictionary<ulong, int> _byPlace = [];

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
        _byPlace[site.BundleAddress | site.Slot] = Count;
        return Count++;
    }

    /// <summary>The site a <c>break</c> immediate (cr.iim) names, or false.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool TryFind(ulong immediate, out int index)
    {
        ulong i = immediate - BreakBase;
        index = (int)i;
        return i < (ulong)Count;
    }

    /// <summary>The site patched at bundle <paramref name="bundleAddress"/>, slot
    /// <paramref name="slot"/>, or false (for <c>break.b</c>, whose cr.iim is 0).</summary>
    public bool TryFindAt(ulong bundleAddress, int slot, out int index) =>
        _byPlace.TryGetValue(bundleAddress | (uint)slot, out index);

    /// <summary>The site whose trampoline is <paramref name="address"/>, or false.</summary>
    public bool TryFindTrampoline(ulong address, out int index)
    {
        ulong offset = address - TrampolineBase;
        ulong i = offset >> 4;
        index = (int)i;
        return (offset & 0xF) == 0 && i < (ulong)Count;
    }

    /// <summary>Forgets every site (the guest's code was reloaded): immediates are handed out from the start again.</summary>
    public void Clear()
    {
        Count = 0;
        _byPlace.Clear();
    }

    /// <summary>Retires site <paramref name="index"/> (its bits were restored): its immediate and
    /// trampoline no longer lead to a routine.</summary>
    internal void Retire(int index)
    {
        ref readonly var s = ref _sites[index];
        _sites[index] = new PatchSite(s.BundleAddress, s.Slot, -1, s.Qp, s.Form, s.Original, s.OriginalL, s.Operand0, s.Operand1, s.Operand2, s.Operand3);
    }
}
