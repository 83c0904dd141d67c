namespace PatchVmm.Machine.Semantics;

/// <summary>Branches (B1–B9): cond, call, ret, ia, cloop, ctop/cexit, wtop/wexit, and clrrrb.</summary>
internal static unsafe class Branches
{
    public static void Register(InstructionSet.Builder set)
    {
        _ = set;
    }
}
