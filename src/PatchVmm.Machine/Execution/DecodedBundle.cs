using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace PatchVmm.Machine.Execution;

/// <summary>A bundle's three pre-decoded slots. For MLX the X instruction sits in slot 1 and
/// <see cref="End"/> is 2 (as on hardware and in Ski, the L+X instruction is slot 1).</summary>
internal struct DecodedBundle
{
    public MicroOp Slot0;
    public MicroOp Slot1;
    public MicroOp Slot2;

    /// <summary>One past the last executable slot: 3, or 2 for MLX; 0 = not decoded yet.</summary>
    public int End;

    [UnscopedRef]
    public ref MicroOp Op(int slot) => ref Unsafe.Add(ref Slot0, slot);
}
