using PatchVmm.Machine.Firmware;
using PatchVmm.Vmm.BuiltIn;
using PatchVmm.Vmm.Dispatch;
using PatchVmm.Vmm.Patching;

namespace PatchVmm.Vmm.Tests;

/// <summary>One patched site on a virtual CPU over a real machine: the vector bundle of a
/// template and slot, patched at <see cref="Address"/>, and dispatched as the break handler
/// would dispatch it.</summary>
internal sealed class Harness
{
    public const ulong Address = 0x100000;

    private Harness(string template, int slot)
    {
        var vector = PatchVector.Load().First(v => v.Template == template && v.Slot == slot);
        Slot = slot;
        Code = [.. vector.Original];
        Sites = new SiteTable(new PatchOptions());
        Assert.Equal(1, new Patcher<EmulationTable>().Patch(Code, Address, Sites));
        Machine = new Machine.Machine(new Machine.MachineOptions(), new BufferConsole());
        Log = new GuestMachineLog();
        Vcpu = new VirtualCpu(Machine.Cpu, Log);
    }

    public int Slot { get; }

    public byte[] Code { get; }

    public SiteTable Sites { get; }

    public Machine.Machine Machine { get; }

    public GuestMachineLog Log { get; }

    public VirtualCpu Vcpu { get; }

    public static Harness For(string template, int slot = 0) => new(template, slot);

    /// <summary>The patch's Break Instruction fault as the machine reports it: cr.iim = the
    /// site's immediate (0 for break.b, whose immediate the fault ignores), at its bundle and slot.</summary>
    public RoutineResult Run() =>
        Dispatcher<EmulationTable>.Dispatch(Sites, Sites[0].Form == PatchForm.BreakB ? 0 : Sites.Immediate(0), Address, Slot, Vcpu);

    /// <summary>The instruction after the site.</summary>
    public RoutineResult Next => RoutineResult.After(Address, Slot);

    public ulong Gr(int r) => Machine.Cpu.GetGeneralRegister(r);

    public bool Nat(int r)
    {
        Machine.Cpu.GetGeneralRegister(r, out bool nat);
        return nat;
    }

    public void SetGr(int r, ulong value, bool nat = false) => Machine.Cpu.SetGeneralRegister(r, value, nat);
}
