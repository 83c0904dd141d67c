using PatchVmm.Ia64;
using PatchVmm.Machine.Firmware;
using PatchVmm.Vmm;
using PatchVmm.Vmm.Dispatch;
using PatchVmm.Vmm.Patching;

namespace CustomTemplates.Tests;

/// <summary>The downstream table: every built-in routine plus the sample's hypercall, patched
/// and dispatched like the built-in ones.</summary>
public sealed class CustomTableTests
{
    private const ulong Base = 0x100000;

    [Fact]
    public void TheTableHoldsTheBuiltInTemplatesAndItsOwn()
    {
        var builtIn = PatchVmm.Vmm.BuiltIn.EmulationTable.Catalog.Entries.Select(e => e.Name);
        var custom = CustomTable.Catalog.Entries.Select(e => e.Name).ToList();
        Assert.Equal(builtIn.Append("hypercall").Order(StringComparer.Ordinal), custom.Order(StringComparer.Ordinal));
        Assert.Equal(PatchVmm.Vmm.BuiltIn.EmulationTable.RoutineCount + 2, CustomTable.RoutineCount);
        var hypercall = CustomTable.Catalog.Find("hypercall")!;
        Assert.True(hypercall.Listed);
        Assert.Equal(Unit.M, hypercall.Unit);
    }

    [Fact]
    public void AHypercallIsPatchedAndDispatchedBesideABuiltInInstruction()
    {
        // { .mmi; break.m 0x1001; mov r20=psr; nop.i 0x0 } and { .mmi; break.m 0x2000 (not a hypercall); ... }
        var code = new byte[32];
        BundleEncoder.Encode(BundleTemplate.Get(0x08), Assembler.Parse("break.m 0x1001", Base), Assembler.Parse("mov r20=psr", Base), Assembler.Parse("nop.i 0x0", Base)).Write(code);
        BundleEncoder.Encode(BundleTemplate.Get(0x08), Assembler.Parse("break.m 0x2000", Base), Assembler.Parse("nop.m 0x0", Base), Assembler.Parse("nop.i 0x0", Base)).Write(code.AsSpan(16));
        var sites = new SiteTable(new PatchOptions());
        Assert.Equal(2, new Patcher<CustomTable>().Patch(code, Base, sites));
        Assert.Equal("hypercall", CustomTable.Catalog.Entries[CustomTable.Catalog.Routines[sites[0].Routine].Entry].Name);
        Assert.Equal(0x1001UL, sites[0].Operand0);

        var machine = new PatchVmm.Machine.Machine(new PatchVmm.Machine.MachineOptions(), new BufferConsole());
        var vcpu = new VirtualCpu(machine.Cpu, new SampleGuestMachine()) { Itc = 12345 };
        var result = Dispatcher<CustomTable>.Dispatch(sites, sites.Immediate(0), Base, 0, vcpu);
        Assert.Equal(RoutineResult.Resume(Base, 1), result);
        Assert.Equal(12345UL, machine.Cpu.GetGeneralRegister(8));

        // From guest user level the break is the guest's own.
        vcpu.PrivilegeLevel = 3;
        Assert.Equal(RoutineAction.NotOurs, Dispatcher<CustomTable>.Dispatch(sites, sites.Immediate(0), Base, 0, vcpu).Action);
        // The built-in routine in the same table.
        Assert.Equal(RoutineAction.Fault, Dispatcher<CustomTable>.Dispatch(sites, sites.Immediate(1), Base, 1, vcpu).Action);
    }
}
