using PatchVmm.Machine.Tests.Semantics;

namespace PatchVmm.Machine.Tests.SystemArchitecture;

/// <summary>The host access API (Cpu.Host.cs) a VMM uses: frame operations that must agree with
/// what cover and rfi do, the translation inserts and purges, and argument checks.</summary>
public class HostAccessTests
{
    /// <summary>A program that allocates a frame, fills it, covers it from the host, and returns
    /// to it with RestoreFrame: the frame comes back as cover + rfi bring it back (SDM Vol. 3).</summary>
    [Fact]
    public void CoverFrameThenRestoreFrame_GivesTheFrameBack()
    {
        var m = Guest.Load(["alloc r38=ar.pfs,7,7,0", "mov r32=11", "mov r33=22", "mov r34=33", "mov r35=44", "mov r36=55", "mov r37=66", "mov r38=77"]);
        var result = m.Run(9 * 3);
        Assert.Equal(StopKind.InstructionLimit, result.Kind);
        var cpu = m.Cpu;
        ulong before = cpu.FrameMarker;
        Assert.Equal(7, cpu.FrameSize);
        ulong bsp = cpu.GetApplicationRegister(17);

        ulong covered = cpu.CoverFrame();
        Assert.Equal(before, covered);
        Assert.Equal(0, cpu.FrameSize);
        Assert.Equal(bsp + (7 * 8), cpu.GetApplicationRegister(17));

        Assert.True(cpu.RestoreFrame(covered));
        Assert.Equal(before, cpu.FrameMarker);
        Assert.Equal(bsp, cpu.GetApplicationRegister(17));
        for (int r = 32; r < 39; r++)
        {
            Assert.Equal((ulong)(11 * (r - 31)), cpu.GetGeneralRegister(r));
        }
    }

    [Fact]
    public void InsertTranslation_MakesTheDataPageTranslatable()
    {
        var m = Guest.Load(["movl r2=0x4000100", "ld8 r20=[r2]"]);
        var cpu = m.Cpu;
        m.Memory.Write(0x200100, BitConverter.GetBytes(0x1122334455667788UL));

        // va 0x4000000 (region 0, rid 0) → pa 0x200000, 4 KiB, rw at pl 0, accessed, dirty.
        cpu.InsertTranslation(instruction: false, 0x4000000, 0x200000 | 1 | (1UL << 5) | (1UL << 6) | (2UL << 9), 12UL << 2);
        cpu.ProcessorStatus |= 1UL << Cpu.PsrDt;
        var result = m.Run(100);
        Assert.True(result.Kind == StopKind.Exit, result.Describe());
        Assert.Equal(0x1122334455667788UL, cpu.GetGeneralRegister(20));

        cpu.PurgeTranslations(0x4000000, 12, 0);
        Assert.Equal(-1, cpu.Dtlb.Find(0x4000100, 0));
    }

    [Fact]
    public void HostAccess_RejectsOutOfRangeArguments()
    {
        var cpu = Guest.Load(["nop.m 0x0"]).Cpu;
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = cpu.GetGeneralRegister(200); });
        Assert.Throws<ArgumentOutOfRangeException>(() => cpu.SetGeneralRegister(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = cpu.GetBranchRegister(8); });
        Assert.Throws<ArgumentOutOfRangeException>(() => { cpu.InstructionPointer = 0x100008; });
        Assert.Throws<ArgumentOutOfRangeException>(() => { cpu.InstructionSlot = 3; });
        Assert.Throws<ArgumentOutOfRangeException>(() => cpu.SwitchBank(2));
        Assert.Throws<ArgumentException>(() => cpu.SetApplicationRegister(17, 0));
        Assert.Throws<ArgumentException>(() => cpu.InsertTranslation(false, 0, 1 | (1UL << 2), 12UL << 2));
    }

    [Fact]
    public void SwitchBank_SelectsTheOtherR16ToR31()
    {
        var cpu = Guest.Load(["nop.m 0x0"]).Cpu;
        cpu.SetGeneralRegister(16, 0xb0);
        cpu.SwitchBank(1);
        Assert.True(cpu.PsrBit(Cpu.PsrBn));
        Assert.Equal(0UL, cpu.GetGeneralRegister(16));
        cpu.SetGeneralRegister(16, 0xb1);
        cpu.SwitchBank(0);
        Assert.Equal(0xb0UL, cpu.GetGeneralRegister(16));
    }
}
