namespace PatchVmm.Ia64.Tests;

/// <summary>The table loader rejects broken table files with the file and line of the
/// problem, and the built-in table is consistent.</summary>
public sealed class IsaTableTests
{
    private static IsaTable Load(string text) => IsaTable.Load([("t.isa", text)]);

    private static string Error(string text) => Assert.Throws<IsaTableException>(() => Load(text)).Message;

    private const string Common = "operand r1 gr 12:6\noperand r3 gr 26:20\noperand imm14 sdec 36 32:27 19:13\n";

    [Fact]
    public void Built_in_table_loads_and_every_unit_has_rows()
    {
        var t = IsaTable.Default;
        foreach (var u in new[] { Unit.A, Unit.I, Unit.M, Unit.B, Unit.F, Unit.X })
        {
            Assert.Contains(t.Opcodes, o => o.Unit == u);
        }
    }

    [Fact]
    public void A_small_table_decodes_and_a_pseudo_op_wins_over_its_base_form()
    {
        var t = Load(Common + "A A4 adds r1=imm14,r3 40:37=8 35:34=2 33=0\nA A4 mov r1=r3 40:37=8 35:34=2 33=0 imm14=0\n");
        Assert.Equal(2, t.Opcodes.Count);
        Assert.True(t.Opcodes[1].Specificity > t.Opcodes[0].Specificity);
    }

    [Theory]
    [InlineData("A A4 adds r1=imm14,r3 40:37=8\nA A4 addz r1=imm14,r3 40:37=8\n", "t.isa:5: encoding of 'addz r1=imm14,r3' overlaps 'adds r1=imm14,r3' (t.isa:4)")]
    [InlineData("A A4 adds{nope} r1=r3 40:37=8\n", "t.isa:4: unknown completer 'nope'")]
    [InlineData("A A4 adds r1=imm14,r3 40:37=8 12:10=1\n", "t.isa:4: constraint 12:10 and operand r1 share bits")]
    [InlineData("A A4 adds r1=imm14,r3 40:37=16\n", "t.isa:4: value 16 does not fit the 4-bit field '40:37'")]
    [InlineData("Q A4 adds r1=r3 40:37=8\n", "t.isa:4: unknown unit 'Q'")]
    [InlineData("operand r1 gr 12:6\n", "t.isa:4: 'r1' is defined twice")]
    [InlineData("operand bad zz 1:0\n", "t.isa:4: unknown operand class 'zz'")]
    [InlineData("completer c 1:0 a b c\n", "t.isa:4: completer 'c' has 2 bits, so it needs 4 values; 3 given")]
    [InlineData("A A4 adds r1=imm14,r3 41:37=8\n", "t.isa:4: bit field '41:37' is outside bits 0..40")]
    [InlineData("A A4 adds r1=imm14,r3 zz=1\n", "t.isa:4: constraint on unknown field 'zz'")]
    public void Broken_tables_are_reported_with_file_and_line(string rows, string expected)
    {
        string message = Error(Common + rows);
        Assert.StartsWith(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_identifier_in_operands_is_literal_text()
    {
        var t = Load(Common + "M M36 mov r1=psr 40:37=1 35:33=0 32:27=0x25\n");
        Assert.Single(t.Opcodes[0].Operands);
    }
}
