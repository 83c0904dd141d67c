using PatchVmm.Ia64.Elf;
using PatchVmm.Machine.Firmware;
using PatchVmm.Machine.State;

namespace PatchVmm.Machine.Tests.SystemMode;

/// <summary>The host interruption hook (IHostInterruptionHandler.cs, DESIGN.md §5): a host
/// handler sees exactly the interruption state the IVT path sees. Programs/sys-int-hook.s
/// raises a Break Instruction fault in slots 0, 1, 2 and 2 (break.b), an Illegal Operation
/// fault, an Unaligned Data Reference fault, an External interrupt, a Single Step trap, an
/// Alternate Data TLB fault with psr.dt = 1 and a Privileged Operation fault at privilege
/// level 3; its IVT handlers log the vector and cr.iip, ipsr, isr, iim, ifa, itir, iha, iipa,
/// ifs of each to memory (and its final state is Ski's, ProgramCorpusTests). Here it runs
/// without a host handler, with one that handles everything itself and resumes, with one
/// that lets every interruption vector, and with one that stops.</summary>
public class HostInterruptionTests
{
    private const ulong LogBase = 0x200000;
    private const int LogWords = 10;

    private static readonly int[] LoggedCrs =
    [
        ControlRegisters.Iip, ControlRegisters.Ipsr, ControlRegisters.Isr, ControlRegisters.Iim, ControlRegisters.Ifa,
        ControlRegisters.Itir, ControlRegisters.Iha, ControlRegisters.Iipa, ControlRegisters.Ifs,
    ];

    private static readonly Interruption[] Expected =
    [
        Interruption.BreakInstruction, Interruption.BreakInstruction, Interruption.BreakInstruction,
        Interruption.BreakInstruction, Interruption.IllegalOperation, Interruption.UnalignedDataReference,
        Interruption.ExternalInterrupt, Interruption.SingleStep, Interruption.AlternateDataTlb,
        Interruption.PrivilegedOperation,
    ];

    // The registers only the program's IVT handlers maintain: their count, sum and xor of what
    // they logged, the vector the External interrupt's handler read.
    private static readonly HashSet<string> HandlerResults = new(StringComparer.Ordinal) { "gr.r39", "gr.r40", "gr.r41", "gr.r42" };

    [Fact]
    public void WithoutAHostHandler_EveryInterruptionGoesThroughTheIvt()
    {
        var machine = Boot();
        Assert.Null(machine.HostHandler);
        var result = machine.Run(1_000_000);
        Assert.Equal(StopKind.Exit, result.Kind);
        var log = ReadLog(machine);
        Assert.Equal(Expected.Length, (int)machine.Cpu.GetGeneralRegister(39));
        for (int n = 0; n < Expected.Length; n++)
        {
            Assert.Equal((ulong)Interruptions.VectorOffset(Expected[n]), log[n][0]);
        }
    }

    [Fact]
    public void AResumingHostSeesWhatTheIvtHandlersSaw_AndNoIvtInstructionRuns()
    {
        var hardware = Boot();
        var hardwareResult = hardware.Run(1_000_000);
        var log = ReadLog(hardware);

        var host = new Recorder(HandleLikeTheIvt);
        var machine = Boot();
        machine.HostHandler = host;
        var result = machine.Run(1_000_000);
        Assert.Equal(StopKind.Exit, result.Kind);

        Assert.Equal(Expected, host.Seen.Select(s => s.Kind));
        for (int n = 0; n < Expected.Length; n++)
        {
            Assert.Equal(log[n][1..], host.Seen[n].Crs);
        }

        // No IVT instruction ran: nothing was logged, the handlers' count stayed 0.
        Assert.All(ReadLog(machine), entry => Assert.All(entry, word => Assert.Equal(0UL, word)));
        Assert.Equal(0UL, machine.Cpu.GetGeneralRegister(39));

        // The program itself ended as with the IVT handlers: every register but what only the
        // handlers keep (their results, the predicates they use as scratch, the CRs they
        // write before rfi) and the instruction count (no handler instructions retired).
        var withIvt = StateFields.Parse(StateDump.ToJson(hardware, hardwareResult));
        var withHost = StateFields.Parse(StateDump.ToJson(machine, result));
        Assert.True(long.Parse(withHost["instructions"], System.Globalization.CultureInfo.InvariantCulture)
            < long.Parse(withIvt["instructions"], System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (field, value) in withIvt)
        {
            if (!HandlerResults.Contains(field) && field is not ("instructions" or "ar.itc" or "pr") && !field.StartsWith("cr.", StringComparison.Ordinal))
            {
                Assert.True(withHost.TryGetValue(field, out string? ours) && ours == value, $"{field}: with the IVT {value}, with the host {ours}");
            }
        }
    }

    [Fact]
    public void AHostSeesTheInterruptedContext_Untouched()
    {
        var host = new Recorder(HandleLikeTheIvt);
        var machine = Boot();
        machine.HostHandler = host;
        machine.Run(1_000_000);
        foreach (var seen in host.Seen)
        {
            // psr is the interrupted context's — cr.ipsr, ri included: ic, i, bank 1, cpl, dt,
            // ss … —, not an interruption handler's; the frame and bank 1 are current.
            ulong ipsr = seen.Crs[1];
            Assert.Equal(ipsr, seen.Psr);
            Assert.NotEqual(0UL, seen.Psr & (1UL << Cpu.PsrBn));
            Assert.Equal(40, seen.FrameSize);
            Assert.Equal((ulong)seen.Slot, (ipsr >> Cpu.PsrRi) & 3);
            Assert.Equal(seen.Ip, seen.Crs[0]);
        }
    }

    [Fact]
    public void AVectoringHostSeesWhatTheIvtSees_AndTheRunIsUnchanged()
    {
        var hardware = Boot();
        var expected = StateDump.ToJson(hardware, hardware.Run(1_000_000));

        var host = new Recorder((_, _) => HostAction.Vector);
        var machine = Boot();
        machine.HostHandler = host;
        var result = machine.Run(1_000_000);
        Assert.Equal(expected, StateDump.ToJson(machine, result));

        var log = ReadLog(machine);
        Assert.Equal(Expected, host.Seen.Select(s => s.Kind));
        for (int n = 0; n < Expected.Length; n++)
        {
            Assert.Equal(log[n][1..], host.Seen[n].Crs);
        }
    }

    [Fact]
    public void AStoppingHostEndsTheRunAtTheInterruption()
    {
        var host = new Recorder((_, _) => HostAction.Stop);
        var machine = Boot();
        machine.HostHandler = host;
        var result = machine.Run(1_000_000);
        Assert.Equal(StopKind.HostStop, result.Kind);
        Assert.Equal(Interruption.BreakInstruction, result.Interruption);
        var first = Assert.Single(host.Seen);
        Assert.Equal(Interruption.BreakInstruction, first.Kind);
        Assert.Equal(first.Ip, result.Ip);
        Assert.Equal(0, result.Slot);
        Assert.Equal(0x11UL, machine.Cpu.GetControlRegister(ControlRegisters.Iim));
        Assert.StartsWith("stopped by the host interruption handler (Break Instruction fault) at 0x", result.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void AfterAResume_CrIipaStillNamesTheLastInstructionThatCompleted()
    {
        // SDM Vol. 2 3.3.5.6: cr.iipa is the bundle of the last instruction that completed
        // with psr.ic = 1. Two breaks in a row, the first skipped by the host: at the second
        // one that is still the nop in slot 0 of their bundle, as after an IVT handler's rfi.
        var code = new CodeBuilder()
            .Bundle("MII;", "nop.m 0x0", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", "nop.m 0x0", "break.i 0x1", "break.i 0x2")
            .Exit();
        var machine = code.Load();
        machine.Cpu.ProcessorStatus = 1UL << Cpu.PsrIc;
        var host = new Recorder(HandleLikeTheIvt);
        machine.HostHandler = host;
        Assert.Equal(StopKind.Exit, machine.Run(100).Kind);
        Assert.Equal(2, host.Seen.Count);
        Assert.Equal(CodeBuilder.Base + 16, host.Seen[0].Crs[7]);
        Assert.Equal(CodeBuilder.Base + 16, host.Seen[1].Crs[7]);
    }

    /// <summary>What the program's IVT handlers do, done by the host: past a fault (the
    /// Privileged Operation fault to the next bundle and privilege level 0), the External
    /// interrupt acknowledged and ended, single step off after the trap.</summary>
    private static HostAction HandleLikeTheIvt(Cpu cpu, Interruption interruption)
    {
        switch (interruption)
        {
            case Interruption.ExternalInterrupt:
                Assert.Equal(0x55, cpu.AcknowledgeExternalInterrupt());
                cpu.EndExternalInterrupt();
                break;
            case Interruption.SingleStep:
                cpu.ProcessorStatus &= ~(1UL << Cpu.PsrSs);
                break;
            case Interruption.PrivilegedOperation:
                cpu.ProcessorStatus &= ~(3UL << Cpu.PsrCpl);
                cpu.InstructionPointer += 16;
                cpu.InstructionSlot = 0;
                break;
            default:
                if (cpu.InstructionSlot == 2)
                {
                    cpu.InstructionPointer += 16;
                    cpu.InstructionSlot = 0;
                }
                else
                {
                    cpu.InstructionSlot++;
                }

                break;
        }

        return HostAction.Resume;
    }

    private static Machine Boot()
    {
        var machine = new Machine(new MachineOptions(), new BufferConsole());
        machine.Load(ElfFile.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Programs", "sys-int-hook.elf"))));
        return machine;
    }

    private static ulong[][] ReadLog(Machine machine)
    {
        var log = new ulong[Expected.Length][];
        for (int n = 0; n < log.Length; n++)
        {
            var bytes = machine.Memory.Read(LogBase + ((ulong)n * LogWords * 8), LogWords * 8);
            log[n] = new ulong[LogWords];
            for (int w = 0; w < LogWords; w++)
            {
                log[n][w] = BitConverter.ToUInt64(bytes.Slice(w * 8, 8));
            }
        }

        return log;
    }

    private sealed record Seen(Interruption Kind, ulong[] Crs, ulong Ip, int Slot, ulong Psr, int FrameSize);

    private sealed class Recorder(Func<Cpu, Interruption, HostAction> action) : IHostInterruptionHandler
    {
        public List<Seen> Seen { get; } = [];

        public HostAction Handle(Cpu cpu, Interruption interruption)
        {
            Seen.Add(new Seen(interruption, LoggedCrs.Select(cpu.GetControlRegister).ToArray(), cpu.InstructionPointer,
                cpu.InstructionSlot, cpu.ProcessorStatus, cpu.FrameSize));
            return action(cpu, interruption);
        }
    }
}
