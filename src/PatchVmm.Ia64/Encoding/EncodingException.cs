namespace PatchVmm.Ia64;

/// <summary>An instruction or bundle cannot be encoded; the message says which operand or
/// slot and why.</summary>
public sealed class EncodingException(string message) : Exception(message);
