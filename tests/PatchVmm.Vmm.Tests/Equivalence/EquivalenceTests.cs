using System.Globalization;
using Xunit.Abstractions;

namespace PatchVmm.Vmm.Tests.Equivalence;

/// <summary>Issue 5, correctness of the routines: for every (instruction, slot) pair of the
/// GNU as patch vectors, random trials (deterministic seeds) in which the instruction,
/// re-encoded with random operands, runs natively on the machine at PL 0 from a random state
/// S, and its patch is dispatched on a virtual CPU holding S's privileged state over a
/// de-privileged machine holding the rest; what the guest can see afterwards must be the same
/// (Observation, Runs). The machine is the oracle: nothing here states an expected value.</summary>
public sealed class EquivalenceTests(ITestOutputHelper output)
{
    /// <summary>Trials per pair, and how many of them must be compared (not skipped or excluded);
    /// the control register moves get four times as many (their operand names 50 registers).</summary>
    public const int Trials = 160, MinimumCompared = 100;

    private static readonly IReadOnlyList<PatchVector> Vectors = PatchVector.Load();

    public static int TrialsOf(string template) => template is "mov-to-cr" or "mov-from-cr" ? 4 * Trials : Trials;

    public static TheoryData<string, int> Pairs()
    {
        var data = new TheoryData<string, int>();
        foreach (var v in Vectors)
        {
            data.Add(v.Template, v.Slot);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void RoutineEqualsNativeExecution(string template, int slot)
    {
        var vector = Vectors.Single(v => v.Template == template && v.Slot == slot);
        var summary = Coverage.Run(vector, TrialsOf(template));
        output.WriteLine(summary.Line());
        foreach (string m in summary.Mismatches.Take(4))
        {
            output.WriteLine(m);
        }

        Assert.True(summary.Mismatches.Count == 0, $"{summary.Mismatches.Count} of {summary.Compared} trials differ:\n" + string.Join("\n", summary.Mismatches.Take(4)));
        Assert.True(summary.Compared >= MinimumCompared, $"only {summary.Compared} of {TrialsOf(template)} trials compared: {summary.Line()}");
    }
}

/// <summary>The trials of one pair and what they covered.</summary>
internal sealed class Coverage
{
    public required string Template { get; init; }

    public required int Slot { get; init; }

    public int Compared { get; private set; }

    public int NoSite { get; private set; }

    public int Excluded { get; private set; }

    public List<string> Mismatches { get; } = [];

    /// <summary>Outcome classes of the compared trials ("resume", or the fault's vector and ISR code).</summary>
    public SortedDictionary<string, int> Outcomes { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> Exclusions { get; } = new(StringComparer.Ordinal);

    /// <summary>Register families the native runs changed, and in how many compared trials.</summary>
    public SortedDictionary<string, int> Changes { get; } = new(StringComparer.Ordinal);

    /// <summary>The seed of trial <paramref name="trial"/> of a pair: FNV-1a of "template/slot/trial".</summary>
    public static int Seed(string template, int slot, int trial)
    {
        uint h = 2166136261;
        foreach (char c in string.Create(CultureInfo.InvariantCulture, $"{template}/{slot}/{trial}"))
        {
            h = (h ^ c) * 16777619;
        }

        return (int)(h & 0x7FFF_FFFF);
    }

    public static Coverage Run(PatchVector vector, int trials)
    {
        var c = new Coverage { Template = vector.Template, Slot = vector.Slot };
        for (int t = 0; t < trials; t++)
        {
            int seed = Seed(vector.Template, vector.Slot, t);
            var r = Trial.Run(vector, seed);
            switch (r.Kind)
            {
                case TrialKind.NoSite:
                    c.NoSite++;
                    break;
                case TrialKind.Excluded:
                    c.Excluded++;
                    string why = r.Outcome.Split(" (at", 2)[0];
                    c.Exclusions[why] = c.Exclusions.GetValueOrDefault(why) + 1;
                    break;
                default:
                    c.Compared++;
                    foreach (string family in r.Changed ?? [])
                    {
                        c.Changes[family] = c.Changes.GetValueOrDefault(family) + 1;
                    }

                    string outcome = Class(r.Outcome);
                    c.Outcomes[outcome] = c.Outcomes.GetValueOrDefault(outcome) + 1;
                    if (r.Differences.Count > 0)
                    {
                        c.Mismatches.Add($"seed {seed} `{r.Instruction}` ({r.Outcome}): " + string.Join("; ", r.Differences.Take(6)));
                    }

                    break;
            }
        }

        return c;
    }

    /// <summary>"resume", or "fault 0x5400/0x30" (vector and ISR.code{7:4}).</summary>
    private static string Class(string outcome)
    {
        if (!outcome.StartsWith("fault", StringComparison.Ordinal))
        {
            return "resume";
        }

        var f = outcome.Split(' ');
        if (f.Length < 4 || f[2] != "isr")
        {
            return f[1];
        }

        ulong isr = ulong.Parse(f[3].AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{f[1]}/{(isr >> 4) & 0xF:x}");
    }

    public string Line() =>
        string.Create(CultureInfo.InvariantCulture, $"{Template} slot {Slot}: {Compared} compared, {Mismatches.Count} differ, {NoSite} no site, {Excluded} excluded")
        + (Exclusions.Count > 0 ? " [" + string.Join(", ", Exclusions.Select(e => $"{e.Key}: {e.Value}")) + "]" : "")
        + "; outcomes " + string.Join(", ", Outcomes.Select(o => $"{o.Key} {o.Value}"))
        + "; changed " + string.Join(", ", Changes.Select(o => $"{o.Key} {o.Value}"));
}
