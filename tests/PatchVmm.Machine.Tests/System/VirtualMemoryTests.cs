using PatchVmm.Machine.Tests.Semantics;

namespace PatchVmm.Machine.Tests.SystemMode;

/// <summary>Virtual-memory behaviour the corpus programs (Programs/sys-vm-*.s) cannot compare
/// with Ski because Ski departs from the SDM there; each expected value comes from the SDM
/// text cited.</summary>
public class VirtualMemoryTests
{
    private const ulong Uncacheable = 1UL << 63;

    /// <summary>SDM Vol. 3 ldf, Operation: an advanced load whose translation defers because the
    /// memory is not speculative ("advanced && !speculative && defer") writes FP_ZERO, or
    /// FP_INT_ZERO for the integer form, and allocates no ALAT entry; ld.a writes 0 ("ld.a to
    /// sequential memory"). Physical addresses with bit 63 set are uncacheable (Vol. 2 4.4.3).
    /// Ski reads nothing either, but leaves FP targets with whatever its local variable held
    /// (exec.incl.c LDF_A_EX), so the corpus compares only the integer form (sys-vm-uc).</summary>
    [Fact]
    public void AdvancedLoadsFromUncacheableMemoryGiveZeroAndNoAlatEntry()
    {
        var m = Guest.RunToExit(Guest.With(Guest.Setup,
        [
            $"movl r4=0x{Uncacheable | Guest.Data:x}",
            "ldfs.a f6=[r4]", "ldf8.a f7=[r4]", "ldfpd.a f8,f9=[r4]", "ld8.a r20=[r4]",
            // cacheable: the same loads read memory and allocate entries
            "ldf8.a f10=[r2]", "ld8.a r21=[r2]",
        ]));
        var cpu = m.Cpu;
        AssertFr(cpu, 6, 0, 0);
        AssertFr(cpu, 7, 0, FloatingPointFormats.IntegerExponent);
        AssertFr(cpu, 8, 0, 0);
        AssertFr(cpu, 9, 0, 0);
        Assert.Equal(0UL, m.Gr(20));
        Assert.False(m.Nat(20));
        foreach (int key in (int[])[cpu.AlatFr(6), cpu.AlatFr(7), cpu.AlatFr(8), cpu.AlatGr(20)])
        {
            Assert.False(cpu.Alat.Check(key, clear: false));
        }

        AssertFr(cpu, 10, 0x8899aabbccddeeffUL, FloatingPointFormats.IntegerExponent);
        Assert.Equal(0x8899aabbccddeeffUL, m.Gr(21));
        Assert.True(cpu.Alat.Check(cpu.AlatFr(10), clear: false));
        Assert.True(cpu.Alat.Check(cpu.AlatGr(21), clear: false));
    }

    /// <summary>SDM Vol. 2 3.3.2 (psr.ia: Instruction Access Bit faults are disabled for the
    /// first restarted instruction; the bit is cleared after each instruction) and the
    /// Instruction Access Bit vector (the instruction being executed resides on a page whose
    /// a bit is 0): every instruction fetched from such a page faults, one at a time, when the
    /// handler only sets psr.ia. Ski checks instruction translations when it enters a page or
    /// branches (sim.c setSysIcp), so it raises the fault once per page entry; sys-vm-dirty-access
    /// leaves such a page with the instruction psr.ia covers.</summary>
    [Fact]
    public void InstructionAccessBitIsSuppressedForOneInstructionOnly()
    {
        var m = Guest.Load("mov r20=1", "mov r21=2");
        var cpu = m.Cpu;
        const ulong pte = 1 | (1UL << 6) | (3UL << 9); // present, WB, dirty, not accessed, pl 0, rwx
        cpu.Itlb.InsertRegister(0, cpu.MakeEntry(0, pte, 26UL << 2)); // 64 MiB at 0, region 0
        cpu.ProcessorStatus |= 1UL << Cpu.PsrIt;
        var handler = new AccessBitHandler();
        m.HostHandler = handler;
        var result = m.Run(1000);

        Assert.True(result.Kind == StopKind.Exit, result.Describe());
        Assert.Equal(1UL, m.Gr(20));
        Assert.Equal(2UL, m.Gr(21));
        // two bundles of the program, then mov r15=66 and the break of the exit: every slot once
        (ulong, int)[] expected =
        [
            .. Slots(CodeBuilder.Base), .. Slots(CodeBuilder.Base + 16), .. Slots(CodeBuilder.Base + 32), (CodeBuilder.Base + 48, 0),
        ];
        Assert.Equal(expected, handler.Faults);
    }

    /// <summary>SDM Vol. 2 4.1.1 and 4.1.2: translations are tagged by region ID, not by region
    /// number; two regions whose registers hold the same RID share translations. Ski's match
    /// includes the region number (tlb.c VAmatch), so the corpus never uses one RID twice.</summary>
    [Fact]
    public void TranslationsAreTaggedByRegionIdNotRegionNumber()
    {
        var m = Guest.Load(Guest.With(Guest.Setup, ["movl r4=0x4000000000010008", "ld8 r20=[r4]", "probe.r r21=r4,0", "tak r22=r4"]));
        var cpu = m.Cpu;
        Guest.TranslateData(m);
        cpu.Rr[1] = cpu.Rr[2] = (0x77UL << 8) | (13UL << 2);
        const ulong pte = 1 | (1UL << 5) | (1UL << 6) | (3UL << 9);
        cpu.Dtlb.InsertCache(cpu.MakeEntry((1UL << 61) | 0x10000, Guest.Data | pte, (0x55UL << 8) | (13UL << 2)));
        cpu.TranslationChanged();
        var result = m.Run(1000);

        Assert.True(result.Kind == StopKind.Exit, result.Describe());
        Assert.Equal(0xf0e1d2c3b4a59687UL, m.Gr(20));
        Assert.Equal(1UL, m.Gr(21));
        Assert.Equal(0x5500UL, m.Gr(22));
    }

    private static (ulong, int)[] Slots(ulong bundle) => [(bundle, 0), (bundle, 1), (bundle, 2)];

    private static void AssertFr(Cpu cpu, int f, ulong significand, uint signExponent)
    {
        cpu.GetFr(f, out ulong s, out uint e);
        Assert.Equal((significand, signExponent), (s, e));
    }

    /// <summary>Sets psr.ia for the faulting instruction and resumes it, recording where each
    /// Instruction Access Bit fault was raised; stops on anything else.</summary>
    private sealed class AccessBitHandler : IHostInterruptionHandler
    {
        public List<(ulong, int)> Faults { get; } = [];

        public HostAction Handle(Cpu cpu, Interruption interruption)
        {
            if (interruption != Interruption.InstructionAccessBit || Faults.Count > 100)
            {
                return HostAction.Stop;
            }

            Faults.Add((cpu.InstructionPointer, cpu.InstructionSlot));
            cpu.ProcessorStatus |= 1UL << Cpu.PsrIa;
            return HostAction.Resume;
        }
    }
}
