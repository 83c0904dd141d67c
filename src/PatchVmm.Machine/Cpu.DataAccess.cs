using System.Runtime.CompilerServices;
using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine;

/// <summary>Data memory accesses of 1, 2, 4 or 8 bytes (SDM Vol. 1 4.4): physical addressing,
/// little-endian, naturally aligned (a misaligned access is an Unaligned Data Reference
/// fault, as on Ski), inside guest memory (else the run stops with the address).</summary>
public sealed partial class Cpu
{
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void WriteData(ulong address, int size, ulong value)
    {
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

    /// <summary>The ar.unat bit that ld8.fill/st8.spill use for an address (bits 8:3).</summary>
    internal static int UnatBit(ulong address) => (int)((address >> 3) & 0x3F);
}
