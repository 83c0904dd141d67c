using PatchVmm.Ia64;
using PatchVmm.Machine;
using PatchVmm.Machine.Firmware;

namespace PatchVmm.Vmm.Tests.Equivalence;

/// <summary>Installs a <see cref="GuestState"/> through the machine's public host API: all of
/// it on the native machine, or the application part on the de-privileged machine and the
/// privileged part in a <see cref="VirtualCpu"/> over it.</summary>
internal static class StateBuilder
{
    /// <summary>Guest physical memory of both machines: 256 KiB.</summary>
    public const ulong MemorySize = 0x40000;

    /// <summary>The bundle under test.</summary>
    public const ulong CodeAddress = 0x1000;

    /// <summary>A bundle the native setup runs to put vectors in service (mov r8=cr.ivr).</summary>
    private const ulong SetupAddress = 0x2000;

    private static readonly byte[] AcknowledgeBundle = MakeAcknowledgeBundle();

    public static Machine.Machine NewMachine() =>
        new(new MachineOptions { MemorySize = MemorySize }, new BufferConsole());

    /// <summary>The native machine in state <paramref name="s"/> with <paramref name="code"/>
    /// at <see cref="CodeAddress"/>, about to execute slot <paramref name="slot"/>.</summary>
    public static Machine.Machine Native(GuestState s, byte[] code, int slot)
    {
        var m = NewMachine();
        var cpu = m.Cpu;
        WriteMemory(m, s);

        // Vectors in service: each pended and acknowledged by a real read of cr.ivr (psr 0: no
        // delivery), in rising priority, as a handler nesting them would.
        m.Memory.Write(SetupAddress, AcknowledgeBundle);
        foreach (int v in s.InService)
        {
            cpu.PendExternalInterrupt(v);
            cpu.InstructionPointer = SetupAddress;
            cpu.InstructionSlot = 0;
            var r = m.Run(1);
            if (r.Kind != StopKind.InstructionLimit || ((cpu.GetInServiceVectors(v >> 6) >> (v & 63)) & 1) == 0)
            {
                throw new InvalidOperationException($"vector {v} did not go in service ({r.Describe()})");
            }
        }

        InstallApplicationState(cpu, s);
        cpu.ProcessorStatus = s.Psr;
        InstallRegisters(cpu, s);

        foreach (int n in ControlRegisters())
        {
            cpu.SetControlRegister(n, s.Cr[n]);
        }

        for (int i = 0; i < 8; i++)
        {
            cpu.SetRegionRegister(i, s.Rr[i]);
        }

        for (int i = 0; i < s.Pkr.Length; i++)
        {
            cpu.SetProtectionKeyRegister(i, s.Pkr[i]);
        }

        for (int i = 0; i < 16; i++)
        {
            cpu.SetDebugRegister(instruction: false, i, s.Dbr[i]);
            cpu.SetDebugRegister(instruction: true, i, s.Ibr[i]);
        }

        for (int i = 0; i < 64; i++)
        {
            cpu.SetPerformanceRegister(data: false, i, s.Pmc[i]);
            cpu.SetPerformanceRegister(data: true, i, s.Pmd[i]);
        }

        foreach (var t in s.Tlb)
        {
            Insert(cpu, t);
        }

        foreach (int v in s.Pending)
        {
            cpu.PendExternalInterrupt(v);
        }

        cpu.SetApplicationRegister(ApplicationRegister.Itc, s.Itc);
        Place(m, code, slot);
        return m;
    }

    /// <summary>The de-privileged machine and the virtual CPU over it for state
    /// <paramref name="s"/>, the guest's translations being <paramref name="itlb"/> and
    /// <paramref name="dtlb"/> (what the native machine accepted of S's).</summary>
    public static (Machine.Machine Machine, VirtualCpu Vcpu) Virtual(
        GuestState s, byte[] patched, int slot, IReadOnlyList<TlbTranslation> itlb, IReadOnlyList<TlbTranslation> dtlb, int kernelLevel)
    {
        var m = NewMachine();
        var cpu = m.Cpu;
        WriteMemory(m, s);
        var vcpu = new VirtualCpu(cpu, new MachineGuest(m), kernelLevel);

        InstallApplicationState(cpu, s);

        // The machine runs the guest de-privileged (VirtualCpu.MachinePsr); its instruction
        // fetch stays physical, as the native one is: the test's guest code needs no shadow ITLB.
        vcpu.Psr = s.Psr;
        cpu.ProcessorStatus = vcpu.MachinePsr(s.Psr) & ~(1UL << Psr.It);
        InstallRegisters(cpu, s);

        foreach (int n in ControlRegisters())
        {
            vcpu.Cr[n] = s.Cr[n];
        }

        for (int i = 0; i < 8; i++)
        {
            vcpu.Rr[i] = s.Rr[i];
            vcpu.Machine.SetRegionRegister(i, s.Rr[i]);
        }

        for (int i = 0; i < s.Pkr.Length; i++)
        {
            vcpu.Pkr[i] = s.Pkr[i];
            vcpu.Machine.SetProtectionKeyRegister(i, s.Pkr[i]);
        }

        s.Dbr.CopyTo(vcpu.Dbr, 0);
        s.Ibr.CopyTo(vcpu.Ibr, 0);
        s.Pmc.CopyTo(vcpu.Pmc, 0);
        s.Pmd.CopyTo(vcpu.Pmd, 0);

        foreach (var (list, instruction) in new[] { (itlb, true), (dtlb, false) })
        {
            foreach (var t in list)
            {
                var e = new TranslationEntry(t.Address, t.PageSize, t.Rid, t.Pte, t.Key);
                if (t.Register)
                {
                    vcpu.Tlb.InsertRegister(instruction, t.Index, e);
                }
                else
                {
                    vcpu.Tlb.InsertCache(instruction, e);
                }
            }
        }

        foreach (int v in s.InService)
        {
            vcpu.Interrupts.InServiceVectors[v >> 6] |= 1UL << (v & 63);
        }

        foreach (int v in s.Pending)
        {
            vcpu.Interrupts.Raise(v);
        }

        // The machine's own timer never fires during the test.
        cpu.SetControlRegister(ControlRegister.Itv, 1UL << 16);
        cpu.SetApplicationRegister(ApplicationRegister.Itc, s.MachineItc);
        vcpu.Itc = s.Itc;
        Place(m, patched, slot);
        return (m, vcpu);
    }

    /// <summary>The control registers S sets: every one that exists but cr.ivr and cr.irr0–3,
    /// which the interrupt controller computes.</summary>
    public static IEnumerable<int> ControlRegisters() =>
        Enumerable.Range(0, 128).Where(n => ControlRegisterRules.Exists(n) && !ControlRegisterRules.IsReadOnly(n));

    private static void WriteMemory(Machine.Machine m, GuestState s)
    {
        Span<byte> word = stackalloc byte[8];
        foreach (var (address, value) in s.Memory)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(word, value);
            m.Memory.Write(address, word);
        }
    }

    /// <summary>The frame (covered, then restored from the dirty registers: no memory touched)
    /// and the application registers.</summary>
    private static void InstallApplicationState(Cpu cpu, GuestState s)
    {
        cpu.CoverFrame();
        if (!cpu.RestoreFrame(s.Cfm))
        {
            throw new InvalidOperationException("the frame could not be restored");
        }

        cpu.SetApplicationRegister(16, 0); // ar.rsc: enforced lazy while bspstore and rnat are set
        foreach (var (n, value) in s.Ar)
        {
            cpu.SetApplicationRegister(n, value);
        }
    }

    private static void InstallRegisters(Cpu cpu, GuestState s)
    {
        for (int r = 1; r < 32 + (int)(s.Cfm & 0x7F); r++)
        {
            cpu.SetGeneralRegister(r, s.Gr[r], s.Nat[r]);
        }

        int bank = Psr.Bit(cpu.ProcessorStatus, Psr.Bn) ? 1 : 0;
        cpu.SwitchBank(1 - bank);
        for (int r = 16; r < 32; r++)
        {
            cpu.SetGeneralRegister(r, s.OtherBank[r - 16], s.OtherBankNat[r - 16]);
        }

        cpu.SwitchBank(bank);
        cpu.Predicates = s.Pr;
        for (int b = 0; b < 8; b++)
        {
            cpu.SetBranchRegister(b, s.Br[b]);
        }
    }

    /// <summary>One translation of S into the native machine; one it refuses (reserved fields,
    /// an overlap with a translation register) is left out.</summary>
    private static void Insert(Cpu cpu, TlbInsert t)
    {
        int vrn = (int)(t.Va >> 61);
        ulong rr = cpu.GetRegionRegister(vrn);
        if (t.Rid is uint rid)
        {
            cpu.SetRegionRegister(vrn, (rr & ~0xFFFF_FF00UL) | ((ulong)rid << 8));
        }

        try
        {
            if (t.Slot >= 0)
            {
                cpu.InsertTranslationRegister(t.Instruction, t.Slot, t.Va, t.Pte, t.Itir);
            }
            else
            {
                cpu.InsertTranslation(t.Instruction, t.Va, t.Pte, t.Itir);
            }
        }
        catch (ArgumentException)
        {
            // refused: not part of S
        }

        cpu.SetRegionRegister(vrn, rr);
    }

    private static void Place(Machine.Machine m, byte[] code, int slot)
    {
        m.Memory.Write(CodeAddress, code);
        m.Cpu.InstructionPointer = CodeAddress;
        m.Cpu.InstructionSlot = slot;
    }

    private static byte[] MakeAcknowledgeBundle()
    {
        var bundle = Bundle.FromSlots(0, Assembler.Encode("mov r8=cr.ivr"), Assembler.Encode("nop.i 0x0"), Assembler.Encode("nop.i 0x0"));
        var bytes = new byte[16];
        bundle.Write(bytes);
        return bytes;
    }
}
