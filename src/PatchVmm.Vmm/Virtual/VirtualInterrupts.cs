using PatchVmm.Machine;

namespace PatchVmm.Vmm;

/// <summary>The guest's view of its interrupt controller (SDM Vol. 2 5.8.3): the pending
/// vectors (cr.irr0–3), the vectors in service, and what reading cr.ivr and writing cr.eoi do
/// with them under cr.tpr. The priority and masking rules are the machine's own
/// (<see cref="InterruptRules"/>): NMI and ExtINT above the vectored interrupts, masking by
/// tpr.mmi, tpr.mic and by any vector of equal or higher priority in service.</summary>
public sealed class VirtualInterrupts
{
    /// <summary>The spurious vector cr.ivr reads when nothing can be taken.</summary>
    public const int Spurious = InterruptRules.Spurious;

    /// <summary>Pending vectors, bit v of word v / 64 (cr.irr0–3).</summary>
    public ulong[] Pending { get; } = new ulong[4];

    /// <summary>Vectors in service (acknowledged by a read of cr.ivr, not yet ended by a write
    /// of cr.eoi), bit v of word v / 64; not visible to the guest but through its masking.</summary>
    public ulong[] InServiceVectors { get; } = new ulong[4];

    /// <summary>Makes vector <paramref name="vector"/> pending: ExtINT (0), NMI (2) or 16–255;
    /// the others do not exist and are ignored, as the machine ignores them.</summary>
    public void Raise(int vector)
    {
        if (InterruptRules.IsVector(vector))
        {
            Pending[vector >> 6] |= 1UL << (vector & 63);
        }
    }

    /// <summary>Whether <paramref name="vector"/> is in service.</summary>
    public bool InService(int vector) => (InServiceVectors[vector >> 6] & (1UL << (vector & 63))) != 0;

    /// <summary>What cr.ivr holds now under cr.tpr <paramref name="tpr"/>: the highest-priority
    /// unmasked pending vector, or 15. Reading it this way acknowledges nothing.</summary>
    public int Highest(ulong tpr) => InterruptRules.Highest(Pending, InServiceVectors, tpr);

    /// <summary>A read of cr.ivr: the vector <see cref="Highest"/> names moves from pending to
    /// in service and is returned; 15 when there is none.</summary>
    public int Acknowledge(ulong tpr)
    {
        int v = Highest(tpr);
        if (v != Spurious)
        {
            Pending[v >> 6] &= ~(1UL << (v & 63));
            InServiceVectors[v >> 6] |= 1UL << (v & 63);
        }

        return v;
    }

    /// <summary>A write of cr.eoi: the highest-priority vector in service completes.</summary>
    public void EndOfInterrupt()
    {
        int v = InterruptRules.HighestInService(InServiceVectors);
        if (v >= 0)
        {
            InServiceVectors[v >> 6] &= ~(1UL << (v & 63));
        }
    }
}
