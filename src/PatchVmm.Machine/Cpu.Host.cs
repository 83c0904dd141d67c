using PatchVmm.Machine.Translation;
using System.Runtime.CompilerServices;

namespace PatchVmm.Machine;

/// <summary>What host code — a VMM's interruption handler, a test, a tool — may read and
/// change (DESIGN.md §2: the VMM sees the machine through a narrow interface). Register
/// numbers are logical, as instructions name them: GRs through the current frame and
/// bank, predicates after rotation. Reads and writes here have no architectural side
/// effects (reading cr.ivr acknowledges nothing, writing cr.eoi completes nothing): they are
/// the state, not instructions. An index outside its register file is an
/// <see cref="ArgumentOutOfRangeException"/>.</summary>
public sealed partial class Cpu
{
    /// <summary>Stacked registers in the current frame (CFM.sof): r32..r(31+sof) exist.</summary>
    public int FrameSize => Sof;

    /// <summary>True when logical GR <paramref name="r"/> exists in the current frame
    /// (r0–r31 always; r32 and up when below 32 + sof). Naming one that does not is an
    /// Illegal Operation fault for an instruction (SDM Vol. 1 4.1.2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsGrInFrame(int r) => (uint)r < (uint)GrEnd;

    /// <summary>Logical GR <paramref name="r"/> and its NaT bit.</summary>
    public ulong GetGeneralRegister(int r, out bool nat)
    {
        CheckGr(r);
        nat = GetNat(r);
        return GetGr(r);
    }

    /// <summary>Logical GR <paramref name="r"/> without its NaT bit.</summary>
    public ulong GetGeneralRegister(int r)
    {
        CheckGr(r);
        return GetGr(r);
    }

    /// <summary>Writes logical GR <paramref name="r"/> and its NaT bit; r0 cannot be written.</summary>
    public void SetGeneralRegister(int r, ulong value, bool nat = false)
    {
        CheckGr(r);
        if (r == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(r), "r0 is read-only");
        }

        SetGr(r, value, nat);
    }

    /// <summary>The logical predicates, bit n = pn (p0 reads 1; writes to it are ignored).</summary>
    public ulong Predicates
    {
        get => Pr;
        set => Pr = value | 1;
    }

    public ulong GetBranchRegister(int b) => Br[CheckIndex(b, 8, nameof(b))];

    public void SetBranchRegister(int b, ulong value) => Br[CheckIndex(b, 8, nameof(b))] = value;

    /// <summary>Application register <paramref name="n"/> as <c>mov r=ar</c> reads it when it
    /// does not fault (ar.itc and ar.ruc from the instruction count, the RSE registers from
    /// the engine, ignored registers 0), without its privilege checks.</summary>
    public ulong GetApplicationRegister(int n) => ReadAr(CheckIndex(n, 128, nameof(n)));

    /// <summary>Stores application register <paramref name="n"/> without <c>mov ar=</c>'s
    /// checks (ar.itc and ar.ruc set the counter; the RSE registers go to the engine, which
    /// must be in enforced-lazy mode for bspstore and rnat).</summary>
    public void SetApplicationRegister(int n, ulong value)
    {
        CheckIndex(n, 128, nameof(n));
        switch (n)
        {
            case ApplicationRegisters.Itc:
                Itc = value;
                ScheduleTimer();
                break;
            case ApplicationRegisters.Ruc:
                Ruc = value;
                break;
            case >= ApplicationRegisters.Rsc and <= ApplicationRegisters.Rnat when n != ApplicationRegisters.Bsp:
                if (RseWriteAr(n, value) != Execution.Flow.Next)
                {
                    PendingInterruption = Interruption.None;
                    StopKind = StopKind.None;
                    throw new ArgumentException($"ar{n} cannot take 0x{value:x} now (the RSE must be in enforced-lazy mode; ar.rsc's reserved fields must be 0)", nameof(value));
                }

                break;
            case ApplicationRegisters.Bsp:
                throw new ArgumentException("ar.bsp is read-only", nameof(n));
            default:
                Ar[n] = value;
                break;
        }
    }

    /// <summary>Control register <paramref name="n"/> as stored (no side effect).</summary>
    public ulong GetControlRegister(int n) => Cr[CheckIndex(n, 128, nameof(n))];

    /// <summary>Stores control register <paramref name="n"/> (no side effect, no check of
    /// reserved fields: host code answers for the value).</summary>
    public void SetControlRegister(int n, ulong value) => Cr[CheckIndex(n, 128, nameof(n))] = value;

    public ulong GetRegionRegister(int n) => Rr[CheckIndex(n, 8, nameof(n))];

    /// <summary>Writes region register <paramref name="n"/> (the translations it selects change
    /// before the next instruction).</summary>
    public void SetRegionRegister(int n, ulong value)
    {
        Rr[CheckIndex(n, 8, nameof(n))] = value;
        TranslationChanged();
    }

    public ulong GetProtectionKeyRegister(int n) => Pkr[CheckIndex(n, ProtectionKeyRegisters, nameof(n))];

    public void SetProtectionKeyRegister(int n, ulong value)
    {
        Pkr[CheckIndex(n, ProtectionKeyRegisters, nameof(n))] = value;
        TranslationChanged();
    }

    /// <summary>The frame part of <c>cover</c> (SDM Vol. 3 cover): the current frame becomes
    /// dirty registers of the register stack and the frame marker an empty frame. Returns the
    /// frame marker it replaced (what cover would put in cr.ifs.ifm).</summary>
    public ulong CoverFrame()
    {
        ulong cfm = Cfm;
        RsePreserveFrame(Sof);
        SetFrame(0, 0, 0, 0, 0, 0);
        return cfm;
    }

    /// <summary>The frame part of <c>rfi</c> with cr.ifs.v set: the current frame is dropped and
    /// the frame <paramref name="frameMarker"/> (a CFM value) comes back from the register stack
    /// — from the backing store where its registers were spilled. Returns false when a fill
    /// faulted or left guest memory (<see cref="Machine.Run"/> then raises or reports it).</summary>
    public bool RestoreFrame(ulong frameMarker)
    {
        bool done = PopFrame(frameMarker);
        ScheduleCheck();
        return done;
    }

    /// <summary>Makes GR bank <paramref name="bank"/> (0 or 1) current for r16–r31 (psr.bn), as bsw.</summary>
    public void SwitchBank(int bank) => SelectBank(CheckIndex(bank, 2, nameof(bank)));

    /// <summary>Inserts a translation into the instruction or data translation cache, as
    /// itc with cr.ifa = <paramref name="va"/> and cr.itir = <paramref name="itir"/> would
    /// (the PTE and ITIR formats of SDM Vol. 2 Figure 4-5). Throws for reserved fields or a
    /// page that overlaps a translation register.</summary>
    public void InsertTranslation(bool instruction, ulong va, ulong pte, ulong itir)
    {
        var tlb = instruction ? Itlb : Dtlb;
        tlb.InsertCache(CheckedEntry(tlb, va, pte, itir));
        TranslationChanged();
    }

    /// <summary>The entry a host insert makes, after the checks itc/itr would make (reserved
    /// fields; an overlap with a translation register, a machine check on hardware).</summary>
    private TlbEntry CheckedEntry(Tlb tlb, ulong va, ulong pte, ulong itir)
    {
        if (ReservedInsert(pte, itir))
        {
            throw new ArgumentException($"PTE 0x{pte:x} / ITIR 0x{itir:x} set reserved fields", nameof(pte));
        }

        var entry = MakeEntry(va, pte, itir);
        if (tlb.RegisterOverlaps(entry.Vpn, entry.PageSize, entry.Rid))
        {
            throw new ArgumentException($"the page at 0x{va:x} overlaps a translation register", nameof(va));
        }

        return entry;
    }

    /// <summary>Purges the translation cache entries of both TLBs that overlap the 2^ps-byte
    /// page at <paramref name="va"/> in region ID <paramref name="rid"/> (as ptc.l, but for any rid).</summary>
    public void PurgeTranslations(ulong va, int pageSize, uint rid)
    {
        Itlb.PurgeCache(va, pageSize, rid);
        Dtlb.PurgeCache(va, pageSize, rid);
        TranslationChanged();
    }

    /// <summary>Fills translation register <paramref name="slot"/> (as itr with cr.ifa =
    /// <paramref name="va"/>, cr.itir = <paramref name="itir"/>), dropping the cache entries it
    /// overlaps. Throws for reserved fields or an overlap with another translation register.</summary>
    public void InsertTranslationRegister(bool instruction, int slot, ulong va, ulong pte, ulong itir)
    {
        CheckIndex(slot, Tlb.TranslationRegisters, nameof(slot));
        var tlb = instruction ? Itlb : Dtlb;
        tlb.InsertRegister(slot, CheckedEntry(tlb, va, pte, itir));
        TranslationChanged();
    }

    /// <summary>The valid translations of the instruction or data TLB: the translation
    /// registers (by slot), then the translation cache entries.</summary>
    public IReadOnlyList<TlbTranslation> GetTranslations(bool instruction)
    {
        var tlb = instruction ? Itlb : Dtlb;
        var list = new List<TlbTranslation>();
        for (int i = 0; i < Tlb.TranslationRegisters; i++)
        {
            if (tlb.Registers[i].Valid)
            {
                list.Add(TlbTranslation.Of(tlb.Registers[i], register: true, i));
            }
        }

        for (int i = 0; i < Tlb.CacheEntries; i++)
        {
            if (tlb.Cache[i].Valid)
            {
                list.Add(TlbTranslation.Of(tlb.Cache[i], register: false, i));
            }
        }

        return list;
    }

    /// <summary>Debug breakpoint register <paramref name="n"/> (IBR when
    /// <paramref name="instruction"/>, else DBR).</summary>
    public ulong GetDebugRegister(bool instruction, int n) => (instruction ? Ibr : Dbr)[CheckIndex(n, DebugRegisters, nameof(n))];

    public void SetDebugRegister(bool instruction, int n, ulong value)
    {
        (instruction ? Ibr : Dbr)[CheckIndex(n, DebugRegisters, nameof(n))] = value;
        TranslationChanged();
    }

    /// <summary>Performance monitor register <paramref name="n"/> (PMD when <paramref name="data"/>, else PMC).</summary>
    public ulong GetPerformanceRegister(bool data, int n) => (data ? Pmd : Pmc)[CheckIndex(n, PerformanceRegisters, nameof(n))];

    public void SetPerformanceRegister(bool data, int n, ulong value) => (data ? Pmd : Pmc)[CheckIndex(n, PerformanceRegisters, nameof(n))] = value;

    /// <summary>CPUID register <paramref name="n"/> (0–4) as <c>mov r=cpuid</c> reads it.</summary>
    public static ulong GetCpuid(int n) => Semantics.SystemRegisters.Cpuid[CheckIndex(n, Semantics.SystemRegisters.Cpuid.Length, nameof(n))];

    /// <summary>Word <paramref name="word"/> (0–3) of the vectors in service (bit n = vector
    /// 64 × word + n): acknowledged through cr.ivr, not yet ended by cr.eoi.</summary>
    public ulong GetInServiceVectors(int word) => InService[CheckIndex(word, 4, nameof(word))];

    /// <summary>Empties both translation caches (ptc.e); translation registers stay.</summary>
    public void PurgeAllTranslations()
    {
        Itlb.PurgeAllCache();
        Dtlb.PurgeAllCache();
        TranslationChanged();
    }

    /// <summary>The address of the bundle the machine executes next (or that raised the
    /// interruption being handled).</summary>
    public ulong InstructionPointer
    {
        get => Ip;
        set
        {
            if ((value & 0xF) != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value), $"0x{value:x} is not a bundle address");
            }

            Ip = value;
        }
    }

    /// <summary>The slot (0–2) of the instruction the machine executes next in
    /// <see cref="InstructionPointer"/>'s bundle.</summary>
    public int InstructionSlot
    {
        get => Slot;
        set => Slot = CheckIndex(value, 3, nameof(value));
    }

    /// <summary>The current frame marker (SDM Vol. 1 3.1.7): sof 6:0, sol 13:7, sor 17:14,
    /// rrb.gr 24:18, rrb.fr 31:25, rrb.pr 37:32.</summary>
    public ulong FrameMarker => Cfm;

    /// <summary>The current privilege level (psr.cpl).</summary>
    public int PrivilegeLevel => Cpl;

    /// <summary>Instructions retired since the machine was built.</summary>
    public long RetiredInstructions => Retired;

    private void CheckGr(int r)
    {
        if (!IsGrInFrame(r))
        {
            throw new ArgumentOutOfRangeException(nameof(r), r, $"r{r} is outside the current frame (sof {Sof})");
        }
    }

    private static int CheckIndex(int index, int count, string name) =>
        (uint)index < (uint)count ? index : throw new ArgumentOutOfRangeException(name, index, $"must be 0..{count - 1}");
}
