namespace PatchVmm.Ia64.Tests;

public sealed class BundleTests
{
    /// <summary>The template table of SDM Vol. 3 Table 4-11 (DESIGN.md §4).</summary>
    [Theory]
    [InlineData(0x00, "MII", -1)]
    [InlineData(0x01, "MII", 2)]
    [InlineData(0x02, "MII", 1)]
    [InlineData(0x04, "MLX", -1)]
    [InlineData(0x0A, "MMI", 0)]
    [InlineData(0x0C, "MFI", -1)]
    [InlineData(0x0E, "MMF", -1)]
    [InlineData(0x10, "MIB", -1)]
    [InlineData(0x12, "MBB", -1)]
    [InlineData(0x16, "BBB", -1)]
    [InlineData(0x18, "MMB", -1)]
    [InlineData(0x1D, "MFB", 2)]
    public void Templates_have_the_architected_units_and_stops(int code, string name, int stopAfter)
    {
        var t = BundleTemplate.Get(code);
        Assert.False(t.IsReserved);
        Assert.Equal(name, t.Name);
        for (int s = 0; s < 3; s++)
        {
            bool expected = s == stopAfter || (code == 0x03 && s is 1 or 2) || (code == 0x0B && s is 0 or 2);
            Assert.Equal(expected, t.StopAfter(s));
        }
    }

    [Theory]
    [InlineData(0x06)]
    [InlineData(0x07)]
    [InlineData(0x14)]
    [InlineData(0x15)]
    [InlineData(0x1A)]
    [InlineData(0x1B)]
    [InlineData(0x1E)]
    [InlineData(0x1F)]
    public void Eight_templates_are_reserved(int code) => Assert.True(BundleTemplate.Get(code).IsReserved);

    [Fact]
    public void Slots_read_and_replace_without_touching_their_neighbours()
    {
        var rng = new Random(7);
        var bytes = new byte[16];
        for (int n = 0; n < 1000; n++)
        {
            ulong s0 = (ulong)rng.NextInt64() & Bundle.SlotMask, s1 = (ulong)rng.NextInt64() & Bundle.SlotMask, s2 = (ulong)rng.NextInt64() & Bundle.SlotMask;
            var b = Bundle.FromSlots(n & 31, s0, s1, s2);
            Assert.Equal((n & 31, s0, s1, s2), (b.TemplateCode, b.GetSlot(0), b.GetSlot(1), b.GetSlot(2)));
            ulong r = (ulong)rng.NextInt64() & Bundle.SlotMask;
            int slot = n % 3;
            var c = b.WithSlot(slot, r);
            for (int i = 0; i < 3; i++)
            {
                Assert.Equal(i == slot ? r : b.GetSlot(i), c.GetSlot(i));
            }

            c.Write(bytes);
            Assert.Equal(c, Bundle.Read(bytes));
        }
    }

    [Fact]
    public void Slot_values_wider_than_41_bits_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Bundle.FromSlots(0, 1UL << 41, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => BundleTemplate.Get(32));
    }
}
