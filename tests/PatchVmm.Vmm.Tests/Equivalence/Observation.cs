using System.Globalization;
using PatchVmm.Machine;

namespace PatchVmm.Vmm.Tests.Equivalence;

/// <summary>What an instruction did, as the guest can see it: where execution goes on (the
/// next instruction, a branch target) or the fault it raised (IVT vector, cr.isr, cr.ifa where
/// the fault writes it), and every guest-visible register afterwards, by name. The native run
/// and the virtual one each make one; they must be equal.</summary>
internal sealed class Observation
{
    public string Outcome { get; set; } = "";

    /// <summary>Register name → value (hex), ordered by name.</summary>
    public SortedDictionary<string, string> State { get; } = new(StringComparer.Ordinal);

    public void Add(string name, ulong value) => State[name] = Hex(value);

    public void Add(string name, string value) => State[name] = value;

    public static string Hex(ulong v) => string.Create(CultureInfo.InvariantCulture, $"0x{v:x}");

    public static string ResumeAt(ulong ip, int slot) => string.Create(CultureInfo.InvariantCulture, $"resume 0x{ip:x} slot {slot}");

    /// <summary>A fault as the guest sees it delivered: vector, cr.isr (with ei and ni) but for
    /// a Data Nested TLB fault, which writes no interruption register, and cr.ifa for the faults
    /// that write it (when psr.ic was 1).</summary>
    public static string FaultOf(int vector, ulong isr, ulong? ifa) =>
        string.Create(CultureInfo.InvariantCulture, $"fault 0x{vector:x4}")
        + (WritesIsr(vector) ? string.Create(CultureInfo.InvariantCulture, $" isr 0x{isr:x}") : "")
        + (ifa is ulong a ? string.Create(CultureInfo.InvariantCulture, $" ifa 0x{a:x}") : "");

    /// <summary>Every fault writes cr.isr but a Data Nested TLB fault (SDM Vol. 2 5.6).</summary>
    public static bool WritesIsr(int vector) => vector != GuestFault.DataNestedTlbVector;

    /// <summary>Whether the fault at IVT offset <paramref name="vector"/> with
    /// <paramref name="isr"/> writes cr.ifa (the translation and reference faults do; General
    /// Exception faults and a register's NaT Consumption do not).</summary>
    public static bool WritesIfa(int vector, ulong isr) =>
        vector != GuestFault.GeneralExceptionVector && !(vector == GuestFault.NatConsumptionVector && ((isr >> 4) & 0xF) == 1);

    /// <summary>The differences with <paramref name="other"/>, one line each; empty when equal.</summary>
    public List<string> Differences(Observation other)
    {
        var diffs = new List<string>();
        if (Outcome != other.Outcome)
        {
            diffs.Add($"outcome: native {Outcome} / virtual {other.Outcome}");
        }

        foreach (string key in State.Keys.Union(other.State.Keys).Order(StringComparer.Ordinal))
        {
            State.TryGetValue(key, out string? a);
            other.State.TryGetValue(key, out string? b);
            if (a != b)
            {
                diffs.Add($"{key}: native {a ?? "(none)"} / virtual {b ?? "(none)"}");
            }
        }

        return diffs;
    }

    /// <summary>A translation as both sides record it: the page (bits 60:ps), size, region id,
    /// the PTE's architected fields (ppn cleared below the page size) and the key.</summary>
    public static string Translation(bool register, int index, ulong address, int ps, uint rid, ulong pte, uint key)
    {
        const ulong fields = 1UL | (7UL << 2) | (1UL << 5) | (1UL << 6) | (3UL << 7) | (7UL << 9) | (1UL << 52);
        ulong mask = TranslationRules.PageMask(ps);
        ulong normal = (pte & fields) | (pte & TranslationRules.PhysicalPageNumber & mask);
        string where = register ? string.Create(CultureInfo.InvariantCulture, $"tr{index}") : "tc";
        return string.Create(CultureInfo.InvariantCulture, $"{where}:0x{address & mask:x}/{ps}/rid 0x{rid:x}/pte 0x{normal:x}/key 0x{key:x}");
    }
}
