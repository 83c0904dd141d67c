using PatchVmm.Ia64;

namespace PatchVmm.Vmm;

/// <summary>The generated catalog: per template the instruction it emulates and, per allowed
/// slot, its routine. Entries are ordered most specific first (more fixed bits), so the first
/// match of a slot is the template that applies.</summary>
public sealed class EmulationCatalog
{
    public EmulationCatalog(CatalogEntry[] entries, RoutineInfo[] routines)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(routines);
        Entries = entries;
        Routines = routines;
    }

    public IReadOnlyList<CatalogEntry> Entries { get; }

    /// <summary>Routine index → what it emulates and in which slot.</summary>
    public IReadOnlyList<RoutineInfo> Routines { get; }

    /// <summary>The entry of the template named <paramref name="name"/>, or null.</summary>
    public CatalogEntry? Find(string name)
    {
        foreach (var e in Entries)
        {
            if (e.Name == name)
            {
                return e;
            }
        }

        return null;
    }
}

/// <summary>One template of the catalog: the instruction-table row it names (and the extra
/// operand constraints of the template, folded into <see cref="Mask"/>/<see cref="Value"/>),
/// the operand fields the patcher pre-decodes, and the routine of each slot.</summary>
/// <param name="Name">The template's name (what sensitive.list lists).</param>
/// <param name="Instruction">The row as the table writes it: "mov r1=psr".</param>
/// <param name="Format">SDM format of the row ("M36").</param>
/// <param name="Unit">The row's unit (<see cref="Unit.A"/> rows sit in M and I slots).</param>
/// <param name="Mask">Fixed slot bits; for X-unit rows, of slot 2.</param>
/// <param name="LMask">Fixed bits of the L slot (X-unit rows only).</param>
/// <param name="HasQp">Bits 5:0 hold a qualifying predicate the patch keeps.</param>
/// <param name="Operands">Operand fields, in the row's operand order.</param>
/// <param name="RoutineBySlot">Routine index for slots 0, 1, 2; -1 where the unit cannot sit.</param>
/// <param name="Listed">On the sensitive list: the patcher patches it by default.</param>
/// <param name="Source">Template file and line.</param>
public sealed record CatalogEntry(
    string Name, string Instruction, string Format, Unit Unit, ulong Mask, ulong Value, ulong LMask, ulong LValue,
    bool HasQp, OperandField[] Operands, int[] RoutineBySlot, bool Listed, string Source)
{
    /// <summary>Whether the slot bits (and, for X rows, the L bits) are this instruction.</summary>
    public bool Matches(ulong bits, ulong lbits) => (bits & Mask) == Value && (lbits & LMask) == LValue;
}

/// <summary>An operand the patcher pre-decodes: its raw value is the concatenation of
/// <see cref="Parts"/>, most significant first (bits 41..81 are the L slot's 0..40).</summary>
public sealed record OperandField(string Name, BitField[] Parts)
{
    public ulong Read(ulong bits, ulong lbits)
    {
        ulong v = 0;
        foreach (var p in Parts)
        {
            v = (v << p.Width) | p.Read(bits, lbits);
        }

        return v;
    }
}

/// <summary>What routine <see cref="Index"/> emulates: the catalog entry, the slot baked into it
/// and the <c>break</c> that reaches it ("break.m"; "break.m/break.i" for an A-unit instruction
/// in slot 1, whose unit the bundle template decides).</summary>
public sealed record RoutineInfo(int Index, int Entry, int Slot, string Patch);
