using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine;

/// <summary>The register stack engine (SDM Vol. 2 Part I ch. 6) in enforced-lazy mode: the
/// physical stacked registers outside the current frame are dirty (belong to callers, not yet
/// in the backing store), clean (also in the backing store) or invalid; spills happen only
/// when a frame grows into dirty registers (alloc), fills only when a return finds its frame
/// no longer in registers (br.ret), or on flushrs/loadrs. The accounting follows the SDM's
/// RSE pseudo-code (rse_new_frame, rse_preserve_frame, rse_restore_frame, rse_store,
/// rse_load), which is also what Ski implements, so ar.bsp, ar.bspstore and ar.rnat match it.
/// The backing store is addressed physically (psr.rt is the system architecture's).</summary>
public sealed partial class Cpu
{
    // Counts of stacked registers outside the frame, and of NaT collection slots among the
    // dirty and clean doublewords. sof + Dirty + Clean + Invalid = StackedPhysical, except
    // transiently after a return whose frame must be filled (Dirty < 0).
    internal int Dirty;
    internal int DirtyNat;
    internal int Clean;
    internal int CleanNat;
    internal int Invalid;

    internal ulong Bsp;
    internal ulong BspStore;
    internal ulong Rnat;

    /// <summary>ar.rsc.mode (bits 1:0): 0 = enforced lazy.</summary>
    internal int RscMode => (int)(Ar[ApplicationRegisters.Rsc] & 3);

    /// <summary>ar.rsc.loadrs (bits 29:16): bytes loadrs makes sure are in registers.</summary>
    internal ulong RscLoadRs => (Ar[ApplicationRegisters.Rsc] >> 16) & 0x3FFF;

    /// <summary>Slot number (0..63) of a backing-store address: 63 is a NaT collection.</summary>
    internal static int NatCollectionBit(ulong address) => (int)((address >> 3) & 0x3F);

    /// <summary>NaT collections crossed when <paramref name="registers"/> are added above
    /// <paramref name="bsp"/> (SDM 6.5.1).</summary>
    private static int NatsGrow(ulong bsp, int registers) => (NatCollectionBit(bsp) + registers) / 63;

    /// <summary>NaT collections crossed when <paramref name="registers"/> are taken off below
    /// <paramref name="bsp"/>.</summary>
    private static int NatsShrink(ulong bsp, int registers) => (62 - NatCollectionBit(bsp) + registers) / 63;

    private static int Wrap(int ring) => ((ring % StackedPhysical) + StackedPhysical) % StackedPhysical;

    internal ulong RseReadAr(int n) => n switch
    {
        ApplicationRegisters.Bsp => Bsp,
        ApplicationRegisters.BspStore => BspStore,
        ApplicationRegisters.Rnat => Rnat,
        _ => Ar[n],
    };

    /// <summary>Writes ar.rsc, ar.bspstore or ar.rnat. bspstore and rnat can only be written
    /// in enforced-lazy mode (Illegal Operation otherwise, SDM Vol. 1 3.1.8.2–3.1.8.4);
    /// ar.rsc.pl below the current privilege level is raised to it.</summary>
    internal int RseWriteAr(int n, ulong value)
    {
        switch (n)
        {
            case ApplicationRegisters.BspStore:
                if (RscMode != 0)
                {
                    return Raise(Interruption.IllegalOperation);
                }

                // rse_update_internal_stack_pointers: the dirty registers now end at the new
                // bspstore; clean ones are forgotten.
                BspStore = value & ~7UL;
                DirtyNat = NatsGrow(BspStore, Dirty);
                Bsp = BspStore + ((ulong)(Dirty + DirtyNat) * 8);
                Invalid += Clean;
                Clean = CleanNat = 0;
                return Flow.Next;
            case ApplicationRegisters.Rnat:
                if (RscMode != 0)
                {
                    return Raise(Interruption.IllegalOperation);
                }

                Rnat = value & ~(1UL << 63);
                return Flow.Next;
            case ApplicationRegisters.Rsc:
                if ((value & 0xFFFF_FFFF_C000_FFE0UL) != 0)
                {
                    return Raise(Interruption.ReservedRegisterField);
                }

                ulong pl = (value >> 2) & 3;
                if (pl < (ulong)Cpl)
                {
                    value = (value & ~0xCUL) | ((ulong)Cpl << 2);
                }

                Ar[n] = value;
                return Flow.Next;
            default:
                return Raise(Interruption.IllegalOperation);
        }
    }

    /// <summary>ar.rsc.pl: the privilege level of the engine's references.</summary>
    internal int RscPl => (int)((Ar[ApplicationRegisters.Rsc] >> 2) & 3);

    /// <summary>ar.rsc.be: the byte order of the engine's references.</summary>
    private bool RscBigEndian => (Ar[ApplicationRegisters.Rsc] & 0x10) != 0;

    /// <summary>Translates a backing-store reference (SDM Vol. 2 6.x): with psr.rt, through the
    /// data TLB at privilege ar.rsc.pl; false with the fault (or the stop) pending.</summary>
    private bool TranslateRse(ulong address, Access access, out ulong pa) =>
        TranslateDataSlow(address, 8, access, RscPl, PsrBit(PsrRt), out pa) == Flow.Next;

    private ulong RseOrder(ulong value) => RscBigEndian ? Swap(value, 8) : value;

    /// <summary>rse_store: spills the oldest dirty register (or the NaT collection when
    /// bspstore is at a collection slot) to ar.bspstore. Returns 1 for a register, 0 for a
    /// collection, -1 when the reference faulted or left guest memory (pending).</summary>
    private int RseStore()
    {
        if (!TranslateRse(BspStore, Access.RseStore, out ulong pa))
        {
            return -1;
        }

        int bit = NatCollectionBit(BspStore);
        if (bit == 63)
        {
            Memory.Write8(pa, RseOrder(Rnat));
            Rnat &= ~(1UL << 63);
            BspStore += 8;
            DirtyNat--;
            CleanNat++;
            return 0;
        }

        int physical = 32 + Wrap(Bof - Dirty);
        Memory.Write8(pa, RseOrder(Gr[physical]));
        Rnat = GrNat[physical] != 0 ? Rnat | (1UL << bit) : Rnat & ~(1UL << bit);
        BspStore += 8;
        Dirty--;
        Clean++;
        return 1;
    }

    /// <summary>rse_load: fills the register (or NaT collection) just below the registers that
    /// are in the physical file. Returns 1, 0 or -1 as <see cref="RseStore"/>.</summary>
    private int RseLoad()
    {
        ulong address = Bsp - ((ulong)(Clean + CleanNat + Dirty + DirtyNat + 1) * 8);
        if (!TranslateRse(address, Access.RseLoad, out ulong pa))
        {
            return -1;
        }

        int bit = NatCollectionBit(address);
        if (bit == 63)
        {
            Rnat = RseOrder(Memory.Read8(pa));
            CleanNat++;
            return 0;
        }

        int physical = 32 + Wrap(Bof - (Clean + Dirty + 1));
        Gr[physical] = RseOrder(Memory.Read8(pa));
        GrNat[physical] = (byte)((Rnat >> bit) & 1);
        Clean++;
        Invalid--;
        return 1;
    }

    /// <summary>rse_new_frame: makes room for a frame that grows by <paramref name="growth"/>
    /// registers, spilling dirty registers when no invalid or clean ones are left.</summary>
    internal bool RseNewFrame(int growth)
    {
        if (growth <= Invalid)
        {
            Invalid -= growth;
            return true;
        }

        growth -= Invalid;
        if (growth <= Clean)
        {
            Clean -= growth;
            CleanNat = NatsShrink(Bsp, Clean + Dirty + 1) - DirtyNat;
            Invalid = 0;
            return true;
        }

        growth -= Clean;
        while (growth > 0)
        {
            int stored = RseStore();
            if (stored < 0)
            {
                return false;
            }

            growth -= stored;
        }

        Clean = CleanNat = 0;
        Invalid = 0;
        return true;
    }

    /// <summary>rse_preserve_frame: the first <paramref name="preserved"/> registers of the
    /// frame become dirty (br.call keeps sol of them, cover all of them).</summary>
    internal void RsePreserveFrame(int preserved)
    {
        Bof = Wrap(Bof + preserved);
        int nats = NatsGrow(Bsp, preserved);
        Bsp += (ulong)(preserved + nats) * 8;
        Dirty += preserved;
        DirtyNat += nats;
    }

    /// <summary>rse_restore_frame (br.ret, rfi): the caller's <paramref name="preserved"/>
    /// registers come back from the dirty, clean or — filled now — backing-store partitions.
    /// <see cref="Bof"/> and the frame marker have been restored by the caller.
    /// Returns false when a fill touched memory outside the guest's (the stop is raised).</summary>
    internal bool RseRestoreFrame(int preserved, int growth, int oldSof)
    {
        int preservedNat = NatsShrink(Bsp, preserved);
        Bsp -= (ulong)(preserved + preservedNat) * 8;
        if (growth > Invalid + Clean)
        {
            // Returning to a frame bigger than the registers available: the frame is lost
            // (the SDM makes it empty).
            Invalid += preserved + oldSof;
            Dirty -= preserved;
            DirtyNat -= preservedNat;
            SetFrame(0, 0, 0, 0, 0, 0);
            return true;
        }

        Invalid -= growth;
        if (Invalid < 0)
        {
            Clean += Invalid;
            CleanNat = NatsShrink(Bsp, Clean + Dirty + 1) - DirtyNat;
            Invalid = 0;
        }

        if (preserved <= Dirty)
        {
            Dirty -= preserved;
            DirtyNat -= preservedNat;
            return true;
        }

        preserved -= Dirty;
        preservedNat -= DirtyNat;
        if (preserved <= Clean)
        {
            Clean -= preserved;
            CleanNat -= preservedNat;
            Dirty = DirtyNat = 0;
            BspStore = Bsp;
            return true;
        }

        preserved -= Clean;
        preservedNat -= CleanNat;
        Clean = CleanNat = 0;
        Dirty = -preserved;
        DirtyNat = -preservedNat;
        BspStore = Bsp - ((ulong)(Dirty + DirtyNat) * 8);
        return RseMandatoryLoads() || DeferMandatoryLoads();
    }

    /// <summary>True while the current frame still has registers to fill from the backing store
    /// because a fill faulted (the SDM's "current frame load enable"): the fills are retried
    /// before the next instruction, and a fault they raise reports ISR.ir = 1.</summary>
    internal bool Cfle;

    /// <summary>A fill of br.ret or rfi faulted: the branch completes and the fills wait for
    /// the next instruction boundary, where the fault is raised again if it persists (as Ski
    /// and the SDM do). A stop (memory outside the guest's) stays a stop.</summary>
    private bool DeferMandatoryLoads()
    {
        if (!Interruptions.IsArchitected(PendingInterruption))
        {
            return false;
        }

        StopKind = StopKind.None;
        PendingInterruption = Interruption.None;
        Cfle = true;
        ScheduleCheck();
        return true;
    }

    /// <summary>The boundary's retry of deferred fills; false with the fault or stop pending.</summary>
    internal bool CompleteMandatoryLoads()
    {
        if (!RseMandatoryLoads())
        {
            return false;
        }

        Cfle = false;
        return true;
    }

    /// <summary>Fills the current frame's registers that are only in the backing store (the
    /// "current frame load enable" state after a return; Ski does it before the next
    /// instruction, this machine right away unless a fill faults — see <see cref="Cfle"/>).</summary>
    private bool RseMandatoryLoads()
    {
        while (Dirty < 0 || DirtyNat < 0)
        {
            int loaded = RseLoad();
            if (loaded < 0)
            {
                return false;
            }

            if (loaded == 1)
            {
                Clean--;
                Dirty++;
            }
            else
            {
                CleanNat--;
                DirtyNat++;
            }

            BspStore -= 8;
        }

        return true;
    }

    /// <summary>flushrs: spills every dirty register (and collection) to the backing store.</summary>
    internal int RseFlush()
    {
        while (Dirty + DirtyNat > 0)
        {
            if (RseStore() < 0)
            {
                return Flow.Stop;
            }
        }

        return Flow.Next;
    }

    /// <summary>loadrs: makes sure ar.rsc.loadrs bytes below ar.bsp are in registers (as dirty
    /// ones), or drops everything beyond them (SDM rse_ensure_regs_loaded).</summary>
    internal int RseLoadRs()
    {
        ulong loadrs = RscLoadRs;
        if (RscMode != 0 || (loadrs != 0 && Sof != 0))
        {
            return Raise(Interruption.IllegalOperation);
        }

        long wordsToLoad = (long)(loadrs >> 3) - (Clean + CleanNat + Dirty + DirtyNat);
        if (wordsToLoad >= 0)
        {
            ulong bspLoad = BspStore - ((ulong)(Clean + CleanNat) * 8);
            DirtyNat += CleanNat;
            Dirty += Clean;
            BspStore = Bsp - ((ulong)(Dirty + DirtyNat) * 8);
            Clean = CleanNat = 0;
            for (; wordsToLoad > 0; wordsToLoad--)
            {
                if (Dirty == StackedPhysical && NatCollectionBit(bspLoad - 8) != 63)
                {
                    return Raise(Interruption.IllegalOperation);
                }

                int loaded = RseLoad();
                if (loaded < 0)
                {
                    return Flow.Stop;
                }

                if (loaded == 1)
                {
                    Dirty++;
                    Clean--;
                }
                else
                {
                    DirtyNat++;
                    CleanNat--;
                }

                BspStore = Bsp - ((ulong)(Dirty + DirtyNat) * 8);
                bspLoad -= 8;
            }
        }
        else
        {
            ulong bottom = Bsp - (loadrs & ~7UL);
            DirtyNat = (int)(((long)Bsp >> 9) - ((long)bottom >> 9));
            Dirty = (int)(loadrs >> 3) - DirtyNat;
            BspStore = Bsp - ((ulong)(Dirty + DirtyNat) * 8);
            Clean = CleanNat = 0;
            Invalid = StackedPhysical - (Sof + Dirty + Clean);
        }

        return Flow.Next;
    }
}
