namespace PatchVmm.Vmm;

/// <summary>What template bodies return besides <c>Next</c> (templates/README.md): the faults
/// of the instruction, raised to the guest as results, never as exceptions. The generated
/// table imports these with <c>using static</c>.</summary>
public static class Emulation
{
    public static readonly RoutineResult IllegalOperation = RoutineResult.Raise(GuestFault.IllegalOperation);

    public static readonly RoutineResult PrivilegedOperation = RoutineResult.Raise(GuestFault.PrivilegedOperation());

    public static readonly RoutineResult PrivilegedRegister = RoutineResult.Raise(GuestFault.PrivilegedRegister);

    public static readonly RoutineResult ReservedRegisterField = RoutineResult.Raise(GuestFault.ReservedRegisterField);

    public static readonly RoutineResult NatConsumption = RoutineResult.Raise(GuestFault.RegisterNatConsumption());

    /// <summary>A Privileged Operation fault of a non-access instruction (ISR.na and its type).</summary>
    public static RoutineResult PrivilegedOperationNonAccess(ulong type) => RoutineResult.Raise(GuestFault.PrivilegedOperation(GuestFault.IsrNa | type));

    /// <summary>A Register NaT Consumption fault of a non-access instruction.</summary>
    public static RoutineResult NatConsumptionNonAccess(ulong type) => RoutineResult.Raise(GuestFault.RegisterNatConsumption(GuestFault.IsrNa | type));

    public static RoutineResult Raise(GuestFault fault) => RoutineResult.Raise(fault);

    /// <summary>Continue at bundle <paramref name="ip"/>, slot <paramref name="slot"/> (a routine that branches).</summary>
    public static RoutineResult BranchTo(ulong ip, int slot) => RoutineResult.Resume(ip, slot);
}
