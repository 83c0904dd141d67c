using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine.Semantics;

/// <summary>The processor status register, register banks, interruption return and privilege
/// promotion (M35, M36, M44, B8; SDM Vol. 3 pages mov psr, rsm, ssm, sum, rum, bsw, rfi,
/// epc). Privileged forms at psr.cpl &gt; 0 raise a Privileged Operation fault; the order of
/// checks is the SDM's pseudo-code (and Ski's): frame (the loop's), privilege, NaT, reserved
/// fields.</summary>
internal static unsafe class SystemControl
{
    /// <summary>psr bits a system-mask write may not set (SDM Vol. 2 3.3.2; Ski's
    /// reservedSystemMaskField): 63:45, 31:28, 16, 12:6 and 0.</summary>
    internal const ulong ReservedSystemMask = 0xFFFF_E000_0000_0000UL | 0xF000_0000UL | (1UL << 16) | 0x1FC0UL | 1UL;

    /// <summary>User-mask reserved bits: everything but 5:1 (be, up, ac, mfl, mfh).</summary>
    internal const ulong ReservedUserMask = ~0x3EUL;

    /// <summary>The bits of psr that mov r=psr reads: 36:35 (it, mc) and 31:0.</summary>
    internal const ulong ReadablePsr = 0x18_FFFF_FFFFUL;

    public static void Register(InstructionSet.Builder set)
    {
        set.Add("M36 mov r1=psr", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &ReadPsr));
        set.Add("M36 mov r1=psr.um", static (in BindContext c, ref MicroOp op) => Bind(c, ref op, &ReadUserMask));
        set.Add("M35 mov psr.l=r2", static (in BindContext c, ref MicroOp op) => BindSource(c, ref op, &WritePsrLow));
        set.Add("M35 mov psr.um=r2", static (in BindContext c, ref MicroOp op) => BindSource(c, ref op, &WriteUserMask));
        set.Add("M44 ssm ms_imm24", static (in BindContext c, ref MicroOp op) => BindMask(c, ref op, &SetSystemMask));
        set.Add("M44 rsm ms_imm24", static (in BindContext c, ref MicroOp op) => BindMask(c, ref op, &ResetSystemMask));
        set.Add("M44 sum ms_imm24", static (in BindContext c, ref MicroOp op) => BindMask(c, ref op, &SetUserMask));
        set.Add("M44 rum ms_imm24", static (in BindContext c, ref MicroOp op) => BindMask(c, ref op, &ResetUserMask));
        set.Add("B8 bsw.0 -", static (in BindContext c, ref MicroOp op) => op.Handler = &BankSwitch0);
        set.Add("B8 bsw.1 -", static (in BindContext c, ref MicroOp op) => op.Handler = &BankSwitch1);
        set.Add("B8 rfi -", static (in BindContext c, ref MicroOp op) => op.Handler = &Rfi);
        set.Add("B8 epc -", static (in BindContext c, ref MicroOp op) => op.Handler = &Epc);

        // vmsw needs the virtualization extension (psr.vm, SDM Rev 2.3 Vol. 2 3.4), which this
        // machine does not implement: an Illegal Operation fault, as on Ski.
        set.Add("B8 vmsw.0 -", static (in BindContext c, ref MicroOp op) => op.Handler = &CommonHandlers.IllegalOperation);
        set.Add("B8 vmsw.1 -", static (in BindContext c, ref MicroOp op) => op.Handler = &CommonHandlers.IllegalOperation);
    }

    private static void Bind(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        op.Handler = handler;
        op.R1 = c.Register(0);
    }

    private static void BindSource(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        op.Handler = handler;
        op.R2 = c.Register(0);
    }

    private static void BindMask(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        op.Handler = handler;
        op.Imm = c.Operand(0);
    }

    public static int ReadPsr(Cpu cpu, ref MicroOp op)
    {
        if (cpu.Cpl != 0)
        {
            return cpu.Raise(Interruption.PrivilegedOperation);
        }

        cpu.SetGr(op.R1, cpu.Psr & ReadablePsr);
        return Flow.Next;
    }

    public static int ReadUserMask(Cpu cpu, ref MicroOp op)
    {
        cpu.SetGr(op.R1, cpu.Psr & 0x3F);
        return Flow.Next;
    }

    /// <summary>mov psr.l=r2: psr{31:0} = r2{31:0}.</summary>
    public static int WritePsrLow(Cpu cpu, ref MicroOp op)
    {
        if (cpu.Cpl != 0)
        {
            return cpu.Raise(Interruption.PrivilegedOperation);
        }

        if (cpu.GetNat(op.R2))
        {
            return cpu.Raise(Interruption.RegisterNaTConsumption);
        }

        ulong value = cpu.GetGr(op.R2);
        if ((value & ReservedSystemMask) != 0)
        {
            return cpu.Raise(Interruption.ReservedRegisterField);
        }

        SetPsrByInstruction(cpu, (cpu.Psr & ~0xFFFF_FFFFUL) | (value & 0xFFFF_FFFFUL));
        return Flow.Next;
    }

    /// <summary>mov psr.um=r2: be, up (unless psr.sp), ac, mfl, mfh from r2.</summary>
    public static int WriteUserMask(Cpu cpu, ref MicroOp op)
    {
        if (cpu.GetNat(op.R2))
        {
            return cpu.Raise(Interruption.RegisterNaTConsumption);
        }

        ulong value = cpu.GetGr(op.R2);
        if ((value & ReservedUserMask) != 0)
        {
            return cpu.Raise(Interruption.ReservedRegisterField);
        }

        ulong writable = UserMaskBits(cpu);
        cpu.WritePsr((cpu.Psr & ~writable) | (value & writable));
        return Flow.Next;
    }

    public static int SetSystemMask(Cpu cpu, ref MicroOp op) => SystemMask(cpu, ref op, set: true);

    public static int ResetSystemMask(Cpu cpu, ref MicroOp op) => SystemMask(cpu, ref op, set: false);

    private static int SystemMask(Cpu cpu, ref MicroOp op, bool set)
    {
        if (cpu.Cpl != 0)
        {
            return cpu.Raise(Interruption.PrivilegedOperation);
        }

        ulong mask = (ulong)op.Imm;
        if ((mask & ReservedSystemMask) != 0)
        {
            return cpu.Raise(Interruption.ReservedRegisterField);
        }

        SetPsrByInstruction(cpu, set ? cpu.Psr | mask : cpu.Psr & ~mask);
        return Flow.Next;
    }

    public static int SetUserMask(Cpu cpu, ref MicroOp op) => UserMask(cpu, ref op, set: true);

    public static int ResetUserMask(Cpu cpu, ref MicroOp op) => UserMask(cpu, ref op, set: false);

    private static int UserMask(Cpu cpu, ref MicroOp op, bool set)
    {
        ulong mask = (ulong)op.Imm;
        if ((mask & ReservedUserMask) != 0)
        {
            return cpu.Raise(Interruption.ReservedRegisterField);
        }

        mask &= UserMaskBits(cpu);
        cpu.WritePsr(set ? cpu.Psr | mask : cpu.Psr & ~mask);
        return Flow.Next;
    }

    /// <summary>be, ac, mfl, mfh, and up unless psr.sp secures the performance monitors.</summary>
    private static ulong UserMaskBits(Cpu cpu) =>
        (1UL << Cpu.PsrBe) | (1UL << Cpu.PsrAc) | (1UL << Cpu.PsrMfl) | (1UL << Cpu.PsrMfh) | (cpu.PsrBit(Cpu.PsrSp) ? 0 : 1UL << Cpu.PsrUp);

    /// <summary>A psr write by the instruction that just retired, keeping cr.iipa right: as Ski,
    /// the instruction counts as executed with psr.ic = 1 when ic is 1 after it.</summary>
    private static void SetPsrByInstruction(Cpu cpu, ulong psr)
    {
        bool wasOn = cpu.PsrBit(Cpu.PsrIc);
        cpu.WritePsr(psr);
        cpu.TrackIc(wasOn, cpu.PsrBit(Cpu.PsrIc), cpu.Retired - 2, cpu.Retired - 1);
    }

    public static int BankSwitch0(Cpu cpu, ref MicroOp op) => BankSwitch(cpu, 0);

    public static int BankSwitch1(Cpu cpu, ref MicroOp op) => BankSwitch(cpu, 1);

    private static int BankSwitch(Cpu cpu, int bank)
    {
        if (cpu.Cpl != 0)
        {
            return cpu.Raise(Interruption.PrivilegedOperation);
        }

        cpu.SelectBank(bank);
        return Flow.Next;
    }

    /// <summary>rfi (SDM Vol. 3 rfi): psr = cr.ipsr, ip = cr.iip, the slot psr.ri; the bank
    /// switches when ipsr.bn differs; when cr.ifs.v is set, the frame it describes comes back
    /// from the register stack and the current one is dropped.</summary>
    public static int Rfi(Cpu cpu, ref MicroOp op)
    {
        if (cpu.Cpl != 0)
        {
            return cpu.Raise(Interruption.PrivilegedOperation);
        }

        cpu.RfiRetired = cpu.Retired;
        return cpu.ReturnFromInterruption() ? Flow.Branch : Flow.Stop;
    }

    /// <summary>epc (SDM Vol. 3 epc): on an execute-only promotion page (ar 7) the privilege
    /// rises to the page's pl; with instruction translation off, to 0. ar.pfs.ppl below the
    /// current level is an Illegal Operation fault.</summary>
    public static int Epc(Cpu cpu, ref MicroOp op)
    {
        int ppl = (int)(cpu.Ar[ApplicationRegisters.Pfs] >> 62);
        if (ppl < cpu.Cpl)
        {
            return cpu.Raise(Interruption.IllegalOperation);
        }

        int cpl = cpu.Cpl;
        if (!cpu.PsrBit(Cpu.PsrIt))
        {
            cpl = 0;
        }
        else if (cpu.InstructionPageAr == 7 && cpu.InstructionPagePl < cpl)
        {
            cpl = cpu.InstructionPagePl;
        }

        cpu.SetCpl(cpl);
        return Flow.Next;
    }
}
