namespace PatchVmm.Machine.Tests.SystemMode;

/// <summary>psr.ia disables the Instruction Access Bit check for one instruction (SDM Vol. 2
/// 3.3.2 Table 3-2): the next instruction fetched from a page whose accessed bit is 0 faults,
/// even in the same bundle. Ski checks the bit only when it enters a page (tlb.c itlbLookup on
/// a new page), so the corpus program sys-a-psr-ia leaves the page right after the covered
/// instruction; this test covers the instruction after it.</summary>
public class InstructionAccessBitTests
{
    private sealed class Recorder : IHostInterruptionHandler
    {
        public Interruption Seen;
        public int Slot = -1;

        public HostAction Handle(Cpu cpu, Interruption interruption)
        {
            Seen = interruption;
            Slot = cpu.InstructionSlot;
            return HostAction.Stop;
        }
    }

    [Fact]
    public void TheInstructionAfterTheOnePsrIaCoversFaults()
    {
        var machine = new CodeBuilder()
            .Bundle("MII;", "adds r9=1,r0", "adds r10=1,r0", "nop.i 0x0")
            .Exit()
            .Load();
        var cpu = machine.Cpu;

        // itr0: the code page, identity, 4 KiB, rwx at PL 0, present, not accessed.
        ulong pte = CodeBuilder.Base | (3UL << 9) | 1;
        cpu.Itlb.InsertRegister(0, cpu.MakeEntry(CodeBuilder.Base, pte, 12 << 2));
        var recorder = new Recorder();
        machine.HostHandler = recorder;
        cpu.ProcessorStatus = (1UL << Cpu.PsrIt) | (1UL << Cpu.PsrIc) | (1UL << Cpu.PsrIa);
        var result = machine.Run(1000);

        Assert.Equal(StopKind.HostStop, result.Kind);
        Assert.Equal(Interruption.InstructionAccessBit, recorder.Seen);
        Assert.Equal(1, recorder.Slot);
        Assert.Equal(1UL, cpu.GetGr(9));
        Assert.Equal(0UL, cpu.GetGr(10));
    }
}
