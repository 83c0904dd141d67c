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

    /// <summary>An interruption was raised and nothing handles it yet (issue 3 has no IVT
    /// delivery): <see cref="RunResult.Interruption"/> says which.</summary>
    Interruption,
}
