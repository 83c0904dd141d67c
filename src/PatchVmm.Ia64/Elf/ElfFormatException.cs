namespace PatchVmm.Ia64.Elf;

/// <summary>The bytes are not a well-formed IA-64 ELF64 file; the message says what is wrong
/// and where.</summary>
public sealed class ElfFormatException : Exception
{
    public ElfFormatException()
    {
    }

    public ElfFormatException(string message)
        : base(message)
    {
    }

    public ElfFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
