namespace PatchVmm.Machine.Tests.Semantics;

/// <summary>Moves to and from predicates, branch registers, application registers and ip, and
/// movl (I21–I28, M29–M31, X2). Unless a test says otherwise every expected value and fault
/// was checked on Ski (/opt/ski/bin/bski -forcesystem): the same instructions as a program,
/// faults read from the vector Ski takes and its cr.isr.</summary>
public class MovesTests
{
    [Theory]
    // Application registers: kernel, IA-32 (plain storage), ccv, unat, fpsr, lc, ec (6 bits), pfs.
    [InlineData(0xFEDCBA9876543217UL, "movl r2=0xfedcba9876543217", "mov.m ar.k0=r2", "mov.m r14=ar.k0")]
    [InlineData(0xFFFFFFFFFFFFFF80UL, "mov.m ar.k7=-128", "mov.m r14=ar.k7")]
    [InlineData(0xFEDCBA9876543217UL, "movl r2=0xfedcba9876543217", "mov.m ar.fcr=r2", "mov.m r14=ar.fcr")]
    [InlineData(0xFFFFFFFFFFFFFFFFUL, "mov.m ar.eflag=-1", "mov.m r14=ar.eflag")]
    [InlineData(0xFEDCBA9876543217UL, "movl r2=0xfedcba9876543217", "mov.m ar.csd=r2", "mov.m r14=ar.csd")]
    [InlineData(0xFEDCBA9876543217UL, "movl r2=0xfedcba9876543217", "mov.m ar.ssd=r2", "mov.m r14=ar.ssd")]
    [InlineData(0xFEDCBA9876543217UL, "movl r2=0xfedcba9876543217", "mov.m ar.cflg=r2", "mov.m r14=ar.cflg")]
    [InlineData(0xFEDCBA9876543217UL, "movl r2=0xfedcba9876543217", "mov.m ar.fsr=r2", "mov.m r14=ar.fsr")]
    [InlineData(0xFEDCBA9876543217UL, "movl r2=0xfedcba9876543217", "mov.m ar.fir=r2", "mov.m r14=ar.fir")]
    [InlineData(0xFEDCBA9876543217UL, "movl r2=0xfedcba9876543217", "mov.m ar.fdr=r2", "mov.m r14=ar.fdr")]
    [InlineData(0xFEDCBA9876543217UL, "movl r2=0xfedcba9876543217", "mov.m ar.ccv=r2", "mov.m r14=ar.ccv")]
    [InlineData(0xFFFFFFFFFFFFFFFFUL, "mov.m ar.unat=-1", "mov.m r14=ar.unat")]
    [InlineData(0x0009804C0270033FUL, "movl r2=0x9804c0270033f", "mov.m ar.fpsr=r2", "mov.m r14=ar.fpsr")]
    [InlineData(0xFEDCBA9876543217UL, "movl r2=0xfedcba9876543217", "mov.i ar.lc=r2", "mov.i r14=ar.lc")]
    [InlineData(0xFFFFFFFFFFFFFFFDUL, "mov.i ar.lc=-3", "mov.i r14=ar.lc")]
    [InlineData(0x3FUL, "mov.i ar.ec=-1", "mov.i r14=ar.ec")]
    [InlineData(0x5UL, "mov.i ar.ec=69", "mov.i r14=ar.ec")]
    [InlineData(0xC3F0000000003060UL, "movl r2=0xc3f0000000003060", "mov.i ar.pfs=r2", "mov.i r14=ar.pfs")]
    [InlineData(0x60UL, "mov.i ar.pfs=96", "mov.i r14=ar.pfs")]
    // Ignored registers (ar48–63, ar112–127) read 0 and drop writes, from either unit.
    [InlineData(0x0UL, "movl r2=0xfedcba9876543217", "mov.m ar48=r2", "mov.m r14=ar48")]
    [InlineData(0x0UL, "movl r2=0xfedcba9876543217", "mov.i ar50=r2", "mov.i r14=ar50")]
    [InlineData(0x0UL, "movl r2=0xfedcba9876543217", "mov.i ar112=r2", "mov.i r14=ar112")]
    [InlineData(0x0UL, "movl r2=0xfedcba9876543217", "mov.m ar127=r2", "mov.m r14=ar127")]
    // The RSE's registers: bspstore drops its low 3 bits (and moves bsp), rnat bit 63 reads 0;
    // bsp and rsc stay readable outside enforced-lazy mode.
    [InlineData(0x3FFF001CUL, "movl r2=0x3fff001c", "mov.m ar.rsc=r2", "mov.m r14=ar.rsc")]
    [InlineData(0x400008UL, "movl r2=0x40000f", "mov.m ar.bspstore=r2", "mov.m r14=ar.bspstore")]
    [InlineData(0x400008UL, "movl r2=0x40000f", "mov.m ar.bspstore=r2", "mov.m r14=ar.bsp")]
    [InlineData(0x7FFFFFFFFFFFFFFFUL, "mov.m ar.rnat=-1", "mov.m r14=ar.rnat")]
    [InlineData(0x3UL, "mov.m ar.rsc=3", "mov.m r14=ar.rsc")]
    [InlineData(0x400008UL, "movl r2=0x40000f", "mov.m ar.bspstore=r2", "mov.m ar.rsc=3", "mov.m r14=ar.bsp")]
    // Branch registers keep all 64 bits; hints and tags change nothing.
    [InlineData(0x123456789ABCDEF7UL, "movl r2=0x123456789abcdef7", "mov b1=r2", "mov r14=b1")]
    [InlineData(0xFFFFFFFFFFFFFFF0UL, "movl r2=0xfffffffffffffff0", "mov.ret.sptk.imp b5=r2,{next}", "mov r14=b5")]
    [InlineData(0x1234UL, "movl r2=0x1234", "mov.dptk b7=r2,{next}", "mov r14=b7")]
    [InlineData(0x1234UL, "movl r2=0x1234", "mov b3=r2", "(p2) mov b3=r0", "mov r14=b3")]
    // Predicates (rrb.pr = 0 here): p0 stays 1; the mask's sign bit stands for p16–p63.
    [InlineData(0x5A5AA5A5F0F00FF3UL, "movl r2=0x5a5aa5a5f0f00ff3", "mov pr=r2,0xfffffffffffffffe", "mov r14=pr")]
    [InlineData(0x5A5AA5A5F0F00E01UL, "movl r2=0x5a5aa5a5f0f00ff3", "mov pr=r2,0xfffffffffffffffe", "mov pr=r0,0x1fe", "mov r14=pr")]
    [InlineData(0xFFFFFFFFFFFF0001UL, "movl r2=0xffffffffffffffff", "mov pr=r0,0xfffffffffffffffe", "mov pr=r2,0xffffffffffff0000", "mov r14=pr")]
    [InlineData(0xAA3UL, "movl r2=0x5a5aa5a5f0f00ff3", "mov pr=r0,0xfffffffffffffffe", "mov pr=r2,0xaaaa", "mov r14=pr")]
    [InlineData(0x123450001UL, "mov pr=r0,0xfffffffffffffffe", "mov pr.rot=0x123450000", "mov r14=pr")]
    [InlineData(0xFFFFFFFFFFFF0001UL, "mov pr=r0,0xfffffffffffffffe", "mov pr.rot=0xffffffffffff0000", "mov r14=pr")]
    [InlineData(0xFFFFFFFC00100001UL, "mov pr=r0,0xfffffffffffffffe", "mov pr.rot=0xfffffffc00100000", "mov r14=pr")]
    [InlineData(0x1UL, "movl r2=0xffffffffffffffff", "mov pr=r0,0xfffffffffffffffe", "(p2) mov pr=r2,0xfffffffffffffffe", "mov r14=pr")]
    [InlineData(0x3UL, "(p2) mov pr.rot=0xffffffffffff0000", "mov r14=pr")]
    public void MovesValuesAsSki(ulong expected, params string[] program)
    {
        var machine = Program(program).Exit().Run(out var result);
        Assert.Equal(StopKind.Exit, result.Kind);
        Assert.Equal(expected, machine.Cpu.GetGr(14));
        Assert.False(machine.Cpu.GetNat(14));
    }

    [Theory]
    // A NaT source into a PR, BR or AR (the qualifying predicate false: nothing happens).
    [InlineData(Interruption.RegisterNaTConsumption, "mov pr=r10,0xfffffffffffffffe")]
    [InlineData(Interruption.RegisterNaTConsumption, "mov pr=r10,0x2")]
    [InlineData(Interruption.None, "(p2) mov pr=r10,0xfffffffffffffffe")]
    [InlineData(Interruption.RegisterNaTConsumption, "mov b1=r10")]
    [InlineData(Interruption.None, "(p2) mov b1=r10")]
    [InlineData(Interruption.RegisterNaTConsumption, "mov.i ar.lc=r10")]
    [InlineData(Interruption.RegisterNaTConsumption, "mov.i ar.ec=r10")]
    [InlineData(Interruption.RegisterNaTConsumption, "mov.i ar.pfs=r10")]
    [InlineData(Interruption.RegisterNaTConsumption, "mov.m ar.ccv=r10")]
    [InlineData(Interruption.RegisterNaTConsumption, "mov.m ar.k3=r10")]
    [InlineData(Interruption.RegisterNaTConsumption, "mov.m ar.unat=r10")]
    [InlineData(Interruption.RegisterNaTConsumption, "mov.m ar.eflag=r10")]
    [InlineData(Interruption.RegisterNaTConsumption, "mov.m ar.itc=r10")]
    [InlineData(Interruption.RegisterNaTConsumption, "mov.m ar.rsc=r10")]
    [InlineData(Interruption.RegisterNaTConsumption, "mov.m ar.fpsr=r10")]
    [InlineData(Interruption.RegisterNaTConsumption, "mov.m ar.bspstore=r10")]
    [InlineData(Interruption.RegisterNaTConsumption, "mov.m ar50=r10")]
    [InlineData(Interruption.RegisterNaTConsumption, "mov.i ar120=r10")]
    // ar.bsp is read-only: Illegal Operation, before the source's NaT.
    [InlineData(Interruption.IllegalOperation, "mov.m ar.bsp=r10")]
    [InlineData(Interruption.IllegalOperation, "mov.m ar.bsp=r3")]
    [InlineData(Interruption.IllegalOperation, "mov.m ar.bsp=5")]
    // ar.bspstore and ar.rnat outside enforced-lazy mode: Illegal Operation, also before a NaT.
    [InlineData(Interruption.IllegalOperation, "mov.m ar.rsc=3", "mov.m ar.bspstore=r10")]
    [InlineData(Interruption.IllegalOperation, "mov.m ar.rsc=3", "mov.m ar.rnat=r10")]
    [InlineData(Interruption.IllegalOperation, "mov.m ar.rsc=3", "mov.m ar.rnat=r3")]
    [InlineData(Interruption.IllegalOperation, "mov.m ar.rsc=3", "mov.m ar.bspstore=8")]
    [InlineData(Interruption.IllegalOperation, "mov.m ar.rsc=3", "mov.m r8=ar.bspstore")]
    [InlineData(Interruption.IllegalOperation, "mov.m ar.rsc=3", "mov.m r8=ar.rnat")]
    // Reserved fields (after the NaT check).
    [InlineData(Interruption.ReservedRegisterField, "movl r9=0x100000000", "mov.m ar.rsc=r9")]
    [InlineData(Interruption.ReservedRegisterField, "movl r9=0x20", "mov.m ar.rsc=r9")]
    [InlineData(Interruption.ReservedRegisterField, "mov.m ar.rsc=-1")]
    [InlineData(Interruption.None, "movl r9=0x3fff001f", "mov.m ar.rsc=r9")]
    [InlineData(Interruption.ReservedRegisterField, "movl r9=0x1000", "mov.m ar.fpsr=r9")]
    [InlineData(Interruption.ReservedRegisterField, "movl r9=0x100", "mov.m ar.fpsr=r9")]
    [InlineData(Interruption.ReservedRegisterField, "movl r9=0x400000000000000", "mov.m ar.fpsr=r9")]
    [InlineData(Interruption.ReservedRegisterField, "movl r9=0x4000000000", "mov.i ar.pfs=r9")]
    [InlineData(Interruption.ReservedRegisterField, "movl r9=0x7f", "mov.i ar.pfs=r9")]
    [InlineData(Interruption.ReservedRegisterField, "mov.i ar.pfs=-1")]
    [InlineData(Interruption.None, "movl r9=0x60", "mov.i ar.pfs=r9")]
    // Table 3-3: an M-unit register from the I unit, an I-unit one from the M unit, a
    // reserved number from either: Illegal Operation. Ignored registers: either unit.
    [InlineData(Interruption.IllegalOperation, "mov.i r8=ar.k0")]
    [InlineData(Interruption.IllegalOperation, "mov.i ar.ccv=r3")]
    [InlineData(Interruption.IllegalOperation, "mov.i r8=ar.itc")]
    [InlineData(Interruption.IllegalOperation, "mov.i ar.rsc=0")]
    [InlineData(Interruption.IllegalOperation, "mov.m r8=ar.lc")]
    [InlineData(Interruption.IllegalOperation, "mov.m ar.pfs=r3")]
    [InlineData(Interruption.IllegalOperation, "mov.m ar.ec=0")]
    [InlineData(Interruption.IllegalOperation, "mov.m r8=ar8")]
    [InlineData(Interruption.IllegalOperation, "mov.m r8=ar20")]
    [InlineData(Interruption.IllegalOperation, "mov.m ar31=r3")]
    [InlineData(Interruption.IllegalOperation, "mov.m r8=ar47")]
    [InlineData(Interruption.IllegalOperation, "mov.i r8=ar67")]
    [InlineData(Interruption.IllegalOperation, "mov.m r8=ar100")]
    [InlineData(Interruption.IllegalOperation, "mov.i ar111=0")]
    [InlineData(Interruption.None, "mov.i r8=ar50")]
    [InlineData(Interruption.None, "mov.m r8=ar120")]
    [InlineData(Interruption.None, "mov.i ar63=5")]
    [InlineData(Interruption.None, "mov.m ar112=r3")]
    public void Faults_AsSki(Interruption expected, params string[] program)
    {
        var machine = Program(program).Exit().Load();
        var pr = machine.Cpu.Pr;
        var result = machine.Run(1000);
        if (expected == Interruption.None)
        {
            Assert.Equal(StopKind.Exit, result.Kind);
            return;
        }

        Assert.Equal(expected, result.Interruption);
        Assert.Equal(CodeBuilder.Base + ((ulong)(Setup.Length + program.Length - 1) * 16), result.Ip);
        Assert.Equal(program[^1].Contains("mov.m", StringComparison.Ordinal) ? 0 : 1, result.Slot);
        Assert.Equal(0x1234UL, machine.Cpu.GetGr(8));
        Assert.Equal(pr | 0b10, machine.Cpu.Pr);
        Assert.Equal(0UL, machine.Cpu.Br[1]);
    }

    [Fact]
    public void PredicateMoves_IgnoreRotation()
    {
        // SDM Vol. 3 mov pr: the moves act "as if CFM.rrb.pr were zero". After two br.ctop
        // rotations (rrb.pr = 46) physical p16 is logical p18, physical p63 logical p17, and
        // physical p17 logical p19 (checked on Ski).
        var machine = new CodeBuilder()
            .Bundle("MII;", "nop.m 0x0", "mov pr=r0,0xfffffffffffffffe", "nop.i 0x0")
            .Bundle("MII;", "nop.m 0x0", "mov.i ar.lc=0", "nop.i 0x0")
            .Bundle("MII;", "nop.m 0x0", "mov.i ar.ec=2", "nop.i 0x0")
            .Bundle("MIB;", "nop.m 0x0", "nop.i 0x0", $"br.ctop.sptk.few 0x{CodeBuilder.Base + 48:x}")
            .Bundle("MLX;", "nop.m 0x0", "movl r2=0x8000000000050000")
            .Bundle("MII;", "nop.m 0x0", "mov pr=r2,0xffffffffffff0000", "nop.i 0x0")
            .Bundle("MII;", "nop.m 0x0", "mov r16=pr", "nop.i 0x0")
            .Bundle("MII;", "nop.m 0x0", "mov.i r20=ar.ec", "nop.i 0x0")
            .Exit()
            .Run(out var result);
        Assert.Equal(StopKind.Exit, result.Kind);
        Assert.Equal(0x8000000000050001UL, machine.Cpu.GetGr(16));
        Assert.Equal(1UL | (1UL << 17) | (1UL << 18) | (1UL << 20), machine.Cpu.Pr);

        machine = new CodeBuilder()
            .Bundle("MII;", "nop.m 0x0", "mov pr=r0,0xfffffffffffffffe", "nop.i 0x0")
            .Bundle("MII;", "nop.m 0x0", "mov.i ar.lc=0", "nop.i 0x0")
            .Bundle("MII;", "nop.m 0x0", "mov.i ar.ec=2", "nop.i 0x0")
            .Bundle("MIB;", "nop.m 0x0", "nop.i 0x0", $"br.ctop.sptk.few 0x{CodeBuilder.Base + 48:x}")
            .Bundle("MII;", "nop.m 0x0", "mov pr.rot=0x20000", "nop.i 0x0")
            .Bundle("MII;", "nop.m 0x0", "mov r20=pr", "nop.i 0x0")
            .Exit()
            .Run(out result);
        Assert.Equal(StopKind.Exit, result.Kind);
        Assert.Equal(0x20001UL, machine.Cpu.GetGr(20));
        Assert.Equal(0x80001UL, machine.Cpu.Pr);
    }

    [Fact]
    public void MovFromIp_IsTheBundleAddress()
    {
        var machine = new CodeBuilder()
            .Bundle("MII;", "nop.m 0x0", "mov r14=ip", "nop.i 0x0")
            .Bundle("MII;", "nop.m 0x0", "mov r9=ip", "mov r10=ip")
            .Exit()
            .Run(out var result);
        Assert.Equal(StopKind.Exit, result.Kind);
        Assert.Equal(CodeBuilder.Base, machine.Cpu.GetGr(14));
        Assert.Equal(CodeBuilder.Base + 16, machine.Cpu.GetGr(9));
        Assert.Equal(CodeBuilder.Base + 16, machine.Cpu.GetGr(10));
    }

    [Fact]
    public void Movl_WritesAll64Bits()
    {
        var machine = new CodeBuilder()
            .Bundle("MLX;", "nop.m 0x0", "movl r2=0x8000000000000001")
            .Bundle("MLX;", "nop.m 0x0", "movl r9=0xffffffffffffffff")
            .Exit()
            .Run(out var result);
        Assert.Equal(StopKind.Exit, result.Kind);
        Assert.Equal(0x8000000000000001UL, machine.Cpu.GetGr(2));
        Assert.Equal(ulong.MaxValue, machine.Cpu.GetGr(9));
    }

    [Fact]
    public void Itc_CountsRetiredInstructions()
    {
        // Not comparable with Ski, whose ar.itc follows wall-clock time (DESIGN.md §5).
        var machine = new CodeBuilder()
            .Bundle("MII;", "mov.m ar.itc=r0", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", "mov.m r14=ar.itc", "nop.i 0x0", "nop.i 0x0")
            .Exit()
            .Run(out var result);
        Assert.Equal(StopKind.Exit, result.Kind);
        Assert.Equal(3UL, machine.Cpu.GetGr(14));
    }

    [Fact]
    public void Ruc_IsAnMUnitCounterLikeItc()
    {
        // ar.ruc (AR 45, SDM Rev 2.3 Table 3-3; objdump and GNU as know it). Ski predates it
        // and takes an Illegal Operation fault: this follows the SDM, not Ski.
        var machine = new CodeBuilder()
            .Bundle("MII;", "mov.m ar.ruc=r0", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", "mov.m r14=ar.ruc", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", "mov.m ar.ruc=-5", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", "mov.m r9=ar.ruc", "nop.i 0x0", "nop.i 0x0")
            .Exit()
            .Run(out var result);
        Assert.Equal(StopKind.Exit, result.Kind);
        Assert.Equal(3UL, machine.Cpu.GetGr(14));
        Assert.Equal(unchecked((ulong)-5) + 3, machine.Cpu.GetGr(9));
        Assert.Equal(Interruption.IllegalOperation, Program(["mov.i r8=ar.ruc"]).Exit().Run(out _).Cpu.PendingInterruption);
    }

    [Theory]
    // Above privilege level 0 (SDM Vol. 3 mov ar; not checked on Ski, whose bare-metal programs
    // run at level 0): kernel registers, ar.itc and ar.ruc cannot be written, and ar.itc/ar.ruc
    // cannot be read while psr.si is set.
    [InlineData(Interruption.PrivilegedRegister, false, "mov.m ar.k0=r3")]
    [InlineData(Interruption.PrivilegedRegister, false, "mov.m ar.k7=5")]
    [InlineData(Interruption.PrivilegedRegister, false, "mov.m ar.itc=r3")]
    [InlineData(Interruption.PrivilegedRegister, false, "mov.m ar.ruc=r3")]
    [InlineData(Interruption.None, false, "mov.m r8=ar.k0")]
    [InlineData(Interruption.None, false, "mov.m r8=ar.itc")]
    [InlineData(Interruption.PrivilegedRegister, true, "mov.m r8=ar.itc")]
    [InlineData(Interruption.PrivilegedRegister, true, "mov.m r8=ar.ruc")]
    [InlineData(Interruption.None, true, "mov.m ar.ccv=r3")]
    [InlineData(Interruption.RegisterNaTConsumption, false, "mov.m ar.k0=r10")]
    public void Privilege_AboveLevelZero(Interruption expected, bool secureItc, string instruction)
    {
        var machine = Program([instruction]).Exit().Load();
        machine.Cpu.Psr |= (3UL << 32) | (secureItc ? 1UL << 23 : 0);
        var result = machine.Run(1000);
        if (expected == Interruption.None)
        {
            Assert.Equal(StopKind.Exit, result.Kind);
            return;
        }

        Assert.Equal(expected, result.Interruption);
        Assert.Equal(0, result.Slot);
    }

    // Before every program: r3 = 5, r8 = 0x1234, r10 = NaT, p1 = 1 and p2 = 0.
    private static readonly string[] Setup =
    [
        "movl r11=0x200000",
        "mov.m ar.unat=-1",
        "ld8.fill r10=[r11]",
        "mov.m ar.unat=0",
        "movl r3=0x5",
        "movl r8=0x1234",
        "cmp.eq p1,p2=r0,r0",
    ];

    /// <summary>The setup, then each instruction in a bundle of its own: movl in an MLX
    /// bundle, M-unit instructions in slot 0, the others in slot 1. "{next}" in the text
    /// stands for the next bundle's address (a branch tag).</summary>
    private static CodeBuilder Program(string[] program)
    {
        var code = new CodeBuilder();
        foreach (string text in Setup.Concat(program))
        {
            string s = text.Replace("{next}", $"0x{code.Next + 16:x}", StringComparison.Ordinal);
            if (s.StartsWith("movl", StringComparison.Ordinal))
            {
                code.Bundle("MLX;", "nop.m 0x0", s);
            }
            else if (s.Contains("mov.m", StringComparison.Ordinal) || s.StartsWith("ld8", StringComparison.Ordinal))
            {
                code.Bundle("MII;", s, "nop.i 0x0", "nop.i 0x0");
            }
            else
            {
                code.Bundle("MII;", "nop.m 0x0", s, "nop.i 0x0");
            }
        }

        return code;
    }
}
