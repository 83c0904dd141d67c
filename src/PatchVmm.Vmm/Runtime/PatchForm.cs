namespace PatchVmm.Vmm;

/// <summary>The instruction an emulation patch is: the <c>break</c> of the slot's unit
/// (DESIGN.md §4), or the branch form.</summary>
public enum PatchForm : byte
{
    BreakM,
    BreakI,
    BreakB,
    BreakF,
    /// <summary><c>break.x</c>: slots 1 (L) and 2 of an MLX bundle.</summary>
    BreakX,
    /// <summary><c>br.cond</c> (B1) to the site's trampoline, ±16 M bundles of reach.</summary>
    BranchB,
    /// <summary><c>brl.cond</c> (X3) to the site's trampoline, any reach.</summary>
    BranchX,
}

public static class PatchForms
{
    /// <summary>objdump's spelling of the patch instruction.</summary>
    public static string Mnemonic(this PatchForm form) => form switch
    {
        PatchForm.BreakM => "break.m",
        PatchForm.BreakI => "break.i",
        PatchForm.BreakB => "break.b",
        PatchForm.BreakF => "break.f",
        PatchForm.BreakX => "break.x",
        PatchForm.BranchB => "br.cond",
        _ => "brl.cond",
    };
}
