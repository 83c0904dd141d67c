namespace PatchVmm.Cli;

/// <summary>A failure reported to the user as one line on stderr (no stack trace).</summary>
internal sealed class CliException(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
