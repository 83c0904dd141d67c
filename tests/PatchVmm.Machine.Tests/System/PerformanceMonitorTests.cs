namespace PatchVmm.Machine.Tests.SystemMode;

/// <summary>Reads and writes of the performance-monitor registers where Ski departs from the
/// SDM, so the corpus programs (sys-a-privreg, sys-a-reserved-field, sys-a-pmc-cpuid) leave
/// them out. SDM Vol. 2 7.2: "Reading of an unimplemented PMC or PMD register returns zero.
/// Writes to unimplemented PMC or PMD registers are ignored", and Vol. 3 mov indirect: only
/// non-existent registers of the other files raise Reserved Register/Field (Ski faults past
/// its 64). SDM Vol. 2 7.2 and 7.2.1: with psr.sp = 1, PMD reads by non-zero privilege level
/// code return zero, and a privileged monitor (PMC.pm = 1) is accessible only at PL 0,
/// "otherwise, reads return zeros" (Ski raises a Privileged Register fault, and reads 0 under
/// psr.sp at PL 0 as well).</summary>
public class PerformanceMonitorTests
{
    private const int PsrSp = 20;

    [Theory]
    [InlineData(64)]
    [InlineData(255)]
    public void UnimplementedRegistersReadZeroAndIgnoreWrites(int index)
    {
        var machine = new CodeBuilder()
            .Bundle("MMI;", $"adds r2={index},r0", "adds r3=0x55,r0", "nop.i 0x0")
            .Bundle("MMI;", "mov pmc[r2]=r3", "mov pmd[r2]=r3", "nop.i 0x0")
            .Bundle("MMI;", "mov r9=pmc[r2]", "mov r10=pmd[r2]", "nop.i 0x0")
            .Exit()
            .Run(out var result);
        Assert.Equal(StopKind.Exit, result.Kind);
        Assert.Equal(0UL, machine.Cpu.GetGr(9));
        Assert.Equal(0UL, machine.Cpu.GetGr(10));
    }

    [Theory]
    // pl, pmc4.pm, psr.sp -> pmd4 visible
    [InlineData(0, false, false, true)]
    [InlineData(0, true, false, true)]
    [InlineData(0, false, true, true)]
    [InlineData(3, false, false, true)]
    [InlineData(3, true, false, false)]
    [InlineData(3, false, true, false)]
    public void PmdReadsFollowPrivilegeSpAndPm(int pl, bool pm, bool sp, bool visible)
    {
        var machine = new CodeBuilder()
            .Bundle("MMI;", "adds r2=4,r0", "nop.m 0x0", "nop.i 0x0")
            .Bundle("MMI;", "mov r9=pmd[r2]", "nop.m 0x0", "nop.i 0x0")
            .Exit()
            .Load();
        var cpu = machine.Cpu;
        cpu.Pmc[4] = pm ? 1UL << 6 : 0;
        cpu.Pmd[4] = 0x1234;
        cpu.ProcessorStatus = ((ulong)pl << 32) | (sp ? 1UL << PsrSp : 0);
        var result = machine.Run(1000);
        Assert.Equal(StopKind.Exit, result.Kind);
        Assert.Equal(visible ? 0x1234UL : 0, cpu.GetGr(9));
    }
}
