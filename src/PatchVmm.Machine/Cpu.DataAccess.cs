using System.Runtime.CompilerServices;
using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine;

/// <summary>Data memory accesses of 1, 2, 4, 8 or 16 bytes (SDM Vol. 1 4.4) at physical
/// addresses that translation (Cpu.Translation.cs) has checked: little-endian, or
/// big-endian while psr.be is 1; and the ALAT that stores keep coherent.</summary>
public sealed partial class Cpu
{
    /// <summary>The ALAT of data speculation (Alat.cs).</summary>
    internal readonly Alat Alat = new();

    /// <summary>Reads <paramref name="size"/> bytes, zero-extended; the access was checked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ulong ReadData(ulong address, int size)
    {
        ulong value = size switch
        {
            1 => Memory.Read1(address),
            2 => Memory.Read2(address),
            4 => Memory.Read4(address),
            _ => Memory.Read8(address),
        };
        return (Psr & (1UL << PsrBe)) == 0 ? value : Swap(value, size);
    }

    /// <summary>psr.be (SDM Vol. 1 4.5): data references are big-endian.</summary>
    private static ulong Swap(ulong value, int size) =>
        System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(value) >> (64 - (size * 8));

    /// <summary>Writes the low <paramref name="size"/> bytes of <paramref name="value"/> (the
    /// access was checked) and drops the ALAT entries the store overlaps.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void WriteData(ulong address, int size, ulong value)
    {
        Alat.Store(address, size);
        if ((Psr & (1UL << PsrBe)) != 0)
        {
            value = Swap(value, size);
        }

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
    /// fit; the two writes drop the ALAT entries it overlaps.</summary>
    internal void WriteData16(ulong address, int size, ulong low, ulong high)
    {
        WriteData(address, 8, low);
        WriteData(address + 8, size == 10 ? 2 : 8, high);
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
