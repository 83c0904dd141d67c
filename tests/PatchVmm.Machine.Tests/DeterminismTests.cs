using PatchVmm.Ia64.Elf;
using PatchVmm.Machine.Firmware;
using PatchVmm.Machine.State;

namespace PatchVmm.Machine.Tests;

/// <summary>DESIGN.md §5: two runs of one image end in identical states (ar.itc counts
/// retired instructions), and stopping at an instruction limit and going on changes nothing.</summary>
public class DeterminismTests
{
    private static string Program(string name) => Path.Combine(AppContext.BaseDirectory, "Programs", name + ".elf");

    [Theory]
    [InlineData("rse-deep-recursion-1000")]
    [InlineData("code-modify")]
    public void TwoRunsEndInTheSameStateIncludingItc(string name)
    {
        string first = ProgramCorpusTests.RunProgram(Program(name));
        string second = ProgramCorpusTests.RunProgram(Program(name));
        Assert.Equal(first, second);
        var fields = StateFields.Parse(first);
        Assert.Equal(fields["instructions"], Convert.ToInt64(fields["ar.itc"], 16).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("rse-deep-recursion-200", 1)]
    [InlineData("rse-deep-recursion-200", 997)]
    [InlineData("br-ctop-gr", 3)]
    [InlineData("code-modify", 5)]
    public void RunningInSlicesEndsInTheSameState(string name, int slice)
    {
        string whole = ProgramCorpusTests.RunProgram(Program(name));
        var machine = new Machine(new MachineOptions(), new BufferConsole());
        machine.Load(ElfFile.Parse(File.ReadAllBytes(Program(name))));
        RunResult result;
        do
        {
            result = machine.Run(slice);
        }
        while (result.Kind == StopKind.InstructionLimit);

        Assert.Equal(whole, StateDump.ToJson(machine, result));
    }
}
