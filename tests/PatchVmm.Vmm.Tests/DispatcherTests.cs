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
    public void BreakXImmediatesInTheSdmOrderNameTheSameSite()
    {
        var h = Harness.For("mov-from-psr", 0);
        // imm62 = i(36):imm41(L):imm20a; the patch's L is 0 and i is bit 20 of the id.
        ulong sdm = (1UL << 61) | (h.Sites.Immediate(0) & 0xFFFFF);
        Assert.True(h.Sites.TryFind(sdm, out int index));
        Assert.Equal(0, index);
    }

    [Fact]
    public void AnyRoutineIndexOutsideTheTableIsNotOurs() =>
        Assert.Equal(RoutineAction.NotOurs, EmulationTable.Invoke(EmulationTable.RoutineCount, Harness.For("rsm").Vcpu, default).Action);
}
