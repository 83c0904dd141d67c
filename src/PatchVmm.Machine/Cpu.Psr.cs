namespace PatchVmm.Machine;

/// <summary>Writing the processor status register (SDM Vol. 2 3.3.2) and the effects a write
/// has beyond the bits: psr.bn selects the register bank for r16–r31 (the rename map
/// changes), and every change makes the interpreter look at the machine again before the
/// next instruction (translation, privilege, single-step and debug modes, interrupt
/// masking: <see cref="ScheduleCheck"/>). psr.ic changes are tracked for cr.iipa by the
/// instructions that make them (<see cref="TrackIc"/>).</summary>
public sealed partial class Cpu
{
    /// <summary>psr.ia, id, da, dd and ed: each disables a check for one instruction (SDM Vol. 2
    /// 3.3.2); an instruction that completes clears them (but rfi, which installs them).</summary>
    internal const ulong OneInstructionDisables = (1UL << PsrIa) | (1UL << PsrId) | (1UL << PsrDa) | (1UL << PsrDd) | (1UL << PsrEd);

    /// <summary>Bits whose change alters translation or protection (it, dt, rt, pk, cpl, db, and
    /// the single-instruction access-bit/debug disables).</summary>
    private const ulong TranslationBits = (1UL << PsrIt) | (1UL << PsrDt) | (1UL << PsrRt) | (1UL << PsrPk)
        | (3UL << PsrCpl) | (1UL << PsrDb) | OneInstructionDisables;

    /// <summary>Replaces the whole psr: switches the bank when bn changes and schedules a look at
    /// the machine's modes before the next instruction.</summary>
    internal void WritePsr(ulong value)
    {
        ulong changed = Psr ^ value;
        if (changed == 0)
        {
            return;
        }

        Psr = value;
        if ((changed & (1UL << PsrBn)) != 0)
        {
            RemapStaticGr();
        }

        if ((changed & TranslationBits) != 0)
        {
            TranslationChanged();
        }

        if ((changed & ((1UL << PsrDfl) | (1UL << PsrDfh))) != 0)
        {
            // FP instructions are decoded for the disables (PreDecoder): decode again.
            CodeStamp = CodeStamp == int.MaxValue ? 1 : CodeStamp + 1;
        }

        ScheduleCheck();
    }

    /// <summary>The stamp decoded bundles must carry to be current (DecodedBundle.Stamp); it
    /// changes with psr.dfl/dfh, for which FP instructions are decoded.</summary>
    internal int CodeStamp = 1;

    /// <summary>psr.dfl (bit 0) and psr.dfh (bit 1): the FP register halves whose use faults.</summary>
    internal int FpDisabled => (int)((Psr >> PsrDfl) & 3);

    /// <summary>Switches r16–r31 to bank <paramref name="bank"/> (psr.bn), as bsw does (SDM Vol. 3 bsw).</summary>
    internal void SelectBank(int bank) => WritePsr(bank != 0 ? Psr | (1UL << PsrBn) : Psr & ~(1UL << PsrBn));

    /// <summary>Keeps cr.iipa right across a psr.ic change made by an instruction or by host
    /// code: when ic goes off, cr.iipa takes the bundle of instruction <paramref name="last"/>
    /// (the last one that completed with ic = 1); when it goes on, instructions from
    /// <paramref name="first"/> count.</summary>
    internal void TrackIc(bool wasOn, bool isOn, long last, long first)
    {
        if (wasOn && !isOn)
        {
            UpdateIipa(last);
            IcOnAt = long.MaxValue;
        }
        else if (!wasOn && isOn)
        {
            IcOnAt = first;
        }
    }

    /// <summary>The whole psr as host code sees it, psr.ri being <see cref="InstructionSlot"/>
    /// (the slot of the next instruction, or of the interrupted one in a host handler: the
    /// value cr.ipsr holds then). Setting it takes effect before the next instruction (bank,
    /// translation, modes) as if an rfi had installed it: ri becomes the slot.</summary>
    public ulong ProcessorStatus
    {
        get => (Psr & ~(3UL << PsrRi)) | ((ulong)Slot << PsrRi);
        set
        {
            int slot = (int)((value >> PsrRi) & 3);
            if (slot == 3)
            {
                throw new ArgumentOutOfRangeException(nameof(value), $"psr.ri = 3 is no slot (0x{value:x})");
            }

            bool wasOn = PsrBit(PsrIc);
            WritePsr(value & ~(3UL << PsrRi));
            TrackIc(wasOn, PsrBit(PsrIc), Retired - 1, Retired);
            Slot = slot;
        }
    }
}
