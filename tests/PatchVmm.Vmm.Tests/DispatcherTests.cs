using PatchVmm.Vmm.BuiltIn;
using PatchVmm.Vmm.Dispatch;

namespace PatchVmm.Vmm.Tests;

/// <summary>The frameless dispatcher: a live site at exactly the faulting bundle and slot runs
/// its routine; anything else is the guest's own break (DESIGN.md §7).</summary>
public sealed class DispatcherTests
{
    [Fact]
    public void TheSiteRunsItsRoutineAndResumesAtTheNextSlot()
    {
        var h = Harness.For("mov-from-psr", 1);
        Assert.Equal(RoutineResult.Resume(Harness.Address, 2), h.Run());
    }

    [Fact]
    public void AnotherAddressSlotOrImmediateIsNotOurs()
    {
        var h = Harness.For("mov-from-psr", 0);
        var sites = h.Sites;
        Assert.Equal(RoutineAction.NotOurs, Dispatcher<EmulationTable>.Dispatch(sites, sites.Immediate(0), Harness.Address + 16, 0, h.Vcpu).Action);
        Assert.Equal(RoutineAction.NotOurs, Dispatcher<EmulationTable>.Dispatch(sites, sites.Immediate(0), Harness.Address, 1, h.Vcpu).Action);
        Assert.Equal(RoutineAction.NotOurs, Dispatcher<EmulationTable>.Dispatch(sites, sites.Immediate(1), Harness.Address, 0, h.Vcpu).Action);
        Assert.Equal(RoutineAction.NotOurs, Dispatcher<EmulationTable>.Dispatch(sites, 0x80001, Harness.Address, 0, h.Vcpu).Action);
        Assert.Equal(RoutineAction.NotOurs, Dispatcher<EmulationTable>.Dispatch(sites, 0x100000, Harness.Address, 0, h.Vcpu).Action);
    }

    [Fact]
    public void ARetiredSiteIsNotOurs()
    {
        var h = Harness.For("mov-from-psr", 0);
        Patching.Patcher<EmulationTable>.Unpatch(h.Code, Harness.Address, h.Sites);
        Assert.Equal(RoutineAction.NotOurs, h.Run().Action);
    }

    [Fact]
    public void ABreakBSiteIsFoundByItsPlace()
    {
        // break.b puts 0 in cr.iim (SDM Vol. 3 break): the fault's bundle and slot name the site.
        var h = Harness.For("rfi", 2);
        Assert.Equal(PatchForm.BreakB, h.Sites[0].Form);
        Assert.NotEqual(RoutineAction.NotOurs, Dispatcher<EmulationTable>.Dispatch(h.Sites, 0, Harness.Address, 2, h.Vcpu).Action);
        Assert.Equal(RoutineAction.NotOurs, Dispatcher<EmulationTable>.Dispatch(h.Sites, 0, Harness.Address, 1, h.Vcpu).Action);
        Assert.Equal(RoutineAction.NotOurs, Dispatcher<EmulationTable>.Dispatch(h.Sites, 0, Harness.Address + 16, 2, h.Vcpu).Action);
    }

    [Fact]
    public void AnMMSiteIsNotFoundByPlaceWithAZeroImmediate()
    {
        // A guest's own break.m 0 at a patched M slot is not the patch (the patch's iim is its id).
        var h = Harness.For("mov-from-psr", 0);
        Assert.Equal(RoutineAction.NotOurs, Dispatcher<EmulationTable>.Dispatch(h.Sites, 0, Harness.Address, 0, h.Vcpu).Action);
    }

    [Fact]
    public void AnyRoutineIndexOutsideTheTableIsNotOurs() =>
        Assert.Equal(RoutineAction.NotOurs, EmulationTable.Invoke(EmulationTable.RoutineCount, Harness.For("rsm").Vcpu, default).Action);
}
