namespace PatchVmm.Machine.Semantics;

/// <summary>Integer loads and stores of every size and completer, ld8.fill/st8.spill, lfetch (M1–M6, M13–M15).</summary>
internal static unsafe class MemoryAccess
{
    public static void Register(InstructionSet.Builder set)
    {
        _ = set;
    }
}
