using PatchVmm.Ia64;

namespace PatchVmm.Benchmarks;

/// <summary>Bundle streams the benchmarks decode: random bits in non-reserved templates (every
/// decode path, many invalid slots) and a stream of valid instructions (the common case).</summary>
internal static class BenchmarkBundles
{
    public const int Count = 4096;

    public static Bundle[] Random(int seed)
    {
        var rng = new Random(seed);
        var codes = Enumerable.Range(0, 32).Where(c => !BundleTemplate.Get(c).IsReserved).ToArray();
        var bundles = new Bundle[Count];
        for (int i = 0; i < Count; i++)
        {
            ulong s0 = (ulong)rng.NextInt64() & Bundle.SlotMask, s1 = (ulong)rng.NextInt64() & Bundle.SlotMask, s2 = (ulong)rng.NextInt64() & Bundle.SlotMask;
            bundles[i] = Bundle.FromSlots(codes[rng.Next(codes.Length)], s0, s1, s2);
        }

        return bundles;
    }

    /// <summary>Random bundles whose slots all decode: each slot is re-drawn until it does.</summary>
    public static Bundle[] Valid(int seed)
    {
        var rng = new Random(seed);
        var codes = Enumerable.Range(0, 32).Where(c => !BundleTemplate.Get(c).IsReserved).ToArray();
        var bundles = new Bundle[Count];
        for (int i = 0; i < Count; i++)
        {
            var t = BundleTemplate.Get(codes[rng.Next(codes.Length)]);
            var slots = new ulong[3];
            for (int s = 0; s < 3; s++)
            {
                if (t.SlotUnit(s) == Unit.L)
                {
                    slots[s] = (ulong)rng.NextInt64() & Bundle.SlotMask;
                    continue;
                }

                Unit u = t.SlotUnit(s);
                int tries = 0;
                do
                {
                    slots[s] = (ulong)rng.NextInt64() & Bundle.SlotMask;
                }
                while (!Decoder.DecodeSlot(u, slots[s], slots[1], out _) && ++tries < 100_000);
            }

            bundles[i] = Bundle.FromSlots(t.Code, slots[0], slots[1], slots[2]);
        }

        return bundles;
    }
}
