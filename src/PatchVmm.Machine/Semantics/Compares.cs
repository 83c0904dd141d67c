using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine.Semantics;

/// <summary>Integer compares, tbit, tnat and tf (A6–A8, I16, I17, I30; SDM Vol. 3 pages cmp,
/// cmp4, tbit, tnat, tf). The relation is chosen at bind time from the completer text; the
/// handler is chosen by the compare type:
/// normal and .unc write (rel, !rel), or (0, 0) when a source is NaT; .and clears both when
/// the relation is false or a source NaT; .or sets both, .or.andcm sets p1 and clears p2,
/// when the relation is true and no source is NaT. A .unc compare whose qualifying predicate
/// is false still clears both targets, so it runs unpredicated (the real qp is kept in R1).
/// Naming one predicate twice is an Illegal Operation fault (when qp is true; always for .unc).</summary>
internal static unsafe class Compares
{
    // MicroOp.X: bits 2:0 the relation, bit 3 = cmp4, bit 4 = the left operand is Imm.
    private const int Eq = 0, Ne = 1, Lt = 2, Le = 3, Gt = 4, Ge = 5, Ltu = 6;
    private const int Cmp4 = 8, ImmediateLeft = 16;

    // tbit/tnat/tf: X = 0 tests "bit is 1"/"is NaT"/"has the feature" (.nz), 1 the opposite (.z).
    public static void Register(InstructionSet.Builder set)
    {
        foreach (string rel in (string[])["a_rel_c", "a_rel_d", "a_rel_e"])
        {
            set.Add($"A6 cmp{{a_cmp4}}{{{rel}}} p1,p2=r2,r3", static (in BindContext c, ref MicroOp op) => BindCompare(c, ref op, immediate: false));
            set.Add($"A8 cmp{{a_cmp4}}{{{rel}}} p1,p2=a_imm8,r3", static (in BindContext c, ref MicroOp op) => BindCompare(c, ref op, immediate: true));
        }

        foreach (string rel in (string[])["a_zrel_c", "a_zrel_d", "a_zrel_e"])
        {
            // "p1,p2=r0,r3": the left operand is r0 (R2 stays 0).
            set.Add($"A7 cmp{{a_cmp4}}{{{rel}}} p1,p2=r0,r3", static (in BindContext c, ref MicroOp op) => BindCompare(c, ref op, immediate: false));
        }

        set.Add("I16 tbit{i_trel} p1,p2=r3,i_pos6b", static (in BindContext c, ref MicroOp op) =>
        {
            op.Imm = c.Operand(3);
            BindTest(c, ref op, TestKind.Bit);
        });
        set.Add("I17 tnat{i_trel} p1,p2=r3", static (in BindContext c, ref MicroOp op) => BindTest(c, ref op, TestKind.Nat));
        set.Add("I30 tf{i_trel} p1,p2=i_imm5b", static (in BindContext c, ref MicroOp op) =>
        {
            op.Imm = c.Operand(2);
            BindTest(c, ref op, TestKind.Feature);
        });
    }

    private static void BindCompare(in BindContext c, ref MicroOp op, bool immediate)
    {
        // Operands: p1, p2, then imm8 or r2 (absent for the r0 forms), then r3.
        var row = c.Row;
        op.P1 = c.Register(0);
        op.P2 = c.Register(1);
        op.R3 = c.Register(row.Operands.Count - 1);
        if (immediate)
        {
            op.Imm = c.Operand(2);
        }
        else if (row.Operands.Count == 4)
        {
            op.R2 = c.Register(2);
        }

        string cmp4 = c.CompleterText(0), text = c.CompleterText(1);
        string[] parts = text.TrimStart('.').Split('.');
        op.X = (byte)(Relation(parts[0]) | (cmp4.Length != 0 ? Cmp4 : 0) | (immediate ? ImmediateLeft : 0));
        BindType(c, ref op, string.Join('.', parts.Skip(1)), TestKind.Compare);
    }

    private static void BindTest(in BindContext c, ref MicroOp op, TestKind test)
    {
        op.P1 = c.Register(0);
        op.P2 = c.Register(1);
        op.R3 = test == TestKind.Feature ? (byte)0 : c.Register(2);
        string[] parts = c.CompleterText(0).TrimStart('.').Split('.');
        op.X = parts[0] == "z" ? (byte)1 : (byte)0;
        BindType(c, ref op, string.Join('.', parts.Skip(1)), test);
    }

    private enum TestKind
    {
        Compare,
        Bit,
        Nat,
        Feature,
    }

    /// <summary>Picks the handler for the compare type and the test.</summary>
    private static void BindType(in BindContext c, ref MicroOp op, string type, TestKind test)
    {
        op.Handler = (type, test) switch
        {
            ("", TestKind.Compare) => &Normal<CompareTest>,
            ("unc", TestKind.Compare) => &Unconditional<CompareTest>,
            ("and", TestKind.Compare) => &And<CompareTest>,
            ("or", TestKind.Compare) => &Or<CompareTest>,
            ("or.andcm", TestKind.Compare) => &OrAndCm<CompareTest>,
            ("", TestKind.Bit) => &Normal<BitTest>,
            ("unc", TestKind.Bit) => &Unconditional<BitTest>,
            ("and", TestKind.Bit) => &And<BitTest>,
            ("or", TestKind.Bit) => &Or<BitTest>,
            ("or.andcm", TestKind.Bit) => &OrAndCm<BitTest>,
            ("", TestKind.Nat) => &Normal<NatTest>,
            ("unc", TestKind.Nat) => &Unconditional<NatTest>,
            ("and", TestKind.Nat) => &And<NatTest>,
            ("or", TestKind.Nat) => &Or<NatTest>,
            ("or.andcm", TestKind.Nat) => &OrAndCm<NatTest>,
            ("", _) => &Normal<FeatureTest>,
            ("unc", _) => &Unconditional<FeatureTest>,
            ("and", _) => &And<FeatureTest>,
            ("or", _) => &Or<FeatureTest>,
            ("or.andcm", _) => &OrAndCm<FeatureTest>,
            _ => throw new InvalidOperationException($"unknown compare type '{type}' in {c}"),
        };

        if (type == "unc")
        {
            op.R1 = op.Qp;
            op.Qp = 0;
        }

        if (op.P1 == op.P2)
        {
            op.Handler = &CommonHandlers.IllegalOperation;
        }
    }

    private static int Relation(string name) => name switch
    {
        "eq" => Eq,
        "ne" => Ne,
        "lt" => Lt,
        "le" => Le,
        "gt" => Gt,
        "ge" => Ge,
        "ltu" => Ltu,
        _ => throw new InvalidOperationException($"unknown compare relation '{name}'"),
    };

    /// <summary>A test: its result, and whether a source was NaT.</summary>
    private interface ITest
    {
        static abstract bool Evaluate(Cpu cpu, ref MicroOp op, out bool nat);
    }

    private readonly struct CompareTest : ITest
    {
        public static bool Evaluate(Cpu cpu, ref MicroOp op, out bool nat)
        {
            ulong left, right = cpu.GetGr(op.R3);
            if ((op.X & ImmediateLeft) != 0)
            {
                left = (ulong)op.Imm;
                nat = cpu.GetNat(op.R3);
            }
            else
            {
                left = cpu.GetGr(op.R2);
                nat = cpu.GetNat(op.R2) | cpu.GetNat(op.R3);
            }

            if ((op.X & Cmp4) != 0)
            {
                // cmp4: the low 32 bits, sign-extended for signed relations, zero-extended for ltu.
                bool unsigned = (op.X & 7) == Ltu;
                left = unsigned ? (uint)left : (ulong)(long)(int)left;
                right = unsigned ? (uint)right : (ulong)(long)(int)right;
            }

            return (op.X & 7) switch
            {
                Eq => left == right,
                Ne => left != right,
                Lt => (long)left < (long)right,
                Le => (long)left <= (long)right,
                Gt => (long)left > (long)right,
                Ge => (long)left >= (long)right,
                _ => left < right,
            };
        }
    }

    private readonly struct BitTest : ITest
    {
        public static bool Evaluate(Cpu cpu, ref MicroOp op, out bool nat)
        {
            nat = cpu.GetNat(op.R3);
            bool set = ((cpu.GetGr(op.R3) >> (int)op.Imm) & 1) != 0;
            return op.X != 0 ? !set : set;
        }
    }

    private readonly struct NatTest : ITest
    {
        public static bool Evaluate(Cpu cpu, ref MicroOp op, out bool nat)
        {
            nat = false;
            bool isNat = cpu.GetNat(op.R3);
            return op.X != 0 ? !isNat : isNat;
        }
    }

    /// <summary>CPUID[4], the features vector tf tests: no optional feature (the system
    /// architecture's mov r=cpuid[4] must report the same).</summary>
    private const ulong FeatureVector = 0;

    /// <summary>tf: bit imm5 (32–63) of the features vector CPUID[4] (SDM Rev 2.3 Vol. 3 tf).
    /// This machine reports no optional feature, which is also what Ski shows: it decodes
    /// every tf as tnat of r0, so each feature reads as absent.</summary>
    private readonly struct FeatureTest : ITest
    {
        public static bool Evaluate(Cpu cpu, ref MicroOp op, out bool nat)
        {
            nat = false;
            bool present = ((FeatureVector >> (int)op.Imm) & 1) != 0;
            return op.X != 0 ? !present : present;
        }
    }

    private static int Normal<T>(Cpu cpu, ref MicroOp op)
        where T : ITest
    {
        bool rel = T.Evaluate(cpu, ref op, out bool nat);
        cpu.SetPr(op.P1, !nat && rel);
        cpu.SetPr(op.P2, !nat && !rel);
        return Flow.Next;
    }

    private static int Unconditional<T>(Cpu cpu, ref MicroOp op)
        where T : ITest
    {
        if (!cpu.GetPr(op.R1))
        {
            cpu.SetPr(op.P1, false);
            cpu.SetPr(op.P2, false);
            return Flow.Next;
        }

        return Normal<T>(cpu, ref op);
    }

    private static int And<T>(Cpu cpu, ref MicroOp op)
        where T : ITest
    {
        bool rel = T.Evaluate(cpu, ref op, out bool nat);
        if (nat || !rel)
        {
            cpu.SetPr(op.P1, false);
            cpu.SetPr(op.P2, false);
        }

        return Flow.Next;
    }

    private static int Or<T>(Cpu cpu, ref MicroOp op)
        where T : ITest
    {
        bool rel = T.Evaluate(cpu, ref op, out bool nat);
        if (!nat && rel)
        {
            cpu.SetPr(op.P1, true);
            cpu.SetPr(op.P2, true);
        }

        return Flow.Next;
    }

    private static int OrAndCm<T>(Cpu cpu, ref MicroOp op)
        where T : ITest
    {
        bool rel = T.Evaluate(cpu, ref op, out bool nat);
        if (!nat && rel)
        {
            cpu.SetPr(op.P1, true);
            cpu.SetPr(op.P2, false);
        }

        return Flow.Next;
    }
}
