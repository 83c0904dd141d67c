using System.Globalization;
using System.Text.RegularExpressions;

namespace PatchVmm.Machine.Tests.Semantics;

/// <summary>Runs a list of instructions (objdump syntax), one per bundle, and ends with SSC EXIT:
/// <c>movl</c> gets an MLX bundle, a line prefixed <c>I:</c> the I slot, <c>B:</c> the B slot,
/// any other the M slot; a line <c>name:</c> is a label, <c>{name}</c> in an operand its address.
/// The memory semantics tests run such lists, and ran the same lists (as GNU as source) on Ski
/// with -alat for their expected values.</summary>
internal static partial class Guest
{
    public const ulong Data = 0x200000;

    /// <summary>Data[0] = 0x8899aabbccddeeff, Data[8] = 0xf0e1d2c3b4a59687 (in r3), r2 = Data, r9 = Data + 8.</summary>
    public static readonly string[] Setup =
    [
        "movl r2=0x200000", "movl r3=0x8899aabbccddeeff", "st8 [r2]=r3", "movl r3=0xf0e1d2c3b4a59687", "adds r9=8,r2", "st8 [r9]=r3",
    ];

    /// <summary>r5 = the doubleword at Data with its NaT bit set; ar.unat = 0 again.</summary>
    public static readonly string[] NatR5 = ["mov r4=-1", "mov.m ar.unat=r4", "ld8.fill r5=[r2]", "mov.m ar.unat=r0"];

    public static Machine Run(params string[] lines) => Run(null, out _, lines);

    public static Machine Run(out RunResult result, params string[] lines) => Run(null, out result, lines);

    /// <summary>Runs after <paramref name="setup"/> has prepared the loaded machine (e.g. psr bits).</summary>
    public static Machine Run(Action<Machine>? setup, out RunResult result, params string[] lines)
    {
        var machine = Load(lines);
        setup?.Invoke(machine);
        result = machine.Run(100_000);
        return machine;
    }

    /// <summary>The machine with the program loaded, not run.</summary>
    public static Machine Load(params string[] lines)
    {
        var labels = new Dictionary<string, ulong>(StringComparer.Ordinal);
        ulong address = CodeBuilder.Base;
        foreach (string line in lines)
        {
            if (line.EndsWith(':'))
            {
                labels[line[..^1]] = address;
            }
            else
            {
                address += 16;
            }
        }

        var code = new CodeBuilder();
        foreach (string line in lines)
        {
            if (line.EndsWith(':'))
            {
                continue;
            }

            string text = Label().Replace(line, m => "0x" + labels[m.Groups[1].Value].ToString("x", CultureInfo.InvariantCulture));
            if (text.StartsWith("movl ", StringComparison.Ordinal))
            {
                code.Bundle("MLX;", "nop.m 0x0", text);
            }
            else if (text.StartsWith("I:", StringComparison.Ordinal))
            {
                code.Bundle("MII;", "nop.m 0x0", text[2..].Trim(), "nop.i 0x0");
            }
            else if (text.StartsWith("B:", StringComparison.Ordinal))
            {
                code.Bundle("MIB;", "nop.m 0x0", "nop.i 0x0", text[2..].Trim());
            }
            else
            {
                code.Bundle("MII;", text, "nop.i 0x0", "nop.i 0x0");
            }
        }

        return code.Exit().Load();
    }

    /// <summary>Runs to the end and checks it reached SSC EXIT.</summary>
    public static Machine RunToExit(params string[] lines)
    {
        var machine = Run(null, out var result, lines);
        Assert.True(result.Kind == StopKind.Exit, result.Describe());
        return machine;
    }

    public static string[] With(params string[][] parts) => [.. parts.SelectMany(p => p)];

    /// <summary>Turns data translation on with guest memory identity-mapped by data
    /// translation register 0: one 64 MiB page at virtual 0 in region 0 (rid 0), write-back,
    /// read/write/execute at every privilege level, accessed and dirty.</summary>
    public static void TranslateData(Machine machine)
    {
        const ulong pte = 1 | (1UL << 5) | (1UL << 6) | (3UL << 7) | (3UL << 9);
        var cpu = machine.Cpu;
        cpu.Dtlb.InsertRegister(0, cpu.MakeEntry(0, pte, 26UL << 2));
        cpu.Psr |= 1UL << Cpu.PsrDt;
        cpu.TranslationChanged();
    }

    public static ulong Gr(this Machine m, int r) => m.Cpu.GetGr(r);

    public static bool Nat(this Machine m, int r) => m.Cpu.GetNat(r);

    public static ulong Read8(this Machine m, ulong address) => BitConverter.ToUInt64(m.Memory.Read(address, 8));

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Label();
}

/// <summary>Integer loads and stores, post-increment, fill/spill, ld16/st16, lfetch and fc (SDM
/// Vol. 3 ld, st, lfetch, fc). Every expected value was checked on Ski (-alat) with the same
/// instructions.</summary>
public class MemoryAccessTests
{
    [Theory]
    // Loads zero-extend; little-endian. Checked on Ski.
    [InlineData("ld1 r20=[r10]", 7, 0x88UL)]
    [InlineData("ld2.acq r20=[r10]", 6, 0x8899UL)]
    [InlineData("ld4.bias r20=[r10]", 4, 0x8899aabbUL)]
    [InlineData("ld8.nta r20=[r10]", 8, 0xf0e1d2c3b4a59687UL)]
    [InlineData("ld4 r20=[r10]", 8, 0xb4a59687UL)]
    [InlineData("ld1.c.clr r20=[r10]", 0, 0xffUL)]
    [InlineData("ld2.c.nc r20=[r10]", 2, 0xccddUL)]
    [InlineData("ld4.a r20=[r10]", 12, 0xf0e1d2c3UL)]
    [InlineData("ld8.c.clr.acq r20=[r10]", 0, 0x8899aabbccddeeffUL)]
    public void Load_ReadsItsSizeZeroExtended(string load, int offset, ulong expected)
    {
        var m = Guest.RunToExit(Guest.With(Guest.Setup, [$"adds r10={offset},r2", "mov r20=-1", load]));
        Assert.Equal(expected, m.Gr(20));
        Assert.False(m.Nat(20));
    }

    [Theory]
    // The doubleword after storing r3 = 0xf0e1d2c3b4a59687 into zeros. Checked on Ski.
    [InlineData("st1 [r10]=r3", 3, 0x87000000UL)]
    [InlineData("st2.rel [r10]=r3", 6, 0x9687000000000000UL)]
    [InlineData("st4.nta [r10]=r3", 4, 0xb4a5968700000000UL)]
    [InlineData("st8 [r10]=r3", 0, 0xf0e1d2c3b4a59687UL)]
    public void Store_WritesTheLowBytesOfItsSize(string store, int offset, ulong expected)
    {
        var m = Guest.RunToExit(Guest.With(Guest.Setup, ["adds r11=64,r2", "st8 [r11]=r0", $"adds r10={offset},r11", store]));
        Assert.Equal(expected, m.Read8(Guest.Data + 64));
    }

    [Fact]
    public void PostIncrement_AddsTheRegisterOrImmediateAfterTheAccess()
    {
        var m = Guest.RunToExit(Guest.With(Guest.Setup,
        [
            "mov r6=8", "mov r10=r2", "ld8 r20=[r10],r6", "mov r21=r10", "ld4.acq r22=[r10],-4", "mov r23=r10",
            "ld2.c.nc r24=[r10],255", "mov r25=r10", "adds r11=64,r2", "st8 [r11]=r3,-256", "mov r26=r11",
            "st1.rel [r11]=r3,255", "mov r27=r11",
        ]));

        // Checked on Ski.
        Assert.Equal(0x8899aabbccddeeffUL, m.Gr(20));
        Assert.Equal(0x200008UL, m.Gr(21));
        Assert.Equal(0xb4a59687UL, m.Gr(22));
        Assert.Equal(0x200004UL, m.Gr(23));
        Assert.Equal(0xaabbUL, m.Gr(24));
        Assert.Equal(0x200103UL, m.Gr(25));
        Assert.Equal(0x1fff40UL, m.Gr(26));
        Assert.Equal(0x20003fUL, m.Gr(27));
        Assert.Equal(0x87UL, m.Read8(0x1fff40) & 0xff);
    }

    [Fact]
    public void PostIncrement_ByANatRegister_IsNoFaultButANatBase()
    {
        // SDM Vol. 3 ld: GR[r3].nat = GR[r3].nat || GR[r2].nat; Ski agrees (the brief expected a fault).
        var m = Guest.RunToExit(Guest.With(Guest.Setup, Guest.NatR5,
        [
            "mov r10=r2", "ld8 r20=[r10],r5", "mov r11=r2", "ld8.s r21=[r11],r5", "mov r12=r2", "lfetch [r12],r5",
        ]));

        // Checked on Ski: the loads read Data; each base is Data + r5's value, with NaT.
        foreach (int r in (int[])[10, 11, 12])
        {
            Assert.Equal(0x8899aabbccfdeeffUL, m.Gr(r));
            Assert.True(m.Nat(r));
        }

        Assert.Equal(0x8899aabbccddeeffUL, m.Gr(20));
        Assert.False(m.Nat(20));
        Assert.Equal(0UL, m.Gr(21));
        Assert.True(m.Nat(21));
    }

    [Fact]
    public void PostIncrement_ReadsTheIncrementBeforeTheLoadWritesIt()
    {
        var m = Guest.RunToExit(Guest.With(Guest.Setup, ["mov r7=8", "mov r13=r2", "ld8 r7=[r13],r7"]));
        Assert.Equal(0x8899aabbccddeeffUL, m.Gr(7)); // checked on Ski
        Assert.Equal(0x200008UL, m.Gr(13));
    }

    [Theory]
    [InlineData("ld8 r2=[r2],8")]
    [InlineData("ld8.s r2=[r2],r6")]
    [InlineData("ld4.c.nc r2=[r2],-4")]
    public void LoadThatUpdatesItsTarget_IsIllegalOperation(string load)
    {
        // Ski checks it at decode (EM_FLAG_CHECK_BASE_EQ_DST) and faults to vector 0x5400.
        Guest.Run(out var result, Guest.With(Guest.Setup, ["mov r6=8", load]));
        Assert.Equal(Interruption.IllegalOperation, result.Interruption);

        var m = Guest.Run(out result, Guest.With(Guest.Setup, ["cmp.eq p6,p7=r0,r0", "(p7) " + load]));
        Assert.Equal(StopKind.Exit, result.Kind);
        Assert.Equal(Guest.Data, m.Gr(2));
    }

    [Fact]
    public void SpillAndFill_KeepTheNatBitInArUnatAtAddressBits8To3()
    {
        var m = Guest.RunToExit(Guest.With(Guest.Setup, Guest.NatR5,
        [
            "movl r11=0x2001f8", "st8.spill [r11]=r5,8", "mov.m r20=ar.unat", "st8.spill [r11]=r5", "mov.m r21=ar.unat",
            "st8.spill.nta [r11]=r3", "mov.m r22=ar.unat", "movl r12=0x2001f8", "ld8.fill r23=[r12],8", "ld8.fill r24=[r12],r12",
            "mov r25=r12",
        ]));

        // Checked on Ski: 0x2001f8 is bit 63, 0x200200 bit 0.
        Assert.Equal(0x200200UL, m.Gr(11));
        Assert.Equal(0x8000000000000000UL, m.Gr(20));
        Assert.Equal(0x8000000000000001UL, m.Gr(21));
        Assert.Equal(0x8000000000000000UL, m.Gr(22));
        Assert.Equal(0x8899aabbccddeeffUL, m.Gr(23));
        Assert.True(m.Nat(23));
        Assert.Equal(0xf0e1d2c3b4a59687UL, m.Gr(24));
        Assert.False(m.Nat(24));
        Assert.Equal(0x400400UL, m.Gr(25));
    }

    [Fact]
    public void Load16AndStore16_PairAGrWithArCsd()
    {
        var m = Guest.RunToExit(Guest.With(Guest.Setup,
        [
            "ld16 r20,ar.csd=[r2]", "mov.m r21=ar.csd", "adds r11=32,r2", "movl r4=0x0123456789abcdef", "mov.m ar.csd=r4",
            "st16.rel [r11]=r3,ar.csd", "ld8 r22=[r11],8", "ld8 r23=[r11]",
        ]));

        // Checked on Ski.
        Assert.Equal(0x8899aabbccddeeffUL, m.Gr(20));
        Assert.Equal(0xf0e1d2c3b4a59687UL, m.Gr(21));
        Assert.Equal(0xf0e1d2c3b4a59687UL, m.Gr(22));
        Assert.Equal(0x0123456789abcdefUL, m.Gr(23));
    }

    [Fact]
    public void LineFetch_HasNoEffectButItsBaseUpdate()
    {
        var m = Guest.RunToExit(Guest.With(Guest.Setup, Guest.NatR5,
        [
            "lfetch [r5]", "lfetch.excl.nt1 [r2]", "lfetch.fault.nta [r2]", "mov r10=r2", "lfetch.fault.excl [r10],-256",
            "movl r11=0x7ffffffffffff", "lfetch.fault [r11],255", "adds r12=0,r5", "lfetch.excl [r12],64",
            "fc r2", "fc.i r2", "mf", "mf.a", "fwb", "srlz.d", "srlz.i", "sync.i",
        ]));

        // Checked on Ski: no fault, even far outside memory; a NaT base stays NaT.
        Assert.Equal(0x1fff00UL, m.Gr(10));
        Assert.Equal(0x80000000000feUL, m.Gr(11));
        Assert.Equal(0x8899aabbccddef3fUL, m.Gr(12));
        Assert.True(m.Nat(12));
    }

    [Theory]
    // Checked on Ski: vector 0x5600 (Register NaT Consumption), 0x5a00 (Unaligned Data
    // Reference) or 0x5400 (Illegal Operation), the program going no further.
    [InlineData("ld8 r7=[r5]", Interruption.RegisterNaTConsumption)]
    [InlineData("ld8.a r7=[r5]", Interruption.RegisterNaTConsumption)]
    [InlineData("ld8.fill r7=[r5]", Interruption.RegisterNaTConsumption)]
    [InlineData("st8 [r2]=r5", Interruption.RegisterNaTConsumption)]
    [InlineData("st4 [r5]=r3", Interruption.RegisterNaTConsumption)]
    [InlineData("st8.spill [r5]=r3", Interruption.RegisterNaTConsumption)]
    [InlineData("st16 [r2]=r5,ar.csd", Interruption.RegisterNaTConsumption)]
    [InlineData("lfetch.fault [r5]", Interruption.RegisterNaTConsumption)]
    [InlineData("lfetch.fault.excl [r5],8", Interruption.RegisterNaTConsumption)]
    [InlineData("fc r5", Interruption.RegisterNaTConsumption)]
    [InlineData("fc.i r5", Interruption.RegisterNaTConsumption)]
    [InlineData("ld8 r7=[r10]", Interruption.UnalignedDataReference)]
    [InlineData("ld2 r7=[r11],2", Interruption.UnalignedDataReference)]
    [InlineData("st4 [r12]=r3", Interruption.UnalignedDataReference)]
    [InlineData("ld16 r7,ar.csd=[r9]", Interruption.UnalignedDataReference)]
    [InlineData("ld8.c.clr r7=[r10]", Interruption.UnalignedDataReference)]
    public void BadAccess_FaultsAndChangesNothing(string instruction, Interruption expected)
    {
        var m = Guest.Run(out var result, Guest.With(Guest.Setup, Guest.NatR5,
            ["adds r10=4,r2", "adds r11=1,r2", "adds r12=2,r2", "mov r7=77", instruction]));
        Assert.Equal(expected, result.Interruption);
        Assert.Equal(CodeBuilder.Base + (16 * 14), result.Ip);
        Assert.Equal(77UL, m.Gr(7));
        Assert.Equal(0x8899aabbccddeeffUL, m.Read8(Guest.Data));
        Assert.Equal(0UL, m.Cpu.Ar[ApplicationRegisters.Unat]);
    }

    [Fact]
    public void SpillOfANatRegister_AndPlainLineFetchOfANatAddress_DoNotFault()
    {
        var m = Guest.RunToExit(Guest.With(Guest.Setup, Guest.NatR5, ["st8.spill [r2]=r5", "lfetch [r5]", "mov r6=8", "lfetch [r5],r6"]));
        Assert.Equal(1UL, m.Cpu.Ar[ApplicationRegisters.Unat]);
    }
}
