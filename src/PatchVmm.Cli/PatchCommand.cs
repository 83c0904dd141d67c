using System.Globalization;
using PatchVmm.Ia64;
using PatchVmm.Ia64.Elf;
using PatchVmm.Vmm;
using PatchVmm.Vmm.BuiltIn;
using PatchVmm.Vmm.Patching;

namespace PatchVmm.Cli;

/// <summary><c>patchvmm patch</c>: runs the patcher with the built-in templates over the code
/// of an IA-64 ELF64 file (the executable segments of an executable, the code sections of a
/// relocatable object) or of a raw binary, lists the sites and writes the patched image.</summary>
internal static class PatchCommand
{
    public static int Run(ReadOnlySpan<string> args, TextWriter stdout)
    {
        bool list = false, raw = false;
        string? file = null, output = null;
        ulong? baseAddress = null, trampolines = null;
        var style = PatchStyle.Break;
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            switch (a)
            {
                case "--list":
                    list = true;
                    break;
                case "--raw":
                    raw = true;
                    break;
                case "--output" or "-o":
                    output = Value(args, ref i, a);
                    break;
                case "--base":
                    baseAddress = DisasmCommand.ParseAddress(Value(args, ref i, a));
                    break;
                case "--trampolines":
                    trampolines = DisasmCommand.ParseAddress(Value(args, ref i, a));
                    break;
                case "--form":
                    style = Value(args, ref i, a) switch
                    {
                        "break" => PatchStyle.Break,
                        "branch" => PatchStyle.Branch,
                        string v => throw new CliException($"patch: --form takes 'break' or 'branch', not '{v}'", 2),
                    };
                    break;
                default:
                    if (a.StartsWith('-') && a.Length > 1)
                    {
                        throw new CliException($"patch: unknown option '{a}' (try 'patchvmm help')", 2);
                    }

                    if (file is not null)
                    {
                        throw new CliException($"patch: one FILE expected, got '{file}' and '{a}'", 2);
                    }

                    file = a;
                    break;
            }
        }

        if (file is null)
        {
            throw new CliException("patch: FILE expected (try 'patchvmm help')", 2);
        }

        if (baseAddress is not null && !raw)
        {
            throw new CliException("patch: --base applies to --raw only (an ELF file carries its own addresses)", 2);
        }

        if (baseAddress is ulong b && (b & 0xF) != 0)
        {
            throw new CliException($"patch: --base 0x{b:x} is not a bundle address (16-byte aligned)", 2);
        }

        if (trampolines is ulong t && (t & 0xF) != 0)
        {
            throw new CliException($"patch: --trampolines 0x{t:x} is not a bundle address (16-byte aligned)", 2);
        }

        byte[] data = DisasmCommand.ReadFile(file);
        var options = new PatchOptions { Style = style, TrampolineBase = trampolines ?? new PatchOptions().TrampolineBase };
        var sites = new SiteTable(options);
        var patcher = new Patcher<EmulationTable>(options);
        int bundles = 0;
        foreach (var (offset, length, address) in raw ? [(0, data.Length, baseAddress ?? 0)] : CodeRanges(file, data))
        {
            patcher.Patch(data.AsSpan(offset, length), address, sites);
            bundles += length / Bundle.Size;
        }

        if (list)
        {
            PrintSites(sites, stdout);
        }

        if (output is not null)
        {
            try
            {
                File.WriteAllBytes(output, data);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"{output}: cannot write: {e.Message}");
            }
        }

        if (!list)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{file}: {sites.Count} site{(sites.Count == 1 ? "" : "s")} in {bundles} bundle{(bundles == 1 ? "" : "s")}{(output is null ? "" : $"; patched image written to {output}")}"));
        }

        return 0;
    }

    /// <summary>One line per site: bundle address, slot, the original instruction, the routine
    /// (index and template), the patch written.</summary>
    private static void PrintSites(SiteTable sites, TextWriter stdout)
    {
        var catalog = EmulationTable.Catalog;
        for (int i = 0; i < sites.Count; i++)
        {
            ref readonly var s = ref sites[i];
            var routine = catalog.Routines[s.Routine];
            var entry = catalog.Entries[routine.Entry];
            string original = Disassembly(entry.Unit, s);
            string patch = s.Form is PatchForm.BranchB or PatchForm.BranchX
                ? $"{s.Form.Mnemonic()} 0x{sites.Trampoline(i):x}"
                : $"{s.Form.Mnemonic()} 0x{sites.Immediate(i):x}";
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"0x{s.BundleAddress:x16} slot {s.Slot}  {original,-28} routine {s.Routine,3} {entry.Name,-18} {(s.Qp != 0 ? $"(p{s.Qp:00}) " : "")}{patch}"));
        }
    }

    private static string Disassembly(Unit unit, in PatchSite s)
    {
        Unit slotUnit = unit == Unit.A ? Unit.M : unit;
        if (!Decoder.DecodeSlot(slotUnit, s.Original, s.OriginalL, out var ins))
        {
            return "?";
        }

        string text = Disassembler.Format(ins, s.BundleAddress);
        return ins.Qp != 0 ? $"(p{ins.Qp:00}) {text}" : text;
    }

    /// <summary>The code of an ELF file: executable PT_LOAD segments of an executable, code
    /// sections of a relocatable object; each as (file offset, length in whole bundles, address).</summary>
    private static List<(int Offset, int Length, ulong Address)> CodeRanges(string file, byte[] data)
    {
        ElfFile elf;
        try
        {
            elf = ElfFile.Parse(data);
        }
        catch (ElfFormatException e)
        {
            throw new CliException($"{file}: {e.Message}");
        }

        var ranges = new List<(int, int, ulong)>();
        if (elf.IsRelocatable)
        {
            foreach (var s in elf.Sections.Where(s => s.IsExecutable && s.HasContents))
            {
                Add(ranges, (long)s.Offset, (long)s.Size, s.Address);
            }
        }
        else
        {
            foreach (var s in elf.Segments.Where(s => s.IsLoad && (s.Flags & ElfSegment.FlagExecute) != 0))
            {
                Add(ranges, (long)s.Offset, (long)s.FileSize, s.VirtualAddress);
            }
        }

        if (ranges.Count == 0)
        {
            throw new CliException($"{file}: no executable code (no executable segment or code section)");
        }

        return ranges;
    }

    // Bundles start at 16-byte addresses: skip to the first one, drop a partial bundle at the end.
    private static void Add(List<(int, int, ulong)> ranges, long offset, long size, ulong address)
    {
        long skip = (long)((16 - (address & 0xF)) & 0xF);
        long length = (size - skip) & ~0xFL;
        if (length > 0)
        {
            ranges.Add(((int)(offset + skip), (int)length, address + (ulong)skip));
        }
    }

    private static string Value(ReadOnlySpan<string> args, ref int i, string option) =>
        ++i < args.Length ? args[i] : throw new CliException($"patch: {option} needs a value", 2);
}
