namespace PatchVmm.Machine.Tests.Semantics;

/// <summary>cmpxchg, xchg, fetchadd and cmp8xchg16 (SDM Vol. 3): the old value zero-extended in
/// r1 and the memory after. Every expected value was checked on Ski with the same instructions.</summary>
public class SemaphoresTests
{
    /// <summary>r4 = 0x1122334455667788 stored at r11 = Data + 64, r5 = 0xa1a2a3a4a5a6a7a8.</summary>
    private static readonly string[] Setup = Guest.With(Guest.Setup,
        ["movl r4=0x1122334455667788", "movl r5=0xa1a2a3a4a5a6a7a8", "adds r11=64,r2", "st8 [r11]=r4"]);

    [Theory]
    // ar.ccv is compared with the zero-extended old value: a match stores r2's low bytes.
    [InlineData(0x88UL, "cmpxchg1.acq r20=[r11],r5,ar.ccv", 0x88UL, 0x11223344556677a8UL)]
    [InlineData(0x8000000000000088UL, "cmpxchg1.rel r20=[r11],r5,ar.ccv", 0x88UL, 0x1122334455667788UL)]
    [InlineData(0x7788UL, "cmpxchg2.rel r20=[r11],r5,ar.ccv", 0x7788UL, 0x112233445566a7a8UL)]
    [InlineData(0x55667788UL, "cmpxchg4.acq r20=[r11],r5,ar.ccv", 0x55667788UL, 0x11223344a5a6a7a8UL)]
    [InlineData(0x155667788UL, "cmpxchg4.acq r20=[r11],r5,ar.ccv", 0x55667788UL, 0x1122334455667788UL)]
    [InlineData(0x1122334455667788UL, "cmpxchg8.rel r20=[r11],r5,ar.ccv", 0x1122334455667788UL, 0xa1a2a3a4a5a6a7a8UL)]
    [InlineData(0UL, "xchg1 r20=[r11],r5", 0x88UL, 0x11223344556677a8UL)]
    [InlineData(0UL, "xchg2 r20=[r11],r5", 0x7788UL, 0x112233445566a7a8UL)]
    [InlineData(0UL, "xchg4 r20=[r11],r5", 0x55667788UL, 0x11223344a5a6a7a8UL)]
    [InlineData(0UL, "xchg8.nta r20=[r11],r5", 0x1122334455667788UL, 0xa1a2a3a4a5a6a7a8UL)]
    [InlineData(0UL, "fetchadd4.acq r20=[r11],-16", 0x55667788UL, 0x1122334455667778UL)]
    [InlineData(0UL, "fetchadd8.rel r20=[r11],-1", 0x1122334455667788UL, 0x1122334455667787UL)]
    [InlineData(0UL, "fetchadd4.rel r20=[r11],8", 0x55667788UL, 0x1122334455667790UL)]
    [InlineData(0UL, "fetchadd8.acq.nt1 r20=[r11],4", 0x1122334455667788UL, 0x112233445566778cUL)]
    public void Semaphore_ReturnsTheOldValueAndUpdatesMemory(ulong ccv, string instruction, ulong old, ulong memory)
    {
        var m = Guest.RunToExit(Guest.With(Setup, [$"movl r6=0x{ccv:x}", "mov.m ar.ccv=r6", instruction]));
        Assert.Equal(old, m.Gr(20));
        Assert.False(m.Nat(20));
        Assert.Equal(memory, m.Read8(Guest.Data + 64));
    }

    [Fact]
    public void FetchAdd4_WrapsInItsFourBytes()
    {
        var m = Guest.RunToExit(Guest.With(Setup,
            ["mov r6=-1", "st8 [r11]=r6", "fetchadd4.acq r20=[r11],1", "ld8 r21=[r11]", "st8 [r11]=r0", "fetchadd4.rel r22=[r11],-1", "ld8 r23=[r11]"]));
        Assert.Equal(0xffffffffUL, m.Gr(20));
        Assert.Equal(0xffffffff00000000UL, m.Gr(21));
        Assert.Equal(0UL, m.Gr(22));
        Assert.Equal(0xffffffffUL, m.Gr(23));
    }

    [Theory]
    // The doubleword at the address against ar.ccv; a match writes r3 and ar.csd to the
    // 16-byte pair (r3 at the lower address), whichever half the address names.
    [InlineData(0, 0x1122334455667788UL, 0x1122334455667788UL, 0xf0e1d2c3b4a59687UL, 0xccccddddUL)]
    [InlineData(8, 0xa1a2a3a4a5a6a7a8UL, 0xa1a2a3a4a5a6a7a8UL, 0xf0e1d2c3b4a59687UL, 0xccccddddUL)]
    [InlineData(8, 0x1122334455667788UL, 0xa1a2a3a4a5a6a7a8UL, 0x1122334455667788UL, 0xa1a2a3a4a5a6a7a8UL)]
    [InlineData(0, 0xa1a2a3a4a5a6a7a8UL, 0x1122334455667788UL, 0x1122334455667788UL, 0xa1a2a3a4a5a6a7a8UL)]
    public void Cmp8xchg16_ComparesOneDoublewordAndWritesThePair(int half, ulong ccv, ulong old, ulong low, ulong high)
    {
        var m = Guest.RunToExit(Guest.With(Setup,
        [
            "adds r12=8,r11", "st8 [r12]=r5", $"movl r6=0x{ccv:x}", "mov.m ar.ccv=r6", "movl r7=0xccccdddd", "mov.m ar.csd=r7",
            $"adds r10={half},r11", "cmp8xchg16.acq r20=[r10],r3,ar.csd,ar.ccv",
        ]));
        Assert.Equal(old, m.Gr(20));
        Assert.Equal(low, m.Read8(Guest.Data + 64));
        Assert.Equal(high, m.Read8(Guest.Data + 72));
    }

    [Theory]
    // Checked on Ski: vector 0x5600 or 0x5a00.
    [InlineData("cmpxchg8.acq r20=[r11],r7,ar.ccv", Interruption.RegisterNaTConsumption)]
    [InlineData("xchg4 r20=[r7],r5", Interruption.RegisterNaTConsumption)]
    [InlineData("fetchadd4.acq r20=[r7],1", Interruption.RegisterNaTConsumption)]
    [InlineData("cmp8xchg16.acq r20=[r11],r7,ar.csd,ar.ccv", Interruption.RegisterNaTConsumption)]
    [InlineData("xchg8 r20=[r10],r5", Interruption.UnalignedDataReference)]
    [InlineData("fetchadd4.rel r20=[r12],1", Interruption.UnalignedDataReference)]
    [InlineData("cmpxchg2.acq r20=[r13],r5,ar.ccv", Interruption.UnalignedDataReference)]
    [InlineData("cmp8xchg16.rel r20=[r10],r5,ar.csd,ar.ccv", Interruption.UnalignedDataReference)]
    public void BadSemaphore_FaultsAndChangesNothing(string instruction, Interruption expected)
    {
        var m = Guest.Run(out var result, Guest.With(Setup,
            ["mov r8=-1", "mov.m ar.unat=r8", "ld8.fill r7=[r2]", "adds r10=4,r11", "adds r12=2,r11", "adds r13=1,r11", "mov r20=9", instruction]));
        Assert.Equal(expected, result.Interruption);
        Assert.Equal(9UL, m.Gr(20));
        Assert.Equal(0x1122334455667788UL, m.Read8(Guest.Data + 64));
    }
}
