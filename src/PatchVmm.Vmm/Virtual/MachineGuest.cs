using PatchVmm.Machine;
using PatchVmm.Machine.Memory;

namespace PatchVmm.Vmm;

/// <summary><see cref="IGuestMachine"/> over PatchVmm's machine, through its host API
/// (PatchVmm.Machine's Cpu.Host.cs). The guest's physical memory is the machine's, one to
/// one: a shadow translation maps a guest page to the same physical page, and region IDs are
/// the guest's. (A VMM running several guests would remap both; one guest needs neither.)</summary>
public sealed class MachineGuest(Cpu cpu, PhysicalMemory memory) : IGuestMachine
{
    private const ulong Ri = 3UL << 41;

    private readonly Cpu _cpu = cpu ?? throw new ArgumentNullException(nameof(cpu));
    private readonly PhysicalMemory _memory = memory ?? throw new ArgumentNullException(nameof(memory));

    /// <summary>The guest of <paramref name="machine"/>: its processor and its memory.</summary>
    public MachineGuest(Machine.Machine machine)
        : this((machine ?? throw new ArgumentNullException(nameof(machine))).Cpu, machine.Memory)
    {
    }

    /// <summary>The machine's psr. A write keeps the machine's psr.ri (the slot of the next
    /// instruction, which the virtual PSR does not hold).</summary>
    public ulong ProcessorStatus
    {
        get => _cpu.ProcessorStatus;
        set => _cpu.ProcessorStatus = (value & ~Ri) | (_cpu.ProcessorStatus & Ri);
    }

    public void SetApplicationRegister(int n, ulong value) => _cpu.SetApplicationRegister(n, value);

    public void SetRegionRegister(int n, ulong value) => _cpu.SetRegionRegister(n, value);

    public void SetProtectionKeyRegister(int n, ulong value) => _cpu.SetProtectionKeyRegister(n, value);

    public void CoverFrame() => _cpu.CoverFrame();

    public void SwitchBank(int bank) => _cpu.SwitchBank(bank);

    /// <summary>Restores the frame cr.ifs describes; a fill that faults is retried, and raised,
    /// before the guest's next instruction (the machine's deferred fills).</summary>
    public void RestoreFrame(ulong ifs)
    {
        if ((ifs >> 63) != 0)
        {
            _cpu.RestoreFrame(ifs & ((1UL << 38) - 1));
        }
    }

    /// <summary>Inserts the guest's translation into the machine's TLB cache: same virtual page,
    /// same physical page (guest physical = machine physical), same key and attributes.</summary>
    public void InsertTranslation(bool instruction, in TranslationEntry entry) =>
        _cpu.InsertTranslation(instruction, entry.Address, entry.Pte, ((ulong)entry.Key << 8) | ((ulong)entry.PageSize << 2));

    public void PurgeTranslations(ulong address, int pageSize, uint rid) => _cpu.PurgeTranslations(address, pageSize, rid);

    public void PurgeAllTranslations() => _cpu.PurgeAllTranslations();

    public bool TryReadPhysical(ulong physicalAddress, Span<byte> destination)
    {
        if (!_memory.Contains(physicalAddress, destination.Length))
        {
            return false;
        }

        _memory.Read(physicalAddress, destination.Length).CopyTo(destination);
        return true;
    }

    /// <summary>The machine's caches are coherent with memory (a store drops the decoded code
    /// it overlaps), so there is nothing to flush in it; re-scanning patched code that the
    /// guest rewrote is the patcher's (DESIGN.md §3, code modification).</summary>
    public void FlushCache(ulong physicalAddress, bool instructionCache)
    {
    }
}
