namespace PatchVmm.Machine.Semantics;

/// <summary>The register stack engine (SDM Vol. 2 6): alloc, flushrs, loadrs, cover, and the spills and fills behind calls and returns.</summary>
internal static unsafe class RegisterStack
{
    public static void Register(InstructionSet.Builder set)
    {
        _ = set;
    }
}
