namespace PatchVmm.Vmm;

/// <summary>The reserved and ignored fields of the control registers a <c>mov cr=</c> checks
/// (SDM Vol. 2 3.3.4–3.3.7, 5.8.3; bit positions as Ski checks them).</summary>
public static class ControlRegisterFields
{
    /// <summary>False when <paramref name="value"/> sets a reserved field of
    /// cr<paramref name="cr"/> (a Reserved Register/Field fault); otherwise the value as the
    /// register stores it (ignored bits cleared).</summary>
    public static bool TryNormalize(int cr, ref ulong value)
    {
        ulong v = value;
        switch (cr)
        {
            case ControlRegister.Dcr:
                // pp 0, be 1, lc 2, dm dp dk dx dr da dd 8-14; the rest reserved.
                if ((v & ~0x7F07UL) != 0)
                {
                    return false;
                }

                break;
            case ControlRegister.Iva:
                v &= ~0x7FFFUL; // 32 KiB aligned: bits 14:0 ignored
                break;
            case ControlRegister.Pta:
                // ve 0, size 7:2 (at least 15), vf 8, base 63:15; bit 1 and 14:9 reserved.
                if ((v & 2) != 0 || ((v >> 9) & 0x3F) != 0 || ((v >> 2) & 0x3F) < 15)
                {
                    return false;
                }

                break;
            case ControlRegister.Ipsr:
                if ((v & Psr.Reserved) != 0 || ((v >> Psr.Ri) & 3) == 3)
                {
                    return false;
                }

                break;
            case ControlRegister.Isr:
                // Bits 63:44 and 31:24 reserved, ei = 3 reserved.
                if ((v >> 44) != 0 || ((v >> 24) & 0xFF) != 0 || ((v >> 41) & 3) == 3)
                {
                    return false;
                }

                break;
            case ControlRegister.Ifs:
                if (!IsValidIfs(v))
                {
                    return false;
                }

                break;
            case ControlRegister.Iha:
                v &= ~3UL;
                break;
            case ControlRegister.Lid:
                // id 31:24, eid 23:16; 15:0 reserved; 63:32 ignored.
                if ((v & 0xFFFF) != 0)
                {
                    return false;
                }

                v &= 0xFFFF_FFFFUL;
                break;
            case ControlRegister.Tpr:
                // mic 7:4, mmi 16; 15:8 reserved.
                if (((v >> 8) & 0xFF) != 0)
                {
                    return false;
                }

                v &= 0x100F0;
                break;
            case ControlRegister.Eoi:
                v = 0;
                break;
            case ControlRegister.Itv or ControlRegister.Pmv or ControlRegister.Cmcv:
                // vector 7:0, m 16; 15:13 and 11:8 reserved; bit 12 reads 0.
                if (((v >> 13) & 7) != 0 || ((v >> 8) & 0xF) != 0)
                {
                    return false;
                }

                v &= 0x1FFFF & ~0x1000UL;
                break;
            case ControlRegister.Lrr0 or ControlRegister.Lrr1:
                // vector 7:0, dm 10:8 (1, 3, 6 reserved), ipp 13, tm 15, m 16; 14 and 11 reserved.
                ulong dm = (v >> 8) & 7;
                if (((v >> 14) & 1) != 0 || ((v >> 11) & 1) != 0 || dm is 1 or 3 or 6)
                {
                    return false;
                }

                v &= 0x1FFFF & ~0x1000UL;
                break;
        }

        value = v;
        return true;
    }

    /// <summary>cr.ifs: v 63, ifm 37:0; 62:38 reserved; a valid ifm must be a frame marker
    /// (sol ≤ sof ≤ 96, sor ≤ sof, rotating bases inside their regions).</summary>
    public static bool IsValidIfs(ulong v)
    {
        if (((v >> 38) & ((1UL << 25) - 1)) != 0)
        {
            return false;
        }

        if ((v >> 63) == 0)
        {
            return true;
        }

        int sof = (int)(v & 0x7F), sol = (int)((v >> 7) & 0x7F), sor = (int)((v >> 14) & 0xF) * 8;
        int rrbGr = (int)((v >> 18) & 0x7F), rrbFr = (int)((v >> 25) & 0x7F), rrbPr = (int)((v >> 32) & 0x3F);
        return sof <= 96 && sol <= sof && sor <= sof && (sor != 0 ? rrbGr < sor : rrbGr == 0) && rrbFr < 96 && rrbPr < 48;
    }
}
