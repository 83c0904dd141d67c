namespace PatchVmm.Machine.Semantics;

/// <summary>Integer compares, tbit, tnat, tf (A6–A8, I16, I17, I30).</summary>
internal static unsafe class Compares
{
    public static void Register(InstructionSet.Builder set)
    {
        _ = set;
    }
}
