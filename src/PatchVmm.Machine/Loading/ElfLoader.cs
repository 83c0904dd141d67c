using PatchVmm.Ia64.Elf;
using PatchVmm.Machine.Memory;

namespace PatchVmm.Machine.Loading;

/// <summary>Loads an IA-64 ELF64 executable into guest physical memory the way Ski's system
/// mode does for an image in region 0: every PT_LOAD segment at its physical address
/// (p_paddr), zero-filled to its memory size; execution starts at the entry point.</summary>
internal static class ElfLoader
{
    public static ulong Load(ElfFile elf, PhysicalMemory memory)
    {
        if (elf.Machine != ElfFile.MachineIa64)
        {
            throw new ElfLoadException($"not an IA-64 image (e_machine {elf.Machine})");
        }

        if (elf.Type != ElfFile.TypeExecutable)
        {
            throw new ElfLoadException($"not an executable (e_type {elf.Type}); link it first");
        }

        if (elf.Entry >> 61 != 0)
        {
            throw new ElfLoadException($"entry point 0x{elf.Entry:x} is not in region 0; only physical-mode (region 0) images boot");
        }

        if ((elf.Entry & 0xF) != 0)
        {
            throw new ElfLoadException($"entry point 0x{elf.Entry:x} is not 16-byte aligned (a bundle address)");
        }

        var loads = elf.Segments.Where(s => s.IsLoad && s.MemorySize > 0).ToList();
        if (loads.Count == 0)
        {
            throw new ElfLoadException("the image has no loadable segment");
        }

        foreach (var segment in loads)
        {
            ulong start = segment.PhysicalAddress, size = segment.MemorySize;
            if (size > memory.Size || start > memory.Size - size)
            {
                throw new ElfLoadException(
                    $"segment at physical 0x{start:x} (+0x{size:x} bytes) does not fit in the guest's {memory.Size >> 20} MiB of memory");
            }

            var contents = elf.GetContents(segment).Span;
            memory.Write(start, contents);
        }

        if (!loads.Any(s => elf.Entry >= s.PhysicalAddress && elf.Entry - s.PhysicalAddress < s.MemorySize && (s.Flags & ElfSegment.FlagExecute) != 0))
        {
            throw new ElfLoadException($"entry point 0x{elf.Entry:x} is not inside an executable segment");
        }

        return elf.Entry;
    }
}
