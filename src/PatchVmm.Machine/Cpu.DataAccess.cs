using System.Runtime.CompilerServices;
using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine;

/// <summary>Data memory accesses of 1, 2, 4, 8 or 16 bytes (SDM Vol. 1 4.4): physical
/// addressing, little-endian, naturally aligned (a misaligned access is an Unaligned Data
/// Reference fault, as on Ski), inside guest memory (else the run stops with the address);
/// and the ALAT that stores keep coherent.</summary>
public sealed partial class Cpu
{
    /// <summary>The ALAT of data speculation (Alat.cs).</summary>
    internal readonly Alat Alat = new();

    /// <summary>Checks an access; returns Flow.Next, or the stop when it faults.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int CheckAccess(ulong address, int size)
    {
        if ((address & (ulong)(size - 1)) != 0)
        {
            return Raise(Interruption.UnalignedDataReference, address);
        }

        return Memory.Contains(address, size) ? Flow.Next : Raise(Interruption.NonexistentMemory, address);
    }

    /// <summary>Reads <paramref name="size"/> bytes, zero-extended; the access was checked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ulong ReadData(ulong address, int size) => size switch
    {
        1 => Memory.Read1(address),
        2 => Memory.Read2(address),
        4 => Memory.Read4(address),
        _ => Memory.Read8(address),
    };

    /// <summary>Writes the low <paramref name="size"/> bytes of <paramref name="value"/> (the
    /// access was checked) and drops the ALAT entries the store overlaps.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void WriteData(ulong address, int size, ulong value)
    {
        Alat.Store(address, size);
        switch (size)
        {
            case 1:
                Memory.Write1(address, (byte)value);
                break;
            case 2:
                Memory.Write2(address, (ushort)value);
                break;
            case 4:
                Memory.Write4(address, (uint)value);
                break;
            default:
                Memory.Write8(address, value);
                break;
        }
    }

    /// <summary>A 16-byte store (st16, stf.spill, stfe's 10 bytes: <paramref name="size"/>):
    /// <paramref name="low"/> at the address, then the bytes of <paramref name="high"/> that
    /// fit; drops the ALAT entries it overlaps.</summary>
    internal void WriteData16(ulong address, int size, ulong low, ulong high)
    {
        Alat.Store(address, size);
        Memory.Write8(address, low);
        if (size == 10)
        {
            Memory.Write2(address + 8, (ushort)high);
        }
        else
        {
            Memory.Write8(address + 8, high);
        }
    }

    /// <summary>The ar.unat bit that ld8.fill/st8.spill use for an address (bits 8:3).</summary>
    internal static int UnatBit(ulong address) => (int)((address >> 3) & 0x3F);

    /// <summary>The ALAT's name for logical GR <paramref name="r"/>: its physical register
    /// (r0–r31 as themselves, as Ski, whatever the bank).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int AlatGr(int r) => 0x200 | (r < 32 ? r : GrMap[r]);

    /// <summary>The ALAT's name for logical FR <paramref name="f"/>: its physical register.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int AlatFr(int f) => 0x300 | FrMap[f];

    /// <summary>Marks FR <paramref name="f"/> as written without changing it (psr.mfl/mfh), as a
    /// check load that hits in the ALAT does on Ski.</summary>
    internal void TouchFr(int f) => Psr |= f < 32 ? 1UL << PsrMfl : 1UL << PsrMfh;
}
