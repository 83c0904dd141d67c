namespace PatchVmm.Machine;

/// <summary>The outcome of <see cref="Machine.Run"/>: why it stopped, where, and after how many
/// retired instructions.</summary>
public sealed record RunResult(
    StopKind Kind,
    ulong Ip,
    int Slot,
    long Instructions,
    int ExitStatus,
    Interruption Interruption,
    ulong Detail,
    string? Message)
{
    /// <summary>One line for a person: "exited with status 0", "stopped after 1000000 instructions",
    /// "Illegal Operation fault at 0x100040 slot 1".</summary>
    public string Describe() => Kind switch
    {
        StopKind.Exit => $"exited with status {ExitStatus}",
        StopKind.InstructionLimit => $"stopped after {Instructions} instructions (the instruction limit) at 0x{Ip:x} slot {Slot}",
        StopKind.Interruption when Interruption == Interruption.NonexistentMemory =>
            $"guest accessed physical address 0x{Detail:x}, outside its memory, at 0x{Ip:x} slot {Slot}",
        StopKind.Interruption when Interruption is Interruption.Unimplemented or Interruption.MachineCheck =>
            $"{Message} (at 0x{Ip:x} slot {Slot})",
        StopKind.Interruption => $"unhandled {Interruptions.Name(Interruption)} at 0x{Ip:x} slot {Slot}"
            + (Detail != 0 ? $" (0x{Detail:x})" : "") + " (its IVT entry holds break 0)" + (Message is null ? "" : $": {Message}"),
        StopKind.Halt => $"halted on break 0 at 0x{Ip:x} slot {Slot}",
        StopKind.HostStop => $"stopped by the host interruption handler ({Interruptions.Name(Interruption)}) at 0x{Ip:x} slot {Slot}",
        _ => Kind.ToString(),
    };
}
