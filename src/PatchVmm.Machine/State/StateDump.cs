using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PatchVmm.Machine.State;

/// <summary>Writes the machine's architectural state in the format of DESIGN.md §6
/// (<c>patchvmm-state/1</c>), the format Ski's expected states are committed in, so the two can
/// be compared field by field. Keys and order are fixed; 64-bit values are <c>0x%016x</c>.</summary>
public static class StateDump
{
    public const string Format = "patchvmm-state/1";

    private static readonly string[] ArNames = ["rsc", "bsp", "bspstore", "rnat", "ccv", "unat", "fpsr", "itc", "pfs", "lc", "ec"];

    private static readonly int[] ArNumbers =
    [
        ApplicationRegisters.Rsc, ApplicationRegisters.Bsp, ApplicationRegisters.BspStore, ApplicationRegisters.Rnat,
        ApplicationRegisters.Ccv, ApplicationRegisters.Unat, ApplicationRegisters.Fpsr, ApplicationRegisters.Itc,
        ApplicationRegisters.Pfs, ApplicationRegisters.Lc, ApplicationRegisters.Ec,
    ];

    private static readonly (string Name, int Number)[] Crs =
    [
        ("dcr", ControlRegisters.Dcr), ("itm", ControlRegisters.Itm), ("iva", ControlRegisters.Iva), ("pta", ControlRegisters.Pta),
        ("ipsr", ControlRegisters.Ipsr), ("isr", ControlRegisters.Isr), ("iip", ControlRegisters.Iip), ("ifa", ControlRegisters.Ifa),
        ("itir", ControlRegisters.Itir), ("iipa", ControlRegisters.Iipa), ("ifs", ControlRegisters.Ifs), ("iim", ControlRegisters.Iim),
        ("iha", ControlRegisters.Iha), ("lid", ControlRegisters.Lid), ("tpr", ControlRegisters.Tpr), ("irr0", ControlRegisters.Irr0),
        ("irr1", ControlRegisters.Irr0 + 1), ("irr2", ControlRegisters.Irr0 + 2), ("irr3", ControlRegisters.Irr0 + 3),
        ("itv", ControlRegisters.Itv), ("pmv", ControlRegisters.Pmv), ("cmcv", ControlRegisters.Cmcv),
        ("lrr0", ControlRegisters.Lrr0), ("lrr1", ControlRegisters.Lrr1),
    ];

    /// <summary>The state of <paramref name="machine"/> after <paramref name="result"/> as JSON text.</summary>
    public static string ToJson(Machine machine, RunResult result)
    {
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentNullException.ThrowIfNull(result);
        var cpu = machine.Cpu;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("format", Format);
            w.WriteNumber("exit", result.ExitStatus);
            w.WriteString("console", Encoding.Latin1.GetString(machine.Firmware.Transcript));
            w.WriteString("stop", result.Describe());
            w.WriteString("ip", Hex(cpu.Ip));
            w.WriteNumber("slot", cpu.Slot);
            w.WriteString("psr", Hex(cpu.Psr));
            w.WriteString("cfm", Hex(cpu.Cfm));
            w.WriteNumber("instructions", result.Instructions);

            w.WriteStartObject("gr");
            for (int r = 0; r < cpu.GrEnd; r++)
            {
                w.WriteString(Name("r", r), Hex(cpu.GetGr(r)));
            }

            w.WriteEndObject();
            w.WriteStartArray("nat");
            for (int r = 0; r < cpu.GrEnd; r++)
            {
                if (cpu.GetNat(r))
                {
                    w.WriteStringValue(Name("r", r));
                }
            }

            w.WriteEndArray();
            w.WriteString("pr", Hex(cpu.Pr));
            w.WriteStartObject("br");
            for (int b = 0; b < 8; b++)
            {
                w.WriteString(Name("b", b), Hex(cpu.Br[b]));
            }

            w.WriteEndObject();
            w.WriteStartObject("ar");
            for (int k = 0; k < 8; k++)
            {
                w.WriteString(Name("k", k), Hex(cpu.Ar[ApplicationRegisters.K0 + k]));
            }

            for (int i = 0; i < ArNames.Length; i++)
            {
                w.WriteString(ArNames[i], Hex(ReadAr(cpu, ArNumbers[i])));
            }

            w.WriteEndObject();
            w.WriteStartObject("cr");
            foreach (var (name, number) in Crs)
            {
                w.WriteString(name, Hex(cpu.Cr[number]));
            }

            w.WriteEndObject();
            w.WriteStartArray("rr");
            for (int r = 0; r < 8; r++)
            {
                w.WriteStringValue(Hex(cpu.Rr[r]));
            }

            w.WriteEndArray();
            w.WriteStartObject("fr");
            for (int f = 2; f < 128; f++)
            {
                cpu.GetFr(f, out ulong significand, out uint signExponent);
                w.WriteString(Name("f", f), string.Create(CultureInfo.InvariantCulture, $"0x{signExponent:x5}:0x{significand:x16}"));
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static ulong ReadAr(Cpu cpu, int n) => n switch
    {
        ApplicationRegisters.Itc => cpu.Itc,
        >= ApplicationRegisters.Rsc and <= ApplicationRegisters.Rnat => cpu.RseReadAr(n),
        _ => cpu.Ar[n],
    };

    private static string Name(string prefix, int n) => prefix + n.ToString(CultureInfo.InvariantCulture);

    private static string Hex(ulong v) => string.Create(CultureInfo.InvariantCulture, $"0x{v:x16}");
}
