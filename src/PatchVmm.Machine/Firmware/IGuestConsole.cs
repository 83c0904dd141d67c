namespace PatchVmm.Machine.Firmware;

/// <summary>Where the guest's console goes: SSC PUTCHAR writes a byte, SSC GETCHAR reads one.</summary>
public interface IGuestConsole
{
    void Write(byte value);

    /// <summary>The next input byte, or -1 when there is none (SSC GETCHAR then returns 0, as Ski does).</summary>
    int Read();
}

/// <summary>A console that keeps the output in memory and has no input.</summary>
public sealed class BufferConsole : IGuestConsole
{
    private readonly MemoryStream _output = new();

    public void Write(byte value) => _output.WriteByte(value);

    public int Read() => -1;

    public byte[] Output => _output.ToArray();
}
