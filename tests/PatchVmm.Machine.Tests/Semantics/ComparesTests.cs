namespace PatchVmm.Machine.Tests.Semantics;

/// <summary>Integer compares, tbit, tnat and tf (A6–A8, I16, I17, I30): every relation and
/// compare type, cmp4's 32-bit views, NaT sources, predicated-off .unc, one predicate named
/// twice. Every expected value was checked on Ski (the inputs run as one program there and
/// on this machine: /opt/ski/bin/bski -forcesystem, same predicates before each instruction).
/// Instructions are written as objdump prints them: the assembler's pseudo-ops (.gt, .ne,
/// .andcm, .orcm, .nz for normal tbit, ...) come out as these base forms with swapped
/// operands or targets.</summary>
public class ComparesTests
{
    // Initial predicates: p0, p1 set, p2 clear, and p6/p7 as given (0xC3 = both set,
    // 0x03 = both clear, 0x83 = p7 only). r10 holds a NaT.
    [Theory]
    [InlineData("cmp.eq p6,p7=r2,r3", 0x5UL, 0x5UL, 0xC3UL, 0x43UL)]
    [InlineData("cmp.eq p6,p7=r2,r3", 0x5UL, 0x7UL, 0xC3UL, 0x83UL)]
    [InlineData("cmp.lt p6,p7=r2,r3", 0xFFFFFFFFFFFFFFFFUL, 0x1UL, 0xC3UL, 0x43UL)]
    [InlineData("cmp.lt p6,p7=r2,r3", 0x1UL, 0xFFFFFFFFFFFFFFFFUL, 0xC3UL, 0x83UL)]
    [InlineData("cmp.lt p6,p7=r2,r3", 0x7FFFFFFFFFFFFFFFUL, 0x8000000000000000UL, 0xC3UL, 0x83UL)]
    [InlineData("cmp.ltu p6,p7=r2,r3", 0xFFFFFFFFFFFFFFFFUL, 0x1UL, 0xC3UL, 0x83UL)]
    [InlineData("cmp.ltu p6,p7=r2,r3", 0x1UL, 0xFFFFFFFFFFFFFFFFUL, 0xC3UL, 0x43UL)]
    [InlineData("cmp.ltu p6,p7=r2,r3", 0x7UL, 0x7UL, 0x3UL, 0x83UL)]
    [InlineData("cmp4.eq p6,p7=r2,r3", 0x100000005UL, 0x5UL, 0xC3UL, 0x43UL)]
    [InlineData("cmp4.lt p6,p7=r2,r3", 0x80000000UL, 0x1UL, 0xC3UL, 0x43UL)]
    [InlineData("cmp4.lt p6,p7=r2,r3", 0xFFFFFFFF00000001UL, 0x2UL, 0xC3UL, 0x43UL)]
    [InlineData("cmp4.ltu p6,p7=r2,r3", 0x80000000UL, 0x1UL, 0xC3UL, 0x83UL)]
    [InlineData("cmp4.ltu p6,p7=r2,r3", 0x500000001UL, 0xFFFFFFFFUL, 0xC3UL, 0x43UL)]
    [InlineData("cmp.lt p6,p7=-128,r3", 0x0UL, 0x5UL, 0xC3UL, 0x43UL)]
    [InlineData("cmp.lt p6,p7=127,r3", 0x0UL, 0xFFFFFFFFFFFFFF80UL, 0xC3UL, 0x83UL)]
    [InlineData("cmp.ltu p6,p7=-1,r3", 0x0UL, 0xFFFFFFFFFFFFFFFFUL, 0xC3UL, 0x83UL)]
    [InlineData("cmp.eq p6,p7=-1,r3", 0x0UL, 0xFFFFFFFFFFFFFFFFUL, 0xC3UL, 0x43UL)]
    [InlineData("cmp4.eq p6,p7=-1,r3", 0x0UL, 0xFFFFFFFFUL, 0xC3UL, 0x43UL)]
    [InlineData("cmp4.ltu p6,p7=-2,r3", 0x0UL, 0xFFFFFFFFUL, 0xC3UL, 0x43UL)]
    [InlineData("cmp4.lt p6,p7=-2,r3", 0x0UL, 0xFFFFFFFFUL, 0xC3UL, 0x43UL)]
    [InlineData("cmp.eq p0,p6=r2,r3", 0x5UL, 0x7UL, 0x3UL, 0x43UL)]
    [InlineData("cmp.eq.unc p6,p7=r2,r3", 0x5UL, 0x5UL, 0x3UL, 0x43UL)]
    [InlineData("(p2) cmp.eq.unc p6,p7=r2,r3", 0x5UL, 0x5UL, 0xC3UL, 0x3UL)]
    [InlineData("(p2) cmp.eq p6,p7=r2,r3", 0x5UL, 0x5UL, 0x3UL, 0x3UL)]
    [InlineData("(p2) cmp4.lt.unc p6,p7=5,r3", 0x0UL, 0x9UL, 0xC3UL, 0x3UL)]
    [InlineData("cmp.eq p6,p7=r10,r3", 0x0UL, 0x0UL, 0xC3UL, 0x3UL)]
    [InlineData("cmp.lt.unc p6,p7=r2,r10", 0x0UL, 0x0UL, 0xC3UL, 0x3UL)]
    [InlineData("cmp.eq p6,p7=0,r10", 0x0UL, 0x0UL, 0xC3UL, 0x3UL)]
    [InlineData("cmp.eq.and p6,p7=r2,r3", 0x5UL, 0x5UL, 0xC3UL, 0xC3UL)]
    [InlineData("cmp.eq.and p6,p7=r2,r3", 0x5UL, 0x7UL, 0xC3UL, 0x3UL)]
    [InlineData("cmp.ne.and p6,p7=r2,r3", 0x5UL, 0x7UL, 0xC3UL, 0xC3UL)]
    [InlineData("cmp.ne.and p6,p7=r2,r3", 0x5UL, 0x5UL, 0xC3UL, 0x3UL)]
    [InlineData("cmp.eq.or p6,p7=r2,r3", 0x5UL, 0x5UL, 0x3UL, 0xC3UL)]
    [InlineData("cmp.eq.or p6,p7=r2,r3", 0x5UL, 0x7UL, 0x3UL, 0x3UL)]
    [InlineData("cmp.eq.or.andcm p6,p7=r2,r3", 0x5UL, 0x5UL, 0x3UL, 0x43UL)]
    [InlineData("cmp.eq.or.andcm p6,p7=r2,r3", 0x5UL, 0x5UL, 0xC3UL, 0x43UL)]
    [InlineData("cmp.ne.or.andcm p6,p7=r2,r3", 0x5UL, 0x7UL, 0x83UL, 0x43UL)]
    [InlineData("cmp.ne.or.andcm p6,p7=r2,r3", 0x5UL, 0x5UL, 0x83UL, 0x83UL)]
    [InlineData("cmp4.eq.and p6,p7=r2,r3", 0x100000005UL, 0x5UL, 0xC3UL, 0xC3UL)]
    [InlineData("cmp4.ne.or p6,p7=r2,r3", 0x100000005UL, 0x5UL, 0x3UL, 0x3UL)]
    [InlineData("cmp.lt.and p6,p7=r0,r3", 0x0UL, 0x5UL, 0xC3UL, 0xC3UL)]
    [InlineData("cmp.lt.and p6,p7=r0,r3", 0x0UL, 0xFFFFFFFFFFFFFFFFUL, 0xC3UL, 0x3UL)]
    [InlineData("cmp.gt.or p6,p7=r0,r3", 0x0UL, 0xFFFFFFFFFFFFFFFFUL, 0x3UL, 0xC3UL)]
    [InlineData("cmp.gt.or p6,p7=r0,r3", 0x0UL, 0x1UL, 0x3UL, 0x3UL)]
    [InlineData("cmp.le.or.andcm p6,p7=r0,r3", 0x0UL, 0x0UL, 0x83UL, 0x43UL)]
    [InlineData("cmp.ge.and p6,p7=r0,r3", 0x0UL, 0x1UL, 0xC3UL, 0x3UL)]
    [InlineData("cmp4.ge.and p6,p7=r0,r3", 0x0UL, 0x100000000UL, 0xC3UL, 0xC3UL)]
    [InlineData("cmp4.ge.and p6,p7=r0,r3", 0x0UL, 0x7FFFFFFFUL, 0xC3UL, 0x3UL)]
    [InlineData("cmp4.gt.or p6,p7=r0,r3", 0x0UL, 0xFFFFFFFFUL, 0x3UL, 0xC3UL)]
    [InlineData("cmp.eq.and p6,p7=5,r3", 0x0UL, 0x5UL, 0xC3UL, 0xC3UL)]
    [InlineData("cmp.ne.and p6,p7=5,r3", 0x0UL, 0x5UL, 0xC3UL, 0x3UL)]
    [InlineData("cmp4.ne.or p6,p7=-1,r3", 0x0UL, 0x1FFFFFFFFUL, 0x3UL, 0x3UL)]
    [InlineData("cmp.eq.or.andcm p6,p7=-128,r3", 0x0UL, 0xFFFFFFFFFFFFFF80UL, 0x83UL, 0x43UL)]
    [InlineData("cmp.eq.and p6,p7=r10,r3", 0x0UL, 0x0UL, 0xC3UL, 0x3UL)]
    [InlineData("cmp.ne.and p6,p7=r2,r10", 0x0UL, 0x0UL, 0xC3UL, 0x3UL)]
    [InlineData("cmp.eq.or p6,p7=r10,r3", 0x0UL, 0x0UL, 0x3UL, 0x3UL)]
    [InlineData("cmp.ne.or.andcm p6,p7=r10,r3", 0x0UL, 0x0UL, 0x83UL, 0x83UL)]
    [InlineData("cmp.lt.and p6,p7=r0,r10", 0x0UL, 0x0UL, 0xC3UL, 0x3UL)]
    [InlineData("cmp.gt.or p6,p7=r0,r10", 0x0UL, 0x0UL, 0x3UL, 0x3UL)]
    [InlineData("(p2) cmp.eq.and p6,p7=r2,r3", 0x5UL, 0x7UL, 0xC3UL, 0xC3UL)]
    [InlineData("tbit.z p6,p7=r3,0", 0x0UL, 0x8000000100000021UL, 0xC3UL, 0x83UL)]
    [InlineData("tbit.z p6,p7=r3,1", 0x0UL, 0x8000000100000021UL, 0xC3UL, 0x43UL)]
    [InlineData("tbit.z p6,p7=r3,32", 0x0UL, 0x8000000100000021UL, 0xC3UL, 0x83UL)]
    [InlineData("tbit.z p6,p7=r3,63", 0x0UL, 0x8000000100000021UL, 0xC3UL, 0x83UL)]
    [InlineData("tbit.z.unc p6,p7=r3,1", 0x0UL, 0x8000000100000021UL, 0x3UL, 0x43UL)]
    [InlineData("(p2) tbit.z.unc p6,p7=r3,1", 0x0UL, 0x8000000100000021UL, 0xC3UL, 0x3UL)]
    [InlineData("tbit.nz.and p6,p7=r3,5", 0x0UL, 0x8000000100000021UL, 0xC3UL, 0xC3UL)]
    [InlineData("tbit.z.and p6,p7=r3,5", 0x0UL, 0x8000000100000021UL, 0xC3UL, 0x3UL)]
    [InlineData("tbit.nz.or p6,p7=r3,1", 0x0UL, 0x8000000100000021UL, 0x3UL, 0x3UL)]
    [InlineData("tbit.z.or p6,p7=r3,1", 0x0UL, 0x8000000100000021UL, 0x3UL, 0xC3UL)]
    [InlineData("tbit.nz.or.andcm p6,p7=r3,63", 0x0UL, 0x8000000100000021UL, 0x83UL, 0x43UL)]
    [InlineData("tbit.z.or.andcm p6,p7=r3,63", 0x0UL, 0x8000000100000021UL, 0x83UL, 0x83UL)]
    [InlineData("tbit.z p6,p7=r10,0", 0x0UL, 0x0UL, 0xC3UL, 0x3UL)]
    [InlineData("tbit.z.unc p6,p7=r10,0", 0x0UL, 0x0UL, 0xC3UL, 0x3UL)]
    [InlineData("tbit.z.and p6,p7=r10,0", 0x0UL, 0x0UL, 0xC3UL, 0x3UL)]
    [InlineData("tbit.nz.or p6,p7=r10,0", 0x0UL, 0x0UL, 0x3UL, 0x3UL)]
    [InlineData("tbit.z.or p6,p7=r10,0", 0x0UL, 0x0UL, 0x3UL, 0x3UL)]
    [InlineData("tnat.z p6,p7=r10", 0x0UL, 0x0UL, 0xC3UL, 0x83UL)]
    [InlineData("tnat.z p6,p7=r3", 0x0UL, 0x5UL, 0xC3UL, 0x43UL)]
    [InlineData("(p2) tnat.z.unc p6,p7=r10", 0x0UL, 0x0UL, 0xC3UL, 0x3UL)]
    [InlineData("tnat.nz.and p6,p7=r3", 0x0UL, 0x5UL, 0xC3UL, 0x3UL)]
    [InlineData("tnat.z.and p6,p7=r10", 0x0UL, 0x0UL, 0xC3UL, 0x3UL)]
    [InlineData("tnat.nz.or p6,p7=r10", 0x0UL, 0x0UL, 0x3UL, 0xC3UL)]
    [InlineData("tnat.z.or.andcm p6,p7=r3", 0x0UL, 0x5UL, 0x83UL, 0x43UL)]
    [InlineData("tnat.nz.or.andcm p6,p7=r10", 0x0UL, 0x0UL, 0x83UL, 0x43UL)]
    [InlineData("tf.z p6,p7=32", 0x0UL, 0x0UL, 0xC3UL, 0x43UL)]
    [InlineData("tf.z.unc p6,p7=63", 0x0UL, 0x0UL, 0x3UL, 0x43UL)]
    [InlineData("(p2) tf.z.unc p6,p7=40", 0x0UL, 0x0UL, 0xC3UL, 0x3UL)]
    [InlineData("tf.nz.and p6,p7=40", 0x0UL, 0x0UL, 0xC3UL, 0x3UL)]
    [InlineData("tf.z.and p6,p7=40", 0x0UL, 0x0UL, 0xC3UL, 0xC3UL)]
    [InlineData("tf.z.or p6,p7=33", 0x0UL, 0x0UL, 0x3UL, 0xC3UL)]
    [InlineData("tf.nz.or p6,p7=33", 0x0UL, 0x0UL, 0x3UL, 0x3UL)]
    [InlineData("tf.z.or.andcm p6,p7=50", 0x0UL, 0x0UL, 0x83UL, 0x43UL)]
    public void WritesThePredicatesAsSki(string instruction, ulong r2, ulong r3, ulong initial, ulong expected)
    {
        var machine = Run(instruction, r2, r3, initial, out var result);
        Assert.Equal(StopKind.Exit, result.Kind);
        Assert.Equal(expected, machine.Cpu.Pr);
    }

    [Theory]
    // Naming one predicate twice: Illegal Operation when the qualifying predicate is true,
    // and for .unc always (checked on Ski: general exception vector, ISR code 0).
    [InlineData("cmp.eq p6,p6=r2,r3", true)]
    [InlineData("(p2) cmp.eq p6,p6=r2,r3", false)]
    [InlineData("(p2) cmp.eq.unc p6,p6=r2,r3", true)]
    [InlineData("cmp.eq.unc p6,p6=r2,r3", true)]
    [InlineData("(p2) cmp.eq.and p6,p6=r2,r3", false)]
    [InlineData("cmp.eq.and p6,p6=r2,r3", true)]
    [InlineData("cmp.eq.or.andcm p6,p6=r2,r3", true)]
    [InlineData("cmp.eq p0,p0=r2,r3", true)]
    [InlineData("cmp.eq p6,p6=r10,r3", true)]
    [InlineData("(p2) cmp4.lt.unc p9,p9=5,r3", true)]
    [InlineData("cmp.gt.or p9,p9=r0,r3", true)]
    [InlineData("(p2) cmp.gt.or p9,p9=r0,r3", false)]
    [InlineData("(p2) tbit.z.unc p6,p6=r3,0", true)]
    [InlineData("(p2) tbit.z p6,p6=r3,0", false)]
    [InlineData("tnat.z p6,p6=r3", true)]
    [InlineData("(p2) tnat.z.unc p6,p6=r3", true)]
    [InlineData("tf.z p6,p6=32", true)]
    [InlineData("(p2) tf.z.unc p6,p6=40", true)]
    [InlineData("(p2) tf.z p6,p6=40", false)]
    public void OnePredicateTwice_IsAnIllegalOperationFault(string instruction, bool faults)
    {
        var machine = Run(instruction, 5, 7, 0xC3, out var result);
        if (!faults)
        {
            Assert.Equal(StopKind.Exit, result.Kind);
            Assert.Equal(0xC3UL, machine.Cpu.Pr);
            return;
        }

        Assert.Equal(Interruption.IllegalOperation, result.Interruption);
        Assert.Equal(CodeBuilder.Base + (6 * 16), result.Ip);
        Assert.Equal(1, result.Slot);
        Assert.Equal(0xC3UL, machine.Cpu.Pr);
    }

    [Fact]
    public void Targets_AreLogicalPredicatesAfterRotation()
    {
        // Two br.ctop rotations leave rrb.pr = 46: logical p16 is physical p62 and logical p63
        // physical p61; mov r=pr shows the physical file (checked on Ski: r14 =
        // 0x6000000000000001, cfm 0x2ebc000060).
        var machine = new CodeBuilder()
            .Bundle("MII;", "nop.m 0x0", "mov pr=r0,0xfffffffffffffffe", "nop.i 0x0")
            .Bundle("MII;", "nop.m 0x0", "mov.i ar.lc=0", "nop.i 0x0")
            .Bundle("MII;", "nop.m 0x0", "mov.i ar.ec=2", "nop.i 0x0")
            .Bundle("MIB;", "nop.m 0x0", "nop.i 0x0", $"br.ctop.sptk.few 0x{CodeBuilder.Base + 48:x}")
            .Bundle("MII;", "cmp.eq p16,p17=r0,r0", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", "cmp.eq p63,p62=r0,r0", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", "nop.m 0x0", "mov r14=pr", "nop.i 0x0")
            .Exit()
            .Run(out var result);
        Assert.Equal(StopKind.Exit, result.Kind);
        Assert.Equal(0x2EBC000060UL, machine.Cpu.Cfm);
        Assert.Equal(0x8000000000010001UL, machine.Cpu.Pr);
        Assert.Equal(0x6000000000000001UL, machine.Cpu.GetGr(14));
    }

    /// <summary>r2, r3, r10 = NaT, pr = <paramref name="initial"/>, then the instruction in
    /// slot 1 of the seventh bundle (A-type compares issue there as I-unit instructions).</summary>
    private static Machine Run(string instruction, ulong r2, ulong r3, ulong initial, out RunResult result) =>
        new CodeBuilder()
            .Bundle("MLX;", "nop.m 0x0", $"movl r2=0x{r2:x}")
            .Bundle("MLX;", "nop.m 0x0", $"movl r3=0x{r3:x}")
            .Bundle("MLX;", "nop.m 0x0", "movl r11=0x200000")
            .Bundle("MII;", "mov.m ar.unat=-1", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MLX;", "ld8.fill r10=[r11]", $"movl r9=0x{initial:x}")
            .Bundle("MII;", "nop.m 0x0", "mov pr=r9,0xfffffffffffffffe", "nop.i 0x0")
            .Bundle("MII;", "nop.m 0x0", instruction, "nop.i 0x0")
            .Exit()
            .Run(out result);
}
