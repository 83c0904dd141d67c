using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PatchVmm.Machine.Memory;

namespace PatchVmm.Machine;

/// <summary>The architectural state of one IA-64 processor (SDM Vol. 1 3.1, Vol. 2 3.3) and
/// the accessors instruction handlers use. Registers are stored physically; logical GR, FR and
/// PR numbers go through the current frame's rename maps (<see cref="RemapGr"/> and friends in
/// Cpu.Frame.cs), so a handler never computes a rotation itself.</summary>
public sealed partial class Cpu
{
    /// <summary>Physical stacked general registers (Ski's default <c>-grfile 128</c>).</summary>
    public const int StackedPhysical = 96;

    // Physical GR layout: 0..15 static, 16..31 bank 1, 32..127 the stacked ring, 128..143 bank 0.
    internal const int Bank0Base = 128;
    internal const int PhysicalGrCount = 144;

    internal readonly ulong[] Gr = new ulong[PhysicalGrCount];
    internal readonly byte[] GrNat = new byte[PhysicalGrCount];

    /// <summary>Logical GR number → physical index, valid for r0..r(31+sof).</summary>
    internal readonly int[] GrMap = new int[128];

    /// <summary>Logical predicates, bit n = pn (p0 always 1). Rotation moves the bits
    /// (Cpu.Frame.cs), so readers and writers never rename.</summary>
    internal ulong Pr = 1;

    internal readonly ulong[] Br = new ulong[8];
    internal readonly ulong[] Ar = new ulong[128];
    internal readonly ulong[] Cr = new ulong[128];
    internal readonly ulong[] Rr = new ulong[8];

    // Floating-point registers, physical: significand and sign|exponent (bit 17 = sign,
    // bits 16:0 = biased exponent), SDM Vol. 1 5.1.
    internal readonly ulong[] FrSignificand = new ulong[128];
    internal readonly uint[] FrSignExponent = new uint[128];

    /// <summary>Logical FR number → physical index (f32..f127 rotate with rrb.fr).</summary>
    internal readonly int[] FrMap = new int[128];

    internal ulong Psr;

    /// <summary>Address of the bundle being executed (kept by the interpreter loop per bundle).</summary>
    internal ulong Ip;

    /// <summary>Slot of the next instruction to execute when the machine is stopped.</summary>
    internal int Slot;

    /// <summary>Where a handler that returned <see cref="Execution.Flow.Branch"/> goes.</summary>
    internal ulong NextIp;
    internal int NextSlot;

    /// <summary>Instructions retired (every executed slot, predicated off or not, as Ski counts).</summary>
    internal long Retired;

    /// <summary>ar.itc ticks per retired instruction; ar.itc reads as
    /// <see cref="ItcOffset"/> + <see cref="Retired"/> × this (DESIGN.md §5: never wall-clock).</summary>
    internal ulong ItcTicksPerInstruction = 1;

    /// <summary>What a write to ar.itc sets: the value minus the ticks so far.</summary>
    internal ulong ItcOffset;

    internal ulong Itc
    {
        get => ItcOffset + ((ulong)Retired * ItcTicksPerInstruction);
        set => ItcOffset = value - ((ulong)Retired * ItcTicksPerInstruction);
    }

    internal readonly PhysicalMemory Memory;

    /// <summary>Ski-compatible firmware reached by <c>break 0x80001</c>; null = none (every break faults).</summary>
    internal Firmware.SscFirmware? Firmware;

    public Cpu(PhysicalMemory memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        Memory = memory;
        for (int i = 0; i < 128; i++)
        {
            FrMap[i] = i;
        }

        RemapStaticGr();
        RemapGr();
    }

    // ---- general registers -------------------------------------------------------------

    /// <summary>The value of logical GR <paramref name="r"/>; the caller has checked the frame
    /// (the loop does, through <see cref="Execution.MicroOp.MaxGr"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ulong GetGr(int r) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Gr), Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(GrMap), r));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool GetNat(int r) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(GrNat), Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(GrMap), r)) != 0;

    /// <summary>Writes logical GR <paramref name="r"/> (never r0: binders reject it as a target).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void SetGr(int r, ulong value, bool nat = false)
    {
        int p = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(GrMap), r);
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Gr), p) = value;
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(GrNat), p) = nat ? (byte)1 : (byte)0;
    }

    // ---- predicates ----------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool GetPr(int p) => ((Pr >> p) & 1) != 0;

    /// <summary>Writes logical predicate <paramref name="p"/>; writes to p0 are ignored.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void SetPr(int p, bool value)
    {
        ulong bit = 1UL << p;
        Pr = ((Pr & ~bit) | (value ? bit : 0)) | 1;
    }

    // ---- floating-point registers --------------------------------------------------------

    /// <summary>NaTVal, the FR encoding of a deferred exception (SDM Vol. 1 5.1.1): sign 0,
    /// exponent 0x1FFFE, significand 0.</summary>
    internal const uint NaTValExponent = 0x1FFFE;

    internal void GetFr(int f, out ulong significand, out uint signExponent)
    {
        int p = FrMap[f];
        significand = FrSignificand[p];
        signExponent = FrSignExponent[p];
    }

    /// <summary>Writes logical FR <paramref name="f"/> (f0 and f1 are read-only: binders reject
    /// them as targets) and marks the FR half it belongs to as modified (psr.mfl for f2–f31,
    /// psr.mfh for f32–f127; SDM Vol. 2 3.3.2).</summary>
    internal void SetFr(int f, ulong significand, uint signExponent)
    {
        int p = FrMap[f];
        FrSignificand[p] = significand;
        FrSignExponent[p] = signExponent & 0x3FFFF;
        Psr |= f < 32 ? 1UL << PsrMfl : 1UL << PsrMfh;
    }

    internal bool IsFrNaTVal(int f)
    {
        int p = FrMap[f];
        return FrSignificand[p] == 0 && FrSignExponent[p] == NaTValExponent;
    }

    // ---- interruptions -------------------------------------------------------------------

    /// <summary>Why the run stopped, set by <see cref="Raise"/> or the firmware.</summary>
    internal StopKind StopKind;

    /// <summary>The interruption raised, when <see cref="StopKind"/> is
    /// <see cref="Machine.StopKind.Interruption"/>.</summary>
    internal Interruption PendingInterruption;

    /// <summary>Detail of a stop: the address outside memory, the row without semantics, or
    /// the cr.ifa/cr.iim value of an interruption that found no handler.</summary>
    internal ulong InterruptionDetail;

    /// <summary>Human-readable detail for a host-side stop.</summary>
    internal string? StopMessage;

    // ---- processor status register (SDM Vol. 2 3.3.2) ------------------------------------

    internal const int PsrBe = 1, PsrUp = 2, PsrAc = 3, PsrMfl = 4, PsrMfh = 5, PsrIc = 13, PsrI = 14,
        PsrPk = 15, PsrDt = 17, PsrDfl = 18, PsrDfh = 19, PsrSp = 20, PsrPp = 21, PsrDi = 22, PsrSi = 23,
        PsrDb = 24, PsrLp = 25, PsrTb = 26, PsrRt = 27, PsrCpl = 32, PsrIs = 34, PsrMc = 35, PsrIt = 36,
        PsrId = 37, PsrDa = 38, PsrDd = 39, PsrSs = 40, PsrRi = 41, PsrEd = 43, PsrBn = 44, PsrIa = 45;

    internal bool PsrBit(int bit) => ((Psr >> bit) & 1) != 0;

    internal int Cpl => (int)((Psr >> PsrCpl) & 3);

    /// <summary>psr.cpl = <paramref name="level"/> (br.ret's demotion, epc's promotion).</summary>
    internal void SetCpl(int level) => WritePsr((Psr & ~(3UL << PsrCpl)) | ((ulong)level << PsrCpl));
}
