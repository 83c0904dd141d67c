namespace PatchVmm.Machine;

/// <summary>The register stack engine (SDM Vol. 2 Part I 6). PLACEHOLDER CONTRACT written by the
/// lead so the application-register moves compile: the RSE helper replaces the bodies.</summary>
public sealed partial class Cpu
{
    /// <summary>Reads ar.rsc (16), ar.bsp (17), ar.bspstore (18) or ar.rnat (19).</summary>
    internal ulong RseReadAr(int n) => Ar[n];

    /// <summary>Writes ar.rsc, ar.bspstore or ar.rnat with their architected side effects;
    /// returns Flow.Next or the result of <see cref="Raise"/> (ar.bsp is read-only).</summary>
    internal int RseWriteAr(int n, ulong value)
    {
        Ar[n] = value;
        return Execution.Flow.Next;
    }
}
