namespace PatchVmm.Machine;

/// <summary>The interruptions the machine raises (SDM Vol. 2 Part I 5.6–5.7, Table 5-6), one
/// member per fault, trap or interrupt, named after the SDM's; several share an IVT entry
/// (<see cref="Interruptions.VectorOffset"/>). The last two are host-side stops, not
/// architected interruptions: they end the run instead of being delivered.</summary>
public enum Interruption
{
    None = 0,

    // TLB and translation faults.
    VhptInstruction,
    VhptData,
    InstructionTlb,
    DataTlb,
    AlternateInstructionTlb,
    AlternateDataTlb,
    DataNestedTlb,
    InstructionKeyMiss,
    DataKeyMiss,
    DirtyBit,
    InstructionAccessBit,
    DataAccessBit,
    InstructionPageNotPresent,
    DataPageNotPresent,
    InstructionKeyPermission,
    DataKeyPermission,
    InstructionAccessRights,
    DataAccessRights,
    InstructionNaTPageConsumption,
    DataNaTPageConsumption,

    // Instruction faults.
    BreakInstruction,
    IllegalOperation,
    PrivilegedOperation,
    PrivilegedRegister,
    ReservedRegisterField,
    DisabledInstructionSetTransition,
    DisabledFpRegister,
    RegisterNaTConsumption,
    SpeculativeOperation,
    InstructionDebug,
    DataDebug,
    UnalignedDataReference,
    UnsupportedDataReference,

    // Traps (delivered after the instruction completes) and the external interrupt.
    UnimplementedInstructionAddress,
    LowerPrivilegeTransfer,
    TakenBranch,
    SingleStep,
    ExternalInterrupt,

    /// <summary>An access outside the guest's physical memory: a host-side stop, not an
    /// architected fault (real hardware would raise a machine check).</summary>
    NonexistentMemory,

    /// <summary>The instruction decodes but this machine has no semantics for it.</summary>
    Unimplemented,

    /// <summary>A machine check (overlapping translation registers, a purge with an
    /// unimplemented page size): real hardware would enter the firmware's machine-check
    /// handler; this machine stops with the reason.</summary>
    MachineCheck,
}

/// <summary>Facts about each <see cref="Interruption"/>: its IVT entry, its ISR.code, its
/// name, and which interruption registers it writes (SDM Vol. 2 Part I 5.7, 8.3).</summary>
public static class Interruptions
{
    /// <summary>The offset of the interruption's IVT entry from cr.iva (SDM Vol. 2 Table 5-6);
    /// -1 for the host-side stops.</summary>
    public static int VectorOffset(Interruption i) => i switch
    {
        Interruption.VhptInstruction or Interruption.VhptData => 0x0000,
        Interruption.InstructionTlb => 0x0400,
        Interruption.DataTlb => 0x0800,
        Interruption.AlternateInstructionTlb => 0x0c00,
        Interruption.AlternateDataTlb => 0x1000,
        Interruption.DataNestedTlb => 0x1400,
        Interruption.InstructionKeyMiss => 0x1800,
        Interruption.DataKeyMiss => 0x1c00,
        Interruption.DirtyBit => 0x2000,
        Interruption.InstructionAccessBit => 0x2400,
        Interruption.DataAccessBit => 0x2800,
        Interruption.BreakInstruction => 0x2c00,
        Interruption.ExternalInterrupt => 0x3000,
        Interruption.InstructionPageNotPresent or Interruption.DataPageNotPresent => 0x5000,
        Interruption.InstructionKeyPermission or Interruption.DataKeyPermission => 0x5100,
        Interruption.InstructionAccessRights => 0x5200,
        Interruption.DataAccessRights => 0x5300,
        Interruption.IllegalOperation or Interruption.PrivilegedOperation or Interruption.PrivilegedRegister
            or Interruption.ReservedRegisterField or Interruption.DisabledInstructionSetTransition => 0x5400,
        Interruption.DisabledFpRegister => 0x5500,
        Interruption.RegisterNaTConsumption or Interruption.InstructionNaTPageConsumption
            or Interruption.DataNaTPageConsumption => 0x5600,
        Interruption.SpeculativeOperation => 0x5700,
        Interruption.InstructionDebug or Interruption.DataDebug => 0x5900,
        Interruption.UnalignedDataReference => 0x5a00,
        Interruption.UnsupportedDataReference => 0x5b00,
        Interruption.UnimplementedInstructionAddress or Interruption.LowerPrivilegeTransfer => 0x5e00,
        Interruption.TakenBranch => 0x5f00,
        Interruption.SingleStep => 0x6000,
        _ => -1,
    };

    /// <summary>The interruption's own ISR.code bits (SDM Vol. 2 8.3): the General Exception
    /// code (bits 7:4), the NaT Consumption code, the trap codes; 0 for the others.</summary>
    internal static ulong IsrCode(Interruption i) => i switch
    {
        Interruption.PrivilegedOperation => 0x10,
        Interruption.PrivilegedRegister => 0x20,
        Interruption.ReservedRegisterField => 0x30,
        Interruption.DisabledInstructionSetTransition => 0x40,
        Interruption.RegisterNaTConsumption => 0x10,
        Interruption.InstructionNaTPageConsumption or Interruption.DataNaTPageConsumption => 0x20,
        Interruption.UnimplementedInstructionAddress => 0x10,
        Interruption.LowerPrivilegeTransfer => 0x02,
        Interruption.TakenBranch => 0x04,
        _ => 0,
    };

    /// <summary>True for the data TLB misses that become a Data Nested TLB fault when they
    /// happen with psr.ic = 0 (SDM Vol. 2 5.6: no interruption state is written then).</summary>
    internal static bool NestsWhenIcOff(Interruption i) =>
        i is Interruption.AlternateDataTlb or Interruption.VhptData or Interruption.DataTlb;

    /// <summary>True for an architected interruption (false for None and the host-side stops).</summary>
    public static bool IsArchitected(Interruption i) => VectorOffset(i) >= 0;

    /// <summary>The SDM's name, e.g. "Illegal Operation fault", "Single Step trap".</summary>
    public static string Name(Interruption i) => i switch
    {
        Interruption.VhptInstruction => "VHPT Instruction fault",
        Interruption.VhptData => "VHPT Data fault",
        Interruption.InstructionTlb => "Instruction TLB fault",
        Interruption.DataTlb => "Data TLB fault",
        Interruption.AlternateInstructionTlb => "Alternate Instruction TLB fault",
        Interruption.AlternateDataTlb => "Alternate Data TLB fault",
        Interruption.DataNestedTlb => "Data Nested TLB fault",
        Interruption.InstructionKeyMiss => "Instruction Key Miss fault",
        Interruption.DataKeyMiss => "Data Key Miss fault",
        Interruption.DirtyBit => "Dirty Bit fault",
        Interruption.InstructionAccessBit => "Instruction Access Bit fault",
        Interruption.DataAccessBit => "Data Access Bit fault",
        Interruption.InstructionPageNotPresent => "Instruction Page Not Present fault",
        Interruption.DataPageNotPresent => "Data Page Not Present fault",
        Interruption.InstructionKeyPermission => "Instruction Key Permission fault",
        Interruption.DataKeyPermission => "Data Key Permission fault",
        Interruption.InstructionAccessRights => "Instruction Access Rights fault",
        Interruption.DataAccessRights => "Data Access Rights fault",
        Interruption.InstructionNaTPageConsumption => "Instruction NaT Page Consumption fault",
        Interruption.DataNaTPageConsumption => "Data NaT Page Consumption fault",
        Interruption.BreakInstruction => "Break Instruction fault",
        Interruption.IllegalOperation => "Illegal Operation fault",
        Interruption.PrivilegedOperation => "Privileged Operation fault",
        Interruption.PrivilegedRegister => "Privileged Register fault",
        Interruption.ReservedRegisterField => "Reserved Register/Field fault",
        Interruption.DisabledInstructionSetTransition => "Disabled Instruction Set Transition fault",
        Interruption.DisabledFpRegister => "Disabled Floating-Point Register fault",
        Interruption.RegisterNaTConsumption => "Register NaT Consumption fault",
        Interruption.SpeculativeOperation => "Speculative Operation fault",
        Interruption.InstructionDebug => "Instruction Debug fault",
        Interruption.DataDebug => "Data Debug fault",
        Interruption.UnalignedDataReference => "Unaligned Data Reference fault",
        Interruption.UnsupportedDataReference => "Unsupported Data Reference fault",
        Interruption.UnimplementedInstructionAddress => "Unimplemented Instruction Address trap",
        Interruption.LowerPrivilegeTransfer => "Lower-Privilege Transfer trap",
        Interruption.TakenBranch => "Taken Branch trap",
        Interruption.SingleStep => "Single Step trap",
        Interruption.ExternalInterrupt => "External interrupt",
        Interruption.NonexistentMemory => "access to nonexistent memory",
        Interruption.Unimplemented => "unimplemented instruction",
        Interruption.MachineCheck => "machine check",
        _ => i.ToString(),
    };
}
