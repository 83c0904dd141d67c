using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine.Semantics;

/// <summary>Floating-point register loads, stores, spills, fills, pairs, setf and getf
/// (M6–M12, M18, M19; SDM Vol. 1 5.1–5.2, Vol. 3 pages ldf, ldfp, stf, setf, getf) — the FP
/// register file without FP arithmetic. X = memory format, P2 = base update (0 none, 1 by
/// GR R2, 2 by Imm), R1/P1 the FRs (P1 the second of a pair), R3 the address register.
/// A deferred exception in an FR is NaTVal: ldf.s in physical mode always defers (as the
/// integer ld.s, Ski's behaviour), storing NaTVal other than by stf.spill, or moving it to a
/// GR by getf, follows the SDM and Ski (Register NaT Consumption fault; NaT GR).</summary>
internal static unsafe class FloatingMemory
{
    private const int Extended = 0, Integer = 1, Single = 2, Double = 3, Spill = 4;

    public static void Register(InstructionSet.Builder set)
    {
        foreach (var (format, operands) in (ReadOnlySpan<(string, string)>)[("M6", "f1=[r3]"), ("M7", "f1=[r3],r2"), ("M8", "f1=[r3],mm_imm9a")])
        {
            string hint = format == "M6" ? "{mm_ldh3}" : "{mm_ldh2}";
            foreach (string kind in (string[])["", ".a", ".c.clr", ".c.nc"])
            {
                set.Add($"{format} {{mm_ldf}}{kind}{hint} {operands}", static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, &Load));
            }

            set.Add($"{format} {{mm_ldf}}.s{hint} {operands}", static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, &SpeculativeLoad));
            set.Add($"{format} {{mm_ldf}}.sa{hint} {operands}", static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, &SpeculativeLoad));
            set.Add($"{format} ldf.fill{hint} {operands}", static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, &Load));
        }

        set.Add("M9 {mm_stf}{mm_sth3} [r3]=f2", static (in BindContext c, ref MicroOp op) => BindStore(c, ref op));
        set.Add("M10 {mm_stf}{mm_sth2} [r3]=f2,mm_imm9b", static (in BindContext c, ref MicroOp op) => BindStore(c, ref op));
        set.Add("M9 stf.spill{mm_sth3} [r3]=f2", static (in BindContext c, ref MicroOp op) => BindStore(c, ref op));
        set.Add("M10 stf.spill{mm_sth2} [r3]=f2,mm_imm9b", static (in BindContext c, ref MicroOp op) => BindStore(c, ref op));

        foreach (string kind in (string[])["", ".a", ".c.clr", ".c.nc", ".s", ".sa"])
        {
            set.Add($"M11 {{mm_ldfp}}{kind}{{mm_ldh2}} f1,f2=[r3]", static (in BindContext c, ref MicroOp op) => BindPair(c, ref op, "mm_ldfp", 0));
            set.Add($"M12 ldfps{kind}{{mm_ldh2}} f1,f2=[r3],8", static (in BindContext c, ref MicroOp op) => BindPair(c, ref op, null, 8));
            set.Add($"M12 {{mm_ldfp16}}{kind}{{mm_ldh2}} f1,f2=[r3],16", static (in BindContext c, ref MicroOp op) => BindPair(c, ref op, "mm_ldfp16", 16));
        }

        set.Add("M18 setf.sig f1=r2", static (in BindContext c, ref MicroOp op) => BindTransfer(c, ref op, &SetSignificand));
        set.Add("M18 setf.exp f1=r2", static (in BindContext c, ref MicroOp op) => BindTransfer(c, ref op, &SetExponent));
        set.Add("M18 setf.s f1=r2", static (in BindContext c, ref MicroOp op) => BindTransfer(c, ref op, &SetSingle));
        set.Add("M18 setf.d f1=r2", static (in BindContext c, ref MicroOp op) => BindTransfer(c, ref op, &SetDouble));
        set.Add("M19 getf.sig r1=f2", static (in BindContext c, ref MicroOp op) => BindTransfer(c, ref op, &GetSignificand));
        set.Add("M19 getf.exp r1=f2", static (in BindContext c, ref MicroOp op) => BindTransfer(c, ref op, &GetExponent));
        set.Add("M19 getf.s r1=f2", static (in BindContext c, ref MicroOp op) => BindTransfer(c, ref op, &GetSingle));
        set.Add("M19 getf.d r1=f2", static (in BindContext c, ref MicroOp op) => BindTransfer(c, ref op, &GetDouble));
    }

    /// <summary>The memory format from the mnemonic: ldfe/ldf8/ldfs/ldfd (completer order) or fill/spill.</summary>
    private static int FormatOf(in BindContext c, string completer)
    {
        int i = c.CompleterIndex(completer);
        return i < 0 ? Spill : c.Completer(i);
    }

    private static void Update(in BindContext c, ref MicroOp op, int operand)
    {
        var kind = c.Row.Operands.Count > operand ? c.Row.Operands[operand].Class : (Ia64.OperandClass?)null;
        if (kind == Ia64.OperandClass.Gr)
        {
            op.P2 = MemoryAccess.RegisterUpdate;
            op.R2 = c.Register(operand);
        }
        else if (kind is not null)
        {
            op.P2 = MemoryAccess.ImmediateUpdate;
            op.Imm = c.Operand(operand);
        }
    }

    private static void BindLoad(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        op.Handler = handler;
        op.R1 = c.Register(0);
        op.R3 = c.Register(1);
        op.X = (byte)FormatOf(c, "mm_ldf");
        Update(c, ref op, 2);
    }

    private static void BindStore(in BindContext c, ref MicroOp op)
    {
        op.Handler = &Store;
        op.R3 = c.Register(0);
        op.R1 = c.Register(1);
        op.X = (byte)FormatOf(c, "mm_stf");
        Update(c, ref op, 2);
    }

    /// <summary>ldfp: R1/P1 the pair, X the element format, Imm the implied base update.</summary>
    private static void BindPair(in BindContext c, ref MicroOp op, string? completer, int update)
    {
        op.R1 = c.Register(0);
        op.P1 = c.Register(1);
        op.R3 = c.Register(2);
        op.X = completer is null ? (byte)Single
            : completer == "mm_ldfp" ? (byte)c.Completer(c.CompleterIndex(completer))
            : c.Completer(c.CompleterIndex(completer)) == 0 ? (byte)Integer : (byte)Double;
        if (update != 0)
        {
            op.P2 = MemoryAccess.ImmediateUpdate;
            op.Imm = update;
        }

        bool speculative = c.Row.MnemonicTemplate.Contains(".s", StringComparison.Ordinal);
        op.Handler = op.R1 == op.P1 || op.P1 is 0 or 1 ? &CommonHandlers.IllegalOperation
            : speculative ? &SpeculativePair : &LoadPair;
    }

    private static void BindTransfer(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        op.Handler = handler;
        op.R1 = c.Register(0);
        op.R2 = c.Register(1);
    }

    private static int SizeOf(int format) => format switch
    {
        Single => 4,
        Double or Integer => 8,
        _ => 16,
    };

    private static (ulong Significand, uint SignExponent) Read(Cpu cpu, ulong address, int format) => format switch
    {
        Single => FloatingPointFormats.FromSingle(cpu.Memory.Read4(address)),
        Double => FloatingPointFormats.FromDouble(cpu.Memory.Read8(address)),
        Integer => (cpu.Memory.Read8(address), FloatingPointFormats.IntegerExponent),
        Extended => FloatingPointFormats.FromExtended(cpu.Memory.Read8(address), cpu.Memory.Read2(address + 8)),
        _ => (cpu.Memory.Read8(address), (uint)cpu.Memory.Read8(address + 8) & 0x3FFFF),
    };

    public static int Load(Cpu cpu, ref MicroOp op)
    {
        int check = MemoryAccess.Begin(cpu, ref op, SizeOf(op.X), MemoryAccess.NatIncrement(cpu, ref op), out ulong address);
        if (check != Flow.Next)
        {
            return check;
        }

        var (significand, signExponent) = Read(cpu, address, op.X);
        cpu.SetFr(op.R1, significand, signExponent);
        MemoryAccess.UpdateBase(cpu, ref op);
        return Flow.Next;
    }

    /// <summary>ldf.s/ldf.sa: NaTVal when deferred; see MemoryAccess.SpeculativeLoad for when.</summary>
    public static int SpeculativeLoad(Cpu cpu, ref MicroOp op)
    {
        if (cpu.GetNat(op.R3) || cpu.PsrBit(Cpu.PsrEd) || !cpu.PsrBit(Cpu.PsrDt))
        {
            ulong address = cpu.GetGr(op.R3);
            if (!cpu.GetNat(op.R3) && (address & (ulong)(SizeOf(op.X) - 1)) != 0 && cpu.PsrBit(Cpu.PsrIc))
            {
                return cpu.Raise(Interruption.UnalignedDataReference, address);
            }

            cpu.SetFr(op.R1, 0, Cpu.NaTValExponent);
            MemoryAccess.UpdateBase(cpu, ref op);
            return Flow.Next;
        }

        return Load(cpu, ref op);
    }

    public static int LoadPair(Cpu cpu, ref MicroOp op)
    {
        int size = SizeOf(op.X);
        int check = MemoryAccess.Begin(cpu, ref op, size * 2, false, out ulong address);
        if (check != Flow.Next)
        {
            return check;
        }

        var (s1, e1) = Read(cpu, address, op.X);
        var (s2, e2) = Read(cpu, address + (ulong)size, op.X);
        cpu.SetFr(op.R1, s1, e1);
        cpu.SetFr(op.P1, s2, e2);
        MemoryAccess.UpdateBase(cpu, ref op);
        return Flow.Next;
    }

    public static int SpeculativePair(Cpu cpu, ref MicroOp op)
    {
        if (cpu.GetNat(op.R3) || cpu.PsrBit(Cpu.PsrEd) || !cpu.PsrBit(Cpu.PsrDt))
        {
            cpu.SetFr(op.R1, 0, Cpu.NaTValExponent);
            cpu.SetFr(op.P1, 0, Cpu.NaTValExponent);
            MemoryAccess.UpdateBase(cpu, ref op);
            return Flow.Next;
        }

        return LoadPair(cpu, ref op);
    }

    public static int Store(Cpu cpu, ref MicroOp op)
    {
        int check = MemoryAccess.Begin(cpu, ref op, SizeOf(op.X), op.X != Spill && cpu.IsFrNaTVal(op.R1), out ulong address);
        if (check != Flow.Next)
        {
            return check;
        }

        cpu.GetFr(op.R1, out ulong significand, out uint signExponent);
        switch (op.X)
        {
            case Single:
                cpu.Memory.Write4(address, FloatingPointFormats.ToSingle(significand, signExponent));
                break;
            case Double:
                cpu.Memory.Write8(address, FloatingPointFormats.ToDouble(significand, signExponent));
                break;
            case Integer:
                cpu.Memory.Write8(address, significand);
                break;
            case Extended:
                cpu.Memory.Write8(address, significand);
                cpu.Memory.Write2(address + 8, FloatingPointFormats.ToExtendedExponent(signExponent));
                break;
            default:
                // Spill format: significand, then sign and exponent in bits 17:0 of the high doubleword.
                cpu.Memory.Write8(address, significand);
                cpu.Memory.Write8(address + 8, signExponent);
                break;
        }

        MemoryAccess.UpdateBase(cpu, ref op);
        return Flow.Next;
    }

    private static int SetFromGr(Cpu cpu, ref MicroOp op, (ulong Significand, uint SignExponent) value)
    {
        if (cpu.GetNat(op.R2))
        {
            cpu.SetFr(op.R1, 0, Cpu.NaTValExponent);
        }
        else
        {
            cpu.SetFr(op.R1, value.Significand, value.SignExponent);
        }

        return Flow.Next;
    }

    public static int SetSignificand(Cpu cpu, ref MicroOp op) => SetFromGr(cpu, ref op, (cpu.GetGr(op.R2), FloatingPointFormats.IntegerExponent));

    public static int SetExponent(Cpu cpu, ref MicroOp op) => SetFromGr(cpu, ref op, (1UL << 63, (uint)cpu.GetGr(op.R2) & 0x3FFFF));

    public static int SetSingle(Cpu cpu, ref MicroOp op) => SetFromGr(cpu, ref op, FloatingPointFormats.FromSingle((uint)cpu.GetGr(op.R2)));

    public static int SetDouble(Cpu cpu, ref MicroOp op) => SetFromGr(cpu, ref op, FloatingPointFormats.FromDouble(cpu.GetGr(op.R2)));

    /// <summary>getf: the value as converted, NaT when the FR holds NaTVal (as Ski: getf.exp of
    /// NaTVal reads 0x1FFFE with the NaT bit set).</summary>
    private static int GetToGr(Cpu cpu, ref MicroOp op, ulong value)
    {
        cpu.SetGr(op.R1, value, cpu.IsFrNaTVal(op.R2));
        return Flow.Next;
    }

    public static int GetSignificand(Cpu cpu, ref MicroOp op)
    {
        cpu.GetFr(op.R2, out ulong significand, out _);
        return GetToGr(cpu, ref op, significand);
    }

    public static int GetExponent(Cpu cpu, ref MicroOp op)
    {
        cpu.GetFr(op.R2, out _, out uint signExponent);
        return GetToGr(cpu, ref op, signExponent);
    }

    public static int GetSingle(Cpu cpu, ref MicroOp op)
    {
        cpu.GetFr(op.R2, out ulong significand, out uint signExponent);
        return GetToGr(cpu, ref op, FloatingPointFormats.ToSingle(significand, signExponent));
    }

    public static int GetDouble(Cpu cpu, ref MicroOp op)
    {
        cpu.GetFr(op.R2, out ulong significand, out uint signExponent);
        return GetToGr(cpu, ref op, FloatingPointFormats.ToDouble(significand, signExponent));
    }
}
