using System.Runtime.CompilerServices;

namespace PatchVmm.Machine.Execution;

/// <summary>The interpreter loop: fetch the pre-decoded bundle at ip from the
/// <see cref="CodeCache"/>, run its slots through their handlers, follow branches. Allocates
/// nothing per instruction.</summary>
internal sealed unsafe class Interpreter(Cpu cpu, CodeCache cache)
{
    /// <summary>Runs until the guest stops or <paramref name="limit"/> instructions have retired
    /// in total; returns why it stopped. <see cref="Cpu.Ip"/>/<see cref="Cpu.Slot"/> then name the
    /// instruction that stopped it (the next one to run, for the limit).</summary>
    [SkipLocalsInit]
    public StopKind Run(long limit)
    {
        Cpu c = cpu;
        c.StopKind = StopKind.None;
        ulong pageBase = ulong.MaxValue;
        DecodedBundle[]? page = null;
        while (true)
        {
            ulong ip = c.Ip;
            if ((ip & ~0xFFFUL) != pageBase)
            {
                page = cache.Page(ip);
                if (page is null)
                {
                    c.Raise(Interruption.NonexistentMemory, ip);
                    return StopKind.Interruption;
                }

                pageBase = ip & ~0xFFFUL;
            }

            ref DecodedBundle bundle = ref page![(int)((ip >> 4) & (CodeCache.BundlesPerPage - 1))];
            if (bundle.End == 0)
            {
                cache.Decode(ref bundle, ip);
            }

            int slot = c.Slot;
            int end = bundle.End;
            for (; slot < end; slot++)
            {
                if (c.Retired >= limit)
                {
                    c.Slot = slot;
                    return StopKind.InstructionLimit;
                }

                ref MicroOp op = ref bundle.Op(slot);
                c.Retired++;
                if (((c.Pr >> op.Qp) & 1) == 0)
                {
                    continue;
                }

                if (op.MaxGr >= c.GrEnd)
                {
                    // A stacked register outside the current frame (SDM Vol. 1 4.1.2).
                    c.Raise(Interruption.IllegalOperation);
                    c.Slot = slot;
                    return StopKind.Interruption;
                }

                int flow = op.Handler(c, ref op);
                if (flow != Flow.Next)
                {
                    if (flow == Flow.Branch)
                    {
                        goto Taken;
                    }

                    c.Slot = slot;
                    return c.StopKind;
                }
            }

            c.Ip = ip + 16;
            c.Slot = 0;
            continue;

        Taken:
            c.Ip = c.NextIp;
            c.Slot = c.NextSlot;
        }
    }
}
