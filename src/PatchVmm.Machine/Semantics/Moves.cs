namespace PatchVmm.Machine.Semantics;

/// <summary>Moves to and from predicates, branch registers, application registers, ip; movl (I21–I28, M29–M31, X2).</summary>
internal static unsafe class Moves
{
    public static void Register(InstructionSet.Builder set)
    {
        _ = set;
    }
}
