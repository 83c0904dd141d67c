namespace PatchVmm.Machine;

/// <summary>Which control registers exist and what a write may put in them (SDM Vol. 2 3.3,
/// Table 3-3 and each register's figure; the reserved-field tests are Ski's
/// reservedCrField, which follow the SDM's figures).</summary>
public static class ControlRegisterRules
{
    /// <summary>False for the reserved CR numbers: 3–7, 10–15, 18, 26–63, 75–79, 82–127.</summary>
    public static bool Exists(int cr) => cr switch
    {
        >= 3 and <= 7 or >= 10 and <= 15 or 18 or >= 26 and <= 63 or >= 75 and <= 79 or >= 82 => false,
        _ => true,
    };

    /// <summary>cr.ivr and cr.irr0–3 cannot be written (Illegal Operation).</summary>
    public static bool IsReadOnly(int cr) => cr == ControlRegisters.Ivr || (cr >= ControlRegisters.Irr0 && cr < ControlRegisters.Irr0 + 4);

    /// <summary>cr16–cr25 (ipsr … iha): not accessible while psr.ic is 1.</summary>
    public static bool IsInterruptionRegister(int cr) => cr >= ControlRegisters.Ipsr && cr <= ControlRegisters.Iha;

    /// <summary>The value a write of <paramref name="value"/> stores (ignored fields dropped),
    /// or null when it sets a reserved field.</summary>
    public static ulong? Normalize(int cr, ulong value)
    {
        switch (cr)
        {
            case ControlRegisters.Dcr:
                // pp, be, lc (2:0) and the deferral bits dm … dd (14:8).
                return (value & ~0x7F07UL) != 0 ? null : value;
            case ControlRegisters.Iva:
                return value & ~0x7FFFUL;
            case ControlRegisters.Pta:
                // ve (0), size (7:2) at least 15, vf (8), base (63:15); 1 and 14:9 reserved.
                return (value & 0x7E02UL) != 0 || ((value >> 2) & 0x3F) < 15 ? null : value;
            case ControlRegisters.Ipsr:
                // 63:46, 31:28, 16 and 12:6 reserved; ri 3 is no slot.
                return (value >> 46) != 0 || ((value >> 41) & 3) == 3
                    || (value & (0xF000_0000UL | (1UL << 16) | 0x1FC0UL)) != 0 ? null : value;
            case ControlRegisters.Isr:
                return (value >> 44) != 0 || ((value >> 41) & 3) == 3 || (value & 0xFF00_0000UL) != 0 ? null : value;
            case ControlRegisters.Ifs:
                return ReservedFrameMarker(value) ? null : value;
            case ControlRegisters.Iha:
                return value & ~3UL;
            case ControlRegisters.Lid:
                // id (31:24), eid (23:16); 15:0 reserved, 63:32 ignored.
                return (value & 0xFFFF) != 0 ? null : value & 0xFFFF_FFFFUL;
            case ControlRegisters.Tpr:
                // mic (7:4), mmi (16); 15:8 reserved, the rest ignored.
                return (value & 0xFF00) != 0 ? null : value & 0x100F0;
            case ControlRegisters.Eoi:
                return 0;
            case ControlRegisters.Itv or ControlRegisters.Pmv or ControlRegisters.Cmcv:
                // vector (7:0), m (16); 11:8 and 15:13 reserved, 12 and 63:17 ignored.
                return (value & 0xEF00) != 0 ? null : value & 0x1_FFFF & ~0x1000UL;
            case ControlRegisters.Lrr0 or ControlRegisters.Lrr1:
                // vector (7:0), dm (10:8: 1, 3 and 6 reserved), ipp (13), tm (15), m (16); 11 and 14 reserved.
                ulong dm = (value >> 8) & 7;
                return (value & ((1UL << 14) | (1UL << 11))) != 0 || dm is 1 or 3 or 6 ? null : value & 0x1_FFFF & ~0x1000UL;
            default:
                return value;
        }
    }

    /// <summary>IFS: bits 62:38 reserved; when v (63) is set, the frame marker must be one:
    /// sof ≤ 96, sol ≤ sof, sor ≤ sof, rrb.gr &lt; sor (or 0), rrb.fr &lt; 96, rrb.pr &lt; 48.</summary>
    public static bool ReservedFrameMarker(ulong ifs)
    {
        if ((ifs & 0x7FFF_FFC0_0000_0000UL) != 0)
        {
            return true;
        }

        if ((ifs >> 63) == 0)
        {
            return false;
        }

        int sof = (int)(ifs & 0x7F), sol = (int)((ifs >> 7) & 0x7F), sor = (int)((ifs >> 14) & 0xF) * 8;
        int rrbGr = (int)((ifs >> 18) & 0x7F), rrbFr = (int)((ifs >> 25) & 0x7F), rrbPr = (int)((ifs >> 32) & 0x3F);
        return sof > 96 || sol > sof || sor > sof || (sor != 0 ? rrbGr >= sor : rrbGr != 0) || rrbFr >= 96 || rrbPr >= 48;
    }
}
