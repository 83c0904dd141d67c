namespace PatchVmm.Machine;

/// <summary>Host code that takes the machine's interruptions (DESIGN.md §5) — a VMM's entry
/// point. When one is installed (<see cref="Machine.HostHandler"/>), every architected
/// interruption is collected as hardware collects it — cr.iip, cr.ipsr, cr.isr, cr.ifa,
/// cr.itir, cr.iha, cr.iim, cr.iipa and cr.ifs written exactly as the IVT path writes them
/// (only when psr.ic was 1, as the SDM says; ISR always) — and then, instead of vectoring
/// through cr.iva, the machine calls <see cref="Handle"/>. At that point psr, the register
/// bank and the frame are still the interrupted context's, so the handler reads and writes
/// the guest's registers as the interrupted instruction saw them; nothing else was saved.</summary>
public interface IHostInterruptionHandler
{
    /// <summary>Handles <paramref name="interruption"/>. Return
    /// <see cref="HostAction.Resume"/> to go on at <see cref="Cpu.InstructionPointer"/>/
    /// <see cref="Cpu.InstructionSlot"/> with the current psr (the handler sets them; they
    /// still name the interrupted instruction for a fault, the next one for a trap or an
    /// interrupt), <see cref="HostAction.Vector"/> to finish delivery as hardware would (psr
    /// of an interruption, bank 0, ip at the IVT entry), or <see cref="HostAction.Stop"/> to
    /// end the run (<see cref="RunResult.Interruption"/> names the interruption). A host that
    /// resumes after an External interrupt acknowledges it first
    /// (<see cref="Cpu.AcknowledgeExternalInterrupt"/>, later
    /// <see cref="Cpu.EndExternalInterrupt"/>) or clears psr.i: a deliverable interrupt is
    /// taken again before the next instruction. Until an instruction completes after a
    /// Resume, cr.iipa keeps the value collected, as after an rfi.</summary>
    HostAction Handle(Cpu cpu, Interruption interruption);
}

/// <summary>What the machine does after <see cref="IHostInterruptionHandler.Handle"/>.</summary>
public enum HostAction
{
    Resume,
    Vector,
    Stop,
}
