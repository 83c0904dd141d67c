using System.Globalization;
using PatchVmm.Vmm.BuiltIn;

namespace PatchVmm.Cli;

/// <summary><c>patchvmm catalog</c>: the generated emulation table, one routine a line.</summary>
internal static class CatalogCommand
{
    public static int Run(ReadOnlySpan<string> args, TextWriter stdout)
    {
        if (args.Length != 0)
        {
            throw new CliException($"catalog: takes no arguments, got '{args[0]}'", 2);
        }

        var catalog = EmulationTable.Catalog;
        stdout.WriteLine($"{"index",5}  {"template",-18} {"instruction",-26} slot unit patch            listed");
        foreach (var r in catalog.Routines)
        {
            var e = catalog.Entries[r.Entry];
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Index,5}  {e.Name,-18} {e.Instruction,-26} {r.Slot,4} {e.Unit,-4} {r.Patch,-16} {(e.Listed ? "yes" : "no")}"));
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{catalog.Routines.Count} routines from {catalog.Entries.Count} templates ({catalog.Entries.Count(e => e.Listed)} on the sensitive list)"));
        return 0;
    }
}
