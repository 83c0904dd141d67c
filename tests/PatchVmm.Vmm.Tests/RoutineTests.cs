namespace PatchVmm.Vmm.Tests;

/// <summary>Generated routines on a virtual CPU, against the SDM's description of each
/// instruction (Vol. 3, Part I ch. 2; the fault order of Vol. 2 Table 5-5), one case each. The
/// comparison with the machine's native execution over random states is Equivalence/.</summary>
public sealed class RoutineTests
{
    private const ulong Ic = 1UL << Psr.Ic, I = 1UL << Psr.I, Dt = 1UL << Psr.Dt, It = 1UL << Psr.It, Bn = 1UL << Psr.Bn, Si = 1UL << Psr.Si;

    [Fact]
    public void MovFromPsrReadsTheSystemBitsAndTheMachineUserMask()
    {
        var h = Harness.For("mov-from-psr", 0);
        h.Vcpu.Psr = Ic | I | Dt | It | Bn | 0x3F;
        h.Log.ProcessorStatus = 0b10100; // up, mfl on the machine
        Assert.Equal(h.Next, h.Run());
        // psr{31:0} and {36:35}: bn (44) does not read; the user mask is the machine's.
        Assert.Equal(Ic | I | Dt | It | 0b10100, h.Gr(20));
        Assert.False(h.Nat(20));
    }

    [Fact]
    public void PrivilegedInstructionsFaultAtAVirtualLevelAboveZero()
    {
        var h = Harness.For("mov-from-psr", 1);
        h.Vcpu.PrivilegeLevel = 3;
        h.SetGr(20, 0x55);
        Assert.Equal(RoutineResult.Raise(GuestFault.PrivilegedOperation()), h.Run());
        Assert.Equal(0x55UL, h.Gr(20));
    }

    [Fact]
    public void MovToPsrLChecksNatThenReservedFieldsThenWritesTheMachinePsr()
    {
        var h = Harness.For("mov-to-psr-l", 0);
        h.SetGr(21, Ic, nat: true);
        Assert.Equal(RoutineResult.Raise(GuestFault.RegisterNatConsumption()), h.Run());
        h.SetGr(21, 1UL << 16);
        Assert.Equal(RoutineResult.Raise(GuestFault.ReservedRegisterField), h.Run());

        h.Vcpu.Psr = 1UL << Psr.Ss;
        h.SetGr(21, Ic | (1UL << Psr.Pk) | 0b110 | (1UL << 40));
        Assert.Equal(h.Next, h.Run());
        Assert.Equal((1UL << Psr.Ss) | Ic | (1UL << Psr.Pk) | 0b110, h.Vcpu.Psr); // bit 40 is not in psr.l
        // Machine: pass-through bits, then ic, i, dt, rt, it set and cpl = the kernel level (2).
        ulong forced = Ic | I | Dt | (1UL << Psr.Rt) | It | (2UL << Psr.Cpl);
        Assert.Equal((1UL << Psr.Ss) | (1UL << Psr.Pk) | 0b110 | forced, h.Log.ProcessorStatus);
    }

    [Fact]
    public void SsmAndRsmSetAndClearTheirBitsAndSettingPsrIAsksForAnInterruptCheck()
    {
        var ssm = Harness.For("ssm", 1); // ssm 0x6000: ic and i
        Assert.Equal(ssm.Next, ssm.Run());
        Assert.Equal(Ic | I, ssm.Vcpu.Psr);
        Assert.True(ssm.Vcpu.InterruptCheckPending);

        var rsm = Harness.For("rsm", 0); // rsm 0x4000: i
        rsm.Vcpu.Psr = Ic | I;
        Assert.Equal(rsm.Next, rsm.Run());
        Assert.Equal(Ic, rsm.Vcpu.Psr);
    }

    [Fact]
    public void MovToCrIvaIgnoresItsLowBits()
    {
        var h = Harness.For("mov-to-cr", 0);
        h.SetGr(21, 0x1234_5678);
        Assert.Equal(h.Next, h.Run());
        Assert.Equal(0x1234_0000UL, h.Vcpu.Cr[ControlRegister.Iva]);
    }

    [Fact]
    public void ReadingCrIvrAcknowledgesTheHighestPendingVector()
    {
        var h = Harness.For("mov-from-cr-ivr", 1);
        h.Vcpu.Cr[ControlRegister.Tpr] = 0;
        h.Vcpu.Interrupts.Raise(0x31);
        h.Vcpu.Interrupts.Raise(0x45);
        Assert.Equal(h.Next, h.Run());
        Assert.Equal(0x45UL, h.Gr(23));
        Assert.True(h.Vcpu.Interrupts.InService(0x45));
        // 0x31 is in a lower priority class than the vector in service: spurious.
        h.Run();
        Assert.Equal(15UL, h.Gr(23));
    }

    [Fact]
    public void ThashIsTheShortFormatHashOfTheVirtualPtaAndRegion()
    {
        var h = Harness.For("thash", 0);
        h.Vcpu.Rr[0] = 12 << 2;                       // 4 KiB pages, rid 0
        h.Vcpu.Cr[ControlRegister.Pta] = 0x1000_0000 | (15 << 2); // base, 32 KiB table, short format
        h.SetGr(22, 0x123_4000);
        Assert.Equal(h.Next, h.Run());
        // VA{63:61} | (pta.base & ~mask) | ((vpn << 3) & mask), mask = 2^15 - 1 (SDM Vol. 2 4.1.5.4).
        Assert.Equal(0x1000_0000UL | ((0x1234UL << 3) & 0x7FFF), h.Gr(20));

        h.SetGr(22, 0x123_4000, nat: true);
        h.Run();
        Assert.True(h.Nat(20));
    }

    [Fact]
    public void ItcDInsertsIntoTheVirtualTlbAndTheMachineAndTpaTranslatesThroughIt()
    {
        var itc = Harness.For("itc.d", 0);
        itc.Vcpu.Psr = Ic;
        Assert.Equal(RoutineResult.Raise(GuestFault.IllegalOperation), itc.Run());

        itc.Vcpu.Psr = 0;
        itc.Vcpu.Cr[ControlRegister.Ifa] = 0x4567;
        itc.Vcpu.Cr[ControlRegister.Itir] = 12 << 2;
        ulong pte = 0x8_0000 | 1 | (1 << 5) | (1 << 6) | (2 << 9);
        itc.SetGr(21, pte);
        Assert.Equal(itc.Next, itc.Run());
        Assert.Equal([$"itc.d 0x4000 ps 12 rid 0x0 pte 0x{pte:x}"], itc.Log.Calls);

        Assert.True(itc.Vcpu.Tlb.TryLookup(false, 0x4123, 0, out var entry));
        Assert.Equal(0x8_0123UL, Translation.Physical(entry, 0x4123));
    }

    [Fact]
    public void TpaMissesRaiseTheAlternateDataTlbFaultWithTheAddress()
    {
        var h = Harness.For("tpa", 1);
        h.SetGr(22, 0x9000);
        Assert.Equal(RoutineResult.Raise(new GuestFault(GuestFault.AlternateDataTlbVector, GuestFault.IsrNa | GuestFault.NaTpa, 0x9000)), h.Run());
        h.Vcpu.PrivilegeLevel = 1;
        Assert.Equal(RoutineResult.Raise(GuestFault.PrivilegedOperation(GuestFault.IsrNa | GuestFault.NaTpa)), h.Run());
    }

    [Fact]
    public void KernelRegisterWritesReachTheMachineAtLevelZeroOnly()
    {
        var r = Harness.For("mov-to-ar-kr", 0);
        r.SetGr(21, 0xabc);
        Assert.Equal(r.Next, r.Run());
        var imm = Harness.For("mov-to-ar-kr-imm", 1);
        Assert.Equal(imm.Next, imm.Run());
        Assert.Equal(["ar2=0xabc"], r.Log.Calls);
        Assert.Equal(["ar5=0xfffffffffffffffd"], imm.Log.Calls);

        r.Vcpu.PrivilegeLevel = 2;
        Assert.Equal(RoutineResult.Raise(GuestFault.PrivilegedRegister), r.Run());
    }

    [Fact]
    public void ItcIsVirtualAndItsReadsArePrivilegedWhilePsrSiIsSet()
    {
        var write = Harness.For("mov-to-ar-itc-imm", 0);
        Assert.Equal(write.Next, write.Run());
        Assert.Equal(100UL, write.Vcpu.Itc);

        var read = Harness.For("mov-from-ar-itc", 0);
        read.Vcpu.PrivilegeLevel = 3;
        read.Vcpu.Itc = 5000;
        Assert.Equal(read.Next, read.Run());
        Assert.Equal(5000UL, read.Gr(20));
        read.Vcpu.Psr |= Si;
        Assert.Equal(RoutineResult.Raise(GuestFault.PrivilegedRegister), read.Run());
    }

    [Fact]
    public void RfiReturnsToIipAndRiWithTheInterruptedPsrBankAndFrame()
    {
        var h = Harness.For("rfi", 2);
        ulong ipsr = (3UL << Psr.Cpl) | (1UL << Psr.Ri) | Ic | I | Dt | It | Bn;
        h.Vcpu.Cr[ControlRegister.Ipsr] = ipsr;
        h.Vcpu.Cr[ControlRegister.Iip] = 0x20_0000;
        h.Vcpu.Cr[ControlRegister.Ifs] = (1UL << 63) | 8;
        Assert.Equal(RoutineResult.Resume(0x20_0000, 1), h.Run());
        Assert.Equal(3, h.Vcpu.PrivilegeLevel);
        Assert.Equal(ipsr & ~(3UL << Psr.Ri), h.Vcpu.Psr); // ri is the slot the guest resumes at
        Assert.Equal(["bank1", $"restore 0x{(1UL << 63) | 8:x}"], h.Log.Calls);
    }

    [Fact]
    public void AnEmulatedInstructionEndsTheOneInstructionDisablesButRfiInstallsThem()
    {
        // psr.da/dd/ia/id/ed disable a check for one instruction (SDM Vol. 2 3.3.2): the
        // instruction the routine completed was it; a fault leaves them; rfi sets them for the next.
        const ulong Da = 1UL << Psr.Da, Ed = 1UL << Psr.Ed;
        var h = Harness.For("mov-from-psr", 0);
        h.Vcpu.WritePsr(Ic | Da | Ed);
        Assert.Equal(h.Next, h.Run());
        Assert.Equal(Ic, h.Vcpu.ReadPsr());
        Assert.Equal(0UL, h.Log.ProcessorStatus & (Da | Ed));

        h.Vcpu.WritePsr(Da | (3UL << Psr.Cpl));
        Assert.Equal(RoutineResult.Raise(GuestFault.PrivilegedOperation()), h.Run());
        Assert.Equal(Da, h.Vcpu.ReadPsr() & Da);

        var rfi = Harness.For("rfi", 2);
        rfi.Vcpu.Cr[ControlRegister.Ipsr] = Ic | Da;
        rfi.Run();
        Assert.Equal(Ic | Da, rfi.Vcpu.ReadPsr());
    }

    [Fact]
    public void CoverSavesTheFrameMarkerInIfsOnlyWithPsrIcClear()
    {
        var h = Harness.For("cover", 2);
        h.Vcpu.Psr = Ic;
        Assert.Equal(RoutineResult.Resume(Harness.Address + 16, 0), h.Run());
        Assert.Equal(0UL, h.Vcpu.Cr[ControlRegister.Ifs]);
        h.Vcpu.Psr = 0;
        h.Run();
        Assert.Equal((1UL << 63) | h.Machine.Cpu.FrameMarker, h.Vcpu.Cr[ControlRegister.Ifs]);
        Assert.Equal(["cover", "cover"], h.Log.Calls);
    }

    [Fact]
    public void EpcFaultsWhenPfsPplIsBelowTheLevelAndPromotesToZeroWithoutTranslation()
    {
        var h = Harness.For("epc", 0);
        h.Vcpu.PrivilegeLevel = 3; // ar.pfs.ppl is 0 < 3
        Assert.Equal(RoutineResult.Raise(GuestFault.IllegalOperation), h.Run());
        h.Vcpu.PrivilegeLevel = 0;
        h.Log.ProcessorStatus = 1UL << Psr.Mfl; // the guest wrote an FR: the machine's user mask has mfl
        Assert.Equal(h.Next, h.Run());
        Assert.Equal(0, h.Vcpu.PrivilegeLevel);
        Assert.True(Psr.Bit(h.Log.ProcessorStatus, Psr.Mfl), "the machine's user mask survives");
    }

    [Fact]
    public void ProbeTranslatesWhateverPsrDtAndProbeFaultOnlyWithIt()
    {
        // probe.r/w always look the page up (SDM Vol. 3 probe; the machine and Ski): a miss
        // with psr.dt clear is an Alternate Data TLB fault. probe.fault checks only with psr.dt.
        var h = Harness.For("probe.w.imm", 0);
        h.SetGr(22, 0x7000);
        Assert.Equal(GuestFault.AlternateDataTlbVector, h.Run().Fault.Vector);
        var f = Harness.For("probe.w.fault", 0);
        f.SetGr(22, 0x7000);
        Assert.Equal(f.Next, f.Run());
        f.Vcpu.Psr = Dt;
        Assert.Equal(GuestFault.AlternateDataTlbVector, f.Run().Fault.Vector);
    }

    [Fact]
    public void CpuidReadsTheVirtualRegistersAndFaultsBeyondThem()
    {
        var h = Harness.For("mov-from-cpuid", 1);
        h.SetGr(22, 3);
        Assert.Equal(h.Next, h.Run());
        Assert.Equal(h.Vcpu.Cpuid[3], h.Gr(20));
        h.SetGr(22, 5);
        Assert.Equal(RoutineResult.Raise(GuestFault.ReservedRegisterField), h.Run());
    }

    [Fact]
    public void MovToPkrInvalidatesOtherRegistersHoldingTheKey()
    {
        var h = Harness.For("mov-to-pkr", 0);
        h.Vcpu.Pkr[3] = (0x77UL << 8) | 1;
        h.SetGr(22, 5);
        h.SetGr(21, (0x77UL << 8) | 1);
        Assert.Equal(h.Next, h.Run());
        Assert.Equal(0x77UL << 8, h.Vcpu.Pkr[3]);
        Assert.Equal((0x77UL << 8) | 1, h.Vcpu.Pkr[5]);
        Assert.Equal(["pkr3=0x7700", "pkr5=0x7701"], h.Log.Calls);
    }

    [Fact]
    public void FcFlushesThePhysicalLineInPhysicalMode()
    {
        var h = Harness.For("fc.i", 1);
        h.SetGr(22, 0x1_2340);
        Assert.Equal(h.Next, h.Run());
        Assert.Equal(["fc.i 0x12340"], h.Log.Calls);
    }
}
