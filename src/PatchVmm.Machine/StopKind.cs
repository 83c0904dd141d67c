namespace PatchVmm.Machine;

/// <summary>Why <see cref="Machine.Run"/> returned.</summary>
public enum StopKind
{
    /// <summary>Still runnable (never returned by a run).</summary>
    None = 0,

    /// <summary>The guest called SSC EXIT; <see cref="RunResult.ExitStatus"/> holds its status.</summary>
    Exit,

    /// <summary>The instruction budget ran out.</summary>
    InstructionLimit,

    /// <summary>A host-side stop (<see cref="RunResult.Interruption"/> is
    /// <see cref="Machine.Interruption.NonexistentMemory"/> or
    /// <see cref="Machine.Interruption.Unimplemented"/>), or an interruption delivered into an
    /// IVT entry that holds no handler: the entry's first instruction is <c>break 0</c>, on
    /// which the firmware halts (<see cref="RunResult.Interruption"/> is the interruption,
    /// <see cref="RunResult.Ip"/>/<see cref="RunResult.Slot"/> where it was raised).</summary>
    Interruption,

    /// <summary>The guest executed <c>break 0</c> with Ski's firmware present, which halts the
    /// machine as Ski does ("Halting Simulation"), outside an IVT entry just entered.</summary>
    Halt,

    /// <summary>The installed host interruption handler ended the run
    /// (<see cref="RunResult.Interruption"/> is the interruption it was handling).</summary>
    HostStop,
}
