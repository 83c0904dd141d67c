using PatchVmm.Vmm.Patching;

namespace PatchVmm.Vmm.Dispatch;

/// <summary>The frameless dispatcher (DESIGN.md §3, run time): from the Break Instruction
/// fault's immediate (cr.iim) and place (cr.iip, ipsr.ri) straight to the routine of the site,
/// on the live virtual CPU — no trap frame, no fetch, no decode, no allocation. An immediate
/// that is not a live site at exactly that bundle and slot is the guest's own <c>break</c>:
/// <see cref="RoutineResult.NotOurs"/>, for the caller to reflect.</summary>
public static class Dispatcher<TTable>
    where TTable : IEmulationTable
{
    /// <summary>Dispatches a <c>break</c> patch.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static RoutineResult Dispatch(SiteTable sites, ulong immediate, ulong ip, int slot, VirtualCpu vcpu)
    {
        int index;
        if (immediate == 0)
        {
            // break.b delivers cr.iim = 0: the place names the site, which must be a break.b.
            if (!sites.TryFindAt(ip, slot, out index) || sites[index].Form != PatchForm.BreakB)
            {
                return RoutineResult.NotOurs;
            }
        }
        else if (!sites.TryFind(immediate, out index))
        {
            return RoutineResult.NotOurs;
        }

        ref readonly var site = ref sites[index];

        // An X-unit instruction is slot 1 to the processor (ipsr.ri, isr.ei: the L+X pair is
        // the second instruction of an MLX bundle) though its bits fill slots 1 and 2.
        int faultSlot = site.Form == PatchForm.BreakX ? 1 : site.Slot;
        if (site.BundleAddress != ip || faultSlot != slot || site.Form is PatchForm.BranchB or PatchForm.BranchX)
        {
            return RoutineResult.NotOurs;
        }

        vcpu.InstructionAddress = ip;
        return Complete(TTable.Invoke(site.Routine, vcpu, in site), vcpu);
    }

    /// <summary>Dispatches a branch patch arriving at trampoline <paramref name="target"/>.
    /// Which branch arrived cannot be checked, but any that does runs the routine with the
    /// guest's current virtual state (the routine checks privilege and operands as the
    /// instruction would), so it gains nothing it could not do itself.</summary>
    public static RoutineResult DispatchBranch(SiteTable sites, ulong target, VirtualCpu vcpu)
    {
        if (!sites.TryFindTrampoline(target, out int index))
        {
            return RoutineResult.NotOurs;
        }

        ref readonly var site = ref sites[index];
        if (site.Form is not (PatchForm.BranchB or PatchForm.BranchX))
        {
            return RoutineResult.NotOurs;
        }

        vcpu.InstructionAddress = site.BundleAddress;
        return Complete(TTable.Invoke(site.Routine, vcpu, in site), vcpu);
    }

    /// <summary>An instruction that completed ends its one-instruction psr disables
    /// (<see cref="VirtualCpu.CompleteInstruction"/>); a fault leaves them.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static RoutineResult Complete(RoutineResult result, VirtualCpu vcpu)
    {
        if (result.Action == RoutineAction.Resume)
        {
            vcpu.CompleteInstruction();
        }

        return result;
    }
}
