namespace PatchVmm.Machine;

/// <summary>External interrupts and the interval timer (SDM Vol. 2 Part I 5.8, 3.3.4.x):
/// pending vectors in cr.irr0–3, the highest-priority unmasked one in cr.ivr (15 when
/// there is none: the spurious vector), masking by cr.tpr (mmi masks all but NMI; mic masks
/// the priority classes at or below it) and by vectors in service; reading cr.ivr acknowledges
/// (the vector moves from pending to in service), writing cr.eoi ends the highest one in
/// service. An interrupt is delivered at an instruction boundary when psr.i is 1 and cr.ivr
/// holds a vector. The timer pends cr.itv's vector (unless itv.m) when ar.itc reaches cr.itm;
/// ar.itc counts retired instructions (DESIGN.md §5), so the match falls on a known
/// instruction. The priority rules (InterruptRules.cs) follow Ski's interruption.c, but for an
/// NMI pending while one is in service (masked, as the SDM says; Ski reports it).</summary>
public sealed partial class Cpu
{
    /// <summary>Vectors in service, bit n of word n/64 (the SDM's in-service registers, not
    /// visible to software).</summary>
    internal readonly ulong[] InService = new ulong[4];

    /// <summary>Retired count at which ar.itc reaches cr.itm (long.MaxValue: no match pending).</summary>
    internal long TimerAt = long.MaxValue;

    /// <summary>Makes <paramref name="vector"/> pending (0 = ExtINT, 2 = NMI, 16–255 vectored;
    /// 1 and 3–15 are ignored, as the SDM reserves them). For host code: devices, a VMM
    /// injecting an interrupt.</summary>
    public void PendExternalInterrupt(int vector)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vector);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(vector, 255);
        if (!InterruptRules.IsVector(vector))
        {
            return;
        }

        Cr[ControlRegisters.Irr0 + (vector >> 6)] |= 1UL << (vector & 63);
        UpdateIvr();
    }

    /// <summary>For host code that takes an External interrupt itself (a VMM's handler): does
    /// what reading cr.ivr does (SDM Vol. 2 5.8.3.2) — returns the highest-priority pending
    /// unmasked vector, or 15 when there is none, and puts it in service (it leaves cr.irr and
    /// masks the vectors of equal or lower priority until <see cref="EndExternalInterrupt"/>).
    /// Without it a handler that resumes leaves the interrupt pending, to be taken again.</summary>
    public int AcknowledgeExternalInterrupt() => (int)AcknowledgeInterrupt();

    /// <summary>For host code: does what writing cr.eoi does (SDM Vol. 2 5.8.3.4) — the
    /// highest-priority vector in service is no longer in service.</summary>
    public void EndExternalInterrupt() => EndOfInterrupt();

    /// <summary>Recomputes cr.ivr from the pending and in-service vectors and cr.tpr
    /// (InterruptRules.Highest), and has the interpreter look for a deliverable interrupt
    /// before the next instruction.</summary>
    internal void UpdateIvr()
    {
        Cr[ControlRegisters.Ivr] = (ulong)InterruptRules.Highest(Cr.AsSpan(ControlRegisters.Irr0, 4), InService, Cr[ControlRegisters.Tpr]);
        ScheduleCheck();
    }

    /// <summary>True when an external interrupt is to be delivered now.</summary>
    internal bool InterruptDeliverable => PsrBit(PsrI) && Cr[ControlRegisters.Ivr] != InterruptRules.Spurious;

    /// <summary>mov r=cr.ivr: returns cr.ivr and acknowledges it.</summary>
    internal ulong AcknowledgeInterrupt()
    {
        ulong ivr = Cr[ControlRegisters.Ivr];
        if (ivr >= 16 || ivr == InterruptRules.Nmi || ivr == InterruptRules.ExtInt)
        {
            int v = (int)ivr;
            Cr[ControlRegisters.Irr0 + (v >> 6)] &= ~(1UL << (v & 63));
            InService[v >> 6] |= 1UL << (v & 63);
        }

        UpdateIvr();
        return ivr;
    }

    /// <summary>mov cr.eoi=: the highest vector in service (NMI, then ExtINT, then the
    /// highest vectored one) is no longer in service.</summary>
    internal void EndOfInterrupt()
    {
        int v = InterruptRules.HighestInService(InService);
        if (v >= 0)
        {
            InService[v >> 6] &= ~(1UL << (v & 63));
        }

        UpdateIvr();
    }

    // ---- the interval timer --------------------------------------------------------------

    /// <summary>Works out when ar.itc reaches cr.itm after cr.itm or ar.itc was written: the
    /// first retired count whose ar.itc is at or past it (Ski: a one-shot timer of itm − itc
    /// ticks; a difference of 2^63 or more lies in the past and never matches).</summary>
    internal void ScheduleTimer()
    {
        ulong ticks = Cr[ControlRegisters.Itm] - Itc;
        if ((long)ticks < 0)
        {
            TimerAt = long.MaxValue;
        }
        else
        {
            ulong ratio = ItcTicksPerInstruction;
            ulong instructions = (ticks + ratio - 1) / ratio;
            TimerAt = instructions >= (ulong)(long.MaxValue - Retired) ? long.MaxValue : Retired + (long)instructions;
        }

        ScheduleCheck();
    }

    /// <summary>The timer match: pends cr.itv's vector unless itv.m masks it; one match per
    /// write of cr.itm or ar.itc.</summary>
    internal void TimerMatch()
    {
        TimerAt = long.MaxValue;
        ulong itv = Cr[ControlRegisters.Itv];
        if ((itv & (1UL << 16)) == 0)
        {
            PendExternalInterrupt((int)(itv & 0xFF));
        }
    }
}
