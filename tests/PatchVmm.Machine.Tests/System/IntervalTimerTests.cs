namespace PatchVmm.Machine.Tests.SystemMode;

/// <summary>The deterministic interval timer (DESIGN.md §5; SDM Vol. 2 3.3.4.4, 5.8.3.6):
/// ar.itc counts retired instructions (MachineOptions.ItcTicksPerInstruction ticks each), and
/// when it reaches cr.itm the timer pends cr.itv's vector — so the External interrupt is taken
/// at exactly the instruction boundary where ar.itc first reaches cr.itm. psr.i gates delivery
/// at instruction boundaries, not instruction groups. (On Ski the timer follows the host's
/// clock, so the sys-int-* programs can only check what does not depend on when it fires.)</summary>
public class IntervalTimerTests
{
    private const int Vector = 0xd5;

    private sealed record Delivery(long Retired, ulong Itc, ulong Itm, ulong Ip, int Slot, ulong Irr3);

    /// <summary>Stops at the first External interrupt and keeps what the machine looked like.</summary>
    private sealed class FirstInterrupt : IHostInterruptionHandler
    {
        public Delivery? Seen { get; private set; }

        public HostAction Handle(Cpu cpu, Interruption interruption)
        {
            Assert.Equal(Interruption.ExternalInterrupt, interruption);
            Seen = new Delivery(cpu.RetiredInstructions, cpu.GetApplicationRegister(ApplicationRegisters.Itc),
                cpu.GetControlRegister(ControlRegisters.Itm), cpu.InstructionPointer, cpu.InstructionSlot,
                cpu.GetControlRegister(ControlRegisters.Irr0 + 3));
            return HostAction.Stop;
        }
    }

    /// <summary>cr.itv = <paramref name="itv"/>, psr.i = 1, cr.itm = ar.itc + <paramref name="ticks"/>,
    /// then 200 bundles of nops and EXIT.</summary>
    private static CodeBuilder TimerProgram(ulong itv, int ticks)
    {
        var code = new CodeBuilder()
            .Bundle("MLX;", "nop.m 0x0", $"movl r2=0x{itv:x}")
            .Bundle("MII;", "mov cr.itv=r2", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", "ssm 0x4000", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", "mov.m r3=ar.itc", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", $"adds r3={ticks},r3", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", "mov cr.itm=r3", "nop.i 0x0", "nop.i 0x0");
        for (int i = 0; i < 200; i++)
        {
            code.Bundle("MII", "nop.m 0x0", "nop.i 0x0", "nop.i 0x0");
        }

        return code.Exit();
    }

    private static Machine Load(CodeBuilder code, ulong ratio)
    {
        var machine = new Machine(new MachineOptions { ItcTicksPerInstruction = ratio }, new Firmware.BufferConsole());
        machine.LoadImage(CodeBuilder.Base, code.Image(), CodeBuilder.Base);
        return machine;
    }

    [Theory]
    [InlineData(1UL, 10)]
    [InlineData(1UL, 11)]
    [InlineData(1UL, 300)]
    [InlineData(3UL, 30)]
    [InlineData(3UL, 31)]
    [InlineData(3UL, 32)]
    [InlineData(3UL, 300)]
    public void TheInterruptIsTakenWhereArItcFirstReachesCrItm(ulong ratio, int ticks)
    {
        var code = TimerProgram(Vector, ticks);
        var machine = Load(code, ratio);
        var host = new FirstInterrupt();
        machine.HostHandler = host;
        Assert.Equal(StopKind.HostStop, machine.Run(10_000).Kind);
        var seen = Assert.IsType<Delivery>(host.Seen);

        // ar.itc is at cr.itm or past it now, and was short of it one instruction earlier.
        Assert.True(seen.Itc >= seen.Itm, $"ar.itc 0x{seen.Itc:x} < cr.itm 0x{seen.Itm:x}");
        Assert.True(seen.Itc - ratio < seen.Itm, $"ar.itc 0x{seen.Itc:x} reached cr.itm 0x{seen.Itm:x} earlier");
        Assert.Equal((ulong)seen.Retired * ratio, seen.Itc);
        Assert.Equal(1UL << (Vector - 192), seen.Irr3);

        // ... which is the instruction a run stopped after that many instructions goes on with.
        var stopped = Load(code, ratio);
        var limit = stopped.Run(seen.Retired);
        Assert.Equal(StopKind.InstructionLimit, limit.Kind);
        Assert.Equal((seen.Ip, seen.Slot), (limit.Ip, limit.Slot));
    }

    [Fact]
    public void WithItvM_TheMatchIsDiscarded()
    {
        // SDM Vol. 2 Table 5-12: m = 1 discards interval timer interrupts; they are not pended.
        var machine = Load(TimerProgram(0x10000 | Vector, 20), 1);
        var host = new FirstInterrupt();
        machine.HostHandler = host;
        Assert.Equal(StopKind.Exit, machine.Run(10_000).Kind);
        Assert.Null(host.Seen);
        Assert.Equal(0UL, machine.Cpu.GetControlRegister(ControlRegisters.Irr0 + 3));
        // Unmasking afterwards brings nothing back.
        machine.Cpu.WriteControlRegister(ControlRegisters.Itv, Vector);
        Assert.Equal(15UL, machine.Cpu.GetControlRegister(ControlRegisters.Ivr));
    }

    [Fact]
    public void ACrItmInThePast_NeverMatches()
    {
        var machine = Load(TimerProgram(Vector, -1), 1);
        var host = new FirstInterrupt();
        machine.HostHandler = host;
        Assert.Equal(StopKind.Exit, machine.Run(10_000).Kind);
        Assert.Null(host.Seen);
    }

    [Theory]
    [InlineData(1UL, 7)]
    [InlineData(3UL, 7)]
    public void WritingArItc_MovesTheMatch(ulong ratio, int ticks)
    {
        // cr.itm far ahead, then ar.itc = cr.itm - ticks: the match is ticks away now.
        var code = new CodeBuilder()
            .Bundle("MLX;", "nop.m 0x0", $"movl r2=0x{Vector:x}")
            .Bundle("MII;", "mov cr.itv=r2", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", "ssm 0x4000", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MLX;", "nop.m 0x0", "movl r3=0x123456789a")
            .Bundle("MII;", "mov cr.itm=r3", $"adds r3=-{ticks},r3", "nop.i 0x0")
            .Bundle("MII;", "mov.m ar.itc=r3", "nop.i 0x0", "nop.i 0x0");
        for (int i = 0; i < 20; i++)
        {
            code.Bundle("MII", "nop.m 0x0", "nop.i 0x0", "nop.i 0x0");
        }

        var machine = Load(code.Exit(), ratio);
        var host = new FirstInterrupt();
        machine.HostHandler = host;
        Assert.Equal(StopKind.HostStop, machine.Run(10_000).Kind);
        var seen = Assert.IsType<Delivery>(host.Seen);
        Assert.Equal(0x123456789aUL, seen.Itm);
        Assert.True(seen.Itc >= seen.Itm && seen.Itc - ratio < seen.Itm, $"ar.itc 0x{seen.Itc:x}, cr.itm 0x{seen.Itm:x}");
    }

    [Fact]
    public void PsrIGatesDelivery_AtInstructionBoundaries()
    {
        // A pending interrupt waits while psr.i = 0 and is taken right after the instruction
        // that sets it — in the middle of an instruction group, before the rsm that follows.
        var code = new CodeBuilder()
            .Bundle("MII", "nop.m 0x0", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MMI", "ssm 0x4000", "rsm 0x4000", "nop.i 0x0")
            .Exit();
        var machine = code.Load();
        machine.Cpu.PendExternalInterrupt(0x40);
        var host = new FirstInterrupt();
        machine.HostHandler = host;
        Assert.Equal(StopKind.HostStop, machine.Run(100).Kind);
        var seen = Assert.IsType<Delivery>(host.Seen);
        Assert.Equal((CodeBuilder.Base + 16, 1), (seen.Ip, seen.Slot));
        Assert.Equal(4, seen.Retired);
    }

    [Fact]
    public void WithPsrIZero_APendingInterruptIsNeverTaken()
    {
        var code = new CodeBuilder().Bundle("MII", "nop.m 0x0", "nop.i 0x0", "nop.i 0x0").Exit();
        var machine = code.Load();
        machine.Cpu.PendExternalInterrupt(0x40);
        var host = new FirstInterrupt();
        machine.HostHandler = host;
        Assert.Equal(StopKind.Exit, machine.Run(100).Kind);
        Assert.Null(host.Seen);
        Assert.Equal(0x40UL, machine.Cpu.GetControlRegister(ControlRegisters.Ivr));
    }
}
