namespace PatchVmm.Machine;

/// <summary>The state the machine boots an image in: Ski's system-mode reset state for an
/// entry in region 0 (DESIGN.md §5), as Ski reports it before the first instruction —
/// psr 0 (physical addressing, cpl 0, bank 0), CFM with sof 96 and nothing else, every GR, PR
/// (but p0), BR, AR, RR and FR (but f1 = 1.0) zero, cr.pta 0x3c, cr.ivr 0xf, all other CRs 0.</summary>
internal static class InitialState
{
    public static void Apply(Cpu cpu)
    {
        cpu.Psr = 0;
        cpu.Pr = 1;
        cpu.Bof = 0;
        cpu.SetFrame(96, 0, 0, 0, 0, 0);
        cpu.FrSignificand[1] = 0x8000_0000_0000_0000;
        cpu.FrSignExponent[1] = 0xFFFF;
        cpu.Cr[ControlRegisters.Pta] = 0x3c;
        cpu.Cr[ControlRegisters.Ivr] = 0xf;
    }
}
