namespace PatchVmm.Machine;

/// <summary>Debug and performance-monitor registers (SDM Vol. 2 Part I 7.1–7.2): 8 data and 8
/// instruction breakpoint pairs (DBR/IBR n even: the address, n+1: mask 55:0, plm 59:56 and
/// the r/w or x enables) and 64 PMC/PMD pairs, which this machine keeps but does not count
/// with. Breakpoints fire when psr.db is 1 and the reference's privilege is in plm:
/// data breakpoints on a matching read or write (unless psr.dd), instruction breakpoints on
/// entering a matching bundle (unless psr.id). Counts as Ski's (16 DBRs, 16 IBRs, 64 PMCs and PMDs).</summary>
public sealed partial class Cpu
{
    public const int DebugRegisters = 16, PerformanceRegisters = 64;

    internal readonly ulong[] Dbr = new ulong[DebugRegisters];
    internal readonly ulong[] Ibr = new ulong[DebugRegisters];
    internal readonly ulong[] Pmc = new ulong[PerformanceRegisters];
    internal readonly ulong[] Pmd = new ulong[PerformanceRegisters];

    /// <summary>A DBR pair with its r or w enable (bits 63:62) set.</summary>
    internal bool DataBreakpointsEnabled => AnyPairEnabled(Dbr, 62);

    /// <summary>An IBR pair with its x enable (bit 63) set.</summary>
    internal bool InstructionBreakpointsEnabled => AnyPairEnabled(Ibr, 63);

    /// <summary>An odd register of the file (a pair's mask half) with a bit at or above
    /// <paramref name="enableShift"/> set.</summary>
    private static bool AnyPairEnabled(ulong[] file, int enableShift)
    {
        for (int i = 1; i < file.Length; i += 2)
        {
            if ((file[i] >> enableShift) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a data breakpoint matches a reference of <paramref name="size"/> bytes
    /// at <paramref name="va"/> made at privilege <paramref name="pl"/> (Ski's search_DBR: bits
    /// 63:56 always compare, the mask selects among 55:0, the access's own size is masked out —
    /// twice it when misaligned).</summary>
    internal bool DataBreakpointHit(ulong va, int size, Access access, int pl)
    {
        bool read = (access & Access.Read) != 0, write = (access & Access.Write) != 0;
        for (int i = 0; i < DebugRegisters; i += 2)
        {
            ulong control = Dbr[i + 1];
            bool r = (control >> 63) != 0, w = ((control >> 62) & 1) != 0;
            if ((!r && !w) || ((control >> 56) & (1UL << pl) & 0xF) == 0)
            {
                continue;
            }

            ulong mask = (~0UL << 56) | (control & ((1UL << 56) - 1));
            mask &= (va & (ulong)(size - 1)) != 0 ? ~(ulong)((2 * size) - 1) : ~(ulong)(size - 1);
            if (((r && read) || (w && write)) && (Dbr[i] & mask) == (va & mask))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Raises an Instruction Debug fault when an instruction breakpoint matches the
    /// bundle being entered (psr.db set, psr.id clear, cpl in plm); true when it did.</summary>
    internal bool InstructionBreakpointHit(ulong ip)
    {
        if (!PsrBit(PsrDb) || PsrBit(PsrId) || BundleEntryRetired != Retired)
        {
            return false;
        }

        for (int i = 0; i < DebugRegisters; i += 2)
        {
            ulong control = Ibr[i + 1];
            if ((control >> 63) == 0 || ((control >> 56) & (1UL << Cpl) & 0xF) == 0)
            {
                continue;
            }

            ulong mask = ((~0UL << 56) | (control & ((1UL << 56) - 1))) & ~0xFUL;
            if ((Ibr[i] & mask) == (ip & mask))
            {
                RaiseTranslation(Interruption.InstructionDebug, ip, Access.Execute, ItirOf(ip), null);
                return true;
            }
        }

        return false;
    }

    /// <summary>After an instruction completes (but rfi), psr.ia, id, da, dd and ed go back to 0
    /// (SDM Vol. 2 3.3.2: they disable a check for one instruction).</summary>
    internal void ClearOneInstructionDisables()
    {
        if ((Psr & OneInstructionDisables) != 0)
        {
            WritePsr(Psr & ~OneInstructionDisables);
        }
    }
}
