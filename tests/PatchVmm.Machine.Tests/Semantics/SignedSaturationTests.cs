namespace PatchVmm.Machine.Tests.Semantics;

/// <summary>The signed-saturating parallel instructions, whose non-negative results Ski gets
/// wrong (its signedSat8/16 compare a signed value with an unsigned literal; the corpus
/// programs exclude those fields). The expected values are worked out by hand from the SDM's
/// definitions (Vol. 3 padd, psub, pack, pshladd, pshradd) on the corpus programs' inputs:
/// r2 = 0x807f01ff7ffe8001, r3 = 0x7f80ff0180027fff, r4 = 0x0123456789abcdef,
/// r5 = 0xfedcba9876543210.</summary>
public class SignedSaturationTests
{
    [Theory]
    // bytes: 1+(-1)=0, -128+127=-1, -2+2=0, 127-128=-1, -1+1=0, 1-1=0, 127-128=-1, -128+127=-1
    [InlineData("padd1.sss r9=r2,r3", 0xffff0000ff00ff00)]
    // bytes: 1-(-1)=2, -128-127→-128, -2-2=-4, 127+128→127, -1-1=-2, 1+1=2, 127+128→127, -128-127→-128
    [InlineData("psub1.sss r9=r2,r3", 0x807f02fe7ffc8002)]
    // halfwords: -32767-32767→0x8000, 32766+32766→0x7fff, 511+255=766, -32641-32640→0x8000
    [InlineData("psub2.sss r9=r2,r3", 0x800002fe7fff8000)]
    // r2's halfwords saturated to bytes in the low half, r3's in the high half
    [InlineData("pack2.sss r9=r2,r3", 0x7f80807f807f7f80)]
    [InlineData("pack4.sss r9=r4,r5", 0x80007fff7fff8000)]
    // (a << 1) saturates first where it overflows, else a<<1 + b saturating: 1022-255 = 767
    [InlineData("pshladd2 r9=r2,1,r3", 0x800002ff7fff8000)]
    [InlineData("pshladd2 r9=r4,3,r5", 0x07f47fff80008000)]
    // (a >> 2) + b: -8192+32767, 8191-32766, 127-255, -8161+32640
    [InlineData("pshradd2 r9=r2,2,r3", 0x5f9fff80a0015fff)]
    public void MatchesTheSdmDefinition(string instruction, ulong expected)
    {
        var machine = new CodeBuilder()
            .Bundle("MLX", "nop.m 0x0", "movl r2=0x807f01ff7ffe8001")
            .Bundle("MLX", "nop.m 0x0", "movl r3=0x7f80ff0180027fff")
            .Bundle("MLX", "nop.m 0x0", "movl r4=0x123456789abcdef")
            .Bundle("MLX;", "nop.m 0x0", "movl r5=0xfedcba9876543210")
            .Bundle("MII;", "nop.m 0x0", instruction, "nop.i 0x0")
            .Exit()
            .Run(out var result);
        Assert.Equal(StopKind.Exit, result.Kind);
        Assert.Equal(expected, machine.Cpu.GetGr(9));
    }
}
