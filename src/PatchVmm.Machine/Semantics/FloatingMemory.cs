namespace PatchVmm.Machine.Semantics;

/// <summary>Floating-point register loads, stores, spills, fills, setf and getf (M6–M12, M18, M19).</summary>
internal static unsafe class FloatingMemory
{
    public static void Register(InstructionSet.Builder set)
    {
        _ = set;
    }
}
