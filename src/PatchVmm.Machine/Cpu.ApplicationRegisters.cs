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
            default:
                if (ArKinds[n] != ArKind.Ignored)
                {
                    Ar[n] = value;
                }

                return Flow.Next;
        }
    }
}
