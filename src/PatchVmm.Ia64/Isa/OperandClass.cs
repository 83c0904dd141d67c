namespace PatchVmm.Ia64;

/// <summary>What an operand value means and how objdump shows it (Isa/README.md).</summary>
public enum OperandClass : byte
{
    Gr,
    Fr,
    Pr,
    Br,
    Ar,
    Cr,
    UDec,
    SDec,
    UHex,
    SHex,
    Target,
    Inc3,
    MbType,
}
