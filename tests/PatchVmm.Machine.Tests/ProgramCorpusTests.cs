using PatchVmm.Ia64.Elf;
using PatchVmm.Machine.Firmware;
using PatchVmm.Machine.State;

namespace PatchVmm.Machine.Tests;

/// <summary>The test programs under Programs/ (IA-64 assembly, one feature area each) run on the
/// machine and must end in the state Ski left them in, field by field (DESIGN.md §8). The
/// expected states were produced by Ski (tools/regen-ski-states.sh); fields Ski cannot
/// reproduce deterministically, or computes wrongly, are absent from them and listed under
/// "excluded" with the reason (Programs/README.md).</summary>
public class ProgramCorpusTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Programs");

    // Bookkeeping of the expected-state files, not machine state.
    private static readonly HashSet<string> NotState = new(StringComparer.Ordinal) { "format", "source_sha256", "ski_flags" };

    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.EnumerateFiles(Folder, "*.ski.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path)[..^".ski.json".Length]);
        }

        return data;
    }

    [Fact]
    public void TheCorpusHasAtLeastFortyPrograms() => Assert.True(Programs().Count >= 40, $"{Programs().Count} programs");

    [Theory]
    [MemberData(nameof(Programs))]
    public void EndsInSkisState(string name)
    {
        var expected = StateFields.Parse(File.ReadAllText(Path.Combine(Folder, name + ".ski.json")));
        var actual = StateFields.Parse(RunProgram(Path.Combine(Folder, name + ".elf")));
        var differences = new List<string>();
        foreach (var (field, value) in expected)
        {
            if (NotState.Contains(field) || field.StartsWith("excluded.", StringComparison.Ordinal))
            {
                continue;
            }

            if (!actual.TryGetValue(field, out string? ours))
            {
                differences.Add($"{field}: Ski {value}, machine has no such field");
            }
            else if (ours != value)
            {
                differences.Add($"{field}: Ski {value}, machine {ours}");
            }
        }

        Assert.True(differences.Count == 0,
            $"{name}: {differences.Count} field(s) differ from Ski ({actual.GetValueOrDefault("stop")}):\n  " + string.Join("\n  ", differences.Take(40)));
    }

    internal static string RunProgram(string elfPath)
    {
        var machine = new Machine(new MachineOptions(), new BufferConsole());
        machine.Load(ElfFile.Parse(File.ReadAllBytes(elfPath)));
        var result = machine.Run(50_000_000);
        return StateDump.ToJson(machine, result);
    }
}
