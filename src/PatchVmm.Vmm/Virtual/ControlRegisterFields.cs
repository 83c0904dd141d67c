using PatchVmm.Machine;

namespace PatchVmm.Vmm;

/// <summary>The reserved and ignored fields of the control registers a <c>mov cr=</c> checks
/// (SDM Vol. 2 3.3.4–3.3.7, 5.8.3): the machine's own rules (<see cref="ControlRegisterRules"/>),
/// so a virtual control register takes exactly what the machine's would.</summary>
public static class ControlRegisterFields
{
    /// <summary>False when <paramref name="value"/> sets a reserved field of
    /// cr<paramref name="cr"/> (a Reserved Register/Field fault); otherwise the value as the
    /// register stores it (ignored bits cleared).</summary>
    public static bool TryNormalize(int cr, ref ulong value)
    {
        if (ControlRegisterRules.Normalize(cr, value) is not { } stored)
        {
            return false;
        }

        value = stored;
        return true;
    }
}
