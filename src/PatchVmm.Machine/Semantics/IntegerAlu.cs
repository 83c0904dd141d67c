namespace PatchVmm.Machine.Semantics;

/// <summary>A-type integer ALU (A1–A5): add, sub, addp4, and, andcm, or, xor, shladd, adds, addl.</summary>
internal static unsafe class IntegerAlu
{
    public static void Register(InstructionSet.Builder set)
    {
        _ = set;
    }
}
