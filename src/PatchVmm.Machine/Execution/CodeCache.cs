using PatchVmm.Ia64;
using PatchVmm.Machine.Memory;

namespace PatchVmm.Machine.Execution;

/// <summary>Pre-decoded bundles cached by physical address (DESIGN.md §5): one page of 256
/// <see cref="DecodedBundle"/>s per 4 KiB of guest memory that has been executed, each bundle
/// decoded on its first execution. A store into a page that holds decoded code drops the
/// decoded bundles it overlaps, so modified code is decoded again when it next runs.</summary>
internal sealed class CodeCache : ICodeWatcher
{
    public const int BundlesPerPage = (1 << PhysicalMemory.PageShift) / Bundle.Size;

    private readonly PhysicalMemory _memory;
    private readonly DecodedBundle[]?[] _pages;
    private readonly PreDecoder _preDecoder;

    public CodeCache(PhysicalMemory memory, PreDecoder preDecoder)
    {
        _memory = memory;
        _preDecoder = preDecoder;
        _pages = new DecodedBundle[]?[memory.Size >> PhysicalMemory.PageShift];
        memory.CodeWatcher = this;
    }

    /// <summary>Bundles decoded since the machine started (a measure of cache effectiveness).</summary>
    public long BundlesDecoded { get; private set; }

    /// <summary>The decoded page holding physical <paramref name="address"/>, or null when the
    /// address is outside guest memory.</summary>
    public DecodedBundle[]? Page(ulong address)
    {
        ulong index = address >> PhysicalMemory.PageShift;
        if (index >= (ulong)_pages.Length)
        {
            return null;
        }

        var page = _pages[index];
        if (page is null)
        {
            page = new DecodedBundle[BundlesPerPage];
            _pages[index] = page;
            _memory.MarkCode(address);
        }

        return page;
    }

    /// <summary>Decodes the bundle at physical <paramref name="address"/> into its slot of the
    /// page, for the machine's current FP-register disables (psr.dfl/dfh).</summary>
    public void Decode(ref DecodedBundle bundle, ulong address, Cpu cpu)
    {
        var b = Bundle.Read(_memory.Read(address & ~0xFUL, Bundle.Size));
        _preDecoder.Decode(b, ref bundle, cpu.FpDisabled);
        bundle.Stamp = cpu.CodeStamp;
        BundlesDecoded++;
    }

    public void CodeStored(ulong address, int size)
    {
        var page = _pages[address >> PhysicalMemory.PageShift];
        if (page is null)
        {
            return;
        }

        int first = (int)((address >> 4) % BundlesPerPage);
        int last = (int)(((address + (ulong)size - 1) >> 4) % BundlesPerPage);
        for (int i = first; i <= last; i++)
        {
            page[i].Stamp = 0;
        }
    }
}
