using System.Runtime.InteropServices;

namespace PatchVmm.Machine.Execution;

/// <summary>One pre-decoded instruction: the handler that executes it and the operand values
/// it needs, extracted once when its bundle is first executed. 24 bytes.
/// The meaning of the small fields is the handler's (each binder documents its use); by
/// convention R1/R2/R3 are register numbers, P1/P2 predicate numbers, X an extra field and Imm
/// an immediate, a displacement or a packed pair.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct MicroOp
{
    public delegate*<Cpu, ref MicroOp, int> Handler;
    public long Imm;
    public byte R1;
    public byte R2;
    public byte R3;

    /// <summary>The qualifying predicate the loop tests before calling the handler (0 = always).
    /// Instructions that act even when their predicate is false (unc compares, br.wtop) keep
    /// it elsewhere and set this to 0.</summary>
    public byte Qp;
    public byte P1;
    public byte P2;
    public byte X;

    /// <summary>The highest stacked GR (≥ 32) the instruction names, else 0: the loop raises
    /// Illegal Operation when it lies outside the current frame (SDM Vol. 1 4.1.2).</summary>
    public byte MaxGr;
}
