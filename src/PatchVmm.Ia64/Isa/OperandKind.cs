namespace PatchVmm.Ia64;

/// <summary>A named operand of the instruction table: where its bits are, what class of value
/// it is, and the modifiers that turn the raw field into the value (Isa/README.md).</summary>
public sealed class OperandKind
{
    internal OperandKind(string name, OperandClass cls, FieldSet fields, IReadOnlyList<(char Op, long N)> modifiers)
    {
        Name = name;
        Class = cls;
        Fields = fields;
        Modifiers = modifiers.ToArray();
    }

    public string Name { get; }

    public OperandClass Class { get; }

    public FieldSet Fields { get; }

    internal (char Op, long N)[] Modifiers { get; }

    public bool IsSigned => Class is OperandClass.SDec or OperandClass.SHex or OperandClass.Target;

    /// <summary>The raw field value turned into the operand's value. Returns false for raw
    /// values the class reserves (e.g. an undefined mux1 permutation).</summary>
    public bool TryDecode(ulong raw, out long value)
    {
        switch (Class)
        {
            case OperandClass.Inc3:
                // fetchadd inc3 (SDM Vol. 3 M17): s:i2b, i2b 0..3 = 16, 8, 4, 1.
                long mag = (raw & 3) switch { 0 => 16, 1 => 8, 2 => 4, _ => 1 };
                value = (raw & 4) != 0 ? -mag : mag;
                return true;
            case OperandClass.MbType:
                value = (long)raw;
                return MuxPermutation.Name(value) is not null;
        }

        long v = (long)raw;
        if (IsSigned)
        {
            int shift = 64 - Fields.Width;
            v = (v << shift) >> shift;
        }

        if (Class == OperandClass.Target)
        {
            v *= 16;
        }

        foreach (var (op, n) in Modifiers)
        {
            v = op switch
            {
                '+' => v + n,
                '*' => v * n,
                _ => n - v,
            };
        }

        value = v;
        return true;
    }

    /// <summary>The operand value turned back into its raw field value; false when the value
    /// cannot be encoded (out of range, not a multiple of the scale, reserved).</summary>
    public bool TryEncode(long value, out ulong raw)
    {
        raw = 0;
        switch (Class)
        {
            case OperandClass.Inc3:
                ulong i2b = Math.Abs(value) switch { 16 => 0, 8 => 1, 4 => 2, 1 => 3, _ => ulong.MaxValue };
                if (i2b == ulong.MaxValue)
                {
                    return false;
                }

                raw = (value < 0 ? 4UL : 0UL) | i2b;
                return true;
            case OperandClass.MbType:
                raw = (ulong)value;
                return MuxPermutation.Name(value) is not null;
        }

        long v = value;
        for (int i = Modifiers.Length - 1; i >= 0; i--)
        {
            var (op, n) = Modifiers[i];
            switch (op)
            {
                case '+':
                    v -= n;
                    break;
                case '*':
                    if (n == 0 || v % n != 0)
                    {
                        return false;
                    }

                    v /= n;
                    break;
                default:
                    v = n - v;
                    break;
            }
        }

        if (Class == OperandClass.Target)
        {
            if ((v & 15) != 0)
            {
                return false;
            }

            v >>= 4;
        }

        int w = Fields.Width;
        if (IsSigned)
        {
            long min = w >= 64 ? long.MinValue : -(1L << (w - 1));
            long max = w >= 64 ? long.MaxValue : (1L << (w - 1)) - 1;
            if (v < min || v > max)
            {
                return false;
            }

            raw = w >= 64 ? (ulong)v : (ulong)v & ((1UL << w) - 1);
            return true;
        }

        if (w >= 64)
        {
            raw = (ulong)v; // all 64 bits: every value, negative longs included, is a bit pattern
            return true;
        }

        if (v < 0 || (ulong)v >> w != 0)
        {
            return false;
        }

        raw = (ulong)v;
        return true;
    }

    public override string ToString() => $"{Name} {Class} {Fields}";
}
