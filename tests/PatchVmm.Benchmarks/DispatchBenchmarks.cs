using BenchmarkDotNet.Attributes;
using PatchVmm.Ia64;
using PatchVmm.Machine;
using PatchVmm.Machine.Firmware;
using PatchVmm.Vmm;
using PatchVmm.Vmm.BuiltIn;
using PatchVmm.Vmm.Dispatch;
using PatchVmm.Vmm.Patching;

namespace PatchVmm.Benchmarks;

/// <summary>What emulating one <c>mov r20=psr</c> costs the VMM, per emulated instruction:
/// the patched path (frameless dispatch from the break immediate to the generated routine),
/// the trap-and-emulate reference (save a full trap frame, fetch the bundle at cr.iip, decode
/// it, find and run the same routine, restore the frame), and beside them one interpreted
/// integer ALU instruction of the machine (int-loop). The Break Instruction fault itself is the
/// machine's in both VMM paths and is not measured.</summary>
[MemoryDiagnoser]
public class DispatchBenchmarks
{
    private const int Emulations = 1_000_000;
    private const int Instructions = 20_000_000;
    private const ulong Site = 0x100000;

    private static readonly int[] Ars = [16, 17, 18, 19, 32, 36, 40, 64, 65, 66];
    private static readonly int[] Crs = [16, 17, 19, 20, 21, 22, 23, 24, 25];

    private Machine.Machine _machine = null!;
    private VirtualCpu _vcpu = null!;
    private SiteTable _sites = null!;
    private Patcher<EmulationTable> _patcher = null!;
    private Machine.Machine _interpreter = null!;

    // The trap frame: a per-vCPU save area, as a VMM keeps it (allocated once).
    private readonly ulong[] _gr = new ulong[32];
    private readonly bool[] _nat = new bool[32];
    private readonly ulong[] _br = new ulong[8];
    private readonly ulong[] _ar = new ulong[Ars.Length];
    private readonly ulong[] _cr = new ulong[Crs.Length];
    private ulong _pr;

    [GlobalSetup]
    public void Setup()
    {
        var bundle = BundleEncoder.Encode(BundleTemplate.Get(0x09),
            Assembler.Parse("mov r20=psr", Site), Assembler.Parse("nop.m 0x0", Site), Assembler.Parse("nop.i 0x0", Site));
        byte[] code = new byte[16];
        bundle.Write(code);

        // Trap-and-emulate runs the original code; the patched path the patched copy's site.
        _machine = new Machine.Machine(new MachineOptions(), new BufferConsole());
        _machine.LoadImage(Site, code, Site);
        _machine.Cpu.SetControlRegister(19, Site); // cr.iip: the faulting bundle
        _vcpu = new VirtualCpu(_machine.Cpu, new PsrOnlyMachine());
        _patcher = new Patcher<EmulationTable>();
        _sites = new SiteTable(new PatchOptions());
        byte[] patched = (byte[])code.Clone();
        if (_patcher.Patch(patched, Site, _sites) != 1)
        {
            throw new InvalidOperationException("mov r20=psr was not patched");
        }
    }

    [Benchmark(OperationsPerInvoke = Emulations)]
    public ulong PatchedDispatchMovFromPsr()
    {
        ulong sum = 0;
        uint immediate = _sites.Immediate(0);
        for (int i = 0; i < Emulations; i++)
        {
            sum += Dispatcher<EmulationTable>.Dispatch(_sites, immediate, Site, 0, _vcpu).Ip;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Emulations)]
    public ulong TrapAndEmulateMovFromPsr()
    {
        ulong sum = 0;
        var cpu = _machine.Cpu;
        for (int i = 0; i < Emulations; i++)
        {
            SaveFrame(cpu);
            ulong iip = cpu.GetControlRegister(19);
            int ri = (int)((cpu.GetControlRegister(16) >> 41) & 3);
            var bundle = Bundle.Read(_machine.Memory.Read(iip, Bundle.Size));
            Decoder.DecodeBundle(bundle, out var s0, out var s1, out var s2);
            var ins = ri == 0 ? s0 : ri == 1 ? s1 : s2;
            int e = _patcher.Match(bundle.Template.SlotUnit(ri), ins.Bits, ins.LBits);
            var entry = EmulationTable.Catalog.Entries[e];
            var site = new PatchSite(iip, ri, entry.RoutineBySlot[ri], ins.Qp, PatchForm.BreakM, ins.Bits, ins.LBits,
                entry.Operands.Length > 0 ? entry.Operands[0].Read(ins.Bits, ins.LBits) : 0, 0, 0, 0);
            sum += EmulationTable.Invoke(site.Routine, _vcpu, in site).Ip;
            RestoreFrame(cpu);
        }

        return sum;
    }

    [IterationSetup(Target = nameof(InterpretedAluInstruction))]
    public void BootIntLoop() => _interpreter = BenchmarkGuest.Boot("int-loop");

    [Benchmark(OperationsPerInvoke = Instructions)]
    public long InterpretedAluInstruction() => BenchmarkGuest.Run(_interpreter, Instructions);

    // Static and current-bank GRs with NaT bits, predicates, branch registers, the ARs and
    // interruption CRs a trap handler saves (the pt_regs analogue, DESIGN.md §1).
    private void SaveFrame(Cpu cpu)
    {
        for (int r = 1; r < 32; r++)
        {
            _gr[r] = cpu.GetGeneralRegister(r, out _nat[r]);
        }

        _pr = cpu.Predicates;
        for (int b = 0; b < 8; b++)
        {
            _br[b] = cpu.GetBranchRegister(b);
        }

        for (int i = 0; i < Ars.Length; i++)
        {
            _ar[i] = cpu.GetApplicationRegister(Ars[i]);
        }

        for (int i = 0; i < Crs.Length; i++)
        {
            _cr[i] = cpu.GetControlRegister(Crs[i]);
        }
    }

    // The restore writes back what the host API can write (GRs, PRs, BRs, CRs; ARs have no setter yet).
    private void RestoreFrame(Cpu cpu)
    {
        for (int r = 1; r < 32; r++)
        {
            cpu.SetGeneralRegister(r, r == 20 ? cpu.GetGeneralRegister(20) : _gr[r], _nat[r]);
        }

        cpu.Predicates = _pr;
        for (int b = 0; b < 8; b++)
        {
            cpu.SetBranchRegister(b, _br[b]);
        }

        for (int i = 0; i < Crs.Length; i++)
        {
            cpu.SetControlRegister(Crs[i], _cr[i]);
        }
    }

    /// <summary>The machine side of the one routine measured: it reads the machine PSR only.</summary>
    private sealed class PsrOnlyMachine : IGuestMachine
    {
        public ulong ProcessorStatus { get; set; }

        public void SetApplicationRegister(int n, ulong value) => throw new NotSupportedException();

        public void SetRegionRegister(int n, ulong value) => throw new NotSupportedException();

        public void SetProtectionKeyRegister(int n, ulong value) => throw new NotSupportedException();

        public void CoverFrame() => throw new NotSupportedException();

        public void SwitchBank(int bank) => throw new NotSupportedException();

        public void RestoreFrame(ulong ifs) => throw new NotSupportedException();

        public void InsertTranslation(bool instruction, in TranslationEntry entry) => throw new NotSupportedException();

        public void PurgeTranslations(ulong address, int pageSize, uint rid) => throw new NotSupportedException();

        public void PurgeAllTranslations() => throw new NotSupportedException();

        public bool TryReadPhysical(ulong physicalAddress, Span<byte> destination) => throw new NotSupportedException();

        public void FlushCache(ulong physicalAddress, bool instructionCache) => throw new NotSupportedException();
    }
}
