using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine;

/// <summary>Reading and writing application registers through <c>mov ar</c> (SDM Vol. 1
/// 3.1.8, Table 3-3): which exist, which unit may access them, which are read-only, and the
/// registers with side effects (the RSE's, ar.itc, ar.ec).</summary>
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

    private static ArKind[] BuildArKinds()
    {
        var kinds = new ArKind[128];
        foreach (int n in (int[])[0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 21, 24, 25, 26, 27, 28, 29, 30, 32, 36, 40, 44])
        {
            kinds[n] = ArKind.M;
        }

        foreach (int n in (int[])[64, 65, 66])
        {
            kinds[n] = ArKind.I;
        }

        // Ignored ranges: ar48–63 (M), ar112–127 (I).
        for (int n = 48; n < 64; n++)
        {
            kinds[n] = ArKind.Ignored;
        }

        for (int n = 112; n < 128; n++)
        {
            kinds[n] = ArKind.Ignored;
        }

        return kinds;
    }

    /// <summary>True when <c>mov ar</c> from the given unit (M or I) may name AR <paramref name="n"/>:
    /// reserved registers, and registers of the other unit, are Illegal Operation. The ignored
    /// ranges belong to M (48–63) and I (112–127).</summary>
    internal static bool ArAccessible(int n, bool fromMUnit) => ArKinds[n] switch
    {
        ArKind.M => fromMUnit,
        ArKind.I => !fromMUnit,
        ArKind.Ignored => fromMUnit == n < 64,
        _ => false,
    };

    /// <summary>The value <c>mov r=ar</c> reads (the unit check was made at bind time).</summary>
    internal ulong ReadAr(int n) => n switch
    {
        ApplicationRegisters.Itc => Itc,
        >= ApplicationRegisters.Rsc and <= ApplicationRegisters.Rnat => RseReadAr(n),
        _ when ArKinds[n] == ArKind.Ignored => 0,
        _ => Ar[n],
    };

    /// <summary><c>mov ar=</c>: returns Flow.Next or a fault.</summary>
    internal int WriteAr(int n, ulong value)
    {
        switch (n)
        {
            case ApplicationRegisters.Bsp:
                return Raise(Interruption.IllegalOperation);
            case ApplicationRegisters.Rsc or ApplicationRegisters.BspStore or ApplicationRegisters.Rnat:
                return RseWriteAr(n, value);
            case ApplicationRegisters.Itc:
                Itc = value;
                return Flow.Next;
            case ApplicationRegisters.Ec:
                Ar[n] = value & 0x3F;
                return Flow.Next;
            case ApplicationRegisters.Pfs when IsReservedPfs(value):
            case ApplicationRegisters.Fpsr when IsReservedFpsr(value):
                return Raise(Interruption.ReservedRegisterField);
            default:
                if (ArKinds[n] != ArKind.Ignored)
                {
                    Ar[n] = value;
                }

                return Flow.Next;
        }
    }
}
