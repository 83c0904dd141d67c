using PatchVmm.Generators.Model;
using PatchVmm.Ia64;
using PatchVmm.Vmm.BuiltIn;

namespace PatchVmm.Generators.Tests;

/// <summary>The generator reads the instruction table itself (a subset parser, since a
/// generator cannot load PatchVmm.Ia64): for every row its fixed bits and operand fields must
/// be PatchVmm.Ia64's, and so must the generated catalog's.</summary>
public sealed class IsaSubsetTests
{
    private static readonly List<TableBuilder.ResolvedRow> Rows = TableBuilder.ResolveRows(
        [.. GeneratorInputs.Isa.Select(f => IsaFileParser.Parse(f.Path, f.Text, CancellationToken.None))], CancellationToken.None);

    [Fact]
    public void EveryRowHasTheMaskValueAndOperandFieldsOfIsaTable()
    {
        var opcodes = IsaTable.Default.Opcodes;
        Assert.Equal(opcodes.Count, Rows.Count);
        var byPlace = Rows.ToDictionary(r => (r.Row.File, r.Row.Line));
        foreach (var o in opcodes)
        {
            var r = byPlace[(o.Source, o.Line)];
            string where = $"{o.Source}:{o.Line}";
            Assert.True((o.Mask, o.Value, o.LMask, o.LValue) == (r.Mask, r.Value, r.LMask, r.LValue), $"{where}: fixed bits differ");
            Assert.True(o.HasQp == r.Row.HasQp, $"{where}: qp");
            Assert.True(o.Unit.ToString() == r.Row.Unit && o.Format == r.Row.Format, $"{where}: unit/format");
            Assert.Equal(o.Operands.Select(k => k.Name), r.Operands.Select(k => k.Name));
            Assert.Equal(o.Operands.Select(k => Fields(k.Fields)), r.Operands.Select(k => Fields(k.Kind.Fields)));
        }
    }

    [Fact]
    public void TheGeneratedCatalogMatchesTheRowsItNames()
    {
        foreach (var e in EmulationTable.Catalog.Entries)
        {
            var row = IsaTable.Default.Opcodes.Single(o => o.Format == e.Format && $"{o.MnemonicTemplate} {o.OperandTemplate}".TrimEnd() == e.Instruction);
            // A template's constraints only add fixed bits, inside the row's operand fields.
            Assert.Equal(row.Mask, e.Mask & row.Mask);
            Assert.Equal(row.Value, e.Value & row.Mask);
            Assert.Equal(row.LMask, e.LMask);
            Assert.Equal(row.HasQp, e.HasQp);
            ulong operandBits = row.Operands.Aggregate(0UL, (m, k) => m | k.Fields.SlotMask);
            Assert.Equal(0UL, (e.Mask & ~row.Mask) & ~operandBits);
            Assert.Equal(row.Operands.Select(k => Fields(k.Fields)), e.Operands.Select(f => string.Join(' ', f.Parts.Select(p => $"{p.Hi}:{p.Lo}"))));
        }
    }

    private static string Fields(FieldSet f) => string.Join(' ', f.Fields.Select(b => $"{b.Hi}:{b.Lo}"));

    private static string Fields(IEnumerable<FieldSpec> f) => string.Join(' ', f.Select(b => $"{b.Hi}:{b.Lo}"));
}
