namespace PatchVmm.Ia64;

/// <summary>Bit fields concatenated most significant first into one raw value.</summary>
public sealed class FieldSet
{
    public FieldSet(IReadOnlyList<BitField> fields)
    {
        Fields = fields.ToArray();
        foreach (var f in Fields)
        {
            Width += f.Width;
            SlotMask |= f.SlotMask;
            LMask |= f.LMask;
        }
    }

    public BitField[] Fields { get; }

    public int Width { get; }

    public ulong SlotMask { get; }

    public ulong LMask { get; }

    public ulong Read(ulong slot, ulong lslot)
    {
        ulong v = 0;
        foreach (var f in Fields)
        {
            v = (v << f.Width) | f.Read(slot, lslot);
        }

        return v;
    }

    /// <summary>Scatters a raw value (already known to fit <see cref="Width"/>) into slot and L bits.</summary>
    public void Write(ulong raw, ref ulong slot, ref ulong lslot)
    {
        for (int i = Fields.Length - 1; i >= 0; i--)
        {
            var f = Fields[i];
            ulong part = raw & ((1UL << f.Width) - 1);
            raw >>= f.Width;
            if (f.Lo >= 41)
            {
                lslot |= part << (f.Lo - 41);
            }
            else
            {
                slot |= part << f.Lo;
            }
        }
    }

    public override string ToString() => string.Join(' ', Fields);
}
