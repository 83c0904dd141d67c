namespace PatchVmm.Vmm.Tests.Equivalence;

/// <summary>The equivalence harness can fail: a virtual side that is wrong in any one aspect the
/// harness compares — the routine's result, a register family, a TLB, the interrupt
/// controller, the VMM's machine psr — makes trials differ, named by that aspect.</summary>
public sealed class HarnessTests
{
    public static TheoryData<string, int, string, string> Mutants() => new()
    {
        // template, slot, what the mutant breaks, an observation key that must then differ
        { "mov-from-psr", 0, "result: resume where a fault was raised", "outcome" },
        { "mov-to-pkr", 1, "pkr3", "pkr3" },
        { "mov-to-rr", 0, "rr5", "rr5" },
        { "mov-from-cr", 0, "cr.iva", "cr2" },
        { "ptc.e", 0, "the data TLB", "dtlb" },
        { "mov-from-cr-ivr", 0, "a pending vector", "cr71" },
        { "mov-from-cr-ivr", 1, "a vector in service", "in-service3" },
        { "rsm", 1, "psr.pk", "psr" },
        { "mov-from-cpuid", 0, "the guest's r1", "r1" },
        { "mov-to-ar-itc", 0, "the itc offset", "ar44" },
        { "bsw.1", 2, "the machine's psr.bn", "vmm:machine-psr" },
        { "thash", 1, "cpuid3", "cpuid3" },
    };

    [Theory]
    [MemberData(nameof(Mutants))]
    public void AWrongVirtualSideIsCaught(string template, int slot, string what, string key)
    {
        var vector = PatchVector.Load().Single(v => v.Template == template && v.Slot == slot);
        Mutation mutant = what switch
        {
            "result: resume where a fault was raised" => (r, _) => r.Action == RoutineAction.Fault ? RoutineResult.After(StateBuilder.CodeAddress, slot) : r,
            "pkr3" => (r, v) => { v.Pkr[3] ^= 1UL << 8; return r; },
            "rr5" => (r, v) => { v.Rr[5] ^= 1UL << 8; return r; },
            "cr.iva" => (r, v) => { v.Cr[ControlRegister.Iva] ^= 1UL << 15; return r; },
            "the data TLB" => (r, v) => { v.Tlb.InsertCache(instruction: false, new TranslationEntry(0x7000_0000, 12, 0x555, 0x661, 0)); return r; },
            "a pending vector" => (r, v) => { v.Interrupts.Raise(255); return r; },
            "a vector in service" => (r, v) => { v.Interrupts.InServiceVectors[3] ^= 1UL << 63; return r; },
            "psr.pk" => (r, v) => { v.Psr ^= 1UL << Psr.Pk; return r; },
            "the guest's r1" => (r, v) => { v.Cpu.SetGeneralRegister(1, v.Cpu.GetGeneralRegister(1) ^ 1); return r; },
            "the itc offset" => (r, v) => { v.ItcOffset++; return r; },
            "the machine's psr.bn" => (r, v) => { v.Machine.SwitchBank(Psr.Bit(v.Psr, Psr.Bn) ? 0 : 1); return r; },
            _ => (r, v) => { v.Cpuid[3] ^= 1; return r; },
        };

        int caught = 0, compared = 0;
        for (int t = 0; t < 40; t++)
        {
            var r = Trial.Run(vector, Coverage.Seed(template, slot, t), mutant);
            if (r.Kind != TrialKind.Compared)
            {
                continue;
            }

            compared++;
            if (r.Differences.Any(d => d.StartsWith(key + ":", StringComparison.Ordinal)))
            {
                caught++;
            }
        }

        Assert.True(compared > 20, $"{compared} trials compared");
        Assert.True(caught > 0, $"the mutant ({what}) went unnoticed in {compared} trials");
    }

    [Fact]
    public void TheUnmutatedTrialsOfTheseSeedsAgree()
    {
        var vector = PatchVector.Load().Single(v => v.Template == "mov-to-pkr" && v.Slot == 1);
        for (int t = 0; t < 40; t++)
        {
            var r = Trial.Run(vector, Coverage.Seed("mov-to-pkr", 1, t));
            Assert.Empty(r.Differences);
        }
    }
}
