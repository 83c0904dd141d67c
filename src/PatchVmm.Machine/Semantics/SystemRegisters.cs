using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine.Semantics;

/// <summary>Moves to and from control, region, protection-key, debug, performance-monitor and
/// CPUID registers (M32, M33, M42, M43; SDM Vol. 3 pages mov cr, mov indirect). The check
/// order is the SDM's pseudo-code (and Ski's): Illegal Operation (a reserved or read-only CR,
/// an interruption CR while psr.ic is 1), Privileged Operation, Register NaT Consumption,
/// Reserved Register/Field (an index past the file, a reserved field).</summary>
internal static unsafe class SystemRegisters
{
    /// <summary>CPUID[0..4] (SDM Vol. 1 3.1.11): the vendor "PatchVmm" (bytes 0–15), CPUID[3]
    /// version information — number 4 (the last CPUID register), family 0x1f — and CPUID[4]
    /// features: lb (brl) and ao (16-byte atomic operations), which this machine implements.</summary>
    internal static readonly ulong[] Cpuid = [0x6d6d_5668_6374_6150UL, 0, 0, 0x1f00_0004UL, 5];

    public static void Register(InstructionSet.Builder set)
    {
        set.Add("M32 mov ms_cr3=r2", static (in BindContext c, ref MicroOp op) =>
        {
            op.X = c.Register(0);
            op.R2 = c.Register(1);
            op.Handler = !ControlRegisterRules.Exists(op.X) || ControlRegisterRules.IsReadOnly(op.X) ? &CommonHandlers.IllegalOperation : &ToCr;
        });
        set.Add("M33 mov r1=ms_cr3", static (in BindContext c, ref MicroOp op) =>
        {
            op.R1 = c.Register(0);
            op.X = c.Register(1);
            op.Handler = !ControlRegisterRules.Exists(op.X) ? &CommonHandlers.IllegalOperation : &FromCr;
        });
        set.Add("M42 mov rr[r3]=r2", static (in BindContext c, ref MicroOp op) => BindTo(c, ref op, &ToRr));
        set.Add("M43 mov r1=rr[r3]", static (in BindContext c, ref MicroOp op) => BindFrom(c, ref op, &FromRr));
        set.Add("M42 mov pkr[r3]=r2", static (in BindContext c, ref MicroOp op) => BindTo(c, ref op, &ToPkr));
        set.Add("M43 mov r1=pkr[r3]", static (in BindContext c, ref MicroOp op) => BindFrom(c, ref op, &FromPkr));
        set.Add("M42 mov dbr[r3]=r2", static (in BindContext c, ref MicroOp op) => BindTo(c, ref op, &ToDbr));
        set.Add("M43 mov r1=dbr[r3]", static (in BindContext c, ref MicroOp op) => BindFrom(c, ref op, &FromDbr));
        set.Add("M42 mov ibr[r3]=r2", static (in BindContext c, ref MicroOp op) => BindTo(c, ref op, &ToIbr));
        set.Add("M43 mov r1=ibr[r3]", static (in BindContext c, ref MicroOp op) => BindFrom(c, ref op, &FromIbr));
        set.Add("M42 mov pmc[r3]=r2", static (in BindContext c, ref MicroOp op) => BindTo(c, ref op, &ToPmc));
        set.Add("M43 mov r1=pmc[r3]", static (in BindContext c, ref MicroOp op) => BindFrom(c, ref op, &FromPmc));
        set.Add("M42 mov pmd[r3]=r2", static (in BindContext c, ref MicroOp op) => BindTo(c, ref op, &ToPmd));
        set.Add("M43 mov r1=pmd[r3]", static (in BindContext c, ref MicroOp op) => BindFrom(c, ref op, &FromPmd));
        set.Add("M43 mov r1=cpuid[r3]", static (in BindContext c, ref MicroOp op) => BindFrom(c, ref op, &FromCpuid));
    }

    private static void BindTo(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        op.Handler = handler;
        op.R3 = c.Register(0);
        op.R2 = c.Register(1);
    }

    private static void BindFrom(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        op.Handler = handler;
        op.R1 = c.Register(0);
        op.R3 = c.Register(1);
    }

    // ---- control registers -------------------------------------------------------------------

    public static int ToCr(Cpu cpu, ref MicroOp op)
    {
        int cr = op.X;
        if (cpu.PsrBit(Cpu.PsrIc) && ControlRegisterRules.IsInterruptionRegister(cr))
        {
            return cpu.Raise(Interruption.IllegalOperation);
        }

        if (cpu.Cpl != 0)
        {
            return cpu.Raise(Interruption.PrivilegedOperation);
        }

        if (cpu.GetNat(op.R2))
        {
            return cpu.Raise(Interruption.RegisterNaTConsumption);
        }

        if (ControlRegisterRules.Normalize(cr, cpu.GetGr(op.R2)) is not { } value)
        {
            return cpu.Raise(Interruption.ReservedRegisterField);
        }

        cpu.WriteControlRegister(cr, value);
        return Flow.Next;
    }

    public static int FromCr(Cpu cpu, ref MicroOp op)
    {
        int cr = op.X;
        if (cpu.PsrBit(Cpu.PsrIc) && ControlRegisterRules.IsInterruptionRegister(cr))
        {
            return cpu.Raise(Interruption.IllegalOperation);
        }

        if (cpu.Cpl != 0)
        {
            return cpu.Raise(Interruption.PrivilegedOperation);
        }

        ulong value = cr switch
        {
            ControlRegisters.Ivr => cpu.AcknowledgeInterrupt(),

            // The implementation's mask of cr.itir reads (SDM impl_itir_cwi_mask; Ski keeps key and ps).
            ControlRegisters.Itir => cpu.Cr[cr] & 0xFFFF_FFFCUL,
            _ => cpu.Cr[cr],
        };
        cpu.SetGr(op.R1, value);
        return Flow.Next;
    }

    // ---- indirect register files ---------------------------------------------------------------

    /// <summary>Privilege and NaT checks of a write; Flow.Next or the fault.</summary>
    private static int WriteChecks(Cpu cpu, ref MicroOp op)
    {
        if (cpu.Cpl != 0)
        {
            return cpu.Raise(Interruption.PrivilegedOperation);
        }

        return cpu.GetNat(op.R3) || cpu.GetNat(op.R2) ? cpu.Raise(Interruption.RegisterNaTConsumption) : Flow.Next;
    }

    private static int ReadChecks(Cpu cpu, ref MicroOp op, bool privileged = true)
    {
        if (privileged && cpu.Cpl != 0)
        {
            return cpu.Raise(Interruption.PrivilegedOperation);
        }

        return cpu.GetNat(op.R3) ? cpu.Raise(Interruption.RegisterNaTConsumption) : Flow.Next;
    }

    /// <summary>The index an indirect move names: bits 7:0 of r3 (rr: bits 63:61).</summary>
    private static int Index(Cpu cpu, ref MicroOp op) => (int)(cpu.GetGr(op.R3) & 0xFF);

    public static int ToRr(Cpu cpu, ref MicroOp op)
    {
        int check = WriteChecks(cpu, ref op);
        if (check != Flow.Next)
        {
            return check;
        }

        // Reserved: bits 63:32 and 1, a page size below 4 KiB (SDM Vol. 2 4.1.2; rid is 24 bits here).
        ulong value = cpu.GetGr(op.R2);
        if ((value >> 32) != 0 || (value & 2) != 0 || ((value >> 2) & 0x3F) < 12)
        {
            return cpu.Raise(Interruption.ReservedRegisterField);
        }

        cpu.Rr[cpu.GetGr(op.R3) >> 61] = value;
        cpu.TranslationChanged();
        return Flow.Next;
    }

    public static int FromRr(Cpu cpu, ref MicroOp op)
    {
        int check = ReadChecks(cpu, ref op);
        if (check != Flow.Next)
        {
            return check;
        }

        cpu.SetGr(op.R1, cpu.Rr[cpu.GetGr(op.R3) >> 61]);
        return Flow.Next;
    }

    /// <summary>mov pkr: reserved bits 63:32 and 7:4; a valid key is made valid in one PKR only
    /// (SDM Vol. 2 4.1.3: other valid PKRs holding the key are invalidated, as Ski).</summary>
    public static int ToPkr(Cpu cpu, ref MicroOp op)
    {
        int check = WriteChecks(cpu, ref op);
        if (check != Flow.Next)
        {
            return check;
        }

        int index = Index(cpu, ref op);
        ulong value = cpu.GetGr(op.R2);
        if (index >= Cpu.ProtectionKeyRegisters || (value >> 32) != 0 || (value & 0xF0) != 0)
        {
            return cpu.Raise(Interruption.ReservedRegisterField);
        }

        if ((value & 1) != 0)
        {
            for (int i = 0; i < Cpu.ProtectionKeyRegisters; i++)
            {
                if ((cpu.Pkr[i] & 0xFFFF_FF01UL) == (value & 0xFFFF_FF01UL))
                {
                    cpu.Pkr[i] &= ~1UL;
                }
            }
        }

        cpu.Pkr[index] = value;
        cpu.TranslationChanged();
        return Flow.Next;
    }

    public static int FromPkr(Cpu cpu, ref MicroOp op) => ReadIndexed(cpu, ref op, cpu.Pkr, privileged: true);

    /// <summary>mov dbr: odd registers ignore bits 61:60.</summary>
    public static int ToDbr(Cpu cpu, ref MicroOp op) => WriteDebug(cpu, ref op, cpu.Dbr, 3UL << 60);

    /// <summary>mov ibr: odd registers ignore bits 62:60.</summary>
    public static int ToIbr(Cpu cpu, ref MicroOp op) => WriteDebug(cpu, ref op, cpu.Ibr, 7UL << 60);

    private static int WriteDebug(Cpu cpu, ref MicroOp op, ulong[] file, ulong ignoredInOdd)
    {
        int check = WriteChecks(cpu, ref op);
        if (check != Flow.Next)
        {
            return check;
        }

        int index = Index(cpu, ref op);
        if (index >= file.Length)
        {
            return cpu.Raise(Interruption.ReservedRegisterField);
        }

        ulong value = cpu.GetGr(op.R2);
        file[index] = (index & 1) != 0 ? value & ~ignoredInOdd : value;
        cpu.TranslationChanged();
        return Flow.Next;
    }

    public static int FromDbr(Cpu cpu, ref MicroOp op) => ReadIndexed(cpu, ref op, cpu.Dbr, privileged: true);

    public static int FromIbr(Cpu cpu, ref MicroOp op) => ReadIndexed(cpu, ref op, cpu.Ibr, privileged: true);

    public static int ToPmc(Cpu cpu, ref MicroOp op) => WritePerformance(cpu, ref op, cpu.Pmc);

    public static int ToPmd(Cpu cpu, ref MicroOp op) => WritePerformance(cpu, ref op, cpu.Pmd);

    /// <summary>mov pmc/pmd[r3]=r2 (privileged): a write of an unimplemented register is
    /// ignored, not a fault (SDM Vol. 2 7.2; Vol. 3 mov indirect: "apart from the PMC and PMD
    /// register files, access of a non-existent register results in a Reserved Register/Field
    /// fault"). Ski faults past its 64.</summary>
    private static int WritePerformance(Cpu cpu, ref MicroOp op, ulong[] file)
    {
        int check = WriteChecks(cpu, ref op);
        if (check != Flow.Next)
        {
            return check;
        }

        int index = Index(cpu, ref op);
        if (index < file.Length)
        {
            file[index] = cpu.GetGr(op.R2);
        }

        return Flow.Next;
    }

    /// <summary>mov r1=pmc[r3] (privileged): an index past the implemented PMCs reads 0.</summary>
    public static int FromPmc(Cpu cpu, ref MicroOp op)
    {
        int check = ReadChecks(cpu, ref op);
        if (check != Flow.Next)
        {
            return check;
        }

        int index = Index(cpu, ref op);
        cpu.SetGr(op.R1, index < Cpu.PerformanceRegisters ? cpu.Pmc[index] : 0);
        return Flow.Next;
    }

    /// <summary>mov r1=pmd[r3] is not privileged (SDM Vol. 2 7.2, 7.2.1): above PL 0 it reads 0
    /// while psr.sp is 1, and for a generic counter (PMD 4 and up here) whose PMC has pm = 1
    /// (a privileged monitor); an unimplemented PMD reads 0. (Ski raises a Privileged Register
    /// fault for pm = 1 and reads 0 under psr.sp at PL 0 too.)</summary>
    public static int FromPmd(Cpu cpu, ref MicroOp op)
    {
        int check = ReadChecks(cpu, ref op, privileged: false);
        if (check != Flow.Next)
        {
            return check;
        }

        int index = Index(cpu, ref op);
        bool hidden = index >= Cpu.PerformanceRegisters
            || (cpu.Cpl != 0 && (cpu.PsrBit(Cpu.PsrSp) || (index >= 4 && (cpu.Pmc[index] & (1UL << 6)) != 0)));
        cpu.SetGr(op.R1, hidden ? 0 : cpu.Pmd[index]);
        return Flow.Next;
    }

    /// <summary>mov r1=cpuid[r3]: not privileged; an index past CPUID[3].number is a Reserved
    /// Register/Field fault.</summary>
    public static int FromCpuid(Cpu cpu, ref MicroOp op) => ReadIndexed(cpu, ref op, Cpuid, privileged: false);

    private static int ReadIndexed(Cpu cpu, ref MicroOp op, ulong[] file, bool privileged)
    {
        int check = ReadChecks(cpu, ref op, privileged);
        if (check != Flow.Next)
        {
            return check;
        }

        int index = Index(cpu, ref op);
        if (index >= file.Length)
        {
            return cpu.Raise(Interruption.ReservedRegisterField);
        }

        cpu.SetGr(op.R1, file[index]);
        return Flow.Next;
    }
}
