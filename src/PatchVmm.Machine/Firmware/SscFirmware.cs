using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine.Firmware;

/// <summary>Ski's simulator system calls (SSC), so programs written for Ski's system mode run
/// unchanged (DESIGN.md §5): <c>break 0x80001</c> (or 0x80000) with the call number in r15 and
/// arguments in r32..r35; results come back in r8.</summary>
public sealed class SscFirmware(IGuestConsole console)
{
    public const int ConsoleInit = 20;
    public const int GetChar = 21;
    public const int PutChar = 31;
    public const int ConnectInterrupt = 58;
    public const int GenerateInterrupt = 59;
    public const int GetRtc = 65;
    public const int Exit = 66;

    /// <summary>The guest clock of GET_RTC starts at 2000-01-01 00:00:00 and advances one second
    /// per <see cref="InstructionsPerSecond"/> retired instructions, so it is deterministic.</summary>
    public const long InstructionsPerSecond = 100_000_000;

    private static readonly DateTime Epoch = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    // CONNECT_INTERRUPT's table: interrupt source type -> the vector GENERATE_INTERRUPT pends.
    private readonly Dictionary<ulong, int> _interruptVectors = [];

    // Everything PUTCHAR wrote, for the state dump (the console gets it too).
    private readonly MemoryStream _transcript = new();

    /// <summary>The most console output kept for <see cref="Transcript"/>.</summary>
    public const int TranscriptLimit = 16 << 20;

    public IGuestConsole Console { get; } = console;

    /// <summary>The console output so far (the first <see cref="TranscriptLimit"/> bytes).</summary>
    public byte[] Transcript => _transcript.ToArray();

    /// <summary>The status the guest passed to EXIT.</summary>
    public int ExitStatus { get; private set; }

    public static bool IsSscImmediate(ulong imm) => imm is 0x80000 or 0x80001;

    internal int Call(Cpu cpu)
    {
        ulong code = cpu.GetGr(15);
        ulong arg0 = Argument(cpu, 0);
        switch (code)
        {
            case ConsoleInit:
                return Flow.Next;
            case PutChar:
                Console.Write((byte)arg0);
                if (_transcript.Length < TranscriptLimit)
                {
                    _transcript.WriteByte((byte)arg0);
                }

                return Flow.Next;
            case GetChar:
                int c = Console.Read();
                cpu.SetGr(8, c < 0 ? 0 : (ulong)(sbyte)(byte)c);
                return Flow.Next;
            case ConnectInterrupt:
                // Source type r32 raises vector r33 (Ski: a later connect of the type replaces it).
                _interruptVectors[arg0] = (int)(Argument(cpu, 1) & 0xFF);
                return Flow.Next;
            case GenerateInterrupt:
                // Pends the vector connected to source type r32 (none: nothing); the reserved
                // vectors 1 and 3-15 are ignored. A deliverable interrupt is taken before the
                // next instruction, as after any pend (Ski's pendSscIrpt).
                if (_interruptVectors.TryGetValue(arg0, out int vector))
                {
                    cpu.PendExternalInterrupt(vector);
                }

                return Flow.Next;
            case GetRtc:
                return WriteTime(cpu, arg0);
            case Exit:
                cpu.SetGr(8, arg0);
                ExitStatus = (int)arg0;
                cpu.StopKind = StopKind.Exit;
                return Flow.Stop;
            default:
                return cpu.Stop(Interruption.Unimplemented, code, $"SSC call {code} is not provided by PatchVmm's firmware (r15 = {code})");
        }
    }

    /// <summary>Argument <paramref name="n"/> is r(32+n) of the caller's frame (0 outside it).</summary>
    private static ulong Argument(Cpu cpu, int n) => 32 + n < cpu.GrEnd ? cpu.GetGr(32 + n) : 0;

    /// <summary>GET_RTC: eight 32-bit words at physical r32 — year − 1900, month 0–11, day,
    /// hour, minute, second, millisecond, weekday (Ski's SscTime).</summary>
    private static int WriteTime(Cpu cpu, ulong address)
    {
        if (!cpu.Memory.Contains(address, 32))
        {
            return cpu.Stop(Interruption.NonexistentMemory, address);
        }

        long ms = cpu.Retired * 1000 / InstructionsPerSecond;
        var t = Epoch.AddMilliseconds(ms);
        int[] words = [t.Year - 1900, t.Month - 1, t.Day, t.Hour, t.Minute, t.Second, t.Millisecond, (int)t.DayOfWeek];
        Span<byte> bytes = stackalloc byte[32];
        for (int i = 0; i < words.Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes[(i * 4)..], words[i]);
        }

        cpu.Memory.Write(address, bytes);
        return Flow.Next;
    }
}
