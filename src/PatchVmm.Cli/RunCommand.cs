using System.Diagnostics;
using System.Globalization;
using PatchVmm.Ia64.Elf;
using PatchVmm.Machine;
using PatchVmm.Machine.Firmware;
using PatchVmm.Machine.Loading;
using PatchVmm.Machine.State;

namespace PatchVmm.Cli;

/// <summary><c>patchvmm run FILE</c>: boots an IA-64 executable on the machine (native mode)
/// with the guest's console on stdout. Exit status: the guest's SSC EXIT status; 124 when the
/// instruction limit stopped it; 125 when an unhandled interruption or a host-side problem
/// stopped it; 1 when the image cannot be loaded; 2 on a usage error.</summary>
internal static class RunCommand
{
    public const int LimitExitCode = 124;
    public const int FaultExitCode = 125;

    public static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr, Stream? consoleOutput)
    {
        string? file = null, dumpPath = null;
        long maxInstructions = long.MaxValue;
        bool stats = false;
        ulong memory = MachineOptions.DefaultMemorySize;
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            switch (a)
            {
                case "--stats":
                    stats = true;
                    break;
                case "--max-instructions":
                    maxInstructions = ParseCount(Value(args, ref i, a), a);
                    break;
                case "--dump-state":
                    dumpPath = Value(args, ref i, a);
                    break;
                case "--memory":
                    memory = ParseSize(Value(args, ref i, a));
                    break;
                default:
                    if (a.StartsWith('-') && a.Length > 1)
                    {
                        throw new CliException($"run: unknown option '{a}' (try 'patchvmm help')", 2);
                    }

                    if (file is not null)
                    {
                        throw new CliException($"run: one FILE expected, got '{file}' and '{a}'", 2);
                    }

                    file = a;
                    break;
            }
        }

        if (file is null)
        {
            throw new CliException("run: FILE expected (try 'patchvmm help')", 2);
        }

        byte[] data = DisasmCommand.ReadFile(file);
        ElfFile elf;
        try
        {
            elf = ElfFile.Parse(data);
        }
        catch (ElfFormatException e)
        {
            throw new CliException($"{file}: {e.Message}");
        }

        var console = new StreamConsole(consoleOutput, stdout);
        var machine = new Machine.Machine(new MachineOptions { MemorySize = memory }, console);
        try
        {
            machine.Load(elf);
        }
        catch (ElfLoadException e)
        {
            throw new CliException($"{file}: {e.Message}");
        }

        var clock = Stopwatch.StartNew();
        var result = machine.Run(maxInstructions);
        clock.Stop();
        console.Flush();

        if (dumpPath is not null)
        {
            WriteDump(dumpPath, StateDump.ToJson(machine, result));
        }

        if (stats)
        {
            double seconds = clock.Elapsed.TotalSeconds;
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"instructions: {result.Instructions}\ntime: {seconds:F3} s\nMIPS: {(seconds > 0 ? result.Instructions / seconds / 1e6 : 0):F1}\nbundles decoded: {machine.BundlesDecoded}"));
        }

        switch (result.Kind)
        {
            case StopKind.Exit:
                return result.ExitStatus & 0xFF;
            case StopKind.InstructionLimit:
                stderr.WriteLine($"{Program.Name}: {file}: {result.Describe()}");
                return LimitExitCode;
            default:
                stderr.WriteLine($"{Program.Name}: {file}: {result.Describe()}");
                return FaultExitCode;
        }
    }

    private static string Value(ReadOnlySpan<string> args, ref int i, string option) =>
        ++i < args.Length ? args[i] : throw new CliException($"run: {option} needs a value", 2);

    private static long ParseCount(string text, string option) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long n) && n > 0
            ? n
            : throw new CliException($"run: {option} needs a positive whole number, got '{text}'", 2);

    /// <summary>A memory size: bytes, or with a K/M/G suffix (binary units), a multiple of 4 KiB.</summary>
    private static ulong ParseSize(string text)
    {
        ulong unit = 1;
        string digits = text;
        if (text.Length > 1 && char.ToUpperInvariant(text[^1]) is 'K' or 'M' or 'G')
        {
            unit = char.ToUpperInvariant(text[^1]) switch { 'K' => 1UL << 10, 'M' => 1UL << 20, _ => 1UL << 30 };
            digits = text[..^1];
        }

        if (!ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out ulong n) || n == 0 || n > (ulong)Array.MaxLength / unit
            || n * unit % 4096 != 0 || n * unit > (ulong)Array.MaxLength)
        {
            throw new CliException($"run: --memory needs a size that is a multiple of 4K, at most {Array.MaxLength >> 20}M, e.g. 64M; got '{text}'", 2);
        }

        return n * unit;
    }

    private static void WriteDump(string path, string json)
    {
        try
        {
            File.WriteAllText(path, json);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot write the state dump: {e.Message}");
        }
    }

    /// <summary>The guest console on the process's stdout (raw bytes) and stdin.</summary>
    private sealed class StreamConsole(Stream? output, TextWriter fallback) : IGuestConsole
    {
        private Stream? _input;

        public void Write(byte value)
        {
            if (output is not null)
            {
                output.WriteByte(value);
            }
            else
            {
                fallback.Write((char)value);
            }
        }

        public int Read()
        {
            _input ??= Console.OpenStandardInput();
            return _input.ReadByte();
        }

        public void Flush()
        {
            output?.Flush();
            fallback.Flush();
        }
    }
}
