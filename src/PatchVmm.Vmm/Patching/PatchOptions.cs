namespace PatchVmm.Vmm.Patching;

/// <summary>Which patch a run writes (DESIGN.md §1).</summary>
public enum PatchStyle
{
    /// <summary>The <c>break</c> of the slot's unit, its immediate identifying the site.</summary>
    Break,

    /// <summary>A branch to the site's trampoline where the slot can hold one (B slots:
    /// <c>br.cond</c> within reach; the MLX X slot: <c>brl.cond</c>); <c>break</c> elsewhere.</summary>
    Branch,
}

/// <summary>How the patcher patches: the VMM-reserved <c>break</c> range, the patch style, the
/// trampoline area of the branch form, and which templates to apply.</summary>
public sealed class PatchOptions
{
    /// <summary>The first immediate of the VMM's range. The default range, 0x140000–0x17ffff,
    /// is clear of Ski's firmware (0x80000, 0x80001) and of Linux/ia64 (asm/break.h: 0 and the
    /// debuggers' 0x80100, 0x81000–0x81fff, 0x82000; system calls 0x100000).</summary>
    public uint BreakBase { get; init; } = 0x140000;

    /// <summary>How many immediates the range holds (one site each).</summary>
    public int BreakCount { get; init; } = 0x40000;

    public PatchStyle Style { get; init; } = PatchStyle.Break;

    /// <summary>Branch form: the address of site 0's trampoline bundle; site i's is this + 16 × i.</summary>
    public ulong TrampolineBase { get; init; } = 0xE000_0000_0000_0000;

    /// <summary>Template names to patch; null patches those on the sensitive list (<see cref="CatalogEntry.Listed"/>).</summary>
    public IReadOnlySet<string>? Selection { get; init; }

    /// <summary>Immediates guests and firmware use (Ski, Linux/ia64): the range must avoid them.</summary>
    public static ReadOnlySpan<uint> GuestImmediates => [0, 0x80000, 0x80001, 0x80100, 0x82000, 0x100000];

    /// <summary>Checks the range: inside the 21-bit immediate, clear of every
    /// <see cref="GuestImmediates"/> value and of Linux's kprobe block 0x81000–0x81fff.</summary>
    public void Validate()
    {
        if (BreakCount <= 0 || BreakBase + (ulong)BreakCount > 0x200000)
        {
            throw new ArgumentOutOfRangeException(nameof(BreakCount), $"the break range 0x{BreakBase:x}+{BreakCount} must lie inside the 21-bit immediate (0..0x1fffff)");
        }

        ulong end = BreakBase + (ulong)BreakCount;
        foreach (uint g in GuestImmediates)
        {
            if (g >= BreakBase && g < end)
            {
                throw new ArgumentOutOfRangeException(nameof(BreakBase), $"the break range 0x{BreakBase:x}-0x{end - 1:x} holds 0x{g:x}, which guests or firmware use");
            }
        }

        if (BreakBase < 0x82000 && end > 0x81000)
        {
            throw new ArgumentOutOfRangeException(nameof(BreakBase), $"the break range 0x{BreakBase:x}-0x{end - 1:x} overlaps Linux's kprobe breaks 0x81000-0x81fff");
        }

        if ((TrampolineBase & 0xF) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(TrampolineBase), "trampolines are bundles: the base must be 16-byte aligned");
        }
    }
}
