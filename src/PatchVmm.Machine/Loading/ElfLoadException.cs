namespace PatchVmm.Machine.Loading;

/// <summary>An executable the machine cannot boot; the message says why.</summary>
public sealed class ElfLoadException(string message) : Exception(message);
