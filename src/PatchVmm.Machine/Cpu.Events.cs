namespace PatchVmm.Machine;

/// <summary>When the interpreter leaves its fast loop. The fast loop compares the retired
/// count with <see cref="EventAt"/> before each instruction and does nothing else; at or
/// past it, the interpreter's boundary step runs: the instruction limit, a due timer match,
/// a deliverable external interrupt, the single-instruction modes (single step, taken-branch
/// traps, instruction breakpoints, the one-instruction disables psr.ia/id/da/dd/ed). Any
/// handler that changes what the boundary looks at calls <see cref="ScheduleCheck"/>, so
/// these features cost the fast loop nothing while they are off.</summary>
public sealed partial class Cpu
{
    /// <summary>Retired count at which the next boundary step runs.</summary>
    internal long EventAt;

    /// <summary>The run's instruction limit (absolute retired count).</summary>
    internal long RunLimit = long.MaxValue;

    /// <summary>psr bits that make the machine execute one instruction at a time: ss and tb
    /// trap after every (taken-branch) instruction; ia, id, da, dd and ed disable a check for
    /// one instruction; db enables instruction breakpoints.</summary>
    internal const ulong StepBits = (1UL << PsrSs) | (1UL << PsrTb) | OneInstructionDisables;

    /// <summary>Makes the interpreter run its boundary step before the next instruction.</summary>
    internal void ScheduleCheck() => EventAt = Retired;

    /// <summary>True when instructions must run one at a time (see <see cref="StepBits"/>).</summary>
    internal bool StepMode => (Psr & StepBits) != 0 || (PsrBit(PsrDb) && InstructionBreakpointsEnabled);

    /// <summary>Where the fast loop may run to: the limit or the timer match, whichever is first.</summary>
    internal void ScheduleNextEvent() => EventAt = Math.Min(RunLimit, TimerAt);

    /// <summary>Enters the bundle at <paramref name="ip"/> (slot <paramref name="slot"/>) from the
    /// bundle at <paramref name="from"/>: the bookkeeping cr.iipa needs.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void EnterBundle(ulong from, ulong ip, int slot)
    {
        PrevBundle = from;
        Ip = ip;
        Slot = slot;
        BundleEntryRetired = Retired;
    }

    /// <summary>Host code changed the machine (registers, psr, ip) while it was stopped or in a
    /// host handler: the cached fetch state and the boundary checks start over.</summary>
    internal void HostChangedState()
    {
        TranslationChanged();
        BundleEntryRetired = Retired;
        ScheduleCheck();
    }
}
