using PatchVmm.Machine;

namespace PatchVmm.Vmm;

/// <summary>The state the guest believes its processor has and the de-privileged machine does
/// not give it (DESIGN.md §1): the virtual PSR, control registers, region and protection-key
/// registers, debug and performance registers, the virtual TLB, the ITC offset and the virtual
/// privilege level. The guest's general, branch, predicate and application registers stay in
/// the machine (<see cref="Cpu"/>); side effects on the machine go through
/// <see cref="Machine"/>. Emulation templates are written against this type.</summary>
public sealed class VirtualCpu
{
    /// <summary>Registers the model implements (as the machine): 16 PKRs, 16 DBRs and IBRs, 64 PMCs and PMDs, 5 CPUID.</summary>
    public const int ProtectionKeys = Cpu.ProtectionKeyRegisters, Breakpoints = Cpu.DebugRegisters,
        PerformanceRegisters = Cpu.PerformanceRegisters, CpuidRegisters = 5;

    /// <summary>PSR bits the machine runs with as the virtual PSR has them; the others the VMM
    /// owns (ic, i, dt, rt, it are always 1 on the machine, mc 0, cpl de-privileged) or the
    /// machine keeps itself (ri, the slot of the next instruction).</summary>
    public const ulong PassThroughPsr = Vmm.Psr.UserMask | (1UL << Vmm.Psr.Pk) | (1UL << Vmm.Psr.Dfl) | (1UL << Vmm.Psr.Dfh)
        | (1UL << Vmm.Psr.Sp) | (1UL << Vmm.Psr.Pp) | (1UL << Vmm.Psr.Di) | (1UL << Vmm.Psr.Si) | (1UL << Vmm.Psr.Db) | (1UL << Vmm.Psr.Lp)
        | (1UL << Vmm.Psr.Tb) | (1UL << Vmm.Psr.Is) | (1UL << Vmm.Psr.Id) | (1UL << Vmm.Psr.Da) | (1UL << Vmm.Psr.Dd) | (1UL << Vmm.Psr.Ss)
        | (1UL << Vmm.Psr.Ed) | (1UL << Vmm.Psr.Bn) | (1UL << Vmm.Psr.Ia);

    private const ulong ForcedPsr = (1UL << Vmm.Psr.Ic) | (1UL << Vmm.Psr.I) | (1UL << Vmm.Psr.Dt) | (1UL << Vmm.Psr.Rt) | (1UL << Vmm.Psr.It);

    public VirtualCpu(Cpu cpu, IGuestMachine machine, int kernelLevel = 2)
    {
        ArgumentNullException.ThrowIfNull(cpu);
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentOutOfRangeException.ThrowIfLessThan(kernelLevel, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(kernelLevel, 3);
        Cpu = cpu;
        Machine = machine;
        KernelLevel = kernelLevel;
        Cr[ControlRegister.Ivr] = VirtualInterrupts.Spurious;
        Cr[ControlRegister.Pta] = 0x3c;
        Cr[ControlRegister.Tpr] = 1UL << 16;
        // CPUID as the machine reports it (the guest sees the processor it runs on).
        for (int i = 0; i < Cpuid.Length; i++)
        {
            Cpuid[i] = Cpu.GetCpuid(i);
        }
    }

    /// <summary>The machine processor that holds the guest's GRs, BRs, PRs and ARs.</summary>
    public Cpu Cpu { get; }

    /// <summary>Side effects on the machine.</summary>
    public IGuestMachine Machine { get; }

    /// <summary>The machine privilege level the guest's level 0 runs at (1 or 2; DESIGN.md §1).</summary>
    public int KernelLevel { get; }

    /// <summary>The virtual PSR. Its user mask (psr{5:0}) and one-instruction disables are the
    /// machine's (<see cref="MachineOwnedPsr"/>), which change without the VMM: read the PSR
    /// with <see cref="ReadPsr"/>.</summary>
    public ulong Psr { get; set; }

    /// <summary>The virtual privilege level, psr.cpl of the virtual PSR.</summary>
    public int PrivilegeLevel
    {
        get => (int)((Psr >> Vmm.Psr.Cpl) & 3);
        set => Psr = (Psr & ~(3UL << Vmm.Psr.Cpl)) | ((ulong)(value & 3) << Vmm.Psr.Cpl);
    }

    public ulong[] Cr { get; } = new ulong[128];

    public ulong[] Rr { get; } = new ulong[8];

    public ulong[] Pkr { get; } = new ulong[ProtectionKeys];

    public ulong[] Dbr { get; } = new ulong[Breakpoints];

    public ulong[] Ibr { get; } = new ulong[Breakpoints];

    public ulong[] Pmc { get; } = new ulong[PerformanceRegisters];

    public ulong[] Pmd { get; } = new ulong[PerformanceRegisters];

    public ulong[] Cpuid { get; } = new ulong[CpuidRegisters];

    public VirtualTlb Tlb { get; } = new();

    public VirtualInterrupts Interrupts { get; } = new();

    /// <summary>The guest's ar.itc minus the machine's.</summary>
    public ulong ItcOffset { get; set; }

    /// <summary>Set when the guest may have unmasked a pending virtual interrupt (psr.i set,
    /// cr.tpr lowered, cr.eoi written): the VMM checks for delivery before resuming.</summary>
    public bool InterruptCheckPending { get; set; }

    // ---- the guest's registers in the machine -------------------------------------------

    /// <summary>Whether logical GR <paramref name="r"/> exists in the current frame.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool InFrame(int r) => Cpu.IsGrInFrame(r);

    /// <summary>Logical GR <paramref name="r"/> (in the frame) and its NaT bit.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public ulong Gr(int r, out bool nat) => Cpu.GetGeneralRegister(r, out nat);

    /// <summary>Writes logical GR <paramref name="r"/> (in the frame, not r0) and its NaT bit.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void SetGr(int r, ulong value, bool nat = false) => Cpu.SetGeneralRegister(r, value, nat);

    /// <summary>The guest's ar.itc: the machine's plus the offset.</summary>
    public ulong Itc
    {
        get => Cpu.GetApplicationRegister(ApplicationRegister.Itc) + ItcOffset;
        set => ItcOffset = value - Cpu.GetApplicationRegister(ApplicationRegister.Itc);
    }

    // ---- PSR ------------------------------------------------------------------------------

    /// <summary>psr.ia, id, da, dd and ed: each disables a check for one instruction and goes
    /// back to 0 after it (SDM Vol. 2 3.3.2).</summary>
    public const ulong OneInstructionDisables = (1UL << Vmm.Psr.Ia) | (1UL << Vmm.Psr.Id) | (1UL << Vmm.Psr.Da)
        | (1UL << Vmm.Psr.Dd) | (1UL << Vmm.Psr.Ed);

    /// <summary>PSR bits the machine changes by itself while it runs the guest: the user mask
    /// (sum, rum, mov psr.um=, FP writes of mfl/mfh) and the one-instruction disables, which it
    /// clears after each instruction it executes. Their value is the machine's.</summary>
    public const ulong MachineOwnedPsr = Vmm.Psr.UserMask | OneInstructionDisables;

    private bool _psrInstalled;

    /// <summary>The PSR as <c>mov r=psr</c> reads it: the virtual system bits and the bits the
    /// machine owns (<see cref="MachineOwnedPsr"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public ulong ReadPsr() => (Psr & ~MachineOwnedPsr) | (Machine.ProcessorStatus & MachineOwnedPsr);

    /// <summary>rfi's psr: cr.ipsr without ri (the slot is where the routine branches). The
    /// one-instruction disables it installs apply to the next instruction, not to the rfi
    /// (<see cref="CompleteInstruction"/>).</summary>
    public void RestorePsr(ulong ipsr)
    {
        WritePsr(ipsr & ~(3UL << Vmm.Psr.Ri));
        _psrInstalled = true;
    }

    /// <summary>After an emulated instruction completes (the dispatcher calls this when a
    /// routine resumes the guest): the one-instruction disables that applied to it go back to
    /// 0, as the machine clears them after the instructions it executes — unless the instruction
    /// was an rfi that installed them.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void CompleteInstruction()
    {
        if (_psrInstalled || (Psr & OneInstructionDisables) != 0)
        {
            ClearOneInstructionDisables();
        }
    }

    private void ClearOneInstructionDisables()
    {
        if (_psrInstalled)
        {
            _psrInstalled = false;
            return;
        }

        ulong psr = ReadPsr();
        WritePsr(psr & ~OneInstructionDisables);
    }

    /// <summary>Sets the virtual PSR and the machine PSR that follows from it.</summary>
    public void WritePsr(ulong value)
    {
        if (!Vmm.Psr.Bit(Psr, Vmm.Psr.I) && Vmm.Psr.Bit(value, Vmm.Psr.I))
        {
            InterruptCheckPending = true;
        }

        Psr = value;
        Machine.ProcessorStatus = MachinePsr(value);
    }

    /// <summary>The machine PSR for a virtual PSR: the pass-through bits as they are, ic, i, dt,
    /// rt and it set (the VMM handles interruptions and translation), cpl de-privileged.</summary>
    public ulong MachinePsr(ulong virtualPsr)
    {
        int cpl = (int)((virtualPsr >> Vmm.Psr.Cpl) & 3);
        ulong level = (ulong)Math.Max(cpl, KernelLevel);
        return (virtualPsr & PassThroughPsr) | ForcedPsr | (level << Vmm.Psr.Cpl);
    }

    // ---- translation ----------------------------------------------------------------------

    /// <summary>The region id of the region register that <paramref name="address"/> selects.</summary>
    public uint RegionId(ulong address) => (uint)((Rr[address >> 61] >> 8) & 0xFF_FFFF);

    /// <summary>rr.ps of the region of <paramref name="address"/>.</summary>
    public int RegionPageSize(ulong address) => (int)((Rr[address >> 61] >> 2) & 0x3F);

    /// <summary>The bundle of the instruction being emulated (the dispatcher sets it before the
    /// routine runs).</summary>
    public ulong InstructionAddress { get; set; }

    /// <summary>The ed bit of the page <see cref="InstructionAddress"/> was fetched from: the
    /// virtual instruction TLB's translation of it with psr.it, false without (SDM Vol. 2
    /// 3.3.5.3: ISR.ed of a data fault).</summary>
    public bool InstructionPageEd =>
        Vmm.Psr.Bit(Psr, Vmm.Psr.It) && Tlb.TryLookup(instruction: true, InstructionAddress, RegionId(InstructionAddress), out var page)
        && (page.Pte & (1UL << 52)) != 0;

    /// <summary>Whether data accesses translate (psr.dt).</summary>
    public bool DataTranslation => Vmm.Psr.Bit(Psr, Vmm.Psr.Dt);
}
