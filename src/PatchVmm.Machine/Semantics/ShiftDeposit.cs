namespace PatchVmm.Machine.Semantics;

/// <summary>I-unit shifts, shrp, extract, deposit, sign/zero extend, czx, popcnt, clz (I5–I15, I29).</summary>
internal static unsafe class ShiftDeposit
{
    public static void Register(InstructionSet.Builder set)
    {
        _ = set;
    }
}
