using System.Buffers.Binary;

namespace PatchVmm.Ia64;

/// <summary>A 128-bit instruction bundle: template in bits 0–4, slot 0 in 5–45, slot 1 in
/// 46–86, slot 2 in 87–127 (SDM Vol. 3 §4.1), stored little-endian in memory.</summary>
public readonly struct Bundle : IEquatable<Bundle>
{
    public const int Size = 16;
    public const ulong SlotMask = (1UL << 41) - 1;

    public Bundle(ulong lo, ulong hi)
    {
        Lo = lo;
        Hi = hi;
    }

    /// <summary>Bits 0–63.</summary>
    public ulong Lo { get; }

    /// <summary>Bits 64–127.</summary>
    public ulong Hi { get; }

    public int TemplateCode => (int)(Lo & 0x1F);

    public BundleTemplate Template => BundleTemplate.Get(TemplateCode);

    public ulong Slot0 => (Lo >> 5) & SlotMask;

    public ulong Slot1 => ((Lo >> 46) | (Hi << 18)) & SlotMask;

    public ulong Slot2 => Hi >> 23;

    public static Bundle Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < Size)
        {
            throw new ArgumentException($"a bundle is {Size} bytes; {bytes.Length} given", nameof(bytes));
        }

        return new Bundle(BinaryPrimitives.ReadUInt64LittleEndian(bytes), BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]));
    }

    public void Write(Span<byte> destination)
    {
        if (destination.Length < Size)
        {
            throw new ArgumentException($"a bundle is {Size} bytes; {destination.Length} given", nameof(destination));
        }

        BinaryPrimitives.WriteUInt64LittleEndian(destination, Lo);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[8..], Hi);
    }

    /// <summary>Assembles a bundle from a template code and three 41-bit slots, unchecked
    /// against the template's units (see <see cref="Encoding.BundleEncoder"/> for the checked form).</summary>
    public static Bundle FromSlots(int templateCode, ulong slot0, ulong slot1, ulong slot2)
    {
        if ((uint)templateCode > 31)
        {
            throw new ArgumentOutOfRangeException(nameof(templateCode), templateCode, "a template code is 5 bits (0..31)");
        }

        CheckSlot(slot0, nameof(slot0));
        CheckSlot(slot1, nameof(slot1));
        CheckSlot(slot2, nameof(slot2));
        ulong lo = (uint)templateCode | (slot0 << 5) | (slot1 << 46);
        ulong hi = (slot1 >> 18) | (slot2 << 23);
        return new Bundle(lo, hi);
    }

    public ulong GetSlot(int slot) => slot switch
    {
        0 => Slot0,
        1 => Slot1,
        2 => Slot2,
        _ => throw new ArgumentOutOfRangeException(nameof(slot), slot, "a bundle has slots 0, 1 and 2"),
    };

    /// <summary>This bundle with one slot replaced (read–modify–write of 41 bits).</summary>
    public Bundle WithSlot(int slot, ulong bits) => slot switch
    {
        0 => FromSlots(TemplateCode, bits, Slot1, Slot2),
        1 => FromSlots(TemplateCode, Slot0, bits, Slot2),
        2 => FromSlots(TemplateCode, Slot0, Slot1, bits),
        _ => throw new ArgumentOutOfRangeException(nameof(slot), slot, "a bundle has slots 0, 1 and 2"),
    };

    public bool Equals(Bundle other) => Lo == other.Lo && Hi == other.Hi;

    public override bool Equals(object? obj) => obj is Bundle b && Equals(b);

    public override int GetHashCode() => HashCode.Combine(Lo, Hi);

    public static bool operator ==(Bundle a, Bundle b) => a.Equals(b);

    public static bool operator !=(Bundle a, Bundle b) => !a.Equals(b);

    public override string ToString() => $"{Hi:x16}{Lo:x16}";

    private static void CheckSlot(ulong bits, string name)
    {
        if (bits > SlotMask)
        {
            throw new ArgumentOutOfRangeException(name, bits, "a slot is 41 bits");
        }
    }
}
