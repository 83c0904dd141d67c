using System.Globalization;
using PatchVmm.Ia64;
using PatchVmm.Ia64.Elf;

namespace PatchVmm.Cli;

/// <summary><c>patchvmm disasm</c>: objdump-identical disassembly of a raw binary or of the
/// code sections of an IA-64 ELF64 file.</summary>
internal static class DisasmCommand
{
    public static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        bool raw = false;
        ulong? baseAddress = null;
        string? file = null;
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            if (a == "--raw")
            {
                raw = true;
            }
            else if (a == "--base" || a.StartsWith("--base=", StringComparison.Ordinal))
            {
                string value;
                if (a == "--base")
                {
                    if (++i >= args.Length)
                    {
                        throw new CliException("disasm: --base needs an address", 2);
                    }

                    value = args[i];
                }
                else
                {
                    value = a["--base=".Length..];
                }

                baseAddress = ParseAddress(value);
            }
            else if (a.StartsWith('-') && a.Length > 1)
            {
                throw new CliException($"disasm: unknown option '{a}' (try 'patchvmm help')", 2);
            }
            else if (file is null)
            {
                file = a;
            }
            else
            {
                throw new CliException($"disasm: one FILE expected, got '{file}' and '{a}'", 2);
            }
        }

        if (file is null)
        {
            throw new CliException("disasm: FILE expected (try 'patchvmm help')", 2);
        }

        if (baseAddress is not null && !raw)
        {
            throw new CliException("disasm: --base applies to --raw only (an ELF file carries its own addresses)", 2);
        }

        byte[] data = ReadFile(file);
        return raw
            ? DisassembleRaw(file, data, baseAddress ?? 0, stdout, stderr)
            : DisassembleElf(file, data, stdout, stderr);
    }

    /// <summary>An address as objdump's --adjust-vma takes it: 0x-prefixed hex, or decimal.</summary>
    internal static ulong ParseAddress(string text)
    {
        bool ok = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong v)
            : ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out v);
        if (!ok)
        {
            throw new CliException($"disasm: '{text}' is not an address (use 0x-prefixed hex or decimal, at most 64 bits)", 2);
        }

        return v;
    }

    internal static byte[] ReadFile(string file)
    {
        try
        {
            if (Directory.Exists(file))
            {
                throw new CliException($"{file}: is a directory");
            }

            return File.ReadAllBytes(file);
        }
        catch (FileNotFoundException)
        {
            throw new CliException($"{file}: no such file");
        }
        catch (DirectoryNotFoundException)
        {
            throw new CliException($"{file}: no such file");
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliException($"{file}: permission denied");
        }
        catch (IOException e)
        {
            throw new CliException($"{file}: cannot read: {e.Message}");
        }
    }

    /// <summary>As <c>objdump -D -b binary -m ia64 --adjust-vma=BASE FILE</c>: the whole file is
    /// one section ".data" at BASE.</summary>
    private static int DisassembleRaw(string file, byte[] data, ulong vma, TextWriter stdout, TextWriter stderr)
    {
        if (data.Length == 0)
        {
            throw new CliException($"{file}: file is empty");
        }

        stdout.Write($"\n{file}:     file format binary\n\n\nDisassembly of section .data:\n\n");
        stdout.Write($"{vma:x16} <.data>:\n");
        var report = new BundleReport();
        new ObjdumpListing(stdout, data, vma, report).Print(0, (ulong)data.Length, insns: true, limitReads: false);
        stdout.Flush();
        return report.Finish(file, stderr);
    }

    private static int DisassembleElf(string file, byte[] data, TextWriter stdout, TextWriter stderr)
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

        return ElfDisassembly.Write(file, elf, stdout, stderr);
    }
}

/// <summary>Collects what the disassembly found wrong, for the messages and exit status at the end.</summary>
internal sealed class BundleReport
{
    private int _reserved;
    private ulong _firstReserved;
    private string? _firstTemplate;
    private readonly List<string> _outOfBounds = [];

    public void Reserved(ulong address, BundleTemplate template)
    {
        if (_reserved++ == 0)
        {
            _firstReserved = address;
            _firstTemplate = template.Name;
        }
    }

    /// <summary>A bundle that could not be read whole: not 16-byte aligned, past the end of
    /// the section (an incomplete last bundle) or, with symbols, split by the next symbol.</summary>
    public void OutOfBounds(string? section, ulong address, ulong bundleAddress, ulong vma, ulong size)
    {
        if (_outOfBounds.Count >= 3)
        {
            return;
        }

        string where = section is null ? "" : $"section {section}: ";
        _outOfBounds.Add(bundleAddress < vma || (vma & 0xF) != 0
            ? $"{where}bundles are not 16-byte aligned; stopped at 0x{address:x}"
            : bundleAddress - vma + Bundle.Size > size
                ? $"{where}the last bundle at 0x{bundleAddress:x} is incomplete (a bundle is 16 bytes)"
                : $"{where}the bundle at 0x{bundleAddress:x} is split by a symbol; listed as objdump lists it");
    }

    public int Finish(string file, TextWriter stderr)
    {
        int code = 0;
        if (_reserved > 0)
        {
            string what = _reserved == 1 ? "1 bundle has" : $"{_reserved} bundles have";
            stderr.WriteLine($"{Program.Name}: {file}: {what} a reserved template (first at 0x{_firstReserved:x}, template [{_firstTemplate}]); printed as data8");
            code = 1;
        }

        foreach (string message in _outOfBounds)
        {
            stderr.WriteLine($"{Program.Name}: {file}: {message}");
            code = 1;
        }

        return code;
    }
}
