using System.Runtime.CompilerServices;

namespace PatchVmm.Machine.Execution;

/// <summary>The interpreter loop: translate ip to its physical page (once per page, not per
/// bundle), fetch the pre-decoded bundle from the <see cref="CodeCache"/>, run its slots
/// through their handlers, follow branches, deliver interruptions. Before each instruction
/// it compares the retired count with <see cref="Cpu.EventAt"/>; everything that is not the
/// plain execution of an instruction — the instruction limit, timer matches, external
/// interrupts, single-instruction modes — happens in <see cref="Boundary"/>, off the fast
/// path (Cpu.Events.cs). Allocates nothing per instruction.</summary>
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
        c.RunLimit = limit;
        c.ScheduleCheck();
        ulong pageBase = ulong.MaxValue, physicalBase = 0;
        DecodedBundle[]? page = null;
        while (true)
        {
            ulong ip = c.Ip;
            if ((ip & ~0xFFFUL) != pageBase)
            {
                page = FetchPage(c, ip, out physicalBase);
                if (page is null)
                {
                    goto Fault;
                }

                pageBase = ip & ~0xFFFUL;
            }

            ref DecodedBundle bundle = ref page![(int)((ip >> 4) & (CodeCache.BundlesPerPage - 1))];
            if (bundle.Stamp != c.CodeStamp)
            {
                cache.Decode(ref bundle, physicalBase | (ip & 0xFF0), c);
            }

            int slot = c.Slot;
            int end = bundle.End;
            for (; slot < end; slot++)
            {
                if (c.Retired >= c.EventAt)
                {
                    c.Slot = slot;
                    goto Boundary;
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
                    goto Fault;
                }

                int flow = op.Handler(c, ref op);
                if (flow != Flow.Next)
                {
                    if (flow == Flow.Branch)
                    {
                        goto Taken;
                    }

                    if (flow == Flow.Trap)
                    {
                        c.SetTrapSlot(end == 2 && slot == 1 ? 2 : slot);
                        c.EnterBundle(ip, c.NextIp, c.NextSlot);
                    }
                    else
                    {
                        c.Slot = slot;
                    }

                    goto Fault;
                }
            }

            c.EnterBundle(ip, ip + 16, 0);
            continue;

        Taken:
            c.EnterBundle(ip, c.NextIp, c.NextSlot);
            continue;

        Fault:
            pageBase = ulong.MaxValue;
            if (!c.TakeInterruption())
            {
                return c.StopKind;
            }

            continue;

        Boundary:
            pageBase = ulong.MaxValue;
            if (!Boundary(c))
            {
                return c.StopKind;
            }
        }
    }

    /// <summary>The decoded page for ip, translating it; null when the fetch faulted (the
    /// interruption is pending) or the page is outside guest memory (the stop is set).</summary>
    private DecodedBundle[]? FetchPage(Cpu c, ulong ip, out ulong physicalBase)
    {
        if (!c.TranslateFetch(ip, out ulong physical))
        {
            // An instruction whose fetch faults counts as one that faulted (as on Ski, whose
            // step counts it; cr.iipa's bookkeeping then finds the one before it).
            c.Retired++;
            physicalBase = 0;
            return null;
        }

        physicalBase = physical & ~0xFFFUL;
        var page = cache.Page(physical);
        if (page is null)
        {
            c.Stop(Interruption.NonexistentMemory, physical);
        }

        return page;
    }

    /// <summary>The boundary step before the instruction at Ip/Slot: the limit, the timer, an
    /// external interrupt, then — in the single-instruction modes — that one instruction with
    /// its traps. Returns false when the run ends.</summary>
    private bool Boundary(Cpu c)
    {
        if (c.Retired >= c.RunLimit)
        {
            c.StopKind = StopKind.InstructionLimit;
            return false;
        }

        if (c.Cfle && !c.CompleteMandatoryLoads())
        {
            // Counted as a faulting fetch is (FetchPage): Ski counts the attempt.
            c.Retired++;
            return c.TakeInterruption();
        }

        if (c.Retired >= c.TimerAt)
        {
            c.TimerMatch();
        }

        if (c.InterruptDeliverable)
        {
            c.Raise(Interruption.ExternalInterrupt);
            return c.TakeInterruption();
        }

        if (c.StepMode)
        {
            return StepOne(c);
        }

        c.ScheduleNextEvent();
        return true;
    }

    /// <summary>Runs the one instruction at Ip/Slot with everything the fast loop leaves out
    /// (Ski's iCycleSys): instruction breakpoints before it; after it, unless it faulted, the
    /// one-instruction disables (psr.ia/id/da/dd/ed) are cleared — but by rfi, which installs
    /// them — and a Taken Branch or Single Step trap is raised when psr.tb/psr.ss ask for one.
    /// The next instruction comes back here while the mode lasts.</summary>
    private bool StepOne(Cpu c)
    {
        ulong ip = c.Ip;
        int slot = c.Slot;
        var page = FetchPage(c, ip, out ulong physicalBase);
        if (page is null)
        {
            return c.TakeInterruption();
        }

        ref DecodedBundle bundle = ref page[(int)((ip >> 4) & (CodeCache.BundlesPerPage - 1))];
        if (bundle.Stamp != c.CodeStamp)
        {
            cache.Decode(ref bundle, physicalBase | (ip & 0xFF0), c);
        }

        if (slot >= bundle.End)
        {
            c.EnterBundle(ip, ip + 16, 0);
            return true;
        }

        if (c.InstructionBreakpointHit(ip))
        {
            c.Retired++; // a fetch fault, counted as in FetchPage
            return c.TakeInterruption();
        }

        bool singleStep = c.PsrBit(Cpu.PsrSs);
        int eiSlot = bundle.End == 2 && slot == 1 ? 2 : slot;
        ref MicroOp op = ref bundle.Op(slot);
        c.Retired++;
        int flow = Flow.Next;
        if (((c.Pr >> op.Qp) & 1) != 0)
        {
            if (op.MaxGr >= c.GrEnd)
            {
                c.Raise(Interruption.IllegalOperation);
                flow = Flow.Stop;
            }
            else
            {
                flow = op.Handler(c, ref op);
            }
        }

        switch (flow)
        {
            case Flow.Stop:
                return c.TakeInterruption();
            case Flow.Trap:
                c.ClearOneInstructionDisables();
                c.SetTrapSlot(eiSlot);
                c.EnterBundle(ip, c.NextIp, c.NextSlot);
                return c.TakeInterruption();
        }

        bool rfi = c.RfiRetired == c.Retired && flow == Flow.Branch;
        if (!rfi)
        {
            c.ClearOneInstructionDisables();
        }

        if (flow == Flow.Branch)
        {
            c.EnterBundle(ip, c.NextIp, c.NextSlot);
        }
        else if (slot + 1 >= bundle.End)
        {
            c.EnterBundle(ip, ip + 16, 0);
        }
        else
        {
            c.Slot = slot + 1;
        }

        if (flow == Flow.Branch && !rfi && c.PsrBit(Cpu.PsrTb))
        {
            c.RaiseTrap(Interruption.TakenBranch, eiSlot);
            return c.TakeInterruption();
        }

        if (singleStep && !rfi)
        {
            c.RaiseTrap(Interruption.SingleStep, eiSlot);
            return c.TakeInterruption();
        }

        c.ScheduleCheck();
        return true;
    }
}
