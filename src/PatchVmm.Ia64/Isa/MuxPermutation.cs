namespace PatchVmm.Ia64;

/// <summary>The mux1 permutations (SDM Vol. 3, mux instruction, mbtype4 field): the one
/// place decoding, encoding, formatting and parsing learn which values exist.</summary>
internal static class MuxPermutation
{
    // Indexed by the 4-bit mbtype field; null = reserved.
    private static readonly string?[] Names =
        ["@brcst", null, null, null, null, null, null, null, "@mix", "@shuf", "@alt", "@rev", null, null, null, null];

    public static int Count => Names.Length;

    /// <summary>The permutation's name, or null when <paramref name="mbtype"/> is reserved.</summary>
    public static string? Name(long mbtype) => (ulong)mbtype < (ulong)Names.Length ? Names[mbtype] : null;
}
