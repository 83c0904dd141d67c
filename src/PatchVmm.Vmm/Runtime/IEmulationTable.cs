namespace PatchVmm.Vmm;

/// <summary>What a generated emulation table provides (DESIGN.md §3): its routines, reached by
/// index through one static <c>switch</c>, and the catalog the patcher matches against. The
/// runtime is generic over the table type (<c>Patcher&lt;TTable&gt;</c>,
/// <c>Dispatcher&lt;TTable&gt;</c>), so every call is direct: no delegate, no reflection, safe
/// to trim and to compile ahead of time.</summary>
public interface IEmulationTable
{
    /// <summary>Routines in the table: one per (template, allowed slot).</summary>
    static abstract int RoutineCount { get; }

    /// <summary>Runs routine <paramref name="routine"/> on the virtual CPU for the site;
    /// an index outside the table answers <see cref="RoutineResult.NotOurs"/>.</summary>
    static abstract RoutineResult Invoke(int routine, VirtualCpu vcpu, in PatchSite site);

    /// <summary>Every template's instruction, its encoding, operands and routines.</summary>
    static abstract EmulationCatalog Catalog { get; }
}
