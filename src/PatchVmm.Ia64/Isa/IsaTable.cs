namespace PatchVmm.Ia64;

/// <summary>The instruction table: every opcode row, operand and completer of the embedded
/// <c>Isa/*.isa</c> files (format: Isa/README.md), checked for consistency when loaded.</summary>
public sealed class IsaTable
{
    private static readonly Lazy<IsaTable> DefaultTable = new(() => Load(EmbeddedIsaFiles.Read()));

    private readonly Opcode?[] _opcodes;

    internal IsaTable(
        Opcode?[] opcodes, Dictionary<string, OperandKind> operands, Dictionary<string, CompleterKind> completers)
    {
        _opcodes = opcodes;
        OperandKinds = operands;
        CompleterKinds = completers;
    }

    /// <summary>The table built into this library.</summary>
    public static IsaTable Default => DefaultTable.Value;

    /// <summary>Every row, in file order; <c>Opcodes[i].Id == i + 1</c>.</summary>
    public IReadOnlyList<Opcode> Opcodes => new ArraySegment<Opcode>(_opcodes!, 1, _opcodes.Length - 1);

    public IReadOnlyDictionary<string, OperandKind> OperandKinds { get; }

    public IReadOnlyDictionary<string, CompleterKind> CompleterKinds { get; }

    /// <summary>The row with this id, or null for 0 ("does not decode").</summary>
    public Opcode? this[int id] => (uint)id < (uint)_opcodes.Length ? _opcodes[id] : null;

    /// <summary>Rows that can decode in a slot of this unit type (M and I slots also hold A-type rows).</summary>
    public IEnumerable<Opcode> RowsForSlot(Unit slotUnit) => Opcodes.Where(o => SlotAccepts(slotUnit, o.Unit));

    internal static bool SlotAccepts(Unit slotUnit, Unit rowUnit) =>
        rowUnit == slotUnit || (rowUnit == Unit.A && slotUnit is Unit.M or Unit.I);

    /// <summary>Parses and checks a set of table files (name, text). Throws
    /// <see cref="IsaTableException"/> naming the file and line of the first problem.</summary>
    public static IsaTable Load(IEnumerable<(string Name, string Text)> files)
    {
        var table = IsaParser.Parse(files);
        CheckOverlaps(table);
        return table;
    }

    // Two rows of one slot kind that can match the same bits must be nested: the more
    // specific (pseudo-op) mask must strictly contain the other, so decoding is unambiguous.
    private static void CheckOverlaps(IsaTable table)
    {
        foreach (var slot in new[] { Unit.M, Unit.I, Unit.B, Unit.F, Unit.X })
        {
            var rows = table.RowsForSlot(slot).ToArray();
            for (int i = 0; i < rows.Length; i++)
            {
                for (int j = i + 1; j < rows.Length; j++)
                {
                    Opcode a = rows[i], b = rows[j];
                    if (((a.Value ^ b.Value) & a.Mask & b.Mask) != 0 || ((a.LValue ^ b.LValue) & a.LMask & b.LMask) != 0)
                    {
                        continue;
                    }

                    bool aInB = (a.Mask & ~b.Mask) == 0 && (a.LMask & ~b.LMask) == 0;
                    bool bInA = (b.Mask & ~a.Mask) == 0 && (b.LMask & ~a.LMask) == 0;

                    // Equal masks are still ordered when one row alone narrows them with relations.
                    bool ordered = aInB != bInA || (aInB && (a.Relations.Count == 0) != (b.Relations.Count == 0));
                    if (!ordered)
                    {
                        throw new IsaTableException(
                            $"{b.Source}:{b.Line}: encoding of '{b.MnemonicTemplate} {b.OperandTemplate}' overlaps " +
                            $"'{a.MnemonicTemplate} {a.OperandTemplate}' ({a.Source}:{a.Line}) in {slot} slots " +
                            (aInB ? "with the same fixed bits" : "and neither is more specific") +
                            $" (masks 0x{a.Mask:x} and 0x{b.Mask:x})");
                    }
                }
            }
        }
    }
}
