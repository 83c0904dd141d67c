namespace PatchVmm.Machine;

/// <summary>The interruptions the machine can raise (SDM Vol. 2 Part I 5.7, Table 5-6), named
/// after their IVT entries. Issue 3 stops the run on any of them; delivery through the IVT
/// and the host hook come with the system architecture.</summary>
public enum Interruption
{
    None = 0,
    IllegalOperation,
    BreakInstruction,
    PrivilegedOperation,
    PrivilegedRegister,
    ReservedRegisterField,
    RegisterNaTConsumption,
    NaTPageConsumption,
    UnalignedDataReference,
    UnimplementedDataAddress,
    UnimplementedInstructionAddress,
    DisabledFpRegister,
    SpeculativeOperation,
    /// <summary>An access outside the guest's physical memory: a host-side stop, not an
    /// architected fault (real hardware would raise a machine check).</summary>
    NonexistentMemory,
    /// <summary>The instruction decodes but this machine has no semantics for it yet.</summary>
    Unimplemented,
}
