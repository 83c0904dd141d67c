namespace PatchVmm.Machine;

/// <summary>Conversions between the memory formats of floating-point values and the 82-bit
/// register format (SDM Vol. 1 5.1, Figures 5-4 to 5-9): sign, 17-bit exponent with bias
/// 0xFFFF, 64-bit significand with an explicit integer bit. In the register format the sign
/// is bit 17 of the sign/exponent word (<see cref="Cpu.FrSignExponent"/>).</summary>
internal static class FloatingPointFormats
{
    public const uint MaxExponent = 0x1FFFF;
    public const uint IntegerExponent = 0x1003E;
    private const ulong IntegerBit = 1UL << 63;

    /// <summary>Single (ldfs, setf.s): normal numbers rebiased, denormals kept unnormalized
    /// with exponent 0xFF81, infinities and NaNs at exponent 0x1FFFF.</summary>
    public static (ulong Significand, uint SignExponent) FromSingle(uint bits)
    {
        uint sign = bits >> 31, e = (bits >> 23) & 0xFF;
        ulong fraction = (ulong)(bits & 0x7F_FFFF) << 40;
        return e switch
        {
            0xFF => (IntegerBit | fraction, (sign << 17) | MaxExponent),
            0 when fraction == 0 => (0, sign << 17),
            0 => (fraction, (sign << 17) | (0xFFFF - 126)),
            _ => (IntegerBit | fraction, (sign << 17) | (e + 0xFFFF - 127)),
        };
    }

    /// <summary>Double (ldfd, setf.d), as <see cref="FromSingle"/> with exponent 0xFC01 for denormals.</summary>
    public static (ulong Significand, uint SignExponent) FromDouble(ulong bits)
    {
        uint sign = (uint)(bits >> 63), e = (uint)((bits >> 52) & 0x7FF);
        ulong fraction = (bits & ((1UL << 52) - 1)) << 11;
        return e switch
        {
            0x7FF => (IntegerBit | fraction, (sign << 17) | MaxExponent),
            0 when fraction == 0 => (0, sign << 17),
            0 => (fraction, (sign << 17) | (0xFFFF - 1022)),
            _ => (IntegerBit | fraction, (sign << 17) | (e + 0xFFFF - 1023)),
        };
    }

    /// <summary>Double-extended (ldfe): 64-bit significand, 15-bit exponent (bias 0x3FFF) and sign.</summary>
    public static (ulong Significand, uint SignExponent) FromExtended(ulong significand, ushort signExponent)
    {
        uint sign = (uint)signExponent >> 15, e = (uint)signExponent & 0x7FFF;
        uint exponent = e switch
        {
            0x7FFF => MaxExponent,
            0 => 0,
            _ => e + 0xFFFF - 0x3FFF,
        };
        return (significand, (sign << 17) | exponent);
    }

    /// <summary>Register to single (stfs, getf.s; SDM Vol. 1 5.2, as Ski): sign; the
    /// exponent's bit 16 and bits 6:0 when the integer bit is 1, else 0; significand bits
    /// 62:40. Values the format cannot hold come out with those bits, unrounded.</summary>
    public static uint ToSingle(ulong significand, uint signExponent)
    {
        uint sign = (signExponent >> 17) & 1;
        uint exponent = (significand & IntegerBit) == 0 ? 0 : (((signExponent >> 16) & 1) << 7) | (signExponent & 0x7F);
        uint fraction = (uint)(significand >> 40) & 0x7F_FFFF;
        return (sign << 31) | (exponent << 23) | fraction;
    }

    /// <summary>Register to double (stfd, getf.d): as <see cref="ToSingle"/> with exponent bit
    /// 16 and bits 9:0, significand bits 62:11.</summary>
    public static ulong ToDouble(ulong significand, uint signExponent)
    {
        ulong sign = (signExponent >> 17) & 1;
        ulong exponent = (significand & IntegerBit) == 0 ? 0 : (((ulong)(signExponent >> 16) & 1) << 10) | (signExponent & 0x3FF);
        ulong fraction = (significand >> 11) & ((1UL << 52) - 1);
        return (sign << 63) | (exponent << 52) | fraction;
    }

    /// <summary>The sign and exponent halfword of double-extended (stfe): sign, exponent bit 16
    /// and bits 13:0, whatever the integer bit (the 64-bit significand is stored as it is).</summary>
    public static ushort ToExtendedExponent(uint signExponent)
    {
        uint sign = (signExponent >> 17) & 1;
        uint exponent = (((signExponent >> 16) & 1) << 14) | (signExponent & 0x3FFF);
        return (ushort)((sign << 15) | exponent);
    }
}
