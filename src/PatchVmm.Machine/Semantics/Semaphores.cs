namespace PatchVmm.Machine.Semantics;

/// <summary>Semaphores: cmpxchg, xchg, fetchadd (M16, M17).</summary>
internal static unsafe class Semaphores
{
    public static void Register(InstructionSet.Builder set)
    {
        _ = set;
    }
}
