namespace PatchVmm.Machine.Semantics;

/// <summary>Control and data speculation: chk.s, chk.a, invala, the ALAT (SDM Vol. 1 4.4.4–4.4.5).</summary>
internal static unsafe class Speculation
{
    public static void Register(InstructionSet.Builder set)
    {
        _ = set;
    }
}
