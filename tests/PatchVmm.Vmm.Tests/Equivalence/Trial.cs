using PatchVmm.Ia64;
using PatchVmm.Machine;
using PatchVmm.Vmm.BuiltIn;
using PatchVmm.Vmm.Patching;

namespace PatchVmm.Vmm.Tests.Equivalence;

/// <summary>How one trial ended.</summary>
internal enum TrialKind
{
    /// <summary>Both sides ran and were compared.</summary>
    Compared,

    /// <summary>The re-encoded instruction did not become a site of the vector's template (it
    /// fell outside the template's encoding, or a more specific template took it).</summary>
    NoSite,

    /// <summary>The native run cannot be compared (a machine check; the next fetch faulted).</summary>
    Excluded,
}

/// <param name="Changed">What the native run changed, by register family ("gr", "psr", "dtlb", …).</param>
internal sealed record TrialResult(TrialKind Kind, string Instruction, string Outcome, IReadOnlyList<string> Differences, IReadOnlyList<string>? Changed = null);

/// <summary>One equivalence trial of a (template, slot) pair: the vector's instruction
/// re-encoded with random operands, a random state S, the original run natively, the patched
/// bundle dispatched on a virtual CPU, and the two observations compared.</summary>
internal static partial class Trial
{
    internal static readonly int[] ExistingControlRegisters = [.. Enumerable.Range(0, 128).Where(ControlRegisterRules.Exists)];

    public static TrialResult Run(PatchVector vector, int seed, Mutation? mutation = null)
    {
        var g = new StateGenerator(new Random(seed));
        var bundle = Bundle.Read(vector.Original);
        Decoder.DecodeSlot(bundle.Template.SlotUnit(vector.Slot), bundle.GetSlot(vector.Slot), 0, out var original);
        var row = original.Opcode ?? throw new InvalidOperationException($"{vector.Template}: slot {vector.Slot} does not decode");

        // 1. Operands: random registers (the frame decides which exist), CR numbers and immediates.
        ulong cfm = g.Frame();
        int sof = (int)(cfm & 0x7F);
        var operands = new long[row.Operands.Count];
        for (int i = 0; i < operands.Length; i++)
        {
            operands[i] = RandomOperand(g, row.Operands[i], original.Operand(i), sof);
        }

        var completers = Enumerable.Range(0, row.Completers.Count).Select(original.Completer).ToArray();
        if (!Encoder.TryCreate(row, original.Qp, operands, completers, out var random, out _))
        {
            return new TrialResult(TrialKind.NoSite, "(does not encode)", "", []);
        }

        // Where the template constrains an operand (where ms_cr3=65, ms_ar3=0..7) its fixed bits
        // stay the template's: the operand is random within what the template allows.
        var entry = EmulationTable.Catalog.Find(vector.Template)!;
        ulong fixedByTemplate = entry.Mask & ~row.Mask;
        ulong bits = (Encoder.Encode(random) & ~fixedByTemplate) | (entry.Value & fixedByTemplate);
        if (!Decoder.DecodeSlot(bundle.Template.SlotUnit(vector.Slot), bits, 0, out var instruction) || instruction.Opcode != row)
        {
            return new TrialResult(TrialKind.NoSite, "(does not decode)", "", []);
        }

        for (int i = 0; i < operands.Length; i++)
        {
            operands[i] = instruction.Operand(i);
        }

        string text = Text(instruction);
        byte[] code = new byte[16];
        bundle.WithSlot(vector.Slot, Encoder.Encode(instruction)).Write(code);
        byte[] patched = [.. code];
        var sites = new SiteTable(new PatchOptions());
        if (new Patcher<EmulationTable>().Patch(patched, StateBuilder.CodeAddress, sites) != 1
            || EmulationTable.Catalog.Entries[EmulationTable.Catalog.Routines[sites[0].Routine].Entry].Name != vector.Template)
        {
            return new TrialResult(TrialKind.NoSite, text, "", []);
        }

        // The patch is the vector's — the break of the slot's unit GNU as assembled, objdump's
        // text — with this site's immediate.
        string patch = Text(Decode(patched, vector.Slot));
        string expected = vector.PatchedText.Split("] ")[^1].Trim().TrimEnd(';');
        if (Immediate().Replace(patch, "ID") != Immediate().Replace(expected, "ID"))
        {
            return new TrialResult(TrialKind.Compared, text, "", [$"patch: `{patch}`, GNU as made `{expected}`"]);
        }

        // 2. The state, with values for the operands that fit their roles; p6 mostly true.
        var s = g.State(cfm, vector.Template);
        OperandValues(g, s, vector.Template, row, operands);
        bool qp = !row.HasQp || g.Chance(0.9);
        s.Pr = qp ? s.Pr | (1UL << 6) : s.Pr & ~(1UL << 6);

        // 3. Native; 4. virtual; 5. compare.
        var native = Runs.Native(s, code, vector.Slot, out string? excluded, out var itlb, out var dtlb, out var before);
        if (native is null)
        {
            return new TrialResult(TrialKind.Excluded, text, excluded!, []);
        }

        var virtualRun = Runs.Virtual(s, patched, sites, vector.Slot, itlb, dtlb, kernelLevel: g.Chance(0.5) ? 1 : 2, mutation);
        var changed = before.State.Where(kv => native.State.TryGetValue(kv.Key, out string? after) && after != kv.Value)
            .SelectMany(kv => kv.Key == "psr" ? PsrFields(kv.Value, native.State["psr"]) : [Family(kv.Key)]).Distinct().ToList();
        native.Add("vmm:machine-psr", "consistent");
        return new TrialResult(TrialKind.Compared, (qp ? "" : "[p6=0] ") + text, native.Outcome, native.Differences(virtualRun), changed);
    }

    /// <summary>objdump's text of an instruction: "(p06) " and the disassembly.</summary>
    private static string Text(in Instruction ins) =>
        (ins.Qp != 0 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"(p{ins.Qp:00}) ") : "") + Disassembler.Format(ins, StateBuilder.CodeAddress);

    private static Instruction Decode(byte[] code, int slot)
    {
        var b = Bundle.Read(code);
        Decoder.DecodeSlot(b.Template.SlotUnit(slot), b.GetSlot(slot), 0, out var ins);
        return ins;
    }

    [System.Text.RegularExpressions.GeneratedRegex("0x[0-9a-f]+$")]
    private static partial System.Text.RegularExpressions.Regex Immediate();

    private static readonly (string Name, int Bit, int Width)[] PsrNames =
    [
        ("up", Psr.Up, 1), ("be", Psr.Be, 1), ("ac", Psr.Ac, 1), ("mfl", Psr.Mfl, 1), ("mfh", Psr.Mfh, 1), ("ic", Psr.Ic, 1),
        ("i", Psr.I, 1), ("pk", Psr.Pk, 1), ("dt", Psr.Dt, 1), ("dfl", Psr.Dfl, 1), ("dfh", Psr.Dfh, 1), ("sp", Psr.Sp, 1),
        ("pp", Psr.Pp, 1), ("di", Psr.Di, 1), ("si", Psr.Si, 1), ("db", Psr.Db, 1), ("lp", Psr.Lp, 1), ("tb", Psr.Tb, 1),
        ("rt", Psr.Rt, 1), ("cpl", Psr.Cpl, 2), ("is", Psr.Is, 1), ("mc", Psr.Mc, 1), ("it", Psr.It, 1), ("id", Psr.Id, 1),
        ("da", Psr.Da, 1), ("dd", Psr.Dd, 1), ("ss", Psr.Ss, 1), ("ed", Psr.Ed, 1), ("bn", Psr.Bn, 1), ("ia", Psr.Ia, 1),
    ];

    /// <summary>"psr.cpl", "psr.ic", … for the psr fields that differ between two observed values.</summary>
    private static IEnumerable<string> PsrFields(string before, string after)
    {
        ulong a = ulong.Parse(before.AsSpan(2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
        ulong b = ulong.Parse(after.AsSpan(2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (name, bit, width) in PsrNames)
        {
            if ((((a ^ b) >> bit) & ((1UL << width) - 1)) != 0)
            {
                yield return "psr." + name;
            }
        }
    }

    /// <summary>The register family of an observation key: "gr" for r1 and bank0.r16, "cr.20"
    /// for cr20 (control registers apart), "ar" for ar44, else the name without its number.</summary>
    private static string Family(string key)
    {
        if (key.StartsWith("cr", StringComparison.Ordinal) && !key.StartsWith("cpuid", StringComparison.Ordinal))
        {
            return "cr" + key[2..];
        }

        if (key.StartsWith('r') && !key.StartsWith("rr", StringComparison.Ordinal) || key.StartsWith("bank", StringComparison.Ordinal))
        {
            return "gr";
        }

        return key.TrimEnd("0123456789".ToCharArray());
    }

    /// <summary>A random value for an operand of the instruction: a GR in r1–r31 or the frame
    /// (now and then r0 or past it), a control register (mostly one that exists), an immediate
    /// in its field; an application register number mostly stays (templates fix it).</summary>
    private static long RandomOperand(StateGenerator g, OperandKind kind, long original, int sof)
    {
        switch (kind.Class)
        {
            case OperandClass.Gr:
                return g.Register(sof);
            case OperandClass.Cr:
                if (g.Chance(0.15))
                {
                    return original;
                }

                return g.Chance(0.9) ? ExistingControlRegisters[g.Next(0, ExistingControlRegisters.Length)] : g.Next(0, 128);
            case OperandClass.Ar:
                return g.Next(0, 128);
            case OperandClass.UHex when kind.Fields.Width == 24:
                // imm24 of rsm/ssm: the system mask bits, one bit, or anything.
                double p = g.NextDouble();
                return p < 0.3 ? original
                    : p < 0.7 ? (long)(g.Bits(24) & ~Psr.ReservedSystemMask)
                    : p < 0.9 ? 1L << g.Next(0, 24)
                    : (long)g.Bits(24);
            case OperandClass.UDec or OperandClass.UHex:
                return (long)g.Bits(kind.Fields.Width);
            case OperandClass.SDec:
                return g.Next(-(1 << (kind.Fields.Width - 1)), 1 << (kind.Fields.Width - 1));
            default:
                return original;
        }
    }

    /// <summary>Values of the operand registers that fit their roles in the template — a
    /// mapped address, a valid PTE, a page size, an index inside the register file, a value the
    /// control register accepts — most of the time; NaT sources now and then.</summary>
    private static void OperandValues(StateGenerator g, GuestState s, string template, Opcode row, long[] operands)
    {
        int sof = (int)(s.Cfm & 0x7F);
        int cr = -1;
        for (int i = 0; i < operands.Length; i++)
        {
            if (row.Operands[i].Class == OperandClass.Cr)
            {
                cr = (int)operands[i];
            }
        }

        for (int i = 0; i < operands.Length; i++)
        {
            var kind = row.Operands[i];
            int r = (int)operands[i];
            if (kind.Class != OperandClass.Gr || r == 0 || r >= 32 + sof)
            {
                continue;
            }

            ulong? value = (template, kind.Name) switch
            {
                (_, "r1") => null,
                ("mov-to-psr-l", _) => g.Chance(0.8) ? g.Bits(32) & ~Psr.ReservedSystemMask : g.Any(),
                ("mov-to-cr", _) => cr >= 0 && ControlRegisterRules.Exists(cr) && !ControlRegisterRules.IsReadOnly(cr) && g.Chance(0.8)
                    ? g.ControlRegister(cr, s, template) : g.Any(),
                ("mov-to-rr", "r2") => g.Chance(0.8) ? g.Rr(g.Chance(0.7) ? (uint)(0x100 + g.Next(0, 8)) : (uint)g.Bits(24)) : g.Any(),
                ("mov-to-pkr", "r2") => g.Chance(0.8)
                    ? ((ulong)g.Key() << 8) | (g.Chance(0.7) ? 1UL : 0) | (g.Bits(3) << 1)
                    : g.Any(),
                ("mov-to-pkr" or "mov-from-pkr" or "mov-to-dbr" or "mov-from-dbr" or "mov-to-ibr" or "mov-from-ibr", "r3") => g.Index(16),
                ("mov-to-pmc" or "mov-from-pmc" or "mov-to-pmd" or "mov-from-pmd", "r3") => g.Index(64),
                ("mov-from-cpuid", "r3") => g.Index(5),
                ("itc.i" or "itc.d" or "itr.i" or "itr.d", "r2") => g.Pte(),
                ("itr.i" or "itr.d", "r3") => g.Index(16),
                ("ptc.l" or "ptc.g" or "ptc.ga" or "ptr.i" or "ptr.d", "r2") => g.PurgeSize(),
                ("ptc.l" or "ptc.g" or "ptc.ga" or "ptr.i" or "ptr.d" or "tpa" or "tak" or "thash" or "ttag" or "fc" or "fc.i", "r3") => g.Address(),
                (_, "r3") when template.StartsWith("probe", StringComparison.Ordinal) => g.Address(),
                _ => g.Any(),
            };
            if (value is ulong v)
            {
                s.Gr[r] = v;
                s.Nat[r] = g.Chance(0.08);
            }
        }
    }
}
