namespace PatchVmm.Vmm;

/// <summary>What an emulation routine asks of its caller.</summary>
public enum RoutineAction : byte
{
    /// <summary>The immediate is not a site of this VMM at the faulting ip/slot: reflect the
    /// Break Instruction fault to the guest untouched (DESIGN.md §7).</summary>
    NotOurs,

    /// <summary>Continue the guest at <see cref="RoutineResult.Ip"/>/<see cref="RoutineResult.Slot"/>:
    /// the next instruction (the slot is baked into each routine), or where the routine branched.</summary>
    Resume,

    /// <summary>Deliver <see cref="RoutineResult.Fault"/> to the guest, as the original
    /// instruction would have raised it, at the patched instruction.</summary>
    Fault,
}

/// <summary>The outcome of one emulation routine: 16 bytes, so it comes back in two registers
/// (no allocation, no copy through memory). The first word is the resume bundle or the fault's
/// address; the second packs the action (bits 1:0), the slot (3:2), the fault's vector / 0x100
/// (10:4) and its cr.isr bits 52:0 (63:11).</summary>
public readonly struct RoutineResult : IEquatable<RoutineResult>
{
    private const ulong IsrBits = (1UL << 53) - 1;

    private readonly ulong _address;
    private readonly ulong _packed;

    private RoutineResult(ulong address, ulong packed)
    {
        _address = address;
        _packed = packed;
    }

    public RoutineAction Action => (RoutineAction)(_packed & 3);

    /// <summary>Bundle address to continue at (<see cref="RoutineAction.Resume"/>; otherwise 0).</summary>
    public ulong Ip => Action == RoutineAction.Resume ? _address : 0;

    /// <summary>Slot to continue at (<see cref="RoutineAction.Resume"/>).</summary>
    public byte Slot => (byte)((_packed >> 2) & 3);

    /// <summary>The fault to raise (<see cref="RoutineAction.Fault"/>; otherwise default).</summary>
    public GuestFault Fault => Action == RoutineAction.Fault
        ? new GuestFault((int)((_packed >> 4) & 0x7F) << 8, _packed >> 11, _address)
        : default;

    public static RoutineResult NotOurs => default;

    /// <summary>Continue at bundle <paramref name="ip"/>, slot <paramref name="slot"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static RoutineResult Resume(ulong ip, int slot) => new(ip, (ulong)RoutineAction.Resume | ((ulong)(slot & 3) << 2));

    /// <summary>The instruction after slot <paramref name="slot"/> of bundle <paramref name="bundle"/>:
    /// the next slot, or slot 0 of the next bundle after slot 2.</summary>
    public static RoutineResult After(ulong bundle, int slot) =>
        slot >= 2 ? Resume(bundle + 16, 0) : Resume(bundle, slot + 1);

    /// <summary>Raise <paramref name="fault"/>: its vector must be an IVT entry (a multiple of
    /// 0x100 below 0x8000) and its cr.isr must fit bits 52:0.</summary>
    public static RoutineResult Raise(GuestFault fault)
    {
        if ((fault.Vector & 0xFF) != 0 || (uint)fault.Vector >= 0x8000 || (fault.Isr & ~IsrBits) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(fault), fault, "not an IVT vector with a cr.isr of bits 52:0");
        }

        return new(fault.Address, (ulong)RoutineAction.Fault | ((ulong)(fault.Vector >> 8) << 4) | (fault.Isr << 11));
    }

    public bool Equals(RoutineResult other) => _address == other._address && _packed == other._packed;

    public override bool Equals(object? obj) => obj is RoutineResult r && Equals(r);

    public override int GetHashCode() => HashCode.Combine(_address, _packed);

    public static bool operator ==(RoutineResult a, RoutineResult b) => a.Equals(b);

    public static bool operator !=(RoutineResult a, RoutineResult b) => !a.Equals(b);

    public override string ToString() => Action switch
    {
        RoutineAction.Resume => $"resume at 0x{Ip:x} slot {Slot}",
        RoutineAction.Fault => $"fault {Fault}",
        _ => "not ours",
    };
}

/// <summary>An architected fault for the guest (SDM Vol. 2 Part I 5.7, Table 5-6): the IVT
/// offset it vectors to, the cr.isr value it reports (code, na/r/w bits; the delivery adds
/// ei and ni) and, for translation faults, the address that becomes cr.ifa.</summary>
public readonly record struct GuestFault(int Vector, ulong Isr, ulong Address = 0)
{
    public const int GeneralExceptionVector = 0x5400, NatConsumptionVector = 0x5600, VhptDataVector = 0x0000,
        DataTlbVector = 0x0800, AlternateDataTlbVector = 0x1000, DataNestedTlbVector = 0x1400, DataKeyMissVector = 0x1c00,
        DirtyBitVector = 0x2000, DataAccessBitVector = 0x2800, PageNotPresentVector = 0x5000, KeyPermissionVector = 0x5100,
        DataAccessRightsVector = 0x5300;

    /// <summary>ISR.na (bit 35), ISR.r (bit 34), ISR.w (bit 33) (SDM Vol. 2 3.3.5.3: x 32, w 33, r 34, na 35).</summary>
    public const ulong IsrNa = 1UL << 35, IsrR = 1UL << 34, IsrW = 1UL << 33;

    /// <summary>ISR.ed (bit 43): the ed bit of the faulting instruction's page, for data references.</summary>
    public const ulong IsrEd = 1UL << 43;

    /// <summary>Non-access instruction types in ISR.code{3:0} (SDM Vol. 2 8.2, Table 8-4).</summary>
    public const ulong NaTpa = 0, NaFc = 1, NaProbe = 2, NaTak = 3, NaProbeFault = 5;

    /// <summary>General Exception, ISR.code{7:4} = 0.</summary>
    public static GuestFault IllegalOperation => new(GeneralExceptionVector, 0x00);

    /// <summary>General Exception, ISR.code{7:4} = 1; <paramref name="isr"/> adds na and its type.</summary>
    public static GuestFault PrivilegedOperation(ulong isr = 0) => new(GeneralExceptionVector, 0x10 | isr);

    /// <summary>General Exception, ISR.code{7:4} = 2.</summary>
    public static GuestFault PrivilegedRegister => new(GeneralExceptionVector, 0x20);

    /// <summary>General Exception, ISR.code{7:4} = 3.</summary>
    public static GuestFault ReservedRegisterField => new(GeneralExceptionVector, 0x30);

    /// <summary>NaT Consumption, ISR.code{7:4} = 1 (a register NaT).</summary>
    public static GuestFault RegisterNatConsumption(ulong isr = 0) => new(NatConsumptionVector, 0x10 | isr);

    /// <summary>The fault as delivery takes it (SDM Vol. 2 5.6): a data TLB miss (VHPT Data,
    /// Data TLB, Alternate Data TLB) raised while psr.ic is 0 is a Data Nested TLB fault instead,
    /// which writes no interruption registers; the others are themselves.</summary>
    public GuestFault ForDelivery(bool psrIc) =>
        !psrIc && Vector is VhptDataVector or DataTlbVector or AlternateDataTlbVector ? this with { Vector = DataNestedTlbVector } : this;

    public override string ToString() => Vector switch
    {
        GeneralExceptionVector => ((Isr >> 4) & 0xF) switch
        {
            0 => "Illegal Operation",
            1 => "Privileged Operation",
            2 => "Privileged Register",
            3 => "Reserved Register/Field",
            _ => $"General Exception (isr 0x{Isr:x})",
        },
        NatConsumptionVector => ((Isr >> 4) & 0xF) == 2 ? "NaT Page Consumption" : "Register NaT Consumption",
        VhptDataVector => "VHPT Data",
        DataTlbVector => "Data TLB",
        DataNestedTlbVector => "Data Nested TLB",
        DirtyBitVector => "Dirty Bit",
        DataAccessBitVector => "Data Access Bit",
        AlternateDataTlbVector => "Alternate Data TLB",
        DataKeyMissVector => "Data Key Miss",
        PageNotPresentVector => "Page Not Present",
        KeyPermissionVector => "Key Permission",
        DataAccessRightsVector => "Data Access Rights",
        _ => $"vector 0x{Vector:x4} (isr 0x{Isr:x})",
    };
}
