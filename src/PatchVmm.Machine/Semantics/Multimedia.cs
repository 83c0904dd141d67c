namespace PatchVmm.Machine.Semantics;

/// <summary>Parallel (multimedia) arithmetic, compares, shifts, multiplies, pack/unpack/mix/mux (A9, A10, I1–I4, I7, I8).</summary>
internal static unsafe class Multimedia
{
    public static void Register(InstructionSet.Builder set)
    {
        _ = set;
    }
}
