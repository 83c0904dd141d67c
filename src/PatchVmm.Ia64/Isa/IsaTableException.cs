namespace PatchVmm.Ia64;

/// <summary>The embedded instruction table is inconsistent; the message names file and line.</summary>
public sealed class IsaTableException(string message) : Exception(message);
