using PatchVmm.Ia64;
using PatchVmm.Vmm.BuiltIn;
using PatchVmm.Vmm.Patching;

namespace PatchVmm.Vmm.Tests;

/// <summary>The patcher against GNU as: every sensitive instruction in every slot it can sit in
/// (Vectors/sensitive.vec) becomes exactly the bundle GNU as makes of the expected patch, whose
/// objdump text is the break of the slot's unit with the site's immediate; unpatching gives back
/// the original bytes.</summary>
public sealed class PatcherVectorTests
{
    private static readonly IReadOnlyList<PatchVector> Vectors = PatchVector.Load();

    [Fact]
    public void PatchedImageIsWhatGnuAsAssemblesForTheExpectedPatches()
    {
        byte[] code = PatchVector.Image(Vectors, v => v.Original);
        var sites = new SiteTable(new PatchOptions());
        int added = new Patcher<EmulationTable>().Patch(code, 0, sites);

        Assert.Equal(Vectors.Count, added);
        for (int i = 0; i < Vectors.Count; i++)
        {
            var v = Vectors[i];
            Assert.True(v.Patched.AsSpan().SequenceEqual(code.AsSpan(i * 16, 16)), $"bundle {i} ({v.Template}, slot {v.Slot}): {Convert.ToHexString(code, i * 16, 16)} != {Convert.ToHexString(v.Patched)}");
        }
    }

    [Fact]
    public void EverySiteIsRecordedWithItsRoutineOriginalBitsAndOperands()
    {
        byte[] code = PatchVector.Image(Vectors, v => v.Original);
        var sites = new SiteTable(new PatchOptions());
        new Patcher<EmulationTable>().Patch(code, 0x100000, sites);
        var catalog = EmulationTable.Catalog;
        for (int i = 0; i < Vectors.Count; i++)
        {
            var v = Vectors[i];
            ref readonly var site = ref sites[i];
            var original = Bundle.Read(v.Original);
            var routine = catalog.Routines[site.Routine];
            var entry = catalog.Entries[routine.Entry];

            Assert.Equal(0x100000 + v.Address, site.BundleAddress);
            Assert.Equal(v.Slot, site.Slot);
            Assert.Equal(v.Template, entry.Name);
            Assert.Equal(v.Slot, routine.Slot);
            Assert.Equal(original.GetSlot(v.Slot), site.Original);

            // objdump shows the break of the slot's unit carrying the site's immediate.
            string unit = original.Template.SlotUnit(v.Slot) == Unit.B ? "b" : "m";
            Assert.Contains($"break.{unit} 0x{sites.Immediate(i):x}", v.PatchedText, StringComparison.Ordinal);
            Assert.Equal(entry.HasQp ? 6 : 0, site.Qp);

            // Pre-decoded operands: the raw fields PatchVmm.Ia64's decoder reads for the row.
            Assert.True(Decoder.DecodeSlot(original.Template.SlotUnit(v.Slot), site.Original, 0, out var ins));
            var row = ins.Opcode!;
            Assert.Equal(entry.Operands.Length, row.Operands.Count);
            for (int k = 0; k < row.Operands.Count; k++)
            {
                Assert.Equal(row.Operands[k].Fields.Read(site.Original, 0), site.Operand(k));
            }
        }
    }

    [Fact]
    public void UnpatchRestoresTheOriginalBytesExactly()
    {
        byte[] original = PatchVector.Image(Vectors, v => v.Original);
        byte[] code = (byte[])original.Clone();
        var sites = new SiteTable(new PatchOptions());
        new Patcher<EmulationTable>().Patch(code, 0x4000, sites);
        Assert.False(code.AsSpan().SequenceEqual(original));

        int restored = Patcher<EmulationTable>.Unpatch(code, 0x4000, sites);

        Assert.Equal(Vectors.Count, restored);
        Assert.True(code.AsSpan().SequenceEqual(original));
        Assert.All(sites.Sites.ToArray(), s => Assert.Equal(-1, s.Routine));
    }

    [Fact]
    public void TheVectorsCoverEveryTemplateInEverySlotItsRoutinesAllow()
    {
        var covered = Vectors.Select(v => (v.Template, v.Slot)).ToHashSet();
        var catalog = EmulationTable.Catalog;
        var missing = catalog.Routines
            .Select(r => (catalog.Entries[r.Entry].Name, r.Slot))
            .Where(p => !covered.Contains(p))
            .ToList();
        Assert.Empty(missing);
        Assert.Equal(catalog.Routines.Count, Vectors.Count);
    }

    [Fact]
    public void PatchingTwiceFindsNothingMore()
    {
        byte[] code = PatchVector.Image(Vectors, v => v.Original);
        var sites = new SiteTable(new PatchOptions());
        var patcher = new Patcher<EmulationTable>();
        patcher.Patch(code, 0, sites);
        Assert.Equal(0, patcher.Patch(code, 0, sites));
    }
}
