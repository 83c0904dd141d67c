using PatchVmm.Machine.Firmware;

namespace PatchVmm.Machine.Tests;

/// <summary>Bad guest behaviour ends the run with the architected fault (or, for memory that
/// does not exist, a clear host-side stop) at the right instruction, never an exception.</summary>
public class FaultTests
{
    private static RunResult RunOne(string instruction, params string[] setup)
    {
        var code = new CodeBuilder();
        foreach (string s in setup)
        {
            code.Bundle("MLX;", "nop.m 0x0", s);
        }

        code.Bundle("MII;", instruction, "nop.i 0x0", "nop.i 0x0").Exit();
        code.Run(out var result);
        return result;
    }

    [Fact]
    public void LoadBeyondGuestMemory_StopsWithTheAddress()
    {
        var result = RunOne("ld8 r4=[r2]", "movl r2=0x40000000");
        Assert.Equal(Interruption.NonexistentMemory, result.Interruption);
        Assert.Equal(0x40000000UL, result.Detail);
        Assert.Equal(CodeBuilder.Base + 16, result.Ip);
        Assert.Contains("0x40000000, outside its memory", result.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void MisalignedLoad_IsAnUnalignedDataReferenceFault()
    {
        var result = RunOne("ld8 r4=[r2]", "movl r2=0x200004");
        Assert.Equal(Interruption.UnalignedDataReference, result.Interruption);
        Assert.Equal(0x200004UL, result.Detail);
    }

    [Fact]
    public void NatAddress_IsARegisterNatConsumptionFault()
    {
        var code = new CodeBuilder()
            .Bundle("MLX;", "nop.m 0x0", "movl r2=0x200000")
            .Bundle("MII;", "mov.m ar.unat=-1", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", "ld8.fill r3=[r2]", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", "st8 [r3]=r2", "nop.i 0x0", "nop.i 0x0")
            .Exit();
        code.Run(out var result);
        Assert.Equal(Interruption.RegisterNaTConsumption, result.Interruption);
        Assert.Equal(CodeBuilder.Base + 48, result.Ip);
    }

    [Fact]
    public void RegisterOutsideTheFrame_IsAnIllegalOperationFault()
    {
        var code = new CodeBuilder()
            .Bundle("MII;", "alloc r33=ar.pfs,2,1,0", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", "nop.m 0x0", "add r40=r33,r33", "nop.i 0x0")
            .Exit();
        code.Run(out var result);
        Assert.Equal(Interruption.IllegalOperation, result.Interruption);
        Assert.Equal(CodeBuilder.Base + 16, result.Ip);
        Assert.Equal(1, result.Slot);
    }

    [Fact]
    public void WritingR0_IsAnIllegalOperationFault()
    {
        var code = new CodeBuilder().Bundle("MII;", "nop.m 0x0", "nop.i 0x0", "nop.i 0x0");
        var machine = code.Load();
        var bundle = PatchVmm.Ia64.Bundle.Read(machine.Memory.Read(CodeBuilder.Base, 16));
        // adds r0 = 1, r0 in slot 1: GNU as refuses to assemble it, so write the bits directly.
        var adds = PatchVmm.Ia64.Assembler.Parse("adds r1=1,r0");
        ulong bits = PatchVmm.Ia64.Encoder.Encode(adds) & ~(0x7FUL << 6);
        machine.Memory.Write(CodeBuilder.Base, ToBytes(bundle.WithSlot(1, bits)));
        var result = machine.Run(10);
        Assert.Equal(Interruption.IllegalOperation, result.Interruption);
        Assert.Equal(1, result.Slot);
    }

    [Fact]
    public void GuestBreak_IsABreakInstructionFaultWithItsImmediate()
    {
        var result = RunOne("break.m 0x12345");
        Assert.Equal(Interruption.BreakInstruction, result.Interruption);
        Assert.Equal(0x12345UL, result.Detail);
    }

    [Fact]
    public void UnimplementedInstruction_StopsWithItsName()
    {
        var result = RunOne("mov r4=msr[r5]");
        Assert.Equal(Interruption.Unimplemented, result.Interruption);
        Assert.Contains("is not implemented by this machine", result.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void GetChar_ReturnsTheConsoleInputThenZero()
    {
        var code = new CodeBuilder()
            .Bundle("MII;", "nop.m 0x0", "mov r15=21", "nop.i 0x0")
            .Bundle("MII;", "break.m 0x80001", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", "nop.m 0x0", "mov r20=r8", "nop.i 0x0")
            .Bundle("MII;", "break.m 0x80001", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", "nop.m 0x0", "mov r21=r8", "nop.i 0x0")
            .Exit();
        var machine = code.Load(new InputConsole("A"));
        var result = machine.Run(100);
        Assert.Equal(StopKind.Exit, result.Kind);
        Assert.Equal((ulong)'A', machine.Cpu.GetGr(20));
        Assert.Equal(0UL, machine.Cpu.GetGr(21));
    }

    [Fact]
    public void GetRtc_WritesTheDeterministicClock()
    {
        // GET_RTC (65) writes eight 32-bit words at r32; the clock starts at 2000-01-01
        // 00:00:00 (a Saturday) and advances one second per 100,000,000 instructions.
        var code = new CodeBuilder()
            .Bundle("MLX;", "nop.m 0x0", "movl r32=0x200000")
            .Bundle("MII;", "nop.m 0x0", "mov r15=65", "nop.i 0x0")
            .Bundle("MII;", "break.m 0x80001", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", "nop.m 0x0", "mov r32=r0", "nop.i 0x0")
            .Exit();
        var machine = code.Load();
        var result = machine.Run(100);
        Assert.Equal(StopKind.Exit, result.Kind);
        var words = machine.Memory.Read(0x200000, 32).ToArray();
        int[] values = Enumerable.Range(0, 8).Select(i => BitConverter.ToInt32(words, i * 4)).ToArray();
        Assert.Equal([100, 0, 1, 0, 0, 0, 0, 6], values);
    }

    private static byte[] ToBytes(PatchVmm.Ia64.Bundle b)
    {
        var bytes = new byte[16];
        b.Write(bytes);
        return bytes;
    }

    private sealed class InputConsole(string input) : IGuestConsole
    {
        private int _next;

        public void Write(byte value)
        {
        }

        public int Read() => _next < input.Length ? input[_next++] : -1;
    }
}
