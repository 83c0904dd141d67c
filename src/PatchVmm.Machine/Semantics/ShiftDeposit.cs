using System.Numerics;
using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine.Semantics;

/// <summary>Shifts, shift-pair, extract, deposit, sign/zero extension, compute-zero-index,
/// popcnt and clz (I5, I7, I9–I15, I29; SDM Vol. 3 pages shl, shr, shrp, extr, dep, sxt, zxt,
/// czx, popcnt, clz). X holds the bit position, P1 the field length; the result is NaT when a
/// register source is.</summary>
internal static unsafe class ShiftDeposit
{
    public static void Register(InstructionSet.Builder set)
    {
        // Variable shifts: shr r1=r3,r2; shl r1=r2,r3 (counts above 63 shift everything out).
        set.Add("I5 shr r1=r3,r2", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &ShiftRightSignedByRegister, r3: 1, r2: 2));
        set.Add("I5 shr.u r1=r3,r2", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &ShiftRightByRegister, r3: 1, r2: 2));
        set.Add("I7 shl r1=r2,r3", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &ShiftLeftByRegister, r2: 1, r3: 2));

        set.Add("I10 shrp r1=r2,r3,i_count6d", static (in BindContext c, ref MicroOp op) =>
        {
            Bind(c, ref op, &ShiftRightPair, r2: 1, r3: 2);
            op.X = (byte)c.Operand(3);
        });

        // extr, extr.u r1=r3,pos,len and their shr/shr.u pseudo-ops (len = 64 - pos).
        set.Add("I11 extr.u r1=r3,i_pos6b,i_len6d", static (in BindContext c, ref MicroOp op) => Field(c, ref op, &ExtractUnsigned, r3: 1, pos: 2, len: 3));
        set.Add("I11 extr r1=r3,i_pos6b,i_len6d", static (in BindContext c, ref MicroOp op) => Field(c, ref op, &ExtractSigned, r3: 1, pos: 2, len: 3));
        set.Add("I11 shr.u r1=r3,i_pos6b", static (in BindContext c, ref MicroOp op) => Field(c, ref op, &ExtractUnsigned, r3: 1, pos: 2, len: -1));
        set.Add("I11 shr r1=r3,i_pos6b", static (in BindContext c, ref MicroOp op) => Field(c, ref op, &ExtractSigned, r3: 1, pos: 2, len: -1));

        // dep.z r1=r2,pos,len and shl r1=r2,pos (len = 64 - pos); dep.z r1=imm8,pos,len.
        set.Add("I12 dep.z r1=r2,i_cpos6c,i_len6d", static (in BindContext c, ref MicroOp op) => Field(c, ref op, &DepositZero, r2: 1, pos: 2, len: 3));
        set.Add("I12 shl r1=r2,i_cpos6c", static (in BindContext c, ref MicroOp op) => Field(c, ref op, &DepositZero, r2: 1, pos: 2, len: -1));
        set.Add("I13 dep.z r1=i_imm8,i_cpos6c,i_len6d", static (in BindContext c, ref MicroOp op) =>
        {
            Field(c, ref op, &DepositZeroImmediate, pos: 2, len: 3);
            op.Imm = c.Operand(1);
        });

        // dep r1=imm1,r3,pos,len6 and dep r1=r2,r3,pos,len4.
        set.Add("I14 dep r1=i_imm1,r3,i_cpos6b,i_len6d", static (in BindContext c, ref MicroOp op) =>
        {
            Field(c, ref op, &DepositImmediate, r3: 2, pos: 3, len: 4);
            op.Imm = c.Operand(1);
        });
        set.Add("I15 dep r1=r2,r3,i_cpos6d,i_len4d", static (in BindContext c, ref MicroOp op) => Field(c, ref op, &Deposit, r2: 1, r3: 2, pos: 3, len: 4));

        set.Add("I9 popcnt r1=r3", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &PopCount, r3: 1));
        set.Add("I9 clz r1=r3", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &CountLeadingZeros, r3: 1));

        foreach (string name in (string[])["zxt1", "zxt2", "zxt4"])
        {
            set.Add($"I29 {name} r1=r3", static (in BindContext c, ref MicroOp op) => Extend(c, ref op, &ZeroExtend));
        }

        foreach (string name in (string[])["sxt1", "sxt2", "sxt4"])
        {
            set.Add($"I29 {name} r1=r3", static (in BindContext c, ref MicroOp op) => Extend(c, ref op, &SignExtend));
        }

        set.Add("I29 czx1.l r1=r3", static (in BindContext c, ref MicroOp op) => ZeroIndex(c, ref op, &ZeroIndexLeft, 1));
        set.Add("I29 czx2.l r1=r3", static (in BindContext c, ref MicroOp op) => ZeroIndex(c, ref op, &ZeroIndexLeft, 2));
        set.Add("I29 czx1.r r1=r3", static (in BindContext c, ref MicroOp op) => ZeroIndex(c, ref op, &ZeroIndexRight, 1));
        set.Add("I29 czx2.r r1=r3", static (in BindContext c, ref MicroOp op) => ZeroIndex(c, ref op, &ZeroIndexRight, 2));
    }

    private static void Bind(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler, int r2 = -1, int r3 = -1)
    {
        op.Handler = handler;
        op.R1 = c.Register(0);
        if (r2 >= 0)
        {
            op.R2 = c.Register(r2);
        }

        if (r3 >= 0)
        {
            op.R3 = c.Register(r3);
        }
    }

    /// <summary>A field instruction: len -1 means the pseudo-op's 64 - pos.</summary>
    private static void Field(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler, int r2 = -1, int r3 = -1, int pos = -1, int len = -1)
    {
        Bind(c, ref op, handler, r2, r3);
        op.X = (byte)c.Operand(pos);
        op.P1 = (byte)(len >= 0 ? c.Operand(len) : 64 - op.X);
    }

    /// <summary>sxt/zxt: X = the width in bits, from the mnemonic's last digit.</summary>
    private static void Extend(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        Bind(c, ref op, handler, r3: 1);
        op.X = (byte)((c.Row.MnemonicTemplate[^1] - '0') * 8);
    }

    private static void ZeroIndex(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler, int elementBytes)
    {
        Bind(c, ref op, handler, r3: 1);
        op.X = (byte)(elementBytes * 8);
    }

    private static ulong Mask(int bits) => bits >= 64 ? ulong.MaxValue : (1UL << bits) - 1;

    private static int Result3(Cpu cpu, ref MicroOp op, ulong value)
    {
        cpu.SetGr(op.R1, value, cpu.GetNat(op.R3));
        return Flow.Next;
    }

    private static int Result2(Cpu cpu, ref MicroOp op, ulong value)
    {
        cpu.SetGr(op.R1, value, cpu.GetNat(op.R2));
        return Flow.Next;
    }

    private static int Result23(Cpu cpu, ref MicroOp op, ulong value)
    {
        cpu.SetGr(op.R1, value, cpu.GetNat(op.R2) | cpu.GetNat(op.R3));
        return Flow.Next;
    }

    public static int ShiftRightSignedByRegister(Cpu cpu, ref MicroOp op)
    {
        ulong count = cpu.GetGr(op.R2);
        return Result23(cpu, ref op, (ulong)((long)cpu.GetGr(op.R3) >> (int)Math.Min(count, 63UL)));
    }

    public static int ShiftRightByRegister(Cpu cpu, ref MicroOp op)
    {
        ulong count = cpu.GetGr(op.R2);
        return Result23(cpu, ref op, count > 63 ? 0 : cpu.GetGr(op.R3) >> (int)count);
    }

    public static int ShiftLeftByRegister(Cpu cpu, ref MicroOp op)
    {
        ulong count = cpu.GetGr(op.R3);
        return Result23(cpu, ref op, count > 63 ? 0 : cpu.GetGr(op.R2) << (int)count);
    }

    public static int ShiftRightPair(Cpu cpu, ref MicroOp op)
    {
        ulong low = cpu.GetGr(op.R3), high = cpu.GetGr(op.R2);
        return Result23(cpu, ref op, op.X == 0 ? low : (low >> op.X) | (high << (64 - op.X)));
    }

    /// <summary>The field length clipped to the register (SDM extr: pos + len beyond 64 reads
    /// only up to bit 63).</summary>
    private static int ClippedLength(ref MicroOp op) => Math.Min(op.P1, 64 - op.X);

    public static int ExtractUnsigned(Cpu cpu, ref MicroOp op) =>
        Result3(cpu, ref op, (cpu.GetGr(op.R3) >> op.X) & Mask(ClippedLength(ref op)));

    public static int ExtractSigned(Cpu cpu, ref MicroOp op)
    {
        int len = ClippedLength(ref op);
        ulong field = cpu.GetGr(op.R3) >> op.X;
        return Result3(cpu, ref op, (ulong)((long)(field << (64 - len)) >> (64 - len)));
    }

    public static int DepositZero(Cpu cpu, ref MicroOp op) => Result2(cpu, ref op, (cpu.GetGr(op.R2) & Mask(op.P1)) << op.X);

    public static int DepositZeroImmediate(Cpu cpu, ref MicroOp op)
    {
        cpu.SetGr(op.R1, ((ulong)op.Imm & Mask(op.P1)) << op.X);
        return Flow.Next;
    }

    public static int DepositImmediate(Cpu cpu, ref MicroOp op)
    {
        ulong mask = Mask(op.P1) << op.X;
        ulong bits = op.Imm != 0 ? mask : 0;
        return Result3(cpu, ref op, (cpu.GetGr(op.R3) & ~mask) | bits);
    }

    public static int Deposit(Cpu cpu, ref MicroOp op)
    {
        ulong mask = Mask(op.P1) << op.X;
        return Result23(cpu, ref op, (cpu.GetGr(op.R3) & ~mask) | ((cpu.GetGr(op.R2) << op.X) & mask));
    }

    public static int PopCount(Cpu cpu, ref MicroOp op) => Result3(cpu, ref op, (ulong)BitOperations.PopCount(cpu.GetGr(op.R3)));

    public static int CountLeadingZeros(Cpu cpu, ref MicroOp op) => Result3(cpu, ref op, (ulong)BitOperations.LeadingZeroCount(cpu.GetGr(op.R3)));

    public static int ZeroExtend(Cpu cpu, ref MicroOp op) => Result3(cpu, ref op, cpu.GetGr(op.R3) & Mask(op.X));

    public static int SignExtend(Cpu cpu, ref MicroOp op) =>
        Result3(cpu, ref op, (ulong)((long)(cpu.GetGr(op.R3) << (64 - op.X)) >> (64 - op.X)));

    /// <summary>czx.l: index of the first all-zero element from the most significant end;
    /// the element count when there is none.</summary>
    public static int ZeroIndexLeft(Cpu cpu, ref MicroOp op)
    {
        ulong v = cpu.GetGr(op.R3), element = Mask(op.X);
        int count = 64 / op.X;
        for (int i = 0; i < count; i++)
        {
            if (((v >> (64 - ((i + 1) * op.X))) & element) == 0)
            {
                return Result3(cpu, ref op, (ulong)i);
            }
        }

        return Result3(cpu, ref op, (ulong)count);
    }

    /// <summary>czx.r: the same from the least significant end.</summary>
    public static int ZeroIndexRight(Cpu cpu, ref MicroOp op)
    {
        ulong v = cpu.GetGr(op.R3), element = Mask(op.X);
        int count = 64 / op.X;
        for (int i = 0; i < count; i++)
        {
            if (((v >> (i * op.X)) & element) == 0)
            {
                return Result3(cpu, ref op, (ulong)i);
            }
        }

        return Result3(cpu, ref op, (ulong)count);
    }
}
