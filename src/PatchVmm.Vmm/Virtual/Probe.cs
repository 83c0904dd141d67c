namespace PatchVmm.Vmm;

/// <summary>The shared part of the probe templates (SDM Vol. 3 probe; Ski's order): the level
/// is the larger of the requested one and the virtual cpl; with psr.dt clear every access is
/// allowed; otherwise the virtual data TLB decides, and a miss or a page that is not present
/// faults as the access would.</summary>
public static class Probe
{
    /// <summary><c>probe.r</c>/<c>probe.w</c>: 1 or 0 into <paramref name="r1"/>.</summary>
    public static RoutineResult Test(VirtualCpu vcpu, int r1, ulong address, int level, bool read, bool write, RoutineResult next)
    {
        ulong isr = Isr(read, write);
        int pl = Math.Max(level, vcpu.PrivilegeLevel);
        bool allowed = true;
        if (vcpu.DataTranslation)
        {
            if (!Translation.TryTranslate(vcpu, address, isr, out var entry, out var fault))
            {
                return fault;
            }

            allowed = Translation.AccessAllowed(entry.AccessRights, entry.PrivilegeLevel, pl, read, write);
        }

        vcpu.SetGr(r1, allowed ? 1UL : 0UL);
        return next;
    }

    /// <summary><c>probe.*.fault</c>: a Data Access Rights fault when the access is not allowed.</summary>
    public static RoutineResult Check(VirtualCpu vcpu, ulong address, int level, bool read, bool write, RoutineResult next)
    {
        if (!vcpu.DataTranslation)
        {
            return next;
        }

        ulong isr = Isr(read, write);
        if (!Translation.TryTranslate(vcpu, address, isr, out var entry, out var fault))
        {
            return fault;
        }

        int pl = Math.Max(level, vcpu.PrivilegeLevel);
        return Translation.AccessAllowed(entry.AccessRights, entry.PrivilegeLevel, pl, read, write)
            ? next
            : RoutineResult.Raise(new GuestFault(GuestFault.DataAccessRightsVector, isr, address));
    }

    private static ulong Isr(bool read, bool write) =>
        GuestFault.IsrNa | GuestFault.NaProbe | (read ? GuestFault.IsrR : 0) | (write ? GuestFault.IsrW : 0);
}
