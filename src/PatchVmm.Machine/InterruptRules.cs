namespace PatchVmm.Machine;

/// <summary>The priority and masking rules of external interrupts (SDM Vol. 2 Part I 5.8.1,
/// 5.8.3; Ski's interruption.c), pure, for the machine's interrupt controller
/// (Cpu.Interrupts.cs) and for host code that keeps a guest's own — a VMM's virtual cr.ivr,
/// cr.irr and in-service vectors must follow the same rules. Vector sets are 256 bits, bit n of
/// word n/64. NMI (vector 2) and ExtINT (vector 0) rank above every vectored interrupt (16–255),
/// and among those a higher number is a higher priority; vectors 1 and 3–15 do not exist.</summary>
public static class InterruptRules
{
    /// <summary>The vector cr.ivr reads when no interrupt can be taken.</summary>
    public const int Spurious = 15;

    public const int ExtInt = 0, Nmi = 2;

    /// <summary>True for a vector that can be pending: ExtINT, NMI, 16–255.</summary>
    public static bool IsVector(int vector) => vector is ExtInt or Nmi or (>= 16 and <= 255);

    /// <summary>What cr.ivr holds for the pending vectors <paramref name="pending"/> (cr.irr0–3),
    /// the vectors in service <paramref name="inService"/> and cr.tpr <paramref name="tpr"/>: NMI
    /// when it is pending and no NMI is in service, else the highest-priority pending vector that
    /// is not masked (by tpr.mmi, by a vector of equal or higher priority in service, or — but
    /// ExtINT — by tpr.mic at or above its priority class), else <see cref="Spurious"/>.</summary>
    public static int Highest(ReadOnlySpan<ulong> pending, ReadOnlySpan<ulong> inService, ulong tpr)
    {
        ulong irr0 = pending[0];
        if ((irr0 & (1UL << Nmi)) != 0 && !HigherInService(Nmi, inService))
        {
            // tpr never masks NMI, but an NMI in service does: it is of equal priority (SDM
            // Vol. 2 5.8.1, nesting for vectors 0, 2 and 16-255; Table 5-8). Ski reports it
            // regardless (interruption.c acceptIrpt).
            return Nmi;
        }

        if ((irr0 & (1UL << ExtInt)) != 0 && !Masked(ExtInt, inService, tpr))
        {
            return ExtInt;
        }

        int highest = HighestBit(pending, 16);
        return highest >= 0 && !Masked(highest, inService, tpr) ? highest : Spurious;
    }

    /// <summary>The vector a write of cr.eoi ends: the highest-priority one in service (NMI,
    /// then ExtINT, then the highest vectored one), or -1.</summary>
    public static int HighestInService(ReadOnlySpan<ulong> inService)
    {
        if ((inService[0] & (1UL << Nmi)) != 0)
        {
            return Nmi;
        }

        if ((inService[0] & (1UL << ExtInt)) != 0)
        {
            return ExtInt;
        }

        return HighestBit(inService, 16);
    }

    /// <summary>Masked by tpr.mmi, by a vector of equal or higher priority in service, or (but
    /// ExtINT) by tpr.mic: priority class vector/16 at or below it.</summary>
    private static bool Masked(int vector, ReadOnlySpan<ulong> inService, ulong tpr)
    {
        if ((tpr & (1UL << 16)) != 0 || HigherInService(vector, inService))
        {
            return true;
        }

        return vector != ExtInt && (ulong)(vector >> 4) <= ((tpr >> 4) & 0xF);
    }

    /// <summary>NMI and ExtINT rank above every vectored interrupt.</summary>
    private static bool HigherInService(int vector, ReadOnlySpan<ulong> inService)
    {
        int rank = vector < 16 ? vector + 256 : vector;
        int highest = HighestInService(inService);
        if (highest < 0)
        {
            return false;
        }

        return (highest < 16 ? highest + 256 : highest) >= rank;
    }

    /// <summary>The highest set bit number at or above <paramref name="from"/> of a 256-bit
    /// vector set, or -1.</summary>
    private static int HighestBit(ReadOnlySpan<ulong> words, int from)
    {
        for (int w = 3; w >= 0; w--)
        {
            if (words[w] != 0)
            {
                int v = (w << 6) | (63 - System.Numerics.BitOperations.LeadingZeroCount(words[w]));
                return v >= from ? v : -1;
            }
        }

        return -1;
    }
}
