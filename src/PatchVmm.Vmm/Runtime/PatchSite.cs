namespace PatchVmm.Vmm;

/// <summary>One patched instruction (DESIGN.md §3): where it is, the routine that emulates it,
/// its operands decoded once at patch time, and the original bits that unpatching restores.
/// 64 bytes, stored by value in the site table.</summary>
public readonly struct PatchSite
{
    public PatchSite(ulong bundleAddress, int slot, int routine, int qp, PatchForm form, ulong original, ulong originalL,
        ulong operand0, ulong operand1, ulong operand2, ulong operand3)
    {
        BundleAddress = bundleAddress;
        Slot = (byte)slot;
        Form = form;
        Qp = (byte)qp;
        Routine = routine;
        Original = original;
        OriginalL = originalL;
        Operand0 = operand0;
        Operand1 = operand1;
        Operand2 = operand2;
        Operand3 = operand3;
    }

    /// <summary>Address of the bundle holding the patch.</summary>
    public ulong BundleAddress { get; }

    /// <summary>Slot of the patched instruction (2 for an X-unit instruction, whose L part is slot 1).</summary>
    public byte Slot { get; }

    /// <summary>The qualifying predicate of the original instruction (0 when it has none).</summary>
    public byte Qp { get; }

    /// <summary>The patch written at the site.</summary>
    public PatchForm Form { get; }

    /// <summary>Routine index in the table.</summary>
    public int Routine { get; }

    /// <summary>The original 41 bits of the slot.</summary>
    public ulong Original { get; }

    /// <summary>The original 41 bits of slot 1 (the L part) when the instruction is X-unit, else 0.</summary>
    public ulong OriginalL { get; }

    /// <summary>Pre-decoded raw operand values, in the row's operand order.</summary>
    public ulong Operand0 { get; }

    public ulong Operand1 { get; }

    public ulong Operand2 { get; }

    public ulong Operand3 { get; }

    /// <summary>The most operands a template's row may have.</summary>
    public const int MaxOperands = 4;

    public ulong Operand(int index) => index switch
    {
        0 => Operand0,
        1 => Operand1,
        2 => Operand2,
        3 => Operand3,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "a site holds operands 0..3"),
    };
}
