namespace PatchVmm.Ia64;

/// <summary>A run of instruction bits, <c>Hi</c> down to <c>Lo</c>. Bits 0–40 are the slot;
/// for X-unit rows 41–81 are the L slot (slot 1 of the MLX bundle).</summary>
public readonly record struct BitField(int Hi, int Lo)
{
    public int Width => Hi - Lo + 1;

    /// <summary>The field's bits within the 41-bit slot (0 when the field lies in the L slot).</summary>
    public ulong SlotMask => Lo >= 41 ? 0 : (((1UL << Width) - 1) << Lo);

    /// <summary>The field's bits within the L slot.</summary>
    public ulong LMask => Lo >= 41 ? ((1UL << Width) - 1) << (Lo - 41) : 0;

    public ulong Read(ulong slot, ulong lslot) =>
        Lo >= 41 ? (lslot >> (Lo - 41)) & ((1UL << Width) - 1) : (slot >> Lo) & ((1UL << Width) - 1);

    public override string ToString() => Hi == Lo ? $"{Lo}" : $"{Hi}:{Lo}";
}
