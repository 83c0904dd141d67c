using System.Text;

namespace PatchVmm.Cli;

/// <summary>The <c>patchvmm</c> command.</summary>
public static class Program
{
    internal const string Name = "patchvmm";

    private const string Usage =
        """
        usage: patchvmm disasm FILE                   disassemble the code sections of an IA-64 ELF64 file
               patchvmm disasm --raw FILE [--base ADDR]
                                                      disassemble a raw binary of bundles loaded at ADDR (default 0)
               patchvmm run FILE [--max-instructions N] [--stats] [--dump-state FILE.json] [--memory SIZE]
                                                      boot an IA-64 executable on the machine (native mode):
                                                      the guest's console on stdout, its SSC EXIT status as
                                                      the exit status (124: instruction limit reached;
                                                      125: stopped by an unhandled fault); --stats prints
                                                      instructions, time and MIPS on stderr; --dump-state
                                                      writes the final state (README: state dump); --memory
                                                      sets guest physical memory (default 64M)
               patchvmm patch FILE [--list] [--output FILE] [--form break|branch] [--trampolines ADDR]
               patchvmm patch --raw FILE [--base ADDR] ...
                                                      replace the sensitive instructions of the code of an
                                                      IA-64 ELF64 file (or a raw binary of bundles at ADDR) by
                                                      emulation patches: --list prints every site (address,
                                                      slot, instruction, routine, patch), --output writes the
                                                      patched image; --form branch patches B slots with a
                                                      branch to the site's trampoline (at ADDR + 16 x site)
                                                      where it reaches, break elsewhere
               patchvmm catalog                       print the generated emulation table (index, template,
                                                      instruction, slot, unit, patch form)
               patchvmm help                          show this text

        The output is the same, character for character, as GNU objdump's
        (`ia64-linux-gnu-objdump -d FILE`, or `-D -b binary -m ia64 [--adjust-vma=ADDR] FILE`).
        Exit status: 0 on success; 1 on an error, or when the code holds a bundle with a
        reserved template or an incomplete bundle (listed as objdump lists them, then
        reported on stderr); 2 on a usage error.
        """;

    public static int Main(string[] args)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var stdoutStream = Console.OpenStandardOutput();
        var stdout = new StreamWriter(stdoutStream, utf8, 1 << 16) { AutoFlush = false, NewLine = "\n" };
        var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true, NewLine = "\n" };
        int code;
        try
        {
            code = Run(args, stdout, stderr, new BufferedStream(stdoutStream, 1 << 12));
            stdout.Flush();
        }
        catch (IOException)
        {
            // The reader went away (e.g. `| head`): nothing more to say.
            code = 1;
        }
#pragma warning disable CA1031 // The last resort: a bug must not show the user a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"{Name}: internal error: {e.GetType().Name}: {e.Message}");
            code = 70;
        }

        return code;
    }

    /// <summary>Runs the command with the given arguments, writing to the given streams; returns
    /// the exit status. Errors are reported on <paramref name="stderr"/> as one line.</summary>
    /// <param name="consoleOutput">Where a guest's console bytes go (stdout as a byte stream);
    /// null writes them to <paramref name="stdout"/> as Latin-1 characters (tests).</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Stream? consoleOutput = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            if (args.Length == 0)
            {
                stderr.WriteLine(Usage);
                return 2;
            }

            switch (args[0])
            {
                case "disasm":
                    return DisasmCommand.Run(args.AsSpan(1), stdout, stderr);
                case "run":
                    return RunCommand.Run(args.AsSpan(1), stdout, stderr, consoleOutput);
                case "patch":
                    return PatchCommand.Run(args.AsSpan(1), stdout);
                case "catalog":
                    return CatalogCommand.Run(args.AsSpan(1), stdout);
                case "help" or "--help" or "-h":
                    stdout.WriteLine(Usage);
                    return 0;
                default:
                    throw new CliException($"unknown command '{args[0]}' (try 'patchvmm help')", 2);
            }
        }
        catch (CliException e)
        {
            stdout.Flush();
            stderr.WriteLine($"{Name}: {e.Message}");
            return e.ExitCode;
        }
    }
}
