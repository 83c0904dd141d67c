using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PatchVmm.Machine.Memory;

/// <summary>Guest physical memory: one zero-filled block of a configurable size starting at
/// physical address 0, little-endian. Every access is bounds-checked by the caller through
/// <see cref="Contains"/>; the <c>Read</c>/<c>Write</c> methods assume it passed.
/// Stores into pages that hold pre-decoded code tell the <see cref="CodeWatcher"/>.</summary>
public sealed class PhysicalMemory
{
    public const int PageShift = 12;

    private readonly byte[] _bytes;
    private readonly byte[] _codePages;

    public PhysicalMemory(ulong size)
    {
        if (size == 0 || size % (1UL << PageShift) != 0 || size > (ulong)Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size,
                $"guest memory must be a non-zero multiple of 4 KiB and at most {Array.MaxLength} bytes");
        }

        _bytes = GC.AllocateArray<byte>((int)size);
        _codePages = new byte[size >> PageShift];
    }

    public ulong Size => (ulong)_bytes.Length;

    /// <summary>Called when a store hits a page marked with <see cref="MarkCode"/>.</summary>
    internal ICodeWatcher? CodeWatcher { get; set; }

    /// <summary>True when [address, address+size) lies inside guest memory.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(ulong address, int size) => address <= (ulong)_bytes.Length - (ulong)size;

    public ReadOnlySpan<byte> Read(ulong address, int size) =>
        Contains(address, size) ? _bytes.AsSpan((int)address, size)
        : throw new ArgumentOutOfRangeException(nameof(address), $"[0x{address:x}, +{size}) is outside guest memory");

    /// <summary>Copies host data into guest memory (loader, firmware), invalidating decoded code.</summary>
    public void Write(ulong address, ReadOnlySpan<byte> data)
    {
        if (!Contains(address, data.Length))
        {
            throw new ArgumentOutOfRangeException(nameof(address), $"[0x{address:x}, +{data.Length}) is outside guest memory");
        }

        data.CopyTo(_bytes.AsSpan((int)address));
        NotifyStore(address, data.Length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref byte At(ulong address) => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_bytes), (nint)address);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal byte Read1(ulong a) => At(a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ushort Read2(ulong a) => Unsafe.ReadUnaligned<ushort>(ref At(a));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal uint Read4(ulong a) => Unsafe.ReadUnaligned<uint>(ref At(a));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ulong Read8(ulong a) => Unsafe.ReadUnaligned<ulong>(ref At(a));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Write1(ulong a, byte v)
    {
        At(a) = v;
        CheckCode(a, 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Write2(ulong a, ushort v)
    {
        Unsafe.WriteUnaligned(ref At(a), v);
        CheckCode(a, 2);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Write4(ulong a, uint v)
    {
        Unsafe.WriteUnaligned(ref At(a), v);
        CheckCode(a, 4);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Write8(ulong a, ulong v)
    {
        Unsafe.WriteUnaligned(ref At(a), v);
        CheckCode(a, 8);
    }

    static PhysicalMemory()
    {
        if (!BitConverter.IsLittleEndian)
        {
            // The guest is little-endian (psr.be = 0); the accessors above read host order.
            throw new PlatformNotSupportedException("PatchVmm's machine needs a little-endian host");
        }
    }

    /// <summary>Marks the page holding <paramref name="address"/> as holding pre-decoded code.</summary>
    internal void MarkCode(ulong address) => _codePages[address >> PageShift] = 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CheckCode(ulong address, int size)
    {
        // Accesses are naturally aligned (≤ 16 bytes), so they never cross a page.
        if (Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_codePages), (nint)(address >> PageShift)) != 0)
        {
            CodeWatcher?.CodeStored(address, size);
        }
    }

    private void NotifyStore(ulong address, int size)
    {
        for (ulong page = address >> PageShift, last = (address + (ulong)Math.Max(size, 1) - 1) >> PageShift; page <= last; page++)
        {
            if (_codePages[page] != 0)
            {
                CodeWatcher?.CodeStored(page << PageShift, 1 << PageShift);
            }
        }
    }
}

/// <summary>Told about stores into pages that hold pre-decoded code.</summary>
internal interface ICodeWatcher
{
    void CodeStored(ulong address, int size);
}
