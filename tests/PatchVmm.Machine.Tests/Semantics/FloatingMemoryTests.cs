namespace PatchVmm.Machine.Tests.Semantics;

/// <summary>The FP register file's loads, stores, pairs, setf and getf with the memory-format
/// conversions of SDM Vol. 1 5.1–5.2 (register: sign bit 17 and exponent bits 16:0 of
/// FrSignExponent, 64-bit significand). Every expected value was checked on Ski with the same
/// instructions (eval fN.s fN.e fN.m).</summary>
public class FloatingMemoryTests
{
    private static (uint SignExponent, ulong Significand) Fr(Machine m, int f)
    {
        m.Cpu.GetFr(f, out ulong significand, out uint signExponent);
        return (signExponent, significand);
    }

    [Theory]
    [InlineData(0x00000000U, 0x00000U, 0x0000000000000000UL)] // +0
    [InlineData(0x80000000U, 0x20000U, 0x0000000000000000UL)] // -0
    [InlineData(0x3f800000U, 0x0ffffU, 0x8000000000000000UL)] // 1.0
    [InlineData(0xc0490fdbU, 0x30000U, 0xc90fdb0000000000UL)] // -pi
    [InlineData(0x00000001U, 0x0ff81U, 0x0000010000000000UL)] // smallest denormal: exponent 0xff81, unnormalized
    [InlineData(0x807fffffU, 0x2ff81U, 0x7fffff0000000000UL)]
    [InlineData(0x7f800000U, 0x1ffffU, 0x8000000000000000UL)] // +inf
    [InlineData(0xff800000U, 0x3ffffU, 0x8000000000000000UL)] // -inf
    [InlineData(0x7fc00000U, 0x1ffffU, 0xc000000000000000UL)] // qNaN
    [InlineData(0x7f800001U, 0x1ffffU, 0x8000010000000000UL)] // sNaN
    [InlineData(0x7f7fffffU, 0x1007eU, 0xffffff0000000000UL)] // largest normal
    [InlineData(0x00800000U, 0x0ff81U, 0x8000000000000000UL)] // smallest normal
    public void Single_LoadsAndStoresBack(uint bits, uint signExponent, ulong significand)
    {
        var m = Guest.RunToExit(Guest.With(Guest.Setup,
            [$"movl r3=0x{bits:x}", "st4 [r2]=r3", "ldfs f6=[r2]", "stfs [r9]=f6", "ld4 r20=[r9]", "getf.s r21=f6", "setf.s f7=r3"]));
        Assert.Equal((signExponent, significand), Fr(m, 6));
        Assert.Equal((signExponent, significand), Fr(m, 7));
        Assert.Equal(bits, m.Gr(20));
        Assert.Equal(bits, m.Gr(21));
    }

    [Theory]
    [InlineData(0x0000000000000000UL, 0x00000U, 0x0000000000000000UL)]
    [InlineData(0x8000000000000000UL, 0x20000U, 0x0000000000000000UL)]
    [InlineData(0x3ff0000000000000UL, 0x0ffffU, 0x8000000000000000UL)]
    [InlineData(0xc00921fb54442d18UL, 0x30000U, 0xc90fdaa22168c000UL)]
    [InlineData(0x0000000000000001UL, 0x0fc01U, 0x0000000000000800UL)] // denormal: exponent 0xfc01
    [InlineData(0x800fffffffffffffUL, 0x2fc01U, 0x7ffffffffffff800UL)]
    [InlineData(0x7ff0000000000000UL, 0x1ffffU, 0x8000000000000000UL)]
    [InlineData(0xfff8000000000000UL, 0x3ffffU, 0xc000000000000000UL)]
    [InlineData(0x7ff0000000000001UL, 0x1ffffU, 0x8000000000000800UL)]
    [InlineData(0x7fefffffffffffffUL, 0x103feU, 0xfffffffffffff800UL)]
    [InlineData(0x0010000000000000UL, 0x0fc01U, 0x8000000000000000UL)]
    public void Double_LoadsAndStoresBack(ulong bits, uint signExponent, ulong significand)
    {
        var m = Guest.RunToExit(Guest.With(Guest.Setup,
            [$"movl r3=0x{bits:x}", "st8 [r2]=r3", "ldfd f6=[r2]", "stfd [r9]=f6", "ld8 r20=[r9]", "getf.d r21=f6", "setf.d f7=r3"]));
        Assert.Equal((signExponent, significand), Fr(m, 6));
        Assert.Equal((signExponent, significand), Fr(m, 7));
        Assert.Equal(bits, m.Gr(20));
        Assert.Equal(bits, m.Gr(21));
    }

    [Theory]
    [InlineData(0x0000000000000000UL, 0x0000, 0x00000U)]
    [InlineData(0x0000000000000000UL, 0x8000, 0x20000U)]
    [InlineData(0x8000000000000000UL, 0x3fff, 0x0ffffU)]
    [InlineData(0xc90fdaa22168c235UL, 0xc000, 0x30000U)]
    [InlineData(0x0000000000000001UL, 0x0000, 0x00000U)] // denormal: exponent 0 stays 0
    [InlineData(0x8000000000000000UL, 0x7fff, 0x1ffffU)]
    [InlineData(0xc000000000000000UL, 0xffff, 0x3ffffU)]
    [InlineData(0x0000000000001234UL, 0x7fff, 0x1ffffU)] // unsupported
    [InlineData(0x0000000000000000UL, 0x1234, 0x0d234U)] // pseudo-zero
    [InlineData(0xffffffffffffffffUL, 0x7ffe, 0x13ffeU)]
    [InlineData(0x8000000000000000UL, 0x0001, 0x0c001U)]
    public void Extended_LoadsAndStoresBack(ulong significand, int memoryExponent, uint signExponent)
    {
        var m = Guest.RunToExit(Guest.With(Guest.Setup,
        [
            $"movl r3=0x{significand:x}", $"movl r4=0x{memoryExponent:x}", "adds r10=32,r2", "st8 [r10]=r3,8", "st8 [r10]=r4,-8",
            "ldfe f6=[r10]", "adds r11=64,r2", "stfe [r11]=f6", "ld8 r20=[r11],8", "ld8 r21=[r11]",
        ]));
        Assert.Equal((signExponent, significand), Fr(m, 6));
        Assert.Equal(significand, m.Gr(20));
        Assert.Equal((ulong)memoryExponent, m.Gr(21)); // stfe writes 10 bytes: the rest stays 0
    }

    [Theory]
    // Register values (made by ldf.fill) stored as single, double and extended: the exponent's
    // bit 16 and low bits, 0 when the integer bit is 0 (single, double); no rounding or range
    // check. getf.s/getf.d give the same bits. Checked on Ski.
    [InlineData(0x8000000000000000UL, 0x1003eU, 0x5f000000U, 0x43e0000000000000UL, 0x403e)]
    [InlineData(0x0000000000001234UL, 0x1003eU, 0x00000000U, 0x0000000000000002UL, 0x403e)]
    [InlineData(0x0000000000000123UL, 0x00000U, 0x00000000U, 0x0000000000000000UL, 0x0000)]
    [InlineData(0x0000000000000000UL, 0x20000U, 0x80000000U, 0x8000000000000000UL, 0x8000)]
    [InlineData(0x8000000000000000UL, 0x1ffffU, 0x7f800000U, 0x7ff0000000000000UL, 0x7fff)]
    [InlineData(0x4000000000000000UL, 0x1ffffU, 0x00400000U, 0x0008000000000000UL, 0x7fff)]
    [InlineData(0x8000000000000000UL, 0x0ff80U, 0x00000000U, 0x3800000000000000UL, 0x3f80)]
    [InlineData(0x8000000000000000UL, 0x1007fU, 0x7f800000U, 0x47f0000000000000UL, 0x407f)]
    [InlineData(0x8000000000000000UL, 0x0c000U, 0x00000000U, 0x0000000000000000UL, 0x0000)]
    [InlineData(0x8000000000000000UL, 0x13fffU, 0x7f800000U, 0x7ff0000000000000UL, 0x7fff)]
    [InlineData(0xffffffffffffffffUL, 0x30000U, 0xc07fffffU, 0xc00fffffffffffffUL, 0xc000)]
    [InlineData(0x8000000000000000UL, 0x00001U, 0x00800000U, 0x0010000000000000UL, 0x0001)]
    [InlineData(0x8000000000000000UL, 0x1fffeU, 0x7f000000U, 0x7fe0000000000000UL, 0x7ffe)]
    public void RegisterValues_StoreInEveryFormat(ulong significand, uint signExponent, uint single, ulong @double, int extendedExponent)
    {
        var m = Guest.RunToExit(Guest.With(Guest.Setup,
        [
            $"movl r3=0x{significand:x}", $"movl r4=0x{signExponent:x}", "adds r10=32,r2", "st8 [r10]=r3,8", "st8 [r10]=r4,-8",
            "ldf.fill f6=[r10]", "adds r11=64,r2", "stfs [r11]=f6", "ld4 r20=[r11]", "stfd [r11]=f6", "ld8 r21=[r11]",
            "stfe [r11]=f6", "adds r12=8,r11", "ld2 r22=[r12]", "getf.s r23=f6", "getf.d r24=f6", "getf.exp r25=f6", "getf.sig r26=f6",
            "stf8 [r11]=f6", "ld8 r27=[r11]", "stf.spill [r11]=f6", "ld8 r28=[r12]",
        ]));
        Assert.Equal(single, m.Gr(20));
        Assert.Equal(@double, m.Gr(21));
        Assert.Equal((ulong)extendedExponent, m.Gr(22));
        Assert.Equal(single, m.Gr(23));
        Assert.Equal(@double, m.Gr(24));
        Assert.Equal(signExponent, m.Gr(25));
        Assert.Equal(significand, m.Gr(26));
        Assert.Equal(significand, m.Gr(27));
        Assert.Equal(signExponent, m.Gr(28));
    }

    [Fact]
    public void SetfAndGetf_IntegerAndExponentForms()
    {
        var m = Guest.RunToExit(Guest.With(Guest.Setup,
        [
            "movl r3=0xfffffffffff3ffff", "setf.exp f11=r3", "movl r3=0x12345678abcdef", "setf.sig f12=r3", "setf.s f13=r3", "setf.d f14=r3",
            "ldf8 f15=[r2]", "getf.sig r20=f15", "getf.exp r21=f15",
        ]));

        // Checked on Ski: setf.exp takes bits 17:0 with significand 0x8000000000000000; the
        // integer forms have exponent 0x1003e; setf.s/.d convert the low 32 bits / all 64.
        Assert.Equal((0x3ffffU, 0x8000000000000000UL), Fr(m, 11));
        Assert.Equal((0x1003eU, 0x12345678abcdefUL), Fr(m, 12));
        Assert.Equal((0x10071U, 0xabcdef0000000000UL), Fr(m, 13));
        Assert.Equal((0x0fc01U, 0x91a2b3c55e6f7800UL), Fr(m, 14));
        Assert.Equal((0x1003eU, 0x8899aabbccddeeffUL), Fr(m, 15));
        Assert.Equal(0x8899aabbccddeeffUL, m.Gr(20));
        Assert.Equal(0x1003eUL, m.Gr(21));
    }

    [Fact]
    public void NaTVal_ComesFromNatAndGoesToNat()
    {
        var m = Guest.RunToExit(Guest.With(Guest.Setup, Guest.NatR5,
        [
            "setf.s f6=r5", "setf.d f7=r5", "setf.exp f8=r5", "setf.sig f9=r5", "getf.sig r20=f6", "getf.exp r21=f7", "getf.s r22=f8",
            "getf.d r23=f9", "adds r10=32,r2", "stf.spill [r10]=f6", "ld8 r24=[r10],8", "ld8 r25=[r10],-8", "ldf.fill f10=[r10]",
            "ldfs.s f16=[r2]", "ldfe.sa f17=[r2]", "ldfp8.s f18,f19=[r2]",
        ]));

        // Checked on Ski: NaTVal is exponent 0x1fffe, significand 0; getf of it is NaT with the
        // converted bits (getf.exp 0x1fffe); spill and fill keep it; speculative FP loads defer in physical mode.
        foreach (int f in (int[])[6, 7, 8, 9, 10, 16, 17, 18, 19])
        {
            Assert.Equal((0x1fffeU, 0UL), Fr(m, f));
            Assert.True(m.Cpu.IsFrNaTVal(f));
        }

        foreach (int r in (int[])[20, 21, 22, 23])
        {
            Assert.True(m.Nat(r));
        }

        Assert.Equal(0UL, m.Gr(20));
        Assert.Equal(0x1fffeUL, m.Gr(21));
        Assert.Equal(0UL, m.Gr(22));
        Assert.Equal(0UL, m.Gr(23));
        Assert.Equal(0UL, m.Gr(24));
        Assert.Equal(0x1fffeUL, m.Gr(25));
        Assert.Equal(1UL << Cpu.PsrMfl, m.Cpu.Psr);
    }

    [Fact]
    public void Pairs_LoadTwoElementsAndPostIncrement()
    {
        var m = Guest.RunToExit(
        [
            "movl r2=0x200000", "movl r3=0x3f800000c0000000", "st8 [r2]=r3,8", "movl r3=0x400921fb54442d18", "st8 [r2]=r3,-8",
            "mov r10=r2", "ldfps f6,f7=[r10],8", "mov r20=r10", "mov r10=r2", "ldfpd f8,f9=[r10],16", "mov r21=r10", "ldfp8 f10,f11=[r2]",
            "mov r10=r2", "ldfps.s f12,f13=[r10],8", "mov r22=r10", "mov r4=-1", "mov.m ar.unat=r4", "ld8.fill r5=[r2]", "mov.m ar.unat=r0",
            "adds r10=0,r5", "ldfpd.sa f14,f15=[r10],16", "mov r23=r10",
        ]);

        // Checked on Ski: the first FR gets the lower address.
        Assert.Equal((0x30000U, 0x8000000000000000UL), Fr(m, 6));
        Assert.Equal((0x0ffffU, 0x8000000000000000UL), Fr(m, 7));
        Assert.Equal((0x0fff8U, 0x8000060000000000UL), Fr(m, 8));
        Assert.Equal((0x10000U, 0xc90fdaa22168c000UL), Fr(m, 9));
        Assert.Equal((0x1003eU, 0x3f800000c0000000UL), Fr(m, 10));
        Assert.Equal((0x1003eU, 0x400921fb54442d18UL), Fr(m, 11));
        Assert.True(m.Cpu.IsFrNaTVal(12) && m.Cpu.IsFrNaTVal(13) && m.Cpu.IsFrNaTVal(14) && m.Cpu.IsFrNaTVal(15));
        Assert.Equal(0x200008UL, m.Gr(20));
        Assert.Equal(0x200010UL, m.Gr(21));
        Assert.Equal(0x200008UL, m.Gr(22));
        Assert.Equal(0x3f800000c0000010UL, m.Gr(23));
        Assert.True(m.Nat(23));
    }

    [Fact]
    public void LoadsAndStores_PostIncrement()
    {
        var m = Guest.RunToExit(
        [
            "movl r2=0x200000", "movl r3=0x3f800000c0000000", "st8 [r2]=r3,8", "movl r3=0x400921fb54442d18", "st8 [r2]=r3,-8",
            "mov r6=8", "mov r10=r2", "ldfd f16=[r10],r6", "mov r24=r10", "ldfs f17=[r10],-8", "mov r25=r10", "ldfps f6,f7=[r2]",
            "adds r11=32,r2", "ldfd f8=[r2]", "stfd [r11]=f8,8", "mov r26=r11", "stfs [r11]=f7,-8", "ld8 r27=[r11],8", "ld4 r28=[r11]",
        ]);

        // Checked on Ski.
        Assert.Equal((0x0fff8U, 0x8000060000000000UL), Fr(m, 16));
        Assert.Equal((0x10028U, 0xc42d180000000000UL), Fr(m, 17));
        Assert.Equal(0x200008UL, m.Gr(24));
        Assert.Equal(0x200000UL, m.Gr(25));
        Assert.Equal(0x200028UL, m.Gr(26));
        Assert.Equal(0x3f800000c0000000UL, m.Gr(27));
        Assert.Equal(0x3f800000UL, m.Gr(28));
    }

    [Theory]
    // Checked on Ski: the two FRs of a pair must be one odd and one even physical register.
    [InlineData(false, "ldfp8 f8,f10=[r2]", true)]
    [InlineData(false, "ldfp8 f2,f33=[r2]", false)]
    [InlineData(true, "ldfp8 f2,f33=[r2]", true)]  // after one rotation f33 is physical f32
    [InlineData(true, "ldfp8 f2,f34=[r2]", false)]
    public void Pair_OfTwoOddOrTwoEvenRegisters_IsIllegal(bool rotate, string pair, bool illegal)
    {
        string[] rotation = rotate ? ["mov r8=0", "I: mov.i ar.lc=r8", "mov r8=1", "I: mov.i ar.ec=r8", "loop:", "B: br.ctop.sptk.few {loop}"] : [];
        Guest.Run(out var result, Guest.With(Guest.Setup, rotation, [pair]));
        Assert.Equal(illegal ? Interruption.IllegalOperation : Interruption.None, result.Interruption);
    }

    [Theory]
    // Checked on Ski: vector 0x5600 or 0x5a00.
    [InlineData("stfs [r2]=f7", Interruption.RegisterNaTConsumption)]
    [InlineData("stfd [r2]=f7", Interruption.RegisterNaTConsumption)]
    [InlineData("stf8 [r2]=f7", Interruption.RegisterNaTConsumption)]
    [InlineData("stfe [r2]=f7", Interruption.RegisterNaTConsumption)]
    [InlineData("ldfs f6=[r5]", Interruption.RegisterNaTConsumption)]
    [InlineData("ldfs.c.clr f6=[r5]", Interruption.RegisterNaTConsumption)]
    [InlineData("ldfp8 f6,f7=[r5]", Interruption.RegisterNaTConsumption)]
    [InlineData("stf.spill [r5]=f1", Interruption.RegisterNaTConsumption)]
    [InlineData("ldfe f6=[r9]", Interruption.UnalignedDataReference)]
    [InlineData("stfe [r9]=f1", Interruption.UnalignedDataReference)]
    [InlineData("ldfd f6=[r10]", Interruption.UnalignedDataReference)]
    [InlineData("ldfps f6,f7=[r10]", Interruption.UnalignedDataReference)]
    [InlineData("ldfpd f6,f7=[r9]", Interruption.UnalignedDataReference)]
    public void BadAccess_FaultsAndChangesNothing(string instruction, Interruption expected)
    {
        var m = Guest.Run(out var result, Guest.With(Guest.Setup, Guest.NatR5, ["setf.sig f7=r5", "adds r10=4,r2", instruction]));
        Assert.Equal(expected, result.Interruption);
        Assert.Equal((0U, 0UL), Fr(m, 6));
        Assert.Equal(0x8899aabbccddeeffUL, m.Read8(Guest.Data));
    }

    [Fact]
    public void SpillOfNaTVal_IsNoFault()
    {
        var m = Guest.RunToExit(Guest.With(Guest.Setup, Guest.NatR5, ["setf.sig f7=r5", "stf.spill [r2]=f7"]));
        Assert.Equal(0UL, m.Read8(Guest.Data));
        Assert.Equal(0x1fffeUL, m.Read8(Guest.Data + 8));
    }
}
