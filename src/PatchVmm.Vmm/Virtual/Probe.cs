namespace PatchVmm.Vmm;

/// <summary>The shared part of the probe templates (SDM Vol. 3 probe): the level is the larger
/// of the requested one and the virtual cpl; <see cref="Translation.TryProbe"/> and
/// <see cref="Translation.ProbeFault"/> decide as the machine does.</summary>
public static class Probe
{
    /// <summary><c>probe.r</c>/<c>probe.w</c>: 1 or 0 into <paramref name="r1"/>.</summary>
    public static RoutineResult Test(VirtualCpu vcpu, int r1, ulong address, int level, bool write, RoutineResult next)
    {
        int pl = Math.Max(level, vcpu.PrivilegeLevel);
        if (!Translation.TryProbe(vcpu, address, pl, write, out bool allowed, out var fault))
        {
            return fault;
        }

        vcpu.SetGr(r1, allowed ? 1UL : 0UL);
        return next;
    }

    /// <summary><c>probe.*.fault</c>: faults as the access would.</summary>
    public static RoutineResult Check(VirtualCpu vcpu, ulong address, int level, bool read, bool write, RoutineResult next) =>
        Translation.ProbeFault(vcpu, address, Math.Max(level, vcpu.PrivilegeLevel), read, write, next);

    /// <summary>The Register NaT Consumption fault of a probe: ISR.na, its code and r/w.</summary>
    public static RoutineResult NatConsumption(ulong code, bool read, bool write) =>
        RoutineResult.Raise(GuestFault.RegisterNatConsumption(Translation.ProbeIsr(code, read, write)));
}
