namespace PatchVmm.Machine.Tests;

/// <summary>The interpreter loop itself: slots, bundles, the instruction count, the budget,
/// illegal slots and the firmware's EXIT.</summary>
public class LoopTests
{
    [Fact]
    public void Exit_StopsAtTheBreakWithItsStatusAndCountsEverySlot()
    {
        var code = new CodeBuilder()
            .Bundle("MII", "nop.m 0x0", "nop.i 0x0", "nop.i 0x0")
            .Exit();
        var machine = code.Run(out var result);
        Assert.Equal(StopKind.Exit, result.Kind);
        Assert.Equal(0, result.ExitStatus);
        Assert.Equal(CodeBuilder.Base + 32, result.Ip);
        Assert.Equal(0, result.Slot);
        // 3 nops + 3 slots of the mov bundle + the break itself (Ski counts the exiting break).
        Assert.Equal(7, result.Instructions);
        Assert.Equal(7, machine.Instructions);
    }

    [Fact]
    public void InstructionLimit_StopsBeforeTheNextSlot()
    {
        var code = new CodeBuilder()
            .Bundle("MII", "nop.m 0x0", "nop.i 0x0", "nop.i 0x0")
            .Exit();
        var machine = code.Load();
        var result = machine.Run(4);
        Assert.Equal(StopKind.InstructionLimit, result.Kind);
        Assert.Equal(CodeBuilder.Base + 16, result.Ip);
        Assert.Equal(1, result.Slot);
        result = machine.Run();
        Assert.Equal(StopKind.Exit, result.Kind);
        Assert.Equal(7, result.Instructions);
    }

    [Fact]
    public void ReservedTemplate_IsAnIllegalOperationFault()
    {
        var machine = new Machine(new MachineOptions(), new Firmware.BufferConsole());
        var bundle = new byte[16];
        bundle[0] = 0x06; // template 06 is reserved
        machine.LoadImage(CodeBuilder.Base, bundle, CodeBuilder.Base);
        var result = machine.Run(100);
        Assert.Equal(StopKind.Interruption, result.Kind);
        Assert.Equal(Interruption.IllegalOperation, result.Interruption);
        Assert.Equal(CodeBuilder.Base, result.Ip);
        Assert.Equal(0, result.Slot);
    }

    [Fact]
    public void RunningOffTheEndOfMemory_IsAClearStop()
    {
        var machine = new Machine(new MachineOptions { MemorySize = 1 << 20 }, new Firmware.BufferConsole());
        var nops = new CodeBuilder();
        for (int i = 0; i < 256; i++)
        {
            nops.Bundle("MII", "nop.m 0x0", "nop.i 0x0", "nop.i 0x0");
        }

        machine.LoadImage((1 << 20) - 4096, nops.Image(), (1 << 20) - 4096);
        var result = machine.Run(10_000);
        Assert.Equal(StopKind.Interruption, result.Kind);
        Assert.Equal(Interruption.NonexistentMemory, result.Interruption);
        Assert.Equal(1UL << 20, result.Ip);
        Assert.Contains("outside its memory", result.Describe(), StringComparison.Ordinal);
    }
}
