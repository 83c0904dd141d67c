namespace PatchVmm.Vmm;

/// <summary>The side effects of emulation that only the machine can perform (DESIGN.md §2: the
/// VMM sees the machine through a narrow interface). Emulation routines change the virtual
/// state in <see cref="VirtualCpu"/> and read and write the guest's general, branch, predicate
/// and application registers through <see cref="VirtualCpu.Cpu"/>; everything else that must
/// reach the real processor goes through here. The VMM's implementation over
/// <c>PatchVmm.Machine</c> maps each member onto the machine's host API.</summary>
public interface IGuestMachine
{
    /// <summary>The machine's processor status register, as the de-privileged guest runs with it.
    /// Emulation reads its user mask (be, up, ac, mfl, mfh: the guest changes them without
    /// trapping) and writes the value <see cref="VirtualCpu.MachinePsr"/> composes.</summary>
    ulong ProcessorStatus { get; set; }

    /// <summary>Writes application register <paramref name="n"/> without the privilege checks of
    /// <c>mov ar=</c> (ar.k0–k7: the guest reads them natively at any level).</summary>
    void SetApplicationRegister(int n, ulong value);

    /// <summary>Writes region register <paramref name="n"/> (0–7) of the machine.</summary>
    void SetRegionRegister(int n, ulong value);

    /// <summary>Writes protection key register <paramref name="n"/> of the machine.</summary>
    void SetProtectionKeyRegister(int n, ulong value);

    /// <summary>The frame part of <c>cover</c> (SDM Vol. 3 cover): the current frame joins the
    /// dirty partition and CFM becomes an empty frame. cr.ifs is not written (the virtual
    /// cr.ifs is the emulation's).</summary>
    void CoverFrame();

    /// <summary>Makes GR bank <paramref name="bank"/> (0 or 1) the current one for r16–r31
    /// and sets the machine's psr.bn to it (SDM Vol. 3 bsw).</summary>
    void SwitchBank(int bank);

    /// <summary>The frame part of <c>rfi</c> (SDM Vol. 3 rfi): when <paramref name="ifs"/>.v
    /// (bit 63) is set, CFM becomes <paramref name="ifs"/>.ifm (bits 37:0) and the RSE restores
    /// the frame's registers from the backing store; otherwise nothing.</summary>
    void RestoreFrame(ulong ifs);

    /// <summary>Inserts a translation the guest inserted into its virtual TLB into the
    /// machine's TLB (the shadow translation: guest-physical is turned into machine-physical
    /// by the implementation).</summary>
    void InsertTranslation(bool instruction, in TranslationEntry entry);

    /// <summary>Purges the machine's translations of the guest's page
    /// [<paramref name="address"/>, +2^<paramref name="pageSize"/>) in region id <paramref name="rid"/>.</summary>
    void PurgeTranslations(ulong address, int pageSize, uint rid);

    /// <summary>Purges every translation cache entry of the machine that holds guest translations.</summary>
    void PurgeAllTranslations();

    /// <summary>Reads <paramref name="destination"/>.Length bytes of guest physical memory at
    /// <paramref name="physicalAddress"/> (the VHPT walker of the virtual TLB reads the guest's
    /// page table this way); false, reading nothing, when they are not all guest memory.</summary>
    bool TryReadPhysical(ulong physicalAddress, Span<byte> destination);

    /// <summary><c>fc</c>/<c>fc.i</c> of the guest line holding physical
    /// <paramref name="physicalAddress"/>: makes it coherent (for fc.i with instruction fetch:
    /// the machine's decoded bundles and the VMM's patches of the line are re-scanned).</summary>
    void FlushCache(ulong physicalAddress, bool instructionCache);
}
