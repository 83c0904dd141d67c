using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine;

/// <summary>Raising and delivering interruptions (SDM Vol. 2 Part I ch. 5, 8): handlers raise
/// one and return <see cref="Flow.Stop"/>; the interpreter then calls
/// <see cref="TakeInterruption"/>, which collects the interruption state — when psr.ic is 1:
/// cr.ipsr (psr with ri = the restart slot), cr.iip, cr.ifs (cleared), cr.iipa, and the
/// interruption's own cr.ifa, cr.itir, cr.iha, cr.iim; cr.isr always — and vectors to
/// cr.iva + the interruption's offset with the psr of an interruption and bank 0, or calls
/// the host handler instead (IHostInterruptionHandler.cs). A data TLB miss with psr.ic = 0
/// writes nothing and goes to the Data Nested TLB vector. This follows Ski's
/// interruption.c, which implements the SDM's rules, so the states compare.</summary>
public sealed partial class Cpu
{
    // ISR fields (SDM Vol. 2 3.3.5.3).
    internal const int IsrX = 32, IsrW = 33, IsrR = 34, IsrNa = 35, IsrSp = 36, IsrRs = 37, IsrIr = 38, IsrNi = 39,
        IsrEi = 41, IsrEd = 43;

    // Which of the pending interruption's own registers are written (when psr.ic is 1).
    private const int WritesIfa = 1, WritesItir = 2, WritesIha = 4, WritesIim = 8;

    /// <summary>The installed host interruption handler, or null for pure hardware behaviour.</summary>
    internal IHostInterruptionHandler? HostHandler;

    private ulong _pendingIsr;
    private ulong _pendingIfa;
    private ulong _pendingItir;
    private ulong _pendingIha;
    private ulong _pendingIim;
    private int _pendingWrites;

    /// <summary>True while a raised interruption waits for delivery (false after a stop).</summary>
    private bool _deliveryPending;

    /// <summary>For a trap: the slot of the instruction that trapped (ISR.ei); -1 for a fault,
    /// whose ei is the restart slot.</summary>
    private int _pendingTrapSlot = -1;

    /// <summary>The last interruption delivered, where, and the instruction count then (for
    /// diagnostics: a run that halts in an empty IVT entry reports what brought it there).</summary>
    internal Interruption LastDelivered;
    internal ulong LastDeliveredIp;
    internal int LastDeliveredSlot;
    internal long LastDeliveredAt = -1;
    internal ulong LastDeliveredVector;
    internal ulong LastDeliveredDetail;

    /// <summary>Where an interruption that found no handler was raised (<see cref="Halt"/>).</summary>
    internal ulong StopIp;
    internal int StopSlot;

    // cr.iipa (SDM Vol. 2 3.3.5.6): the bundle of the last instruction that completed with
    // psr.ic = 1. Kept lazily: the loop records where each bundle was entered; the value is
    // worked out when an interruption or a psr.ic change needs it.

    /// <summary>Retired count when the bundle at <see cref="Ip"/> was entered.</summary>
    internal long BundleEntryRetired;

    /// <summary>The bundle executed before the one at <see cref="Ip"/>.</summary>
    internal ulong PrevBundle;

    /// <summary>Index of the first instruction that completes with psr.ic = 1 (long.MaxValue
    /// while psr.ic is 0).</summary>
    internal long IcOnAt = long.MaxValue;

    // ---- raising (from handlers) ---------------------------------------------------------

    /// <summary>Raises a fault with the interruption's own ISR code plus <paramref name="isrBits"/>.</summary>
    internal int Raise(Interruption interruption, ulong isrBits = 0)
    {
        StopKind = StopKind.Interruption;
        _deliveryPending = true;
        PendingInterruption = interruption;
        _pendingIsr = Interruptions.IsrCode(interruption) | isrBits;
        _pendingWrites = 0;
        _pendingTrapSlot = -1;
        return Flow.Stop;
    }

    /// <summary>Raises a fault of a memory reference: ISR.r/w/x/na/sp/rs from
    /// <paramref name="access"/>.</summary>
    internal int Raise(Interruption interruption, Access access) => Raise(interruption, IsrBits(access));

    /// <summary>Raises a fault of a memory reference that reports its address: cr.ifa, and
    /// for a translated reference cr.itir and — when the VHPT was walked — cr.iha; ISR.r/w/x/
    /// na/sp/rs from the reference and ISR.ed from the instruction's page for data references
    /// but the Data NaT Page Consumption fault, whose ISR.ed is 0 (Ski's setTlbIRs and
    /// dataNatPageConsumptionFault).</summary>
    internal int RaiseTranslation(Interruption interruption, ulong address, Access access, ulong? itir, ulong? iha)
    {
        ulong isr = IsrBits(access);
        if ((access & (Access.Execute | Access.Rse)) == 0 && InstructionPageEd && interruption != Interruption.DataNaTPageConsumption)
        {
            isr |= 1UL << IsrEd;
        }

        Raise(interruption, isr);
        _pendingIfa = address;
        _pendingWrites = WritesIfa;
        if (itir is { } t)
        {
            _pendingItir = t;
            _pendingWrites |= WritesItir;
        }

        if (iha is { } h)
        {
            _pendingIha = h;
            _pendingWrites |= WritesIha;
        }

        return Flow.Stop;
    }

    /// <summary>Break Instruction fault: cr.iim = the immediate (SDM Vol. 3 break).</summary>
    internal int RaiseBreak(ulong immediate)
    {
        Raise(Interruption.BreakInstruction);
        _pendingIim = immediate;
        _pendingWrites = WritesIim;
        return Flow.Stop;
    }

    /// <summary>For a handler that returned <see cref="Flow.Trap"/>: the slot of the instruction
    /// that trapped (ISR.ei).</summary>
    internal void SetTrapSlot(int slot) => _pendingTrapSlot = slot;

    /// <summary>A trap raised after the instruction in <paramref name="slot"/> completed; ip and
    /// slot already name the next instruction.</summary>
    internal void RaiseTrap(Interruption interruption, int slot, ulong isrBits = 0)
    {
        Raise(interruption, isrBits);
        _pendingTrapSlot = slot;
    }

    /// <summary>Ends the run for a reason that is not an architected interruption
    /// (nonexistent memory, an instruction without semantics).</summary>
    internal int Stop(Interruption hostStop, ulong detail, string? message = null)
    {
        StopKind = StopKind.Interruption;
        _deliveryPending = false;
        PendingInterruption = hostStop;
        InterruptionDetail = detail;
        StopMessage = message;
        return Flow.Stop;
    }

    /// <summary>ISR.r/w/x/na/sp/rs and the non-access code for a reference.</summary>
    internal static ulong IsrBits(Access access)
    {
        ulong isr = 0;
        if ((access & Access.Read) != 0)
        {
            isr |= 1UL << IsrR;
        }

        if ((access & Access.Write) != 0)
        {
            isr |= 1UL << IsrW;
        }

        if ((access & Access.Execute) != 0)
        {
            isr |= 1UL << IsrX;
        }

        if ((access & Access.Speculative) != 0)
        {
            isr |= 1UL << IsrSp;
        }

        if ((access & Access.Rse) != 0)
        {
            isr |= 1UL << IsrRs;
        }

        if ((access & Access.NonAccess) != 0)
        {
            isr |= (1UL << IsrNa) | (ulong)(uint)(((int)access >> 16) & 0xF);
        }

        return isr;
    }

    // ---- delivery (from the interpreter) ---------------------------------------------------

    /// <summary>Delivers the pending interruption. <see cref="Ip"/>/<see cref="Slot"/> name the
    /// instruction to restart (the faulting one, or for a trap or an interrupt the next one).
    /// Returns true to go on running at Ip/Slot, false to end the run (a host-side stop, or
    /// the host handler asked for it).</summary>
    internal bool TakeInterruption()
    {
        var interruption = PendingInterruption;
        if (!_deliveryPending)
        {
            return false;
        }

        _deliveryPending = false;
        LastDeliveredDetail = (_pendingWrites & WritesIim) != 0 ? _pendingIim : (_pendingWrites & WritesIfa) != 0 ? _pendingIfa : 0;

        bool ic = PsrBit(PsrIc);
        if (!ic && Interruptions.NestsWhenIcOff(interruption))
        {
            interruption = Interruption.DataNestedTlb;
        }
        else
        {
            Collect(interruption, ic);
        }

        // The deferred fills of an incomplete frame are dropped with the interruption (ISR.ir
        // told the handler; its cover/rfi brings the frame back, as on Ski).
        Cfle = false;
        if (ic)
        {
            // No instruction completes between the interruption and the return from it (an
            // IVT handler's rfi, or a host handler's Resume): until one does, cr.iipa keeps the
            // value just collected (SDM Vol. 2 3.3.5.6), whatever the host does meanwhile.
            IcOnAt = Retired;
        }

        LastDelivered = interruption;
        LastDeliveredIp = Ip;
        LastDeliveredSlot = Slot;
        LastDeliveredAt = Retired;
        StopKind = StopKind.None;
        PendingInterruption = Interruption.None;
        if (HostHandler is { } host)
        {
            switch (host.Handle(this, interruption))
            {
                case HostAction.Resume:
                    HostChangedState();
                    return true;
                case HostAction.Stop:
                    StopKind = StopKind.HostStop;
                    return false;
            }
        }

        Vector(interruption);
        return true;
    }

    /// <summary>Writes the interruption registers (SDM Vol. 2 5.5, 8.3; Ski's setFaultIRs,
    /// setTlbIRs, setTrapIRs).</summary>
    private void Collect(Interruption interruption, bool ic)
    {
        bool trap = _pendingTrapSlot >= 0;
        int ei = trap ? _pendingTrapSlot : Slot;
        if (ic)
        {
            if ((_pendingWrites & WritesIfa) != 0)
            {
                Cr[ControlRegisters.Ifa] = _pendingIfa;
            }

            if ((_pendingWrites & WritesItir) != 0)
            {
                Cr[ControlRegisters.Itir] = _pendingItir;
            }

            if ((_pendingWrites & WritesIha) != 0)
            {
                Cr[ControlRegisters.Iha] = _pendingIha;
            }

            if ((_pendingWrites & WritesIim) != 0)
            {
                Cr[ControlRegisters.Iim] = _pendingIim;
            }

            bool pastInstruction = trap || interruption == Interruption.ExternalInterrupt;
            UpdateIipa(Retired - (pastInstruction ? 1 : 2));
            Cr[ControlRegisters.Ipsr] = ProcessorStatus;
            Cr[ControlRegisters.Iip] = Ip;
            Cr[ControlRegisters.Ifs] = 0;
        }

        ulong isr = _pendingIsr | ((ulong)ei << IsrEi) | (ic ? 0 : 1UL << IsrNi) | (Cfle ? 1UL << IsrIr : 0);
        if (trap && PsrBit(PsrSs))
        {
            isr |= 0x8;
        }

        Cr[ControlRegisters.Isr] = isr;
    }

    /// <summary>Finishes delivery as hardware does: bank 0, the psr of an interruption, ip at
    /// the IVT entry.</summary>
    private void Vector(Interruption interruption)
    {
        EnterInterruptionPsr();
        LastDeliveredVector = Cr[ControlRegisters.Iva] + (ulong)Interruptions.VectorOffset(interruption);
        Ip = LastDeliveredVector;
        Slot = 0;
        BundleEntryRetired = Retired;
    }

    /// <summary>The psr of an interruption handler (SDM Vol. 2 5.5; Ski's interruptionPSR):
    /// rt, up, mfl, mfh, pk, it, dt and mc are kept, be and pp come from cr.dcr, every other
    /// bit is 0 (ic, i, bn, cpl, ri, the single-instruction disables …). Bank 0 is selected.</summary>
    internal void EnterInterruptionPsr()
    {
        const ulong kept = (1UL << PsrRt) | (1UL << PsrUp) | (1UL << PsrMfl) | (1UL << PsrMfh) | (1UL << PsrPk)
            | (1UL << PsrIt) | (1UL << PsrDt) | (1UL << PsrMc);
        ulong dcr = Cr[ControlRegisters.Dcr];
        ulong psr = (Psr & kept) | ((dcr & 2) != 0 ? 1UL << PsrBe : 0) | ((dcr & 1) != 0 ? 1UL << PsrPp : 0);
        WritePsr(psr);
    }

    /// <summary>Sets cr.iipa to the bundle of instruction <paramref name="last"/> (by retired
    /// index) when it completed with psr.ic = 1; otherwise cr.iipa keeps its value.</summary>
    private void UpdateIipa(long last)
    {
        if (last >= IcOnAt && last >= 0)
        {
            Cr[ControlRegisters.Iipa] = last >= BundleEntryRetired ? Ip : PrevBundle;
        }
    }

    /// <summary>break 0 with Ski's firmware present: the machine halts, as Ski does. When the
    /// break is the first instruction of the IVT entry an interruption was just delivered to,
    /// the run ends as that interruption, unhandled, reported where it was raised.</summary>
    internal int Halt()
    {
        if (LastDeliveredAt == Retired - 1 && Ip == LastDeliveredVector)
        {
            StopKind = StopKind.Interruption;
            PendingInterruption = LastDelivered;
            InterruptionDetail = LastDeliveredDetail;
            StopIp = LastDeliveredIp;
            StopSlot = LastDeliveredSlot;
            StopMessage = null;
            ReportUnhandled = true;
        }
        else
        {
            StopKind = StopKind.Halt;
        }

        _deliveryPending = false;
        return Flow.Stop;
    }

    /// <summary>Set by <see cref="Halt"/> when the stop reports an unhandled interruption.</summary>
    internal bool ReportUnhandled;

    // ---- returning (rfi, and host code) ----------------------------------------------------

    /// <summary>Returns from an interruption as rfi does (SDM Vol. 3 rfi): psr = cr.ipsr (the
    /// bank follows ipsr.bn), execution continues at cr.iip, slot ipsr.ri, and when cr.ifs.v is
    /// set the frame cr.ifs describes comes back from the register stack (the current frame is
    /// dropped). Sets <see cref="NextIp"/>/<see cref="NextSlot"/>. Returns false when the run
    /// must stop (an IA-32 target, which this machine does not implement, or a backing store
    /// outside guest memory).</summary>
    internal bool ReturnFromInterruption()
    {
        ulong ipsr = Cr[ControlRegisters.Ipsr];
        if (((ipsr >> PsrIs) & 1) != 0)
        {
            Stop(Interruption.Unimplemented, 0, "rfi to IA-32 code (cr.ipsr.is = 1): this machine does not implement the IA-32 instruction set");
            return false;
        }

        bool wasOn = PsrBit(PsrIc);
        WritePsr(ipsr & ~(3UL << PsrRi));
        TrackIc(wasOn, PsrBit(PsrIc), Retired - 2, Retired);
        NextIp = Cr[ControlRegisters.Iip] & ~0xFUL;
        NextSlot = (int)((ipsr >> PsrRi) & 3);
        ulong ifs = Cr[ControlRegisters.Ifs];
        return (ifs >> 63) == 0 || PopFrame(ifs);
    }

    /// <summary>rfi with cr.ifs.v set: the current frame is dropped and the frame
    /// <paramref name="frameMarker"/> (a CFM value) comes back from the register stack. False
    /// when a fill faulted or left guest memory.</summary>
    private bool PopFrame(ulong frameMarker)
    {
        int oldSof = Sof;
        int sof = (int)(frameMarker & 0x7F);
        Bof = Wrap(Bof - sof);
        Cfm = frameMarker & ((1UL << 38) - 1);
        return RseRestoreFrame(sof, -oldSof, oldSof);
    }

    /// <summary>The retired count when rfi last executed (the single-instruction modes treat it
    /// apart: it installs psr.ia/id/da/dd/ed rather than consuming them).</summary>
    internal long RfiRetired = -1;
}
