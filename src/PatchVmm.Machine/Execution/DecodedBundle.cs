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

    /// <summary>One past the last executable slot: 3, or 2 for MLX.</summary>
    public int End;

    /// <summary>The <see cref="Cpu.CodeStamp"/> the bundle was decoded under; any other value
    /// (0 after a store into it) means it must be decoded again.</summary>
    public int Stamp;

    [UnscopedRef]
    public ref MicroOp Op(int slot) => ref Unsafe.Add(ref Slot0, slot);
}
