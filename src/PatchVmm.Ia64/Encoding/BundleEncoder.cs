namespace PatchVmm.Ia64;

/// <summary>Builds whole bundles from a template and instructions, checking that each
/// instruction's unit fits its slot (SDM Vol. 3 §4.1).</summary>
public static class BundleEncoder
{
    /// <summary>Encodes three instructions into a bundle of <paramref name="template"/>.
    /// For MLX templates pass the X-unit instruction as <paramref name="slot2"/> and leave
    /// <paramref name="slot1"/> default or undecoded (its bits come from the X instruction).</summary>
    public static Bundle Encode(BundleTemplate template, in Instruction slot0, in Instruction slot1, in Instruction slot2)
    {
        if (template.IsReserved)
        {
            throw new EncodingException($"template 0x{template.Code:x2} is reserved");
        }

        ulong s0 = EncodeSlot(template, 0, slot0);
        if (template.SlotUnit(1) == Unit.L)
        {
            if (slot1.IsValid)
            {
                throw new EncodingException($"slot 1 of {template.Name} is the L half of the X-unit instruction in slot 2; it cannot hold '{Disassembler.Mnemonic(slot1)}'");
            }

            RequireUnit(template, 2, slot2);
            ulong x = Encoder.EncodeX(slot2, out ulong l);
            return Bundle.FromSlots(template.Code, s0, l, x);
        }

        return Bundle.FromSlots(template.Code, s0, EncodeSlot(template, 1, slot1), EncodeSlot(template, 2, slot2));
    }

    private static ulong EncodeSlot(BundleTemplate template, int slot, in Instruction ins)
    {
        RequireUnit(template, slot, ins);
        return Encoder.Encode(ins);
    }

    private static void RequireUnit(BundleTemplate template, int slot, in Instruction ins)
    {
        var row = ins.Opcode;
        if (row is null)
        {
            return; // raw data8 bits go anywhere, as the assembler's data8 does
        }

        if (!template.Allows(slot, row.Unit))
        {
            string unit = row.Unit == Unit.A ? "A-type (M or I slot)" : $"{row.Unit}-unit";
            throw new EncodingException(
                $"'{Disassembler.Mnemonic(ins)}' is an {unit} instruction; slot {slot} of template {template.Name} holds {template.SlotUnit(slot)}-unit instructions");
        }
    }
}
