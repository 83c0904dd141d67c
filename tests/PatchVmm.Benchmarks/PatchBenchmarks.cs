using BenchmarkDotNet.Attributes;
using PatchVmm.Ia64;
using PatchVmm.Vmm.BuiltIn;
using PatchVmm.Vmm.Patching;

namespace PatchVmm.Benchmarks;

/// <summary>The patcher's throughput over 1 MiB of code (65,536 bundles) per invocation:
/// random bundles whose every slot decodes (so system instructions, and sites, are frequent),
/// and the same bundles with every sensitive slot replaced by a nop (ordinary code: the common
/// case). Each invocation copies the original code back and empties the site table first
/// (a memory copy, about 1% of the time). The memory diagnoser shows the walk allocates nothing.</summary>
[MemoryDiagnoser]
public class PatchBenchmarks
{
    private const int Bundles = 65_536;

    private byte[] _original = [];
    private byte[] _code = [];
    private SiteTable _sites = null!;
    private Patcher<EmulationTable> _patcher = null!;

    [Params("valid-random", "no-sites")]
    public string Code { get; set; } = "";

    /// <summary>Sites the code holds (for the README: sites per MiB).</summary>
    public int Sites { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _patcher = new Patcher<EmulationTable>();
        var valid = new List<Bundle>();
        for (int seed = 0; valid.Count < Bundles; seed++)
        {
            valid.AddRange(BenchmarkBundles.Valid(100 + seed));
        }

        _original = new byte[Bundles * Bundle.Size];
        for (int i = 0; i < Bundles; i++)
        {
            var b = valid[i];
            if (Code == "no-sites")
            {
                b = WithoutSites(b);
            }

            b.Write(_original.AsSpan(i * Bundle.Size));
        }

        _code = (byte[])_original.Clone();
        _sites = new SiteTable(new PatchOptions());
        Sites = _patcher.Patch(_code, 0, _sites);
        Console.WriteLine($"// {Code}: {Sites} sites in {Bundles} bundles");
    }

    [Benchmark(OperationsPerInvoke = Bundles)]
    public int Patch()
    {
        _original.AsSpan().CopyTo(_code);
        _sites.Clear();
        return _patcher.Patch(_code, 0, _sites);
    }

    // A nop of the slot's unit for every slot a template matches.
    private Bundle WithoutSites(Bundle b)
    {
        var t = b.Template;
        for (int s = 0; s < 3; s++)
        {
            Unit u = t.SlotUnit(s);
            if (u is Unit.L or Unit.None)
            {
                continue;
            }

            if (_patcher.Match(u == Unit.X ? Unit.X : u, b.GetSlot(s), u == Unit.X ? b.Slot1 : 0) >= 0)
            {
                // nop.m/i/b/f: opcode 0 (2 for B), x6/x4 = 1 (Isa: M48, I18, B9, F16).
                ulong nop = u switch
                {
                    Unit.B => (2UL << 37) | (0UL << 27),
                    Unit.M => 1UL << 27,
                    _ => 1UL << 27,
                };
                b = b.WithSlot(s, nop);
            }
        }

        return b;
    }
}
