using PatchVmm.Vmm;

namespace CustomTemplates;

/// <summary>The machine side a downstream VMM gives its virtual CPUs. This sample keeps the
/// machine PSR and counts the side effects it is asked for; a real VMM maps each member onto
/// PatchVmm.Machine's host API.</summary>
public sealed class SampleGuestMachine : IGuestMachine
{
    public ulong ProcessorStatus { get; set; }

    /// <summary>Side effects asked for so far.</summary>
    public int SideEffects { get; private set; }

    public void SetApplicationRegister(int n, ulong value) => SideEffects++;

    public void SetRegionRegister(int n, ulong value) => SideEffects++;

    public void SetProtectionKeyRegister(int n, ulong value) => SideEffects++;

    public void CoverFrame() => SideEffects++;

    public void SwitchBank(int bank) => SideEffects++;

    public void RestoreFrame(ulong ifs) => SideEffects++;

    public void InsertTranslation(bool instruction, in TranslationEntry entry) => SideEffects++;

    public void PurgeTranslations(ulong address, int pageSize, uint rid) => SideEffects++;

    public void PurgeAllTranslations() => SideEffects++;

    public bool TryReadPhysical(ulong physicalAddress, Span<byte> destination) => false;

    public void FlushCache(ulong physicalAddress, bool instructionCache) => SideEffects++;
}
