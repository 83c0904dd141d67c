using PatchVmm.Ia64;
using PatchVmm.Vmm.BuiltIn;
using PatchVmm.Vmm.Patching;

namespace PatchVmm.Vmm.Tests;

/// <summary>Selection, the branch form, the break range and what the patcher leaves alone.</summary>
public sealed class PatcherOptionTests
{
    private static readonly IReadOnlyList<PatchVector> Vectors = PatchVector.Load();

    [Fact]
    public void SelectionPatchesOnlyTheNamedTemplates()
    {
        byte[] code = PatchVector.Image(Vectors, v => v.Original);
        var options = new PatchOptions { Selection = new HashSet<string> { "mov-from-psr", "epc" } };
        var sites = new SiteTable(options);
        new Patcher<EmulationTable>(options).Patch(code, 0, sites);

        var names = sites.Sites.ToArray().Select(s => EmulationTable.Catalog.Entries[EmulationTable.Catalog.Routines[s.Routine].Entry].Name);
        Assert.Equal(["mov-from-psr", "mov-from-psr", "epc", "epc", "epc"], names);
    }

    [Fact]
    public void AnUnknownSelectedNameIsRejected() =>
        Assert.Throws<ArgumentException>(() => new Patcher<EmulationTable>(new PatchOptions { Selection = new HashSet<string> { "no-such" } }));

    [Fact]
    public void TheMoreSpecificTemplateWins()
    {
        // mov r23=cr.ivr is both mov-from-cr (any cr) and mov-from-cr-ivr (cr 65): the narrower one applies.
        var ivr = Vectors.First(v => v.Template == "mov-from-cr-ivr");
        var bundle = Bundle.Read(ivr.Original);
        var patcher = new Patcher<EmulationTable>();
        int e = patcher.Match(Unit.M, bundle.GetSlot(ivr.Slot), 0);
        Assert.Equal("mov-from-cr-ivr", EmulationTable.Catalog.Entries[e].Name);
    }

    [Fact]
    public void BranchFormBranchesToTheSiteTrampolineFromBSlotsAndBreaksElsewhere()
    {
        byte[] code = PatchVector.Image(Vectors, v => v.Original);
        const ulong Base = 0x100000;
        var options = new PatchOptions { Style = PatchStyle.Branch, TrampolineBase = 0x200000 };
        var sites = new SiteTable(options);
        new Patcher<EmulationTable>(options).Patch(code, Base, sites);

        for (int i = 0; i < Vectors.Count; i++)
        {
            var v = Vectors[i];
            var bundle = Bundle.Read(code.AsSpan(i * 16, 16));
            var unit = bundle.Template.SlotUnit(v.Slot);
            Assert.True(Decoder.DecodeSlot(unit, bundle.GetSlot(v.Slot), 0, out var ins));
            string text = Disassembler.Format(ins, Base + v.Address);
            if (unit == Unit.B)
            {
                Assert.Equal(PatchForm.BranchB, sites[i].Form);
                Assert.Equal("B1", ins.Opcode!.Format);
                Assert.Equal((long)(sites.Trampoline(i) - (Base + v.Address)), ins.Operand(0));
                Assert.True(sites.TryFindTrampoline(sites.Trampoline(i), out int found) && found == i);
            }
            else
            {
                Assert.Equal(PatchForm.BreakM, sites[i].Form);
                Assert.Equal($"break.m 0x{sites.Immediate(i):x}", text);
                Assert.Equal(6, ins.Qp);
            }
        }

        Patcher<EmulationTable>.Unpatch(code, Base, sites);
        Assert.True(code.AsSpan().SequenceEqual(PatchVector.Image(Vectors, v => v.Original)));
    }

    [Fact]
    public void BranchFormOutOfReachFallsBackToBreak()
    {
        var epc = Vectors.First(v => v.Template == "epc" && v.Slot == 2);
        byte[] code = [.. epc.Original];
        var options = new PatchOptions { Style = PatchStyle.Branch, TrampolineBase = 0x4000_0000_0000 };
        var sites = new SiteTable(options);
        new Patcher<EmulationTable>(options).Patch(code, 0, sites);
        Assert.Equal(PatchForm.BreakB, sites[0].Form);
        var bundle = Bundle.Read(code);
        Assert.True(Decoder.DecodeSlot(Unit.B, bundle.Slot2, 0, out var ins));
        Assert.Equal("break.b 0x140000", Disassembler.Format(ins, 0));
    }

    [Theory]
    [InlineData(0x80000u, 4)]
    [InlineData(0xFFFFFu, 2)]
    [InlineData(0x81800u, 16)]
    [InlineData(0x1FFFF0u, 0x20)]
    public void TheBreakRangeMustAvoidGuestAndFirmwareImmediates(uint start, int count) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PatchOptions { BreakBase = start, BreakCount = count }.Validate());

    [Fact]
    public void NonSensitiveCodeIsLeftAlone()
    {
        // The interpreter's benchmark guest: integer loops, calls and firmware breaks only.
        byte[] code = [.. Enumerable.Range(0, 64).SelectMany(i => new byte[] { 0x08, 0, 0, 0, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 4, 0 })];
        byte[] before = (byte[])code.Clone();
        var sites = new SiteTable(new PatchOptions());
        Assert.Equal(0, new Patcher<EmulationTable>().Patch(code, 0, sites));
        Assert.True(code.AsSpan().SequenceEqual(before));
    }
}
