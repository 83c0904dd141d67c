using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine.Semantics;

/// <summary>Parallel (multimedia) instructions on 1-, 2- and 4-byte elements of a GR (A9, A10,
/// I1–I8; SDM Vol. 3 pages padd, psub, pavg, pavgsub, pcmp, pshladd, pshradd, pmpyshr, pmpy,
/// mix, pack, unpack, pmin, pmax, psad, mux, pshl, pshr). Element i is bits
/// [i·w, (i+1)·w) of the register. X = element size in bytes, P1 = the operation's variant
/// (saturation, relation, half), Imm = a count. The result is NaT when a source is.</summary>
internal static unsafe class Multimedia
{
    // Saturation variants of padd/psub (completer a_sat order): none, .sss, .uuu, .uus.
    private const int Wrap = 0, SignedSat = 1, UnsignedSat = 2, UnsignedSignedSat = 3;

    public static void Register(InstructionSet.Builder set)
    {
        foreach (var (name, size) in (ReadOnlySpan<(string, int)>)[("1", 1), ("2", 2)])
        {
            set.Add($"A9 padd{name}{{a_sat}} r1=r2,r3", size == 1
                ? static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Add, 1, c.Completer(0))
                : static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Add, 2, c.Completer(0)));
            set.Add($"A9 psub{name}{{a_sat}} r1=r2,r3", size == 1
                ? static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Subtract, 1, c.Completer(0))
                : static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Subtract, 2, c.Completer(0)));
            set.Add($"A9 pavg{name}{{a_raz}} r1=r2,r3", size == 1
                ? static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Average, 1, c.Completer(0))
                : static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Average, 2, c.Completer(0)));
            set.Add($"A9 pavgsub{name} r1=r2,r3", size == 1
                ? static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &AverageSubtract, 1, 0)
                : static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &AverageSubtract, 2, 0));
        }

        set.Add("A9 padd4 r1=r2,r3", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Add, 4, Wrap));
        set.Add("A9 psub4 r1=r2,r3", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Subtract, 4, Wrap));
        set.Add("A9 pcmp1{a_pcrel} r1=r2,r3", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Compare, 1, c.Completer(0)));
        set.Add("A9 pcmp2{a_pcrel} r1=r2,r3", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Compare, 2, c.Completer(0)));
        set.Add("A9 pcmp4{a_pcrel} r1=r2,r3", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Compare, 4, c.Completer(0)));

        set.Add("A10 pshladd2 r1=r2,a_count2,r3", static (in BindContext c, ref MicroOp op) => BindCount(c, ref op, &ShiftLeftAdd));
        set.Add("A10 pshradd2 r1=r2,a_count2,r3", static (in BindContext c, ref MicroOp op) => BindCount(c, ref op, &ShiftRightAdd));

        foreach (int count in (int[])[0, 7, 15, 16])
        {
            set.Add($"I1 pmpyshr2 r1=r2,r3,{count}", static (in BindContext c, ref MicroOp op) => BindShiftedMultiply(c, ref op, signed: true));
            set.Add($"I1 pmpyshr2.u r1=r2,r3,{count}", static (in BindContext c, ref MicroOp op) => BindShiftedMultiply(c, ref op, signed: false));
        }

        set.Add("I2 pmpy2.r r1=r2,r3", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Multiply, 2, 0));
        set.Add("I2 pmpy2.l r1=r2,r3", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Multiply, 2, 1));
        foreach (var (name, size) in (ReadOnlySpan<(string, int)>)[("1", 1), ("2", 2), ("4", 4)])
        {
            set.Add($"I2 mix{name}.r r1=r2,r3", size switch
            {
                1 => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Mix, 1, 0),
                2 => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Mix, 2, 0),
                _ => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Mix, 4, 0),
            });
            set.Add($"I2 mix{name}.l r1=r2,r3", size switch
            {
                1 => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Mix, 1, 1),
                2 => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Mix, 2, 1),
                _ => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Mix, 4, 1),
            });
            set.Add($"I2 unpack{name}.l r1=r2,r3", size switch
            {
                1 => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Unpack, 1, 0),
                2 => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Unpack, 2, 0),
                _ => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Unpack, 4, 0),
            });
            set.Add($"I2 unpack{name}.h r1=r2,r3", size switch
            {
                1 => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Unpack, 1, 1),
                2 => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Unpack, 2, 1),
                _ => static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Unpack, 4, 1),
            });
        }

        set.Add("I2 pack2.sss r1=r2,r3", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Pack, 2, SignedSat));
        set.Add("I2 pack2.uss r1=r2,r3", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Pack, 2, UnsignedSat));
        set.Add("I2 pack4.sss r1=r2,r3", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &Pack, 4, SignedSat));
        set.Add("I2 pmin1.u r1=r2,r3", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &MinMax, 1, 0));
        set.Add("I2 pmax1.u r1=r2,r3", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &MinMax, 1, 1));
        set.Add("I2 pmin2 r1=r2,r3", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &MinMax, 2, 0));
        set.Add("I2 pmax2 r1=r2,r3", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &MinMax, 2, 1));
        set.Add("I2 psad1 r1=r2,r3", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &SumOfAbsoluteDifferences, 1, 0));

        set.Add("I3 mux1 r1=r2,i_mbt4c", static (in BindContext c, ref MicroOp op) =>
        {
            op.Handler = &MuxBytes;
            op.R1 = c.Register(0);
            op.R2 = c.Register(1);
            op.Imm = c.Operand(2);
        });

        // The reserved mbtype values are rows of the table (objdump prints them as numbers).
        foreach (string mbtype in (string[])["0x1", "0x2", "0x3", "0x4", "0x5", "0x6", "0x7", "0xc", "0xd", "0xe", "0xf"])
        {
            set.Add($"I3 mux1 r1=r2,{mbtype}", static (in BindContext c, ref MicroOp op) => op.Handler = &CommonHandlers.IllegalOperation);
        }

        set.Add("I4 mux2 r1=r2,i_mht8c", static (in BindContext c, ref MicroOp op) =>
        {
            op.Handler = &MuxHalfwords;
            op.R1 = c.Register(0);
            op.R2 = c.Register(1);
            op.Imm = c.Operand(2);
        });

        // Parallel shifts: pshr r1=r3,r2|count5 and pshl r1=r2,r3|count5. P1: 0 = arithmetic
        // right, 1 = logical right, 2 = left. R2 is the shifted value, R3 the count register.
        set.Add("I5 pshr2 r1=r3,r2", static (in BindContext c, ref MicroOp op) => BindShift(c, ref op, 2, 0, byRegister: true));
        set.Add("I5 pshr2.u r1=r3,r2", static (in BindContext c, ref MicroOp op) => BindShift(c, ref op, 2, 1, byRegister: true));
        set.Add("I5 pshr4 r1=r3,r2", static (in BindContext c, ref MicroOp op) => BindShift(c, ref op, 4, 0, byRegister: true));
        set.Add("I5 pshr4.u r1=r3,r2", static (in BindContext c, ref MicroOp op) => BindShift(c, ref op, 4, 1, byRegister: true));
        set.Add("I6 pshr2 r1=r3,i_count5b", static (in BindContext c, ref MicroOp op) => BindShift(c, ref op, 2, 0, byRegister: false));
        set.Add("I6 pshr2.u r1=r3,i_count5b", static (in BindContext c, ref MicroOp op) => BindShift(c, ref op, 2, 1, byRegister: false));
        set.Add("I6 pshr4 r1=r3,i_count5b", static (in BindContext c, ref MicroOp op) => BindShift(c, ref op, 4, 0, byRegister: false));
        set.Add("I6 pshr4.u r1=r3,i_count5b", static (in BindContext c, ref MicroOp op) => BindShift(c, ref op, 4, 1, byRegister: false));
        set.Add("I7 pshl2 r1=r2,r3", static (in BindContext c, ref MicroOp op) => BindShift(c, ref op, 2, 2, byRegister: true));
        set.Add("I7 pshl4 r1=r2,r3", static (in BindContext c, ref MicroOp op) => BindShift(c, ref op, 4, 2, byRegister: true));
        set.Add("I8 pshl2 r1=r2,i_ccount5c", static (in BindContext c, ref MicroOp op) => BindShift(c, ref op, 2, 2, byRegister: false));
        set.Add("I8 pshl4 r1=r2,i_ccount5c", static (in BindContext c, ref MicroOp op) => BindShift(c, ref op, 4, 2, byRegister: false));
    }

    private static void Bind(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler, int size, int variant)
    {
        op.Handler = handler;
        op.R1 = c.Register(0);
        op.R2 = c.Register(1);
        op.R3 = c.Register(2);
        op.X = (byte)size;
        op.P1 = (byte)variant;
    }

    private static void BindCount(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        op.Handler = handler;
        op.R1 = c.Register(0);
        op.R2 = c.Register(1);
        op.Imm = c.Operand(2);
        op.R3 = c.Register(3);
        op.X = 2;
    }

    private static void BindShiftedMultiply(in BindContext c, ref MicroOp op, bool signed)
    {
        Bind(c, ref op, &ShiftedMultiply, 2, signed ? 1 : 0);
        op.Imm = int.Parse(c.Row.OperandTemplate.AsSpan(c.Row.OperandTemplate.LastIndexOf(',') + 1), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Shift operands: the value (R2), and the count register (R3) or Imm.</summary>
    private static void BindShift(in BindContext c, ref MicroOp op, int size, int kind, bool byRegister)
    {
        op.Handler = byRegister ? &ShiftByRegister : &ShiftByImmediate;
        op.R1 = c.Register(0);
        op.R2 = c.Register(1);
        if (byRegister)
        {
            op.R3 = c.Register(2);
        }
        else
        {
            op.Imm = c.Operand(2);
        }

        op.X = (byte)size;
        op.P1 = (byte)kind;
    }

    private static int Bits(int size) => size * 8;

    private static ulong Mask(int size) => size == 8 ? ulong.MaxValue : (1UL << Bits(size)) - 1;

    private static ulong Element(ulong v, int i, int size) => (v >> (i * Bits(size))) & Mask(size);

    private static long SignedElement(ulong v, int i, int size)
    {
        int shift = 64 - Bits(size);
        return (long)(Element(v, i, size) << shift) >> shift;
    }

    private static ulong Put(ulong result, int i, int size, long value) => result | (((ulong)value & Mask(size)) << (i * Bits(size)));

    private static long SignedSaturate(long v, int size)
    {
        long max = (1L << (Bits(size) - 1)) - 1;
        return Math.Clamp(v, -max - 1, max);
    }

    private static long UnsignedSaturate(long v, int size) => Math.Clamp(v, 0, (long)Mask(size));

    private static int Result(Cpu cpu, ref MicroOp op, ulong value)
    {
        cpu.SetGr(op.R1, value, cpu.GetNat(op.R2) | cpu.GetNat(op.R3));
        return Flow.Next;
    }

    private static int AddOrSubtract(Cpu cpu, ref MicroOp op, int sign)
    {
        ulong a = cpu.GetGr(op.R2), b = cpu.GetGr(op.R3), r = 0;
        int size = op.X;
        for (int i = 0; i < 8 / size; i++)
        {
            long value = op.P1 switch
            {
                SignedSat => SignedSaturate(SignedElement(a, i, size) + (sign * SignedElement(b, i, size)), size),
                UnsignedSat => UnsignedSaturate((long)Element(a, i, size) + (sign * (long)Element(b, i, size)), size),
                UnsignedSignedSat => UnsignedSaturate((long)Element(a, i, size) + (sign * SignedElement(b, i, size)), size),
                _ => (long)Element(a, i, size) + (sign * (long)Element(b, i, size)),
            };
            r = Put(r, i, size, value);
        }

        return Result(cpu, ref op, r);
    }

    public static int Add(Cpu cpu, ref MicroOp op) => AddOrSubtract(cpu, ref op, 1);

    public static int Subtract(Cpu cpu, ref MicroOp op) => AddOrSubtract(cpu, ref op, -1);

    /// <summary>pavg: the sum halved, its low bit ORed in; pavg.raz: rounded up.</summary>
    public static int Average(Cpu cpu, ref MicroOp op)
    {
        ulong a = cpu.GetGr(op.R2), b = cpu.GetGr(op.R3), r = 0;
        int size = op.X;
        for (int i = 0; i < 8 / size; i++)
        {
            long sum = (long)Element(a, i, size) + (long)Element(b, i, size);
            r = Put(r, i, size, op.P1 == 0 ? (sum >> 1) | (sum & 1) : (sum + 1) >> 1);
        }

        return Result(cpu, ref op, r);
    }

    /// <summary>pavgsub: the difference of the unsigned elements halved, low bit ORed in.</summary>
    public static int AverageSubtract(Cpu cpu, ref MicroOp op)
    {
        ulong a = cpu.GetGr(op.R2), b = cpu.GetGr(op.R3), r = 0;
        int size = op.X;
        for (int i = 0; i < 8 / size; i++)
        {
            long difference = (long)Element(a, i, size) - (long)Element(b, i, size);
            r = Put(r, i, size, (difference >> 1) | (difference & 1));
        }

        return Result(cpu, ref op, r);
    }

    /// <summary>pcmp.eq / pcmp.gt (signed): all ones where true.</summary>
    public static int Compare(Cpu cpu, ref MicroOp op)
    {
        ulong a = cpu.GetGr(op.R2), b = cpu.GetGr(op.R3), r = 0;
        int size = op.X;
        for (int i = 0; i < 8 / size; i++)
        {
            bool test = op.P1 == 0 ? Element(a, i, size) == Element(b, i, size) : SignedElement(a, i, size) > SignedElement(b, i, size);
            r = Put(r, i, size, test ? -1 : 0);
        }

        return Result(cpu, ref op, r);
    }

    /// <summary>pshladd2: each a shifted left (saturating signed), plus b, saturating signed.</summary>
    public static int ShiftLeftAdd(Cpu cpu, ref MicroOp op)
    {
        ulong a = cpu.GetGr(op.R2), b = cpu.GetGr(op.R3), r = 0;
        for (int i = 0; i < 4; i++)
        {
            long shifted = SignedElement(a, i, 2) << (int)op.Imm;
            long value = shifted < -32768 ? -32768 : shifted > 32767 ? 32767 : SignedSaturate(shifted + SignedElement(b, i, 2), 2);
            r = Put(r, i, 2, value);
        }

        return Result(cpu, ref op, r);
    }

    public static int ShiftRightAdd(Cpu cpu, ref MicroOp op)
    {
        ulong a = cpu.GetGr(op.R2), b = cpu.GetGr(op.R3), r = 0;
        for (int i = 0; i < 4; i++)
        {
            r = Put(r, i, 2, SignedSaturate((SignedElement(a, i, 2) >> (int)op.Imm) + SignedElement(b, i, 2), 2));
        }

        return Result(cpu, ref op, r);
    }

    /// <summary>pmpyshr2: each 32-bit product shifted right by the count, low 16 bits kept.</summary>
    public static int ShiftedMultiply(Cpu cpu, ref MicroOp op)
    {
        ulong a = cpu.GetGr(op.R2), b = cpu.GetGr(op.R3), r = 0;
        for (int i = 0; i < 4; i++)
        {
            long product = op.P1 != 0
                ? SignedElement(a, i, 2) * SignedElement(b, i, 2)
                : (long)(Element(a, i, 2) * Element(b, i, 2));
            r = Put(r, i, 2, product >> (int)op.Imm);
        }

        return Result(cpu, ref op, r);
    }

    /// <summary>pmpy2.r: signed products of halfwords 0 and 2 into words 0 and 1; .l: halfwords 1 and 3.</summary>
    public static int Multiply(Cpu cpu, ref MicroOp op)
    {
        ulong a = cpu.GetGr(op.R2), b = cpu.GetGr(op.R3);
        int first = op.P1;
        ulong low = (uint)(SignedElement(a, first, 2) * SignedElement(b, first, 2));
        ulong high = (uint)(SignedElement(a, first + 2, 2) * SignedElement(b, first + 2, 2));
        return Result(cpu, ref op, low | (high << 32));
    }

    /// <summary>mix.l: odd elements (r2's above r3's); mix.r: even elements.</summary>
    public static int Mix(Cpu cpu, ref MicroOp op)
    {
        ulong a = cpu.GetGr(op.R2), b = cpu.GetGr(op.R3), r = 0;
        int size = op.X;
        for (int j = 0; j < 8 / size / 2; j++)
        {
            int source = (2 * j) + op.P1;
            r = Put(r, (2 * j) + 1, size, (long)Element(a, source, size));
            r = Put(r, 2 * j, size, (long)Element(b, source, size));
        }

        return Result(cpu, ref op, r);
    }

    /// <summary>unpack.h: the high halves interleaved (r2's above r3's); unpack.l: the low halves.</summary>
    public static int Unpack(Cpu cpu, ref MicroOp op)
    {
        ulong a = cpu.GetGr(op.R2), b = cpu.GetGr(op.R3), r = 0;
        int size = op.X, half = 8 / size / 2;
        for (int j = 0; j < half; j++)
        {
            int source = j + (op.P1 != 0 ? half : 0);
            r = Put(r, (2 * j) + 1, size, (long)Element(a, source, size));
            r = Put(r, 2 * j, size, (long)Element(b, source, size));
        }

        return Result(cpu, ref op, r);
    }

    /// <summary>pack: r2's elements saturated to half width in the low half, r3's in the high half.</summary>
    public static int Pack(Cpu cpu, ref MicroOp op)
    {
        ulong a = cpu.GetGr(op.R2), b = cpu.GetGr(op.R3), r = 0;
        int size = op.X, half = size / 2, count = 8 / size;
        for (int i = 0; i < count; i++)
        {
            long low = SignedElement(a, i, size), high = SignedElement(b, i, size);
            r = Put(r, i, half, op.P1 == SignedSat ? SignedSaturate(low, half) : UnsignedSaturate(low, half));
            r = Put(r, i + count, half, op.P1 == SignedSat ? SignedSaturate(high, half) : UnsignedSaturate(high, half));
        }

        return Result(cpu, ref op, r);
    }

    /// <summary>pmin1.u/pmax1.u (unsigned bytes), pmin2/pmax2 (signed halfwords).</summary>
    public static int MinMax(Cpu cpu, ref MicroOp op)
    {
        ulong a = cpu.GetGr(op.R2), b = cpu.GetGr(op.R3), r = 0;
        int size = op.X;
        for (int i = 0; i < 8 / size; i++)
        {
            long x = size == 1 ? (long)Element(a, i, size) : SignedElement(a, i, size);
            long y = size == 1 ? (long)Element(b, i, size) : SignedElement(b, i, size);
            r = Put(r, i, size, op.P1 == 0 ? Math.Min(x, y) : Math.Max(x, y));
        }

        return Result(cpu, ref op, r);
    }

    public static int SumOfAbsoluteDifferences(Cpu cpu, ref MicroOp op)
    {
        ulong a = cpu.GetGr(op.R2), b = cpu.GetGr(op.R3);
        long sum = 0;
        for (int i = 0; i < 8; i++)
        {
            sum += Math.Abs((long)Element(a, i, 1) - (long)Element(b, i, 1));
        }

        return Result(cpu, ref op, (ulong)sum);
    }

    // mux1 permutations (SDM Vol. 3 mux): result byte i comes from source byte Map[i].
    private static readonly byte[][] MuxMaps =
    [
        [0, 0, 0, 0, 0, 0, 0, 0], // @brcst (0)
        [0, 4, 2, 6, 1, 5, 3, 7], // @mix (8)
        [0, 4, 1, 5, 2, 6, 3, 7], // @shuf (9)
        [0, 2, 4, 6, 1, 3, 5, 7], // @alt (10)
        [7, 6, 5, 4, 3, 2, 1, 0], // @rev (11)
    ];

    public static int MuxBytes(Cpu cpu, ref MicroOp op)
    {
        byte[] map = MuxMaps[op.Imm == 0 ? 0 : (int)op.Imm - 7];
        ulong a = cpu.GetGr(op.R2), r = 0;
        for (int i = 0; i < 8; i++)
        {
            r = Put(r, i, 1, (long)Element(a, map[i], 1));
        }

        cpu.SetGr(op.R1, r, cpu.GetNat(op.R2));
        return Flow.Next;
    }

    /// <summary>mux2: result halfword i is source halfword mht{2i+1:2i}.</summary>
    public static int MuxHalfwords(Cpu cpu, ref MicroOp op)
    {
        ulong a = cpu.GetGr(op.R2), r = 0;
        for (int i = 0; i < 4; i++)
        {
            r = Put(r, i, 2, (long)Element(a, (int)((op.Imm >> (2 * i)) & 3), 2));
        }

        cpu.SetGr(op.R1, r, cpu.GetNat(op.R2));
        return Flow.Next;
    }

    private static int Shift(Cpu cpu, ref MicroOp op, ulong count, bool countNat)
    {
        ulong a = cpu.GetGr(op.R2), r = 0;
        int size = op.X, bits = Bits(size);
        for (int i = 0; i < 8 / size; i++)
        {
            long value = op.P1 switch
            {
                0 => SignedElement(a, i, size) >> (int)Math.Min(count, (ulong)bits - 1),
                1 => count >= (ulong)bits ? 0 : (long)(Element(a, i, size) >> (int)count),
                _ => count >= (ulong)bits ? 0 : (long)(Element(a, i, size) << (int)count),
            };
            r = Put(r, i, size, value);
        }

        cpu.SetGr(op.R1, r, cpu.GetNat(op.R2) | countNat);
        return Flow.Next;
    }

    public static int ShiftByRegister(Cpu cpu, ref MicroOp op) => Shift(cpu, ref op, cpu.GetGr(op.R3), cpu.GetNat(op.R3));

    public static int ShiftByImmediate(Cpu cpu, ref MicroOp op) => Shift(cpu, ref op, (ulong)op.Imm, false);
}
