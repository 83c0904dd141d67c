using System.Globalization;
using PatchVmm.Ia64;

namespace PatchVmm.Cli;

/// <summary>Prints a range of a section the way GNU objdump 2.40 does for IA-64: one line per
/// slot (objdump steps through a bundle 6, 6, then 4 bytes; the X instruction of an MLX
/// bundle takes 10 bytes, its last 4 on a line of their own), an address column as wide as
/// the section's end address needs, runs of 16 or more zero bytes shown as "...", and a
/// bundle that cannot be read whole reported as "Address 0x… is out of bounds.".</summary>
internal sealed class ObjdumpListing
{
    /// <summary>objdump's skip_zeroes for IA-64: this many zero bytes in a row print as "...".</summary>
    private const int SkipZeroes = 16;

    /// <summary>objdump's skip_zeroes_at_end: fewer zero bytes than this at the end are skipped too.</summary>
    private const int SkipZeroesAtEnd = 3;

    private const int SlotBytes = 6;
    private const int DataBytesPerLine = 16;

    private readonly TextWriter _out;
    private readonly ReadOnlyMemory<byte> _data;
    private readonly ulong _vma;
    private readonly ulong _size;
    private readonly int _skip;
    private readonly BundleReport _report;
    private readonly char[] _address = new char[16];

    private ulong _cachedBundle = ulong.MaxValue;
    private bool _cacheValid;
    private BundleText _cachedText;
    private bool _cachedMlx;

    public ObjdumpListing(TextWriter output, ReadOnlyMemory<byte> data, ulong vma, BundleReport report)
    {
        _out = output;
        _data = data;
        _vma = vma;
        _size = (ulong)data.Length;
        _skip = SkipAddressChars(vma, _size);
        _report = report;
    }

    /// <summary>The section's name for messages (null for a raw binary).</summary>
    public string? Section { get; init; }

    /// <summary>How branch targets are printed (null: "0x…").</summary>
    public IAddressFormatter? Targets { get; set; }

    /// <summary>objdump's count of leading address characters left out: the leading zeros of
    /// the 16-digit end address, less one, rounded down to a multiple of four.</summary>
    public static int SkipAddressChars(ulong vma, ulong size)
    {
        ulong end = unchecked(vma + size);
        int zeros = end == 0 ? 16 : System.Numerics.BitOperations.LeadingZeroCount(end) / 4;
        if (zeros == 16 && vma != 0)
        {
            return 0;
        }

        return zeros == 0 ? 0 : (zeros - 1) & ~3;
    }

    /// <summary>Prints [<paramref name="start"/>, <paramref name="stop"/>) (section offsets).
    /// <paramref name="insns"/> false dumps bytes with their ASCII (objdump does that for data
    /// objects in code sections). <paramref name="limitReads"/> (objdump -d, not -D) forbids
    /// reading a bundle past <paramref name="stop"/>.</summary>
    public void Print(ulong start, ulong stop, bool insns, bool limitReads)
    {
        var data = _data.Span;
        ulong offset = start;
        while (offset < stop)
        {
            ulong zeros = 0;
            while (offset + zeros < stop && data[(int)(offset + zeros)] == 0)
            {
                zeros++;
            }

            if (zeros >= SkipZeroes || (offset + zeros == stop && zeros < SkipZeroesAtEnd))
            {
                if (offset + zeros != stop)
                {
                    zeros &= ~3UL;
                }

                _out.Write("\t...\n");
                offset += zeros;
                continue;
            }

            ulong address = unchecked(_vma + offset);
            WriteAddress(address);
            if (!insns)
            {
                int n = (int)Math.Min(DataBytesPerLine, stop - offset);
                WriteBytes(data, offset, n, stop, DataBytesPerLine);
                _out.Write("    ");
                for (int i = 0; i < n; i++)
                {
                    byte b = data[(int)offset + i];
                    _out.Write(b is >= 0x20 and < 0x7F ? (char)b : '.');
                }

                _out.Write('\n');
                offset += (ulong)n;
                continue;
            }

            int slot = (int)(address & 0xF) / SlotBytes;
            ulong bundleAddress = address & ~0xFUL;
            if (!Readable(bundleAddress, stop, limitReads))
            {
                _out.Write("Address 0x");
                _out.Write(bundleAddress.ToString("x", CultureInfo.InvariantCulture));
                _out.Write(" is out of bounds.\n\n");
                _report.OutOfBounds(Section, address, bundleAddress, _vma, _size);
                return;
            }

            Decode(bundleAddress);
            string text;
            int octets;
            switch (slot)
            {
                case 0:
                    text = _cachedText.Line0;
                    octets = SlotBytes;
                    break;
                case 1:
                    text = _cachedText.Line1;
                    octets = _cachedMlx ? 10 : SlotBytes;
                    break;
                default:
                    text = _cachedMlx ? _cachedText.Line1 : _cachedText.Line2;
                    octets = 4;
                    break;
            }

            int first = Math.Min(octets, SlotBytes);
            WriteBytes(data, offset, first, stop, SlotBytes);
            _out.Write('\t');
            _out.Write(text);
            for (int pb = first; pb < octets; pb += SlotBytes)
            {
                _out.Write('\n');
                WriteAddress(unchecked(address + (ulong)pb));
                WriteBytes(data, offset + (ulong)pb, Math.Min(SlotBytes, octets - pb), stop, 0);
            }

            _out.Write('\n');
            offset += (ulong)octets;
        }
    }

    /// <summary>objdump's buffer_read_memory: the 16 bytes must lie in the section and, with
    /// -d, before the stop address (the next symbol).</summary>
    private bool Readable(ulong bundleAddress, ulong stop, bool limitReads)
    {
        if (bundleAddress < _vma)
        {
            return false;
        }

        ulong rel = bundleAddress - _vma;
        if (_size < 16 || rel > _size - 16)
        {
            return false;
        }

        if (limitReads)
        {
            ulong stopVma = unchecked(_vma + stop);
            if (bundleAddress >= stopVma || unchecked(bundleAddress + 16) > stopVma)
            {
                return false;
            }
        }

        return true;
    }

    private void Decode(ulong bundleAddress)
    {
        if (_cacheValid && _cachedBundle == bundleAddress)
        {
            return;
        }

        var bundle = Bundle.Read(_data.Span.Slice((int)(bundleAddress - _vma), Bundle.Size));
        var template = bundle.Template;
        if (template.IsReserved)
        {
            _report.Reserved(bundleAddress, template);
        }

        _cachedText = Disassembler.Disassemble(bundle, bundleAddress, Targets);
        _cachedMlx = !template.IsReserved && template.SlotUnit(1) == Unit.L;
        _cachedBundle = bundleAddress;
        _cacheValid = true;
    }

    /// <summary>The address as objdump prints it before ":\t": leading zeros become spaces.</summary>
    private void WriteAddress(ulong address)
    {
        ulong a = address;
        for (int i = 15; i >= 0; i--)
        {
            _address[i] = Hex((int)(a & 0xF));
            a >>= 4;
        }

        for (int i = _skip; i < 15 && _address[i] == '0'; i++)
        {
            _address[i] = ' ';
        }

        _out.Write(_address, _skip, 16 - _skip);
        _out.Write(":\t");
    }

    /// <summary>"xx " for each of <paramref name="count"/> bytes (a byte at or past
    /// <paramref name="stop"/> prints as a lone space, as objdump does), then "   " up to
    /// <paramref name="width"/> bytes.</summary>
    private void WriteBytes(ReadOnlySpan<byte> data, ulong offset, int count, ulong stop, int width)
    {
        Span<char> buf = stackalloc char[DataBytesPerLine * 3];
        int n = 0;
        for (int i = 0; i < count; i++)
        {
            ulong j = offset + (ulong)i;
            if (j + 1 <= stop)
            {
                byte b = data[(int)j];
                buf[n++] = Hex(b >> 4);
                buf[n++] = Hex(b & 0xF);
            }

            buf[n++] = ' ';
        }

        for (int i = count; i < width; i++)
        {
            buf[n++] = ' ';
            buf[n++] = ' ';
            buf[n++] = ' ';
        }

        _out.Write(buf[..n]);
    }

    private static char Hex(int nibble) => (char)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
}
