namespace PatchVmm.Machine.Tests.SystemMode;

/// <summary>Data breakpoints on translated pages (SDM Vol. 2 7.1.2: with psr.db = 1 every data
/// reference that matches an enabled DBR pair raises a Data Debug fault; Vol. 2 4.1 and Ski's
/// tlb.c order the check after the dirty and access bits). Ski skips the check for a page that
/// is accessed and dirty (its per-entry quick check, tlb.c dtlbLookup), so the corpus program
/// sys-a-one-instruction maps its breakpoint page without the dirty bit; this test covers the
/// dirty page.</summary>
public class DataBreakpointTests
{
    private const ulong Page = 0x200000;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FaultsOnTranslatedPagesWhetherDirtyOrNot(bool dirty)
    {
        // itr.d: 0x200000 -> 0x200000, 4 KiB, pl 0, rw, accessed (and dirty).
        ulong pte = Page | (2UL << 9) | (1UL << 5) | (dirty ? 1UL << 6 : 0) | 1;
        var machine = new CodeBuilder()
            .Bundle("MLX", "nop.m 0x0", $"movl r2=0x{Page:x}")
            .Bundle("MLX;", "nop.m 0x0", $"movl r3=0x{pte:x}")
            .Bundle("MMI;", "adds r4=48,r0", "mov cr.ifa=r2", "nop.i 0x0")
            .Bundle("MMI;", "mov cr.itir=r4", "nop.m 0x0", "nop.i 0x0")
            .Bundle("MMI;", "itr.d dtr[r0]=r3", "nop.m 0x0", "nop.i 0x0")
            // dbr0/1: reads of 0x200008 (8 bytes), every privilege level.
            .Bundle("MLX;", "adds r5=8,r2", "movl r6=0x8ffffffffffffff8")
            .Bundle("MMI;", "adds r7=1,r0", "mov dbr[r0]=r5", "nop.i 0x0")
            .Bundle("MMI;", "mov dbr[r7]=r6", "nop.m 0x0", "nop.i 0x0")
            .Bundle("MMI;", "srlz.d", "nop.m 0x0", "nop.i 0x0")
            .Bundle("MMI;", "ld8 r8=[r2]", "nop.m 0x0", "nop.i 0x0")
            .Bundle("MMI;", "ld8 r9=[r5]", "nop.m 0x0", "nop.i 0x0")
            .Exit()
            .Load();
        var cpu = machine.Cpu;
        cpu.ProcessorStatus = (1UL << Cpu.PsrDt) | (1UL << Cpu.PsrDb);
        var result = machine.Run(1000);
        Assert.Equal(StopKind.Interruption, result.Kind);
        Assert.Equal(Interruption.DataDebug, result.Interruption);
        Assert.Equal(Page + 8, result.Detail);
    }
}
