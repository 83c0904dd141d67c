using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine.Semantics;

/// <summary>FP register moves and the integer operations on significands (F9; SDM Vol. 3
/// pages fmerge, fand, for, fxor, fandcm, fmix, fswap, fsxt and the pseudo-ops mov f=, fabs,
/// fneg, fnegabs). None rounds or raises FP exceptions. fmerge takes the sign (and for .se
/// the exponent) from f2 and the rest from f3; the integer forms give exponent 0x1003E, sign
/// 0. A NaTVal source gives NaTVal. R1 = f1, R2 = f2, R3 = f3, X = the operation.</summary>
internal static unsafe class FloatingMove
{
    private const int MergeSign = 0, MergeNegatedSign = 1, MergeSignExponent = 2, And = 3, AndCm = 4, Or = 5, Xor = 6,
        MixLeft = 7, MixRight = 8, MixLeftRight = 9, Swap = 10, SwapNegateLeft = 11, SwapNegateRight = 12,
        SignExtendLeft = 13, SignExtendRight = 14;

    public static void Register(InstructionSet.Builder set)
    {
        foreach (var (mnemonic, operation) in (ReadOnlySpan<(string, int)>)
            [("fmerge.s", MergeSign), ("fmerge.ns", MergeNegatedSign), ("fmerge.se", MergeSignExponent), ("fand", And),
             ("fandcm", AndCm), ("for", Or), ("fxor", Xor), ("fmix.l", MixLeft), ("fmix.r", MixRight), ("fmix.lr", MixLeftRight),
             ("fswap", Swap), ("fswap.nl", SwapNegateLeft), ("fswap.nr", SwapNegateRight), ("fsxt.l", SignExtendLeft), ("fsxt.r", SignExtendRight)])
        {
            byte x = (byte)operation;
            set.Add($"F9 {mnemonic} f1=f2,f3", x switch
            {
                MergeSign => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, MergeSign),
                MergeNegatedSign => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, MergeNegatedSign),
                MergeSignExponent => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, MergeSignExponent),
                And => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, And),
                AndCm => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, AndCm),
                Or => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, Or),
                Xor => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, Xor),
                MixLeft => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, MixLeft),
                MixRight => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, MixRight),
                MixLeftRight => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, MixLeftRight),
                Swap => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, Swap),
                SwapNegateLeft => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, SwapNegateLeft),
                SwapNegateRight => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, SwapNegateRight),
                SignExtendLeft => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, SignExtendLeft),
                _ => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, SignExtendRight),
            });
        }

        // Pseudo-ops of fmerge: mov f1=f3 (f2 = f3), fabs (f2 = f0), fneg (fmerge.ns, f2 = f3),
        // fnegabs (fmerge.ns, f2 = f0); the "=f0" rows have f3 = f0 as well.
        set.Add("F9 mov f1=f3", static (in BindContext c, ref MicroOp op) => BindPseudo(c, ref op, MergeSign, sameSource: true));
        set.Add("F9 mov f1=f0", static (in BindContext c, ref MicroOp op) => BindPseudo(c, ref op, MergeSign, sameSource: true));
        set.Add("F9 fabs f1=f3", static (in BindContext c, ref MicroOp op) => BindPseudo(c, ref op, MergeSign, sameSource: false));
        set.Add("F9 fneg f1=f3", static (in BindContext c, ref MicroOp op) => BindPseudo(c, ref op, MergeNegatedSign, sameSource: true));
        set.Add("F9 fneg f1=f0", static (in BindContext c, ref MicroOp op) => BindPseudo(c, ref op, MergeNegatedSign, sameSource: true));
        set.Add("F9 fnegabs f1=f3", static (in BindContext c, ref MicroOp op) => BindPseudo(c, ref op, MergeNegatedSign, sameSource: false));
    }

    private static void Bind(in BindContext c, ref MicroOp op, int operation)
    {
        op.Handler = &Execute;
        op.R1 = c.Register(0);
        op.R2 = c.Register(1);
        op.R3 = c.Register(2);
        op.X = (byte)operation;
    }

    private static void BindPseudo(in BindContext c, ref MicroOp op, int operation, bool sameSource)
    {
        op.Handler = &Execute;
        op.R1 = c.Register(0);
        op.R3 = c.Row.Operands.Count > 1 ? c.Register(1) : (byte)0;
        op.R2 = sameSource ? op.R3 : (byte)0;
        op.X = (byte)operation;
    }

    public static int Execute(Cpu cpu, ref MicroOp op)
    {
        if (cpu.IsFrNaTVal(op.R2) || cpu.IsFrNaTVal(op.R3))
        {
            cpu.SetFr(op.R1, 0, Cpu.NaTValExponent);
            return Flow.Next;
        }

        cpu.GetFr(op.R2, out ulong a, out uint ae);
        cpu.GetFr(op.R3, out ulong b, out uint be);
        const uint signBit = 1U << 17;
        const ulong low = 0xFFFF_FFFF;
        (ulong significand, uint signExponent) = op.X switch
        {
            MergeSign => (b, (ae & signBit) | (be & ~signBit)),
            MergeNegatedSign => (b, (~ae & signBit) | (be & ~signBit)),
            MergeSignExponent => (b, ae),
            And => (a & b, FloatingPointFormats.IntegerExponent),
            AndCm => (a & ~b, FloatingPointFormats.IntegerExponent),
            Or => (a | b, FloatingPointFormats.IntegerExponent),
            Xor => (a ^ b, FloatingPointFormats.IntegerExponent),
            MixLeft => ((a & ~low) | (b >> 32), FloatingPointFormats.IntegerExponent),
            MixRight => ((a << 32) | (b & low), FloatingPointFormats.IntegerExponent),
            MixLeftRight => ((a & ~low) | (b & low), FloatingPointFormats.IntegerExponent),
            Swap => ((b << 32) | (a >> 32), FloatingPointFormats.IntegerExponent),
            SwapNegateLeft => (((b << 32) | (a >> 32)) ^ (1UL << 63), FloatingPointFormats.IntegerExponent),
            SwapNegateRight => (((b << 32) | (a >> 32)) ^ (1UL << 31), FloatingPointFormats.IntegerExponent),
            SignExtendLeft => (((a >> 63) != 0 ? ~low : 0) | (b >> 32), FloatingPointFormats.IntegerExponent),
            _ => ((((a >> 31) & 1) != 0 ? ~low : 0) | (b & low), FloatingPointFormats.IntegerExponent),
        };
        cpu.SetFr(op.R1, significand, signExponent);
        return Flow.Next;
    }
}
