namespace PatchVmm.Machine.Execution;

/// <summary>What an instruction handler tells the interpreter loop.</summary>
internal static class Flow
{
    /// <summary>Go on with the next slot.</summary>
    public const int Next = 0;

    /// <summary>Continue at <see cref="Cpu.NextIp"/>/<see cref="Cpu.NextSlot"/>.</summary>
    public const int Branch = 1;

    /// <summary>Stop the run: an interruption was raised or the firmware ended the program
    /// (<see cref="Cpu.StopKind"/> says which).</summary>
    public const int Stop = 2;

    /// <summary>The instruction completed and raised a trap (Cpu.Raise): continue at
    /// <see cref="Cpu.NextIp"/>/<see cref="Cpu.NextSlot"/> after delivering it (a lower-privilege
    /// transfer on br.ret, for instance).</summary>
    public const int Trap = 3;
}
