using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine;

/// <summary>Reading and writing application registers through <c>mov ar</c> (SDM Vol. 1
/// 3.1.8, Table 3-3; Vol. 3 mov ar): which exist, which unit may access them, which are
/// read-only or ignored, and the registers with side effects (the RSE's, ar.itc, ar.ruc,
/// ar.ec). The checks come in the SDM's order: Illegal Operation (reserved register, wrong
/// unit, read-only register, RSE register outside enforced-lazy mode), then Register NaT
/// Consumption (the handler's), then Reserved Register/Field, then Privileged Register.</summary>
public sealed partial class Cpu
{
    /// <summary>How an AR number behaves: reserved, ignored (reads 0, writes dropped) or real,
    /// and from which unit <c>mov ar</c> may reach it.</summary>
    private enum ArKind : byte
    {
        Reserved,
        Ignored,
        M,
        I,
    }

    private static readonly ArKind[] ArKinds = BuildArKinds();

    private const ulong PfsReserved = (((1UL << 52) - 1) & ~((1UL << 38) - 1)) | (0xFUL << 58);

    /// <summary>What a write to ar.ruc sets: the value minus the ticks so far. ar.ruc (the
    /// resource utilization counter, SDM Rev 2.3) counts like ar.itc: retired instructions,
    /// never wall-clock time (DESIGN.md §5).</summary>
    internal ulong RucOffset;

    internal ulong Ruc
    {
        get => RucOffset + ((ulong)Retired * ItcTicksPerInstruction);
        set => RucOffset = value - ((ulong)Retired * ItcTicksPerInstruction);
    }

    /// <summary>ar.pfs: pfm 37:0, pec 57:52, ppl 63:62, the rest reserved (SDM Vol. 1
    /// 3.1.8.10); a pfm that is no valid frame marker is reserved too (as Ski checks it).</summary>
    internal static bool IsReservedPfs(ulong value)
    {
        int sof = (int)(value & 0x7F), sol = (int)((value >> 7) & 0x7F), sor = (int)((value >> 14) & 0xF) * 8;
        int rrbGr = (int)((value >> 18) & 0x7F), rrbFr = (int)((value >> 25) & 0x7F), rrbPr = (int)((value >> 32) & 0x3F);
        return (value & PfsReserved) != 0 || sof > StackedPhysical || sol > sof || sor > sof
            || (sor != 0 ? rrbGr >= sor : rrbGr != 0) || rrbFr >= 96 || rrbPr >= 48;
    }

    /// <summary>ar.fpsr: bits 63:58 and 12 are reserved, and so is precision control 01 in
    /// each status field (SDM Vol. 1 5.2.2).</summary>
    private static bool IsReservedFpsr(ulong value) =>
        (value >> 58) != 0 || ((value >> 12) & 1) != 0 || ((value >> 8) & 3) == 1 || ((value >> 21) & 3) == 1
        || ((value >> 34) & 3) == 1 || ((value >> 47) & 3) == 1;

    /// <summary>Table 3-3: k0–k7, the RSE registers, the IA-32 registers (fcr, eflag, csd, ssd,
    /// cflg, fsr, fir, fdr), ccv, unat, fpsr, itc and ruc are M-unit registers; pfs, lc and ec
    /// I-unit ones; ar48–63 and ar112–127 are ignored and either unit may name them (as Ski
    /// and GNU as allow); every other number is reserved.</summary>
    private static ArKind[] BuildArKinds()
    {
        var kinds = new ArKind[128];
        foreach (int n in (int[])[0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 21, 24, 25, 26, 27, 28, 29, 30, 32, 36, 40, 44, 45])
        {
            kinds[n] = ArKind.M;
        }

        foreach (int n in (int[])[64, 65, 66])
        {
            kinds[n] = ArKind.I;
        }

        for (int n = 48; n < 64; n++)
        {
            kinds[n] = ArKind.Ignored;
            kinds[n + 64] = ArKind.Ignored;
        }

        return kinds;
    }

    /// <summary>True when <c>mov ar</c> from the given unit (M or I) may name AR
    /// <paramref name="n"/>: reserved registers, and registers of the other unit, are an
    /// Illegal Operation fault.</summary>
    internal static bool ArAccessible(int n, bool fromMUnit) => ArKinds[n] switch
    {
        ArKind.M => fromMUnit,
        ArKind.I => !fromMUnit,
        ArKind.Ignored => true,
        _ => false,
    };

    /// <summary>True when AR <paramref name="n"/> can never be written (ar.bsp): a write is an
    /// Illegal Operation fault, before its source is looked at.</summary>
    internal static bool IsReadOnlyAr(int n) => n == ApplicationRegisters.Bsp;

    /// <summary>True when reading AR <paramref name="n"/> may fault (see <see cref="CheckArRead"/>);
    /// the binder gives the others a handler without the check.</summary>
    internal static bool ArReadMayFault(int n) =>
        n is ApplicationRegisters.BspStore or ApplicationRegisters.Rnat or ApplicationRegisters.Itc or ApplicationRegisters.Ruc;

    /// <summary>The faults of <c>mov r=ar</c> besides the unit check: ar.bspstore and ar.rnat
    /// outside enforced-lazy mode are Illegal Operation; ar.itc (and ar.ruc) with psr.si set
    /// above privilege level 0 are Privileged Register. Returns Flow.Next or the fault.</summary>
    internal int CheckArRead(int n)
    {
        if (n is ApplicationRegisters.BspStore or ApplicationRegisters.Rnat && RscMode != 0)
        {
            return Raise(Interruption.IllegalOperation);
        }

        if (n is ApplicationRegisters.Itc or ApplicationRegisters.Ruc && PsrBit(PsrSi) && Cpl != 0)
        {
            return Raise(Interruption.PrivilegedRegister);
        }

        return Flow.Next;
    }

    /// <summary>The faults of <c>mov ar=</c> that come before its source is read (the NaT
    /// check): ar.bspstore and ar.rnat can only be written in enforced-lazy mode.</summary>
    internal int CheckArWrite(int n) =>
        n is ApplicationRegisters.BspStore or ApplicationRegisters.Rnat && RscMode != 0
            ? Raise(Interruption.IllegalOperation)
            : Flow.Next;

    /// <summary>The value <c>mov r=ar</c> reads (the unit and <see cref="CheckArRead"/> checks
    /// were made before): ignored registers read 0.</summary>
    internal ulong ReadAr(int n) => n switch
    {
        ApplicationRegisters.Itc => Itc,
        ApplicationRegisters.Ruc => Ruc,
        >= ApplicationRegisters.Rsc and <= ApplicationRegisters.Rnat => RseReadAr(n),
        _ when ArKinds[n] == ArKind.Ignored => 0,
        _ => Ar[n],
    };

    /// <summary><c>mov ar=</c> after the unit, read-only and NaT checks: reserved fields, the
    /// privilege of kernel registers and the counters, then the write (ignored registers drop
    /// it; ar.ec keeps 6 bits). Returns Flow.Next or a fault.</summary>
    internal int WriteAr(int n, ulong value)
    {
        switch (n)
        {
            case ApplicationRegisters.Bsp:
                return Raise(Interruption.IllegalOperation);
            case ApplicationRegisters.Rsc or ApplicationRegisters.BspStore or ApplicationRegisters.Rnat:
                return RseWriteAr(n, value);
            case ApplicationRegisters.Pfs when IsReservedPfs(value):
            case ApplicationRegisters.Fpsr when IsReservedFpsr(value):
                return Raise(Interruption.ReservedRegisterField);
            case <= 7 or ApplicationRegisters.Itc or ApplicationRegisters.Ruc when Cpl != 0:
                return Raise(Interruption.PrivilegedRegister);
            case ApplicationRegisters.Itc:
                Itc = value;
                ScheduleTimer();
                return Flow.Next;
            case ApplicationRegisters.Ruc:
                Ruc = value;
                return Flow.Next;
            case ApplicationRegisters.Ec:
                Ar[n] = value & 0x3F;
                return Flow.Next;
            default:
                if (ArKinds[n] != ArKind.Ignored)
                {
                    Ar[n] = value;
                }

                return Flow.Next;
        }
    }
}
