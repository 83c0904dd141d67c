using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine.Semantics;

/// <summary>Floating-point register loads, stores, spills, fills, pairs, setf and getf
/// (M6–M12, M18, M19; SDM Vol. 1 5.1–5.2, Vol. 3 pages ldf, ldfp, stf, setf, getf) — the FP
/// register file without FP arithmetic — as Ski run with -alat. Memory formats and their
/// register-format conversions: FloatingPointFormats.cs. Operand layout: X = memory format,
/// R1 the FR loaded or stored (P1 the second of a pair), R3 the address register, P2 = base
/// update as in <see cref="MemoryAccess"/>.
/// <list type="bullet">
/// <item>Alignment is the access size: 4 (s), 8 (d, 8), 16 (e, fill/spill: ldfe reads 16
/// bytes, stfe writes 10); pairs 8 (ldfps) or 16.</item>
/// <item>A deferred exception in an FR is NaTVal. ldf.s/ldfp.s defer as ld.s does
/// (<see cref="MemoryAccess.Speculate"/>); setf of a NaT GR gives NaTVal; getf of NaTVal
/// gives a NaT GR (with the converted value: 0, or 0x1fffe for getf.exp); storing NaTVal is
/// a Register NaT Consumption fault but for stf.spill, which spills it as it is.</item>
/// <item>The ALAT as for integer loads, an entry naming the FR (the first of a pair); a check
/// load that hits leaves its FRs as they are but marks them written (psr.mfl/mfh), as Ski.</item>
/// <item>ldfp's two FRs must be one odd and one even physical register (after rotation):
/// else Illegal Operation, as on Ski.</item>
/// </list></summary>
internal static unsafe class FloatingMemory
{
    private const int Extended = 0, Integer = 1, Single = 2, Double = 3, Spill = 4;

    public static void Register(InstructionSet.Builder set)
    {
        foreach (var (format, operands) in (ReadOnlySpan<(string, string)>)[("M6", "f1=[r3]"), ("M7", "f1=[r3],r2"), ("M8", "f1=[r3],mm_imm9a")])
        {
            string hint = format == "M6" ? "{mm_ldh3}" : "{mm_ldh2}";
            set.Add($"{format} {{mm_ldf}}{hint} {operands}", static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, &Load));
            set.Add($"{format} {{mm_ldf}}.s{hint} {operands}", static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, &LoadSpeculative));
            set.Add($"{format} {{mm_ldf}}.a{hint} {operands}", static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, &LoadAdvanced));
            set.Add($"{format} {{mm_ldf}}.sa{hint} {operands}", static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, &LoadSpeculativeAdvanced));
            set.Add($"{format} {{mm_ldf}}.c.clr{hint} {operands}", static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, &LoadCheckClear));
            set.Add($"{format} {{mm_ldf}}.c.nc{hint} {operands}", static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, &LoadCheckNoClear));
            set.Add($"{format} ldf.fill{hint} {operands}", static (in BindContext c, ref MicroOp op) => BindLoad(c, ref op, &Load));
        }

        set.Add("M9 {mm_stf}{mm_sth3} [r3]=f2", static (in BindContext c, ref MicroOp op) => BindStore(c, ref op));
        set.Add("M10 {mm_stf}{mm_sth2} [r3]=f2,mm_imm9b", static (in BindContext c, ref MicroOp op) => BindStore(c, ref op));
        set.Add("M9 stf.spill{mm_sth3} [r3]=f2", static (in BindContext c, ref MicroOp op) => BindStore(c, ref op));
        set.Add("M10 stf.spill{mm_sth2} [r3]=f2,mm_imm9b", static (in BindContext c, ref MicroOp op) => BindStore(c, ref op));

        foreach (var (format, operands) in (ReadOnlySpan<(string, string)>)[("M11", "f1,f2=[r3]"), ("M12", "f1,f2=[r3],8"), ("M12", "f1,f2=[r3],16")])
        {
            string mnemonic = format == "M11" ? "{mm_ldfp}" : operands.EndsWith(",8", StringComparison.Ordinal) ? "ldfps" : "{mm_ldfp16}";
            set.Add($"{format} {mnemonic}{{mm_ldh2}} {operands}", static (in BindContext c, ref MicroOp op) => BindPair(c, ref op, &LoadPair));
            set.Add($"{format} {mnemonic}.s{{mm_ldh2}} {operands}", static (in BindContext c, ref MicroOp op) => BindPair(c, ref op, &LoadPairSpeculative));
            set.Add($"{format} {mnemonic}.a{{mm_ldh2}} {operands}", static (in BindContext c, ref MicroOp op) => BindPair(c, ref op, &LoadPairAdvanced));
            set.Add($"{format} {mnemonic}.sa{{mm_ldh2}} {operands}", static (in BindContext c, ref MicroOp op) => BindPair(c, ref op, &LoadPairSpeculativeAdvanced));
            set.Add($"{format} {mnemonic}.c.clr{{mm_ldh2}} {operands}", static (in BindContext c, ref MicroOp op) => BindPair(c, ref op, &LoadPairCheckClear));
            set.Add($"{format} {mnemonic}.c.nc{{mm_ldh2}} {operands}", static (in BindContext c, ref MicroOp op) => BindPair(c, ref op, &LoadPairCheckNoClear));
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

    private static void BindLoad(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        op.Handler = handler;
        op.R1 = c.Register(0);
        op.R3 = c.Register(1);
        op.X = (byte)FormatOf(c, "mm_ldf");
        MemoryAccess.BindUpdate(c, ref op, 2);
    }

    private static void BindStore(in BindContext c, ref MicroOp op)
    {
        op.Handler = &Store;
        op.R3 = c.Register(0);
        op.R1 = c.Register(1);
        op.X = (byte)FormatOf(c, "mm_stf");
        MemoryAccess.BindUpdate(c, ref op, 2);
    }

    /// <summary>ldfp: R1/P1 the pair, X the element format (ldfp8, ldfps, ldfpd), Imm the
    /// implied base update of M12 (8 or 16).</summary>
    private static void BindPair(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        op.Handler = handler;
        op.R1 = c.Register(0);
        op.P1 = c.Register(1);
        op.R3 = c.Register(2);
        int ldfp = c.CompleterIndex("mm_ldfp"), ldfp16 = c.CompleterIndex("mm_ldfp16");
        op.X = ldfp >= 0 ? (byte)c.Completer(ldfp)
            : ldfp16 >= 0 ? (c.Completer(ldfp16) == 0 ? (byte)Integer : (byte)Double)
            : (byte)Single;
        if (c.Row.Format == "M12")
        {
            op.P2 = MemoryAccess.ImmediateUpdate;
            op.Imm = SizeOf(op.X) * 2;
        }
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

    private static void Read(Cpu cpu, ulong address, int format, out ulong significand, out uint signExponent)
    {
        switch (format)
        {
            case Single:
                (significand, signExponent) = FloatingPointFormats.FromSingle((uint)cpu.ReadData(address, 4));
                break;
            case Double:
                (significand, signExponent) = FloatingPointFormats.FromDouble(cpu.ReadData(address, 8));
                break;
            case Integer:
                (significand, signExponent) = (cpu.ReadData(address, 8), FloatingPointFormats.IntegerExponent);
                break;
            case Extended:
                (significand, signExponent) = FloatingPointFormats.FromExtended(cpu.ReadData(address, 8), (ushort)cpu.ReadData(address + 8, 2));
                break;
            default:
                // Spill format: significand, then sign and exponent in bits 17:0 of the next doubleword.
                (significand, signExponent) = (cpu.ReadData(address, 8), (uint)cpu.ReadData(address + 8, 8) & 0x3FFFF);
                break;
        }
    }

    private static void LoadInto(Cpu cpu, int f, ulong address, int format)
    {
        Read(cpu, address, format, out ulong significand, out uint signExponent);
        cpu.SetFr(f, significand, signExponent);
    }

    private static void SetNaTVal(Cpu cpu, int f) => cpu.SetFr(f, 0, Cpu.NaTValExponent);

    /// <summary>FP_ZERO (+0.0), or FP_INT_ZERO (significand 0, exponent 0x1003E) for the integer form.</summary>
    private static void SetZero(Cpu cpu, int f, int format) => cpu.SetFr(f, 0, format == Integer ? FloatingPointFormats.IntegerExponent : 0);

    // ---- single loads --------------------------------------------------------------------

    public static int Load(Cpu cpu, ref MicroOp op)
    {
        int check = MemoryAccess.Begin(cpu, ref op, SizeOf(op.X), false, Access.Load, out ulong address);
        if (check != Flow.Next)
        {
            return check;
        }

        LoadInto(cpu, op.R1, address, op.X);
        MemoryAccess.UpdateBase(cpu, ref op);
        return Flow.Next;
    }

    /// <summary>ldf.s: NaTVal when deferred.</summary>
    public static int LoadSpeculative(Cpu cpu, ref MicroOp op)
    {
        int check = MemoryAccess.Speculate(cpu, ref op, SizeOf(op.X), out ulong address);
        if (check > Flow.Next)
        {
            return check;
        }

        if (check == Cpu.Deferred)
        {
            SetNaTVal(cpu, op.R1);
        }
        else
        {
            LoadInto(cpu, op.R1, address, op.X);
        }

        MemoryAccess.UpdateBase(cpu, ref op);
        return Flow.Next;
    }

    /// <summary>ldf.a: as ld.a; from uncacheable memory the target gets zero (+0.0, or the
    /// integer form's 0 for ldf8) and no entry (SDM Vol. 3 ldf: FP_ZERO / FP_INT_ZERO).</summary>
    public static int LoadAdvanced(Cpu cpu, ref MicroOp op)
    {
        int size = SizeOf(op.X);
        int check = MemoryAccess.Begin(cpu, ref op, size, false, Access.AdvancedLoad, out ulong address);
        if (check > Flow.Next)
        {
            return check;
        }

        int key = cpu.AlatFr(op.R1);
        cpu.Alat.Invalidate(key);
        if (check == Cpu.Uncacheable)
        {
            SetZero(cpu, op.R1, op.X);
        }
        else
        {
            LoadInto(cpu, op.R1, address, op.X);
            cpu.Alat.Allocate(key, address, size);
        }

        MemoryAccess.UpdateBase(cpu, ref op);
        return Flow.Next;
    }

    public static int LoadSpeculativeAdvanced(Cpu cpu, ref MicroOp op)
    {
        int size = SizeOf(op.X);
        int check = MemoryAccess.Speculate(cpu, ref op, size, out ulong address);
        if (check > Flow.Next)
        {
            return check;
        }

        int key = cpu.AlatFr(op.R1);
        cpu.Alat.Invalidate(key);
        if (check == Cpu.Deferred)
        {
            SetNaTVal(cpu, op.R1);
        }
        else
        {
            LoadInto(cpu, op.R1, address, op.X);
            cpu.Alat.Allocate(key, address, size);
        }

        MemoryAccess.UpdateBase(cpu, ref op);
        return Flow.Next;
    }

    public static int LoadCheckClear(Cpu cpu, ref MicroOp op)
    {
        if (cpu.GetNat(op.R3))
        {
            return cpu.Raise(Interruption.RegisterNaTConsumption, Access.Load);
        }

        if (cpu.Alat.Check(cpu.AlatFr(op.R1), clear: true))
        {
            cpu.TouchFr(op.R1);
            MemoryAccess.UpdateBase(cpu, ref op);
            return Flow.Next;
        }

        return Load(cpu, ref op);
    }

    public static int LoadCheckNoClear(Cpu cpu, ref MicroOp op)
    {
        if (cpu.GetNat(op.R3))
        {
            return cpu.Raise(Interruption.RegisterNaTConsumption, Access.Load);
        }

        int key = cpu.AlatFr(op.R1);
        if (cpu.Alat.Check(key, clear: false))
        {
            cpu.TouchFr(op.R1);
            MemoryAccess.UpdateBase(cpu, ref op);
            return Flow.Next;
        }

        int size = SizeOf(op.X);
        int check = MemoryAccess.Begin(cpu, ref op, size, false, Access.AdvancedLoad, out ulong address);
        if (check > Flow.Next)
        {
            return check;
        }

        LoadInto(cpu, op.R1, address, op.X);
        if (check != Cpu.Uncacheable)
        {
            cpu.Alat.Allocate(key, address, size);
        }

        MemoryAccess.UpdateBase(cpu, ref op);
        return Flow.Next;
    }

    // ---- pairs ---------------------------------------------------------------------------

    /// <summary>Illegal Operation unless the pair is one odd and one even physical FR.</summary>
    private static bool BadPair(Cpu cpu, ref MicroOp op) => ((cpu.FrMap[op.R1] ^ cpu.FrMap[op.P1]) & 1) == 0;

    private static void LoadPairInto(Cpu cpu, ref MicroOp op, ulong address)
    {
        Read(cpu, address, op.X, out ulong s1, out uint e1);
        Read(cpu, address + (ulong)SizeOf(op.X), op.X, out ulong s2, out uint e2);
        cpu.SetFr(op.R1, s1, e1);
        cpu.SetFr(op.P1, s2, e2);
    }

    public static int LoadPair(Cpu cpu, ref MicroOp op)
    {
        if (BadPair(cpu, ref op))
        {
            return cpu.Raise(Interruption.IllegalOperation);
        }

        int check = MemoryAccess.Begin(cpu, ref op, SizeOf(op.X) * 2, false, Access.Load, out ulong address);
        if (check != Flow.Next)
        {
            return check;
        }

        LoadPairInto(cpu, ref op, address);
        MemoryAccess.UpdateBase(cpu, ref op);
        return Flow.Next;
    }

    public static int LoadPairSpeculative(Cpu cpu, ref MicroOp op)
    {
        if (BadPair(cpu, ref op))
        {
            return cpu.Raise(Interruption.IllegalOperation);
        }

        int check = MemoryAccess.Speculate(cpu, ref op, SizeOf(op.X) * 2, out ulong address);
        if (check > Flow.Next)
        {
            return check;
        }

        if (check == Cpu.Deferred)
        {
            SetNaTVal(cpu, op.R1);
            SetNaTVal(cpu, op.P1);
        }
        else
        {
            LoadPairInto(cpu, ref op, address);
        }

        MemoryAccess.UpdateBase(cpu, ref op);
        return Flow.Next;
    }

    public static int LoadPairAdvanced(Cpu cpu, ref MicroOp op)
    {
        if (BadPair(cpu, ref op))
        {
            return cpu.Raise(Interruption.IllegalOperation);
        }

        int size = SizeOf(op.X) * 2;
        int check = MemoryAccess.Begin(cpu, ref op, size, false, Access.AdvancedLoad, out ulong address);
        if (check > Flow.Next)
        {
            return check;
        }

        int key = cpu.AlatFr(op.R1);
        cpu.Alat.Invalidate(key);
        if (check == Cpu.Uncacheable)
        {
            // ldfp.a from uncacheable memory: both targets zero, no entry (as ldf.a).
            SetZero(cpu, op.R1, op.X);
            SetZero(cpu, op.P1, op.X);
        }
        else
        {
            LoadPairInto(cpu, ref op, address);
            cpu.Alat.Allocate(key, address, size);
        }

        MemoryAccess.UpdateBase(cpu, ref op);
        return Flow.Next;
    }

    public static int LoadPairSpeculativeAdvanced(Cpu cpu, ref MicroOp op)
    {
        if (BadPair(cpu, ref op))
        {
            return cpu.Raise(Interruption.IllegalOperation);
        }

        int size = SizeOf(op.X) * 2;
        int check = MemoryAccess.Speculate(cpu, ref op, size, out ulong address);
        if (check > Flow.Next)
        {
            return check;
        }

        int key = cpu.AlatFr(op.R1);
        cpu.Alat.Invalidate(key);
        if (check == Cpu.Deferred)
        {
            SetNaTVal(cpu, op.R1);
            SetNaTVal(cpu, op.P1);
        }
        else
        {
            LoadPairInto(cpu, ref op, address);
            cpu.Alat.Allocate(key, address, size);
        }

        MemoryAccess.UpdateBase(cpu, ref op);
        return Flow.Next;
    }

    public static int LoadPairCheckClear(Cpu cpu, ref MicroOp op)
    {
        if (BadPair(cpu, ref op))
        {
            return cpu.Raise(Interruption.IllegalOperation);
        }

        if (cpu.GetNat(op.R3))
        {
            return cpu.Raise(Interruption.RegisterNaTConsumption, Access.Load);
        }

        if (cpu.Alat.Check(cpu.AlatFr(op.R1), clear: true))
        {
            cpu.TouchFr(op.R1);
            cpu.TouchFr(op.P1);
            MemoryAccess.UpdateBase(cpu, ref op);
            return Flow.Next;
        }

        return LoadPair(cpu, ref op);
    }

    public static int LoadPairCheckNoClear(Cpu cpu, ref MicroOp op)
    {
        if (BadPair(cpu, ref op))
        {
            return cpu.Raise(Interruption.IllegalOperation);
        }

        if (cpu.GetNat(op.R3))
        {
            return cpu.Raise(Interruption.RegisterNaTConsumption, Access.Load);
        }

        int key = cpu.AlatFr(op.R1);
        if (cpu.Alat.Check(key, clear: false))
        {
            cpu.TouchFr(op.R1);
            cpu.TouchFr(op.P1);
            MemoryAccess.UpdateBase(cpu, ref op);
            return Flow.Next;
        }

        int size = SizeOf(op.X) * 2;
        int check = MemoryAccess.Begin(cpu, ref op, size, false, Access.AdvancedLoad, out ulong address);
        if (check > Flow.Next)
        {
            return check;
        }

        LoadPairInto(cpu, ref op, address);
        if (check != Cpu.Uncacheable)
        {
            cpu.Alat.Allocate(key, address, size);
        }

        MemoryAccess.UpdateBase(cpu, ref op);
        return Flow.Next;
    }

    // ---- stores --------------------------------------------------------------------------

    public static int Store(Cpu cpu, ref MicroOp op)
    {
        int check = MemoryAccess.Begin(cpu, ref op, SizeOf(op.X), op.X != Spill && cpu.IsFrNaTVal(op.R1), Access.Store, out ulong address);
        if (check != Flow.Next)
        {
            return check;
        }

        cpu.GetFr(op.R1, out ulong significand, out uint signExponent);
        switch (op.X)
        {
            case Single:
                cpu.WriteData(address, 4, FloatingPointFormats.ToSingle(significand, signExponent));
                break;
            case Double:
                cpu.WriteData(address, 8, FloatingPointFormats.ToDouble(significand, signExponent));
                break;
            case Integer:
                cpu.WriteData(address, 8, significand);
                break;
            case Extended:
                cpu.WriteData16(address, 10, significand, FloatingPointFormats.ToExtendedExponent(signExponent));
                break;
            default:
                // Spill format: significand, then sign and exponent in bits 17:0 of the high doubleword.
                cpu.WriteData16(address, 16, significand, signExponent);
                break;
        }

        MemoryAccess.UpdateBase(cpu, ref op);
        return Flow.Next;
    }

    // ---- setf, getf ----------------------------------------------------------------------

    private static int SetFromGr(Cpu cpu, ref MicroOp op, (ulong Significand, uint SignExponent) value)
    {
        if (cpu.GetNat(op.R2))
        {
            SetNaTVal(cpu, op.R1);
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

    /// <summary>getf: the value as converted, NaT when the FR holds NaTVal.</summary>
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
