using PatchVmm.Machine;
using PatchVmm.Vmm.BuiltIn;
using PatchVmm.Vmm.Dispatch;
using PatchVmm.Vmm.Patching;

namespace PatchVmm.Vmm.Tests.Equivalence;

/// <summary>The two sides of a trial. Native: the machine in state S runs the original
/// instruction once (Machine.Run(1)); an interruption it raises is taken by a host handler that
/// notes it and stops the run, so the state is the one the IVT handler would find. Virtual: the
/// de-privileged machine runs the patched bundle once; the patch's Break Instruction fault is
/// taken by a host handler that dispatches it, with cr.iim, ip and slot as the machine reports
/// them, on the virtual CPU holding S's privileged state. Each side is then observed.</summary>
/// <summary>A deliberate fault in the virtual side (the harness's own test): changes the
/// routine's result or the virtual CPU after the routine ran.</summary>
internal delegate RoutineResult Mutation(RoutineResult result, VirtualCpu vcpu);

internal static class Runs
{
    private const ulong Ri = 3UL << Psr.Ri;

    /// <summary>The native run, or null with <paramref name="excluded"/> saying why it cannot be
    /// compared (a machine check, an rfi whose target fetch faulted).</summary>
    public static Observation? Native(GuestState s, byte[] code, int slot, out string? excluded,
        out IReadOnlyList<TlbTranslation> itlb, out IReadOnlyList<TlbTranslation> dtlb, out Observation before)
    {
        var m = StateBuilder.Native(s, code, slot);
        var cpu = m.Cpu;
        itlb = cpu.GetTranslations(instruction: true);
        dtlb = cpu.GetTranslations(instruction: false);
        before = new Observation();
        Collect(before, cpu, null, faulted: false, faultIc: false);
        var taken = new Recorder();
        m.HostHandler = taken;
        var run = m.Run(1);
        excluded = null;
        var o = new Observation();
        bool faultIc = false;
        if (taken.Interruption is { } i)
        {
            if (taken.Ip != StateBuilder.CodeAddress || taken.Slot != slot)
            {
                excluded = $"the next instruction's fetch raised {Interruptions.Name(i)}";
                return null;
            }

            int vector = Interruptions.VectorOffset(i);
            faultIc = taken.Ic;
            o.Outcome = Observation.FaultOf(vector, taken.Isr, faultIc && Observation.WritesIfa(vector, taken.Isr) ? taken.Ifa : null);
        }
        else if (run.Kind == StopKind.InstructionLimit)
        {
            o.Outcome = Observation.ResumeAt(cpu.InstructionPointer, cpu.InstructionSlot);
        }
        else if (run.Kind == StopKind.Interruption && run.Interruption == Interruption.NonexistentMemory && run.Ip != StateBuilder.CodeAddress)
        {
            // An rfi to a physical address outside guest memory: the instruction completed.
            o.Outcome = Observation.ResumeAt(run.Ip, run.Slot);
        }
        else
        {
            excluded = run.Describe();
            return null;
        }

        Collect(o, cpu, null, taken.Interruption is { } t && Observation.WritesIsr(Interruptions.VectorOffset(t)), faultIc);
        return o;
    }

    /// <summary>The virtual run of the patched bundle.</summary>
    public static Observation Virtual(GuestState s, byte[] patched, SiteTable sites, int slot,
        IReadOnlyList<TlbTranslation> itlb, IReadOnlyList<TlbTranslation> dtlb, int kernelLevel, Mutation? mutation = null)
    {
        var (m, vcpu) = StateBuilder.Virtual(s, patched, slot, itlb, dtlb, kernelLevel);
        var cpu = m.Cpu;
        var dispatcher = new DispatchingHandler(sites, vcpu, mutation);
        m.HostHandler = dispatcher;
        var run = m.Run(1);
        var o = new Observation();
        bool faulted = false, faultIc = false;
        if (dispatcher.Unexpected is { } other)
        {
            o.Outcome = $"the de-privileged machine raised {Interruptions.Name(other)}";
        }
        else if (dispatcher.Result is { } r)
        {
            switch (r.Action)
            {
                case RoutineAction.Resume:
                    o.Outcome = Observation.ResumeAt(r.Ip, r.Slot);
                    break;
                case RoutineAction.Fault:
                    faultIc = dispatcher.Ic;
                    var f = r.Fault.ForDelivery(faultIc);
                    faulted = Observation.WritesIsr(f.Vector);
                    ulong isr = f.Isr | ((ulong)dispatcher.Ei << 41) | (faultIc ? 0 : 1UL << 39);
                    o.Outcome = Observation.FaultOf(f.Vector, isr, faultIc && Observation.WritesIfa(f.Vector, isr) ? f.Address : null);
                    break;
                default:
                    o.Outcome = "not ours";
                    break;
            }
        }
        else if (run.Kind == StopKind.InstructionLimit)
        {
            o.Outcome = Observation.ResumeAt(cpu.InstructionPointer, cpu.InstructionSlot);
        }
        else
        {
            o.Outcome = run.Describe();
        }

        Collect(o, cpu, vcpu, faulted, faultIc);

        // The VMM's own consistency: the machine runs with the psr the virtual one implies
        // (VirtualCpu.MachinePsr; the bits it owns are its own, ri is its slot, it the test's).
        ulong own = VirtualCpu.MachineOwnedPsr | Ri | (1UL << Psr.It);
        ulong expected = vcpu.MachinePsr(vcpu.Psr);
        o.Add("vmm:machine-psr", ((cpu.ProcessorStatus ^ expected) & ~own) == 0 ? "consistent" : $"0x{cpu.ProcessorStatus:x} for 0x{expected:x}");
        return o;
    }

    /// <summary>Everything guest-visible: the frame and GRs (both banks, NaT bits), predicates,
    /// BRs, ARs (the virtual ar.itc), psr (the virtual one with the machine's user mask), the
    /// control registers (cr.ivr as a read would find it, cr.irr as pending; cr.iipa only while
    /// psr.ic is 0, when it is visible; after a fault, not the interruption registers its
    /// delivery writes), region, protection-key, debug and performance registers, CPUID, both
    /// TLBs as sets of translations, and the vectors in service.</summary>
    private static void Collect(Observation o, Cpu cpu, VirtualCpu? vcpu, bool faulted, bool faultIc)
    {
        o.Add("cfm", cpu.FrameMarker);
        for (int r = 1; r < 32 + cpu.FrameSize; r++)
        {
            o.Add($"r{r}", Gr(cpu, r));
        }

        o.Add("pr", cpu.Predicates);
        for (int b = 0; b < 8; b++)
        {
            o.Add($"b{b}", cpu.GetBranchRegister(b));
        }

        for (int n = 0; n < 128; n++)
        {
            o.Add($"ar{n}", n == ApplicationRegister.Itc && vcpu is not null ? vcpu.Itc : cpu.GetApplicationRegister(n));
        }

        ulong psr = vcpu?.ReadPsr() ?? cpu.ProcessorStatus;
        o.Add("psr", psr & ~Ri);
        foreach (int n in Trial.ExistingControlRegisters)
        {
            if ((n == Vmm.ControlRegister.Iipa && Psr.Bit(psr, Psr.Ic)) || (faulted && n == Vmm.ControlRegister.Isr)
                || (faultIc && ControlRegisterRules.IsInterruptionRegister(n)))
            {
                continue;
            }

            ulong value = vcpu is null ? cpu.GetControlRegister(n) : n switch
            {
                Vmm.ControlRegister.Ivr => (ulong)vcpu.Interrupts.Highest(vcpu.Cr[Vmm.ControlRegister.Tpr]),
                >= Vmm.ControlRegister.Irr0 and <= Vmm.ControlRegister.Irr3 => vcpu.Interrupts.Pending[n - Vmm.ControlRegister.Irr0],
                _ => vcpu.Cr[n],
            };
            o.Add($"cr{n}", value);
        }

        for (int i = 0; i < 8; i++)
        {
            o.Add($"rr{i}", vcpu?.Rr[i] ?? cpu.GetRegionRegister(i));
        }

        for (int i = 0; i < Cpu.ProtectionKeyRegisters; i++)
        {
            o.Add($"pkr{i}", vcpu?.Pkr[i] ?? cpu.GetProtectionKeyRegister(i));
        }

        for (int i = 0; i < Cpu.DebugRegisters; i++)
        {
            o.Add($"dbr{i}", vcpu?.Dbr[i] ?? cpu.GetDebugRegister(instruction: false, i));
            o.Add($"ibr{i}", vcpu?.Ibr[i] ?? cpu.GetDebugRegister(instruction: true, i));
        }

        for (int i = 0; i < Cpu.PerformanceRegisters; i++)
        {
            o.Add($"pmc{i}", vcpu?.Pmc[i] ?? cpu.GetPerformanceRegister(data: false, i));
            o.Add($"pmd{i}", vcpu?.Pmd[i] ?? cpu.GetPerformanceRegister(data: true, i));
        }

        for (int i = 0; i < VirtualCpu.CpuidRegisters; i++)
        {
            o.Add($"cpuid{i}", vcpu?.Cpuid[i] ?? Cpu.GetCpuid(i));
        }

        foreach (bool instruction in new[] { true, false })
        {
            var entries = vcpu is null
                ? cpu.GetTranslations(instruction).Select(t => Observation.Translation(t.Register, t.Index, t.Address, t.PageSize, t.Rid, t.Pte, t.Key))
                : vcpu.Tlb.Translations(instruction).Select(t => Observation.Translation(t.Register, t.Index, t.Entry.Address, t.Entry.PageSize, t.Entry.Rid, t.Entry.Pte, t.Entry.Key));
            o.Add(instruction ? "itlb" : "dtlb", string.Join(" ", entries.Order(StringComparer.Ordinal)));
        }

        for (int w = 0; w < 4; w++)
        {
            o.Add($"in-service{w}", vcpu?.Interrupts.InServiceVectors[w] ?? cpu.GetInServiceVectors(w));
        }

        // The other bank last: reading it switches banks on the machine.
        int bank = Psr.Bit(cpu.ProcessorStatus, Psr.Bn) ? 1 : 0;
        cpu.SwitchBank(1 - bank);
        for (int r = 16; r < 32; r++)
        {
            o.Add($"bank{1 - bank}.r{r}", Gr(cpu, r));
        }

        cpu.SwitchBank(bank);
    }

    private static string Gr(Cpu cpu, int r)
    {
        ulong v = cpu.GetGeneralRegister(r, out bool nat);
        return Observation.Hex(v) + (nat ? " nat" : "");
    }

    /// <summary>The native side's host handler: notes the interruption and cr.isr/cr.ifa as
    /// collected, and whether psr.ic was 1, then stops the run.</summary>
    private sealed class Recorder : IHostInterruptionHandler
    {
        public Interruption? Interruption;
        public ulong Isr, Ifa, Ip;
        public int Slot;
        public bool Ic;

        public HostAction Handle(Cpu cpu, Interruption interruption)
        {
            Interruption = interruption;
            Isr = cpu.GetControlRegister(Vmm.ControlRegister.Isr);
            Ifa = cpu.GetControlRegister(Vmm.ControlRegister.Ifa);
            Ic = Psr.Bit(cpu.ProcessorStatus, Psr.Ic);
            Ip = cpu.InstructionPointer;
            Slot = cpu.InstructionSlot;
            return HostAction.Stop;
        }
    }

    /// <summary>The VMM's break handler: the patch's Break Instruction fault, as the machine
    /// delivers it, dispatched to the routine (cr.iim, the faulting bundle and slot); then stop.</summary>
    private sealed class DispatchingHandler(SiteTable sites, VirtualCpu vcpu, Mutation? mutation) : IHostInterruptionHandler
    {
        public RoutineResult? Result;
        public Interruption? Unexpected;
        public bool Ic;
        public int Ei;

        public HostAction Handle(Cpu cpu, Interruption interruption)
        {
            if (interruption != Interruption.BreakInstruction)
            {
                Unexpected = interruption;
                return HostAction.Stop;
            }

            Ic = Psr.Bit(vcpu.Psr, Psr.Ic);
            Ei = (int)((cpu.GetControlRegister(Vmm.ControlRegister.Isr) >> 41) & 3);
            var result = Dispatcher<EmulationTable>.Dispatch(sites, cpu.GetControlRegister(Vmm.ControlRegister.Iim), cpu.InstructionPointer, cpu.InstructionSlot, vcpu);
            Result = mutation is null ? result : mutation(result, vcpu);
            return HostAction.Stop;
        }
    }
}
