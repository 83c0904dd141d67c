using PatchVmm.Ia64;
using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine.Semantics;

/// <summary>The machine's semantics: for each row of the instruction table (by
/// <see cref="Opcode.Id"/>) the binder that pre-decodes it, or null when the machine does not
/// implement it. Each family file registers its rows under the key
/// <c>"FORMAT MNEMONIC OPERANDS"</c> — the three columns after the unit in the .isa files,
/// <c>-</c> for no operands — so an instruction's semantics are found by the same text that
/// defines its encoding.</summary>
internal sealed class InstructionSet
{
    private readonly Binder?[] _binders;

    public static InstructionSet Default { get; } = new();

    private InstructionSet()
    {
        var builder = new Builder();
        CommonHandlers.Register(builder);
        IntegerAlu.Register(builder);
        ShiftDeposit.Register(builder);
        Multimedia.Register(builder);
        Compares.Register(builder);
        Moves.Register(builder);
        Branches.Register(builder);
        RegisterStack.Register(builder);
        MemoryAccess.Register(builder);
        Speculation.Register(builder);
        Semaphores.Register(builder);
        FloatingMemory.Register(builder);
        FloatingMove.Register(builder);
        SystemControl.Register(builder);
        SystemRegisters.Register(builder);
        VirtualMemory.Register(builder);
        _binders = builder.Build();
    }

    public Binder? this[int opcodeId] => _binders[opcodeId];

    /// <summary>Rows without semantics (for the coverage test and error messages).</summary>
    public IEnumerable<Opcode> Unimplemented => IsaTable.Default.Opcodes.Where(o => _binders[o.Id] is null);

    public static string KeyOf(Opcode row) =>
        $"{row.Format} {row.MnemonicTemplate} {(row.OperandTemplate.Length == 0 ? "-" : row.OperandTemplate)}";

    internal sealed class Builder
    {
        private readonly Dictionary<string, List<Opcode>> _rowsByKey = IsaTable.Default.Opcodes
            .GroupBy(KeyOf, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        private readonly Binder?[] _binders = new Binder?[IsaTable.Default.Opcodes.Count + 1];

        /// <summary>Registers the binder of every row with this key. An unknown key or a row bound
        /// twice is a bug in the semantics and fails at start-up (and in the tests).</summary>
        public void Add(string key, Binder binder)
        {
            if (!_rowsByKey.TryGetValue(key, out var rows))
            {
                throw new InvalidOperationException($"semantics registered for '{key}', which is no row of the instruction table");
            }

            foreach (var row in rows)
            {
                if (_binders[row.Id] is not null)
                {
                    throw new InvalidOperationException($"semantics registered twice for '{key}'");
                }

                _binders[row.Id] = binder;
            }
        }

        public Binder?[] Build() => _binders;
    }
}
