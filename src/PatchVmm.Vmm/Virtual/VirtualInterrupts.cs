namespace PatchVmm.Vmm;

/// <summary>The guest's view of its interrupt controller (SDM Vol. 2 5.8.3): the pending
/// vectors (cr.irr0–3), the vectors in service, and the masking by cr.tpr that reading cr.ivr
/// and writing cr.eoi act on.</summary>
public sealed class VirtualInterrupts
{
    /// <summary>The spurious vector cr.ivr reads when nothing can be taken.</summary>
    public const int Spurious = 15;

    private readonly ulong[] _inService = new ulong[4];

    /// <summary>Pending vectors, bit v of word v / 64 (cr.irr0–3).</summary>
    public ulong[] Pending { get; } = new ulong[4];

    /// <summary>Makes vector <paramref name="vector"/> pending.</summary>
    public void Raise(int vector) => Pending[vector >> 6] |= 1UL << (vector & 63);

    /// <summary>Whether <paramref name="vector"/> is in service.</summary>
    public bool InService(int vector) => (_inService[vector >> 6] & (1UL << (vector & 63))) != 0;

    /// <summary>A read of cr.ivr: the highest pending vector above both the highest in-service
    /// priority class and cr.tpr's mask moves to in service and is returned; otherwise 15.</summary>
    public int Acknowledge(ulong tpr)
    {
        int pending = Highest(Pending);
        if (pending < 16 || (tpr & (1UL << 16)) != 0 || (pending >> 4) <= (int)((tpr >> 4) & 0xF))
        {
            return Spurious;
        }

        int service = Highest(_inService);
        if (service >= 0 && (pending >> 4) <= (service >> 4))
        {
            return Spurious;
        }

        Pending[pending >> 6] &= ~(1UL << (pending & 63));
        _inService[pending >> 6] |= 1UL << (pending & 63);
        return pending;
    }

    /// <summary>A write of cr.eoi: the highest vector in service completes.</summary>
    public void EndOfInterrupt()
    {
        int v = Highest(_inService);
        if (v >= 0)
        {
            _inService[v >> 6] &= ~(1UL << (v & 63));
        }
    }

    private static int Highest(ulong[] words)
    {
        for (int w = 3; w >= 0; w--)
        {
            if (words[w] != 0)
            {
                return (w * 64) + 63 - System.Numerics.BitOperations.LeadingZeroCount(words[w]);
            }
        }

        return -1;
    }
}
