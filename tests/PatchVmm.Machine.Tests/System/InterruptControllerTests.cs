using PatchVmm.Machine.Firmware;

namespace PatchVmm.Machine.Tests.SystemMode;

/// <summary>The external interrupt controller against the SDM (Vol. 2 5.8): vectors pended
/// through <see cref="Cpu.PendExternalInterrupt"/>, cr.ivr read (and acknowledged) through
/// <see cref="Cpu.AcknowledgeExternalInterrupt"/>, cr.eoi through
/// <see cref="Cpu.EndExternalInterrupt"/>, tpr written as <c>mov cr.tpr=</c> writes it. The
/// programs sys-int-priority, sys-int-tpr-classes and sys-int-nested check the same rules
/// against Ski through the instructions.</summary>
public class InterruptControllerTests
{
    private const int Nmi = 2, ExtInt = 0, Spurious = 15;

    private static Cpu NewCpu() => new Machine(new MachineOptions(), new BufferConsole()).Cpu;

    private static int Ivr(Cpu cpu) => (int)cpu.GetControlRegister(ControlRegisters.Ivr);

    private static void Tpr(Cpu cpu, ulong value) =>
        cpu.WriteControlRegister(ControlRegisters.Tpr, ControlRegisterRules.Normalize(ControlRegisters.Tpr, value)!.Value);

    private static ulong Irr(Cpu cpu, int word) => cpu.GetControlRegister(ControlRegisters.Irr0 + word);

    /// <summary>Acknowledges and ends every deliverable vector, in the order cr.ivr gives them.</summary>
    private static List<int> Drain(Cpu cpu)
    {
        var order = new List<int>();
        for (int v = cpu.AcknowledgeExternalInterrupt(); v != Spurious; v = cpu.AcknowledgeExternalInterrupt())
        {
            order.Add(v);
            cpu.EndExternalInterrupt();
        }

        return order;
    }

    [Fact]
    public void WithNothingPending_IvrIsTheSpuriousVector_AndReadingItChangesNothing()
    {
        var cpu = NewCpu();
        Assert.Equal(Spurious, Ivr(cpu));
        Assert.Equal(Spurious, cpu.AcknowledgeExternalInterrupt());
        cpu.EndExternalInterrupt(); // nothing in service: no effect
        cpu.PendExternalInterrupt(0x40);
        Assert.Equal(0x40, cpu.AcknowledgeExternalInterrupt());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(8)]
    [InlineData(14)]
    [InlineData(15)]
    public void ReservedVectors_AreIgnored(int vector)
    {
        // SDM Vol. 2 5.8.1: vectors 1 and 3-14 are reserved (15 is the spurious vector).
        var cpu = NewCpu();
        cpu.PendExternalInterrupt(vector);
        Assert.Equal(0UL, Irr(cpu, 0));
        Assert.Equal(Spurious, Ivr(cpu));
    }

    [Theory]
    [InlineData(0, 0, 0x1UL)]
    [InlineData(2, 0, 0x4UL)]
    [InlineData(16, 0, 0x10000UL)]
    [InlineData(63, 0, 0x8000000000000000UL)]
    [InlineData(64, 1, 0x1UL)]
    [InlineData(200, 3, 0x100UL)]
    [InlineData(255, 3, 0x8000000000000000UL)]
    public void APendingVector_IsItsBitInIrr(int vector, int word, ulong bit)
    {
        // SDM Vol. 2 5.8.3.5: IRR0 holds vectors 63:0, IRR1 127:64, IRR2 191:128, IRR3 255:192.
        var cpu = NewCpu();
        cpu.PendExternalInterrupt(vector);
        for (int w = 0; w < 4; w++)
        {
            Assert.Equal(w == word ? bit : 0, Irr(cpu, w));
        }

        Assert.Equal(vector, cpu.AcknowledgeExternalInterrupt());
        Assert.Equal(0UL, Irr(cpu, word)); // acknowledged: no longer pending
    }

    [Fact]
    public void PriorityOrder_IsNmiThenExtIntThenVectorsHighestFirst()
    {
        // SDM Vol. 2 5.8.1: NMI and ExtINT rank above the vectored interrupts, which rank by
        // vector number.
        var cpu = NewCpu();
        foreach (int v in (int[])[0x20, ExtInt, 0xff, 0x80, Nmi, 0x21, 0x10])
        {
            cpu.PendExternalInterrupt(v);
        }

        Assert.Equal([Nmi, ExtInt, 0xff, 0x80, 0x21, 0x20, 0x10], Drain(cpu));
    }

    [Fact]
    public void AVectorInService_MasksVectorsOfEqualOrLowerPriority_NotHigherOnes()
    {
        // SDM Vol. 2 5.8.3.2, 5.8.1: the acknowledged vector masks every pending vector of
        // equal or lower priority until its eoi.
        var cpu = NewCpu();
        cpu.PendExternalInterrupt(0x50);
        Assert.Equal(0x50, cpu.AcknowledgeExternalInterrupt());
        cpu.PendExternalInterrupt(0x50);
        cpu.PendExternalInterrupt(0x4f);
        cpu.PendExternalInterrupt(0x10);
        Assert.Equal(Spurious, Ivr(cpu));
        cpu.PendExternalInterrupt(0x51);
        Assert.Equal(0x51, Ivr(cpu));
        cpu.PendExternalInterrupt(ExtInt);
        Assert.Equal(ExtInt, Ivr(cpu)); // ExtINT is above every vectored interrupt
        cpu.PendExternalInterrupt(Nmi);
        Assert.Equal(Nmi, Ivr(cpu));
    }

    [Fact]
    public void ExtIntInService_MasksTheVectoredInterrupts_ButNotNmi()
    {
        var cpu = NewCpu();
        cpu.PendExternalInterrupt(ExtInt);
        Assert.Equal(ExtInt, cpu.AcknowledgeExternalInterrupt());
        cpu.PendExternalInterrupt(0xff);
        cpu.PendExternalInterrupt(ExtInt);
        Assert.Equal(Spurious, Ivr(cpu));
        cpu.PendExternalInterrupt(Nmi);
        Assert.Equal(Nmi, Ivr(cpu));
    }

    [Fact]
    public void NmiInService_MasksEverything_IncludingAnotherNmi()
    {
        // SDM Vol. 2 5.8.1: nesting covers vectors 0, 2 and 16-255 — the in-service interrupt
        // masks those of equal or lower priority, so an NMI in service masks a new NMI too
        // (Table 5-8). Ski differs here: its acceptIrpt reports a pending NMI before looking
        // at what is in service.
        var cpu = NewCpu();
        cpu.PendExternalInterrupt(Nmi);
        Assert.Equal(Nmi, cpu.AcknowledgeExternalInterrupt());
        cpu.PendExternalInterrupt(Nmi);
        cpu.PendExternalInterrupt(ExtInt);
        cpu.PendExternalInterrupt(0xff);
        Assert.Equal(Spurious, Ivr(cpu));
        Assert.Equal(Spurious, cpu.AcknowledgeExternalInterrupt());
        Assert.Equal(0x5UL, Irr(cpu, 0) & 0x5); // both still pending
        cpu.EndExternalInterrupt();
        Assert.Equal([Nmi, ExtInt, 0xff], Drain(cpu));
    }

    [Fact]
    public void Eoi_EndsTheHighestPriorityVectorInService_NotTheLastAcknowledged()
    {
        // SDM Vol. 2 5.8.3.4.
        var cpu = NewCpu();
        cpu.PendExternalInterrupt(0x35);
        Assert.Equal(0x35, cpu.AcknowledgeExternalInterrupt());
        cpu.PendExternalInterrupt(0x80);
        Assert.Equal(0x80, cpu.AcknowledgeExternalInterrupt()); // 0x35 and 0x80 in service
        cpu.EndExternalInterrupt();                             // ends 0x80
        cpu.PendExternalInterrupt(0x30);
        Assert.Equal(Spurious, Ivr(cpu));                       // 0x35 still masks 0x30
        cpu.PendExternalInterrupt(0x50);
        Assert.Equal(0x50, Ivr(cpu));                           // 0x80 masks no more
        Assert.Equal(0x50, cpu.AcknowledgeExternalInterrupt());
        cpu.EndExternalInterrupt();                             // ends 0x50
        cpu.EndExternalInterrupt();                             // ends 0x35
        Assert.Equal(0x30, Ivr(cpu));
    }

    [Theory]
    [InlineData(0x00UL, 0x10, true)]
    [InlineData(0x10UL, 0x1f, false)]  // mic 1 masks class 1
    [InlineData(0x10UL, 0x20, true)]
    [InlineData(0xe0UL, 0xef, false)]
    [InlineData(0xe0UL, 0xf0, true)]
    [InlineData(0xf0UL, 0xff, false)]  // mic 15 masks every vectored interrupt
    [InlineData(0xf0UL, ExtInt, true)] // but not ExtINT
    [InlineData(0xf0UL, Nmi, true)]
    [InlineData(0x10000UL, 0xff, false)] // mmi masks all
    [InlineData(0x10000UL, ExtInt, false)]
    [InlineData(0x10000UL, Nmi, true)]   // but NMI
    [InlineData(0x100f0UL, Nmi, true)]
    public void Tpr_MasksByPriorityClassAndMmi(ulong tpr, int vector, bool reported)
    {
        // SDM Vol. 2 5.8.3.3, Table 5-11: mic masks the classes (vector / 16) at or below it,
        // mmi every external interrupt but NMI; ExtINT is not masked by mic. A masked vector
        // stays pending, unreported.
        var cpu = NewCpu();
        Tpr(cpu, tpr);
        cpu.PendExternalInterrupt(vector);
        Assert.Equal(reported ? vector : Spurious, Ivr(cpu));
        Assert.Equal(reported ? vector : Spurious, cpu.AcknowledgeExternalInterrupt());
        Assert.Equal(!reported, (Irr(cpu, vector >> 6) & (1UL << (vector & 63))) != 0);
        Tpr(cpu, 0);
        Assert.Equal(reported ? Spurious : vector, Ivr(cpu)); // lowering tpr unmasks it
    }

    [Fact]
    public void Ivr_DoesNotDependOnPsrI()
    {
        // SDM Vol. 2 5.8.3.2: "independent of the value of PSR.i".
        var cpu = NewCpu();
        Assert.Equal(0UL, cpu.ProcessorStatus & (1UL << Cpu.PsrI));
        cpu.PendExternalInterrupt(0x99);
        Assert.Equal(0x99, Ivr(cpu));
        Assert.False(cpu.InterruptDeliverable);
        cpu.ProcessorStatus |= 1UL << Cpu.PsrI;
        Assert.True(cpu.InterruptDeliverable);
    }

    [Fact]
    public void SscGenerateInterrupt_PendsTheVectorConnectedToTheType()
    {
        // Ski's firmware (linux/syscall-linux.c): CONNECT_INTERRUPT (58) ties type r32 to vector
        // r33, a later connect of the type replacing it; GENERATE_INTERRUPT (59) pends the
        // vector tied to type r32, nothing for a type never connected, nothing for a reserved
        // vector.
        var code = new CodeBuilder()
            .Bundle("MII;", "alloc r35=ar.pfs,4,0,0", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", "mov r32=1", "mov r33=68", "mov r15=58")
            .Bundle("MII;", "break.m 0x80001", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", "mov r32=9", "mov r15=59", "nop.i 0x0")
            .Bundle("MII;", "break.m 0x80001", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", "mov r32=1", "mov r15=59", "nop.i 0x0")
            .Bundle("MII;", "break.m 0x80001", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", "mov r32=1", "mov r33=69", "mov r15=58")
            .Bundle("MII;", "break.m 0x80001", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", "mov r32=1", "mov r15=59", "nop.i 0x0")
            .Bundle("MII;", "break.m 0x80001", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", "mov r32=2", "mov r33=5", "mov r15=58")
            .Bundle("MII;", "break.m 0x80001", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", "mov r32=2", "mov r15=59", "nop.i 0x0")
            .Bundle("MII;", "break.m 0x80001", "nop.i 0x0", "nop.i 0x0")
            .Bundle("MII;", "mov r32=0", "nop.i 0x0", "nop.i 0x0")
            .Exit();
        var machine = code.Run(out var result);
        Assert.Equal(StopKind.Exit, result.Kind);
        Assert.Equal(0UL, Irr(machine.Cpu, 0));
        Assert.Equal(0x30UL, Irr(machine.Cpu, 1)); // vectors 68 and 69
        Assert.Equal(69, Ivr(machine.Cpu));
    }

    [Fact]
    public void PendingOutOfRange_Throws()
    {
        var cpu = NewCpu();
        Assert.Throws<ArgumentOutOfRangeException>(() => cpu.PendExternalInterrupt(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => cpu.PendExternalInterrupt(256));
    }
}
