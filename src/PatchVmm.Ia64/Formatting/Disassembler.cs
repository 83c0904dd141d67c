using System.Globalization;
using System.Text;

namespace PatchVmm.Ia64;

/// <summary>The text column of objdump's three lines for one bundle (after the address and
/// the bytes). For MLX, <see cref="Line1"/> holds the X-unit instruction and
/// <see cref="Line2"/> is empty, as objdump prints it.</summary>
public readonly record struct BundleText(string Line0, string Line1, string Line2);

/// <summary>Disassembly text identical to GNU objdump's for IA-64 (binutils 2.40).</summary>
public static class Disassembler
{
    private const string NoTag = "      ";
    private const string NoPredicate = "      ";

    /// <summary>The three text lines objdump prints for the bundle at <paramref name="address"/>.</summary>
    public static BundleText Disassemble(in Bundle bundle, ulong address, IAddressFormatter? targets = null)
    {
        Decoder.DecodeBundle(bundle, out var i0, out var i1, out var i2);
        var t = bundle.Template;
        string line0 = Line(t, 0, i0, address, targets);
        if (!t.IsReserved && t.SlotUnit(1) == Unit.L)
        {
            return new BundleText(line0, Line(t, 2, i2, address, targets, lineSlot: 1), "");
        }

        return new BundleText(line0, Line(t, 1, i1, address, targets), Line(t, 2, i2, address, targets));
    }

    /// <summary>The instruction's text without predicate or stop: "adds r12=-16,r12",
    /// "data8 0x1c5ab7e46dd" for a slot that does not decode.</summary>
    public static string Format(in Instruction instruction, ulong bundleAddress, IAddressFormatter? targets = null)
    {
        var sb = new StringBuilder(48);
        Append(sb, instruction, bundleAddress, targets);
        return sb.ToString();
    }

    /// <summary>Appends the instruction's text (see <see cref="Format"/>).</summary>
    public static void Append(StringBuilder sb, in Instruction instruction, ulong bundleAddress, IAddressFormatter? targets = null)
    {
        var row = instruction.Opcode;
        if (row is null)
        {
            // objdump's "%#011llx": 0x and at least nine hex digits, but C's '#' adds no
            // prefix to zero, which becomes eleven zeros.
            sb.Append(instruction.Bits == 0 ? "data8 00000000000" : "data8 0x" + instruction.Bits.ToString("x9", CultureInfo.InvariantCulture));
            return;
        }

        AppendMnemonic(sb, row, instruction);
        if (row.OperandParts.Length == 0)
        {
            return;
        }

        sb.Append(' ');
        foreach (var part in row.OperandParts)
        {
            if (part.Literal is not null)
            {
                sb.Append(part.Literal);
            }
            else
            {
                AppendOperand(sb, row.OperandArray[part.Index], instruction.Operand(part.Index), bundleAddress, targets);
            }
        }
    }

    /// <summary>The mnemonic with its completers spelled out ("ld8.nta").</summary>
    public static string Mnemonic(in Instruction instruction)
    {
        var row = instruction.Opcode;
        if (row is null)
        {
            return "data8";
        }

        var sb = new StringBuilder(16);
        AppendMnemonic(sb, row, instruction);
        return sb.ToString();
    }

    /// <summary>The mnemonic of a row spelled with the given completer field values.</summary>
    public static string Mnemonic(Opcode row, ReadOnlySpan<int> completers)
    {
        ArgumentNullException.ThrowIfNull(row);
        var sb = new StringBuilder(16);
        foreach (var part in row.MnemonicParts)
        {
            sb.Append(part.Literal ?? row.CompleterArray[part.Index].Values[completers[part.Index]]);
        }

        return sb.ToString();
    }

    private static void AppendMnemonic(StringBuilder sb, Opcode row, in Instruction instruction)
    {
        foreach (var part in row.MnemonicParts)
        {
            sb.Append(part.Literal ?? row.CompleterArray[part.Index].Values[instruction.Completer(part.Index)]);
        }
    }

    private static void AppendOperand(StringBuilder sb, OperandKind kind, long v, ulong bundleAddress, IAddressFormatter? targets)
    {
        var ci = CultureInfo.InvariantCulture;
        switch (kind.Class)
        {
            case OperandClass.Gr:
                sb.Append('r').Append(v.ToString(ci));
                break;
            case OperandClass.Fr:
                sb.Append('f').Append(v.ToString(ci));
                break;
            case OperandClass.Pr:
                sb.Append('p').Append(v.ToString(ci));
                break;
            case OperandClass.Br:
                sb.Append('b').Append(v.ToString(ci));
                break;
            case OperandClass.Ar:
                sb.Append(RegisterNames.ApplicationRegister((int)v));
                break;
            case OperandClass.Cr:
                sb.Append(RegisterNames.ControlRegister((int)v));
                break;
            case OperandClass.UDec:
                sb.Append(((ulong)v).ToString(ci));
                break;
            case OperandClass.SDec:
            case OperandClass.Inc3:
                sb.Append(v.ToString(ci));
                break;
            case OperandClass.UHex:
                sb.Append("0x").Append(((ulong)v).ToString("x", ci));
                break;
            case OperandClass.SHex:
                sb.Append(v < 0 ? "-0x" : "0x").Append((v < 0 ? (ulong)-v : (ulong)v).ToString("x", ci));
                break;
            case OperandClass.Target:
                sb.Append((targets ?? PlainAddressFormatter.Instance).Format(bundleAddress + (ulong)v));
                break;
            case OperandClass.MbType:
                sb.Append(MuxPermutation.Name(v));
                break;
        }
    }

    private static string Line(BundleTemplate t, int slot, in Instruction ins, ulong address, IAddressFormatter? targets, int lineSlot = -1)
    {
        if (lineSlot < 0)
        {
            lineSlot = slot;
        }

        var sb = new StringBuilder(64);
        sb.Append(lineSlot == 0 ? "[" + t.Name + "] " : NoTag);
        var row = ins.Opcode;
        if (row is not null && row.HasQp && ins.Qp != 0)
        {
            sb.Append("(p").Append(ins.Qp.ToString("00", CultureInfo.InvariantCulture)).Append(") ");
        }
        else
        {
            sb.Append(NoPredicate);
        }

        Append(sb, ins, address, targets);
        // objdump marks the stop only after an instruction it decoded, never after data8.
        if (row is not null && t.StopAfter(slot))
        {
            sb.Append(";;");
        }

        return sb.ToString();
    }
}
