using PatchVmm.Machine.Tests.Semantics;

namespace PatchVmm.Machine.Tests.SystemArchitecture;

/// <summary>Non-access references and translation-register purges, where the VMM's equivalence
/// trials found the machine departing from the SDM (Vol. 3 fc, probe, ptr).</summary>
public class NonAccessTests
{
    private const ulong Page = 0x4000000;

    /// <summary>A data translation of the 4 KiB page at 0x4000000 → 0x200000: present,
    /// accessed, dirty, with memory attribute <paramref name="ma"/> and access rights <paramref name="ar"/>.</summary>
    private static void Map(Machine m, ulong ma, ulong ar) =>
        m.Cpu.InsertTranslation(instruction: false, Page, 0x200000 | 1 | (ma << 2) | (1UL << 5) | (1UL << 6) | (ar << 9), 12UL << 2);

    /// <summary>fc and probe.fault are no semaphores: an uncacheable page (ma UC) does not make
    /// them Unsupported Data References ("the memory attribute of the page has no effect").</summary>
    [Theory]
    [InlineData("fc r2")]
    [InlineData("fc.i r2")]
    [InlineData("probe.rw.fault r2,0")]
    public void NonAccessReferencesIgnoreTheMemoryAttribute(string instruction)
    {
        Guest.Run(machine =>
        {
            Map(machine, ma: 4, ar: 2);
            machine.Cpu.ProcessorStatus |= 1UL << Cpu.PsrDt;
        }, out var result, "movl r2=0x4000010", instruction);
        Assert.True(result.Kind == StopKind.Exit, result.Describe());
    }

    /// <summary>fc with psr.dt clear flushes the physical line, whatever bit 63 of the address.</summary>
    [Fact]
    public void PhysicalFcOfAnUncacheableAddressCompletes()
    {
        Guest.Run(null, out var result, "movl r2=0x8000000000200000", "fc r2");
        Assert.True(result.Kind == StopKind.Exit, result.Describe());
    }

    /// <summary>At privilege level 0 fc checks no access rights (SDM Vol. 3 fc: as a 1-byte read
    /// above level 0 only), so a read-only page (ar 0) flushes; a fault reports ISR.r.</summary>
    [Fact]
    public void FcChecksRightsAsAOneByteRead()
    {
        Guest.Run(machine =>
        {
            Map(machine, ma: 0, ar: 0);
            machine.Cpu.ProcessorStatus |= 1UL << Cpu.PsrDt;
        }, out var result, "movl r2=0x4000010", "fc r2");
        Assert.True(result.Kind == StopKind.Exit, result.Describe());

        var unmapped = Guest.Run(machine => machine.Cpu.ProcessorStatus |= (1UL << Cpu.PsrDt) | (1UL << Cpu.PsrIc), out result,
            "movl r2=0x4000010", "fc r2");
        Assert.Equal(Interruption.AlternateDataTlb, result.Interruption);
        ulong isr = unmapped.Cpu.GetControlRegister(17);
        Assert.Equal((1UL << Cpu.IsrNa) | (1UL << Cpu.IsrR) | 1, isr & ((1UL << 41) - 1));
    }

    /// <summary>ptr.d purges the data translation registers and the data translation cache entries
    /// the range overlaps (SDM Vol. 3 ptr); the instruction side stays.</summary>
    [Fact]
    public void PtrPurgesTheTranslationCacheEntriesOfItsSide()
    {
        var m = Guest.Run(machine =>
        {
            var cpu = machine.Cpu;
            cpu.InsertTranslationRegister(instruction: false, 3, Page, 0x200000 | 1 | (1UL << 5), 12UL << 2);
            cpu.InsertTranslation(instruction: false, Page + 0x1000, 0x201000 | 1 | (1UL << 5), 12UL << 2);
            cpu.InsertTranslation(instruction: true, Page + 0x1000, 0x201000 | 1 | (1UL << 5), 12UL << 2);
        }, out var result, "movl r2=0x4000000", "mov r3=56", "ptr.d r2,r3");
        Assert.True(result.Kind == StopKind.Exit, result.Describe());
        Assert.Empty(m.Cpu.GetTranslations(instruction: false));
        Assert.Single(m.Cpu.GetTranslations(instruction: true));
    }
}
