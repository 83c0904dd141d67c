using PatchVmm.Machine;

namespace PatchVmm.Vmm.Tests.Equivalence;

/// <summary>Random physical states for the equivalence trials (deterministic for a seed): a
/// frame, GRs with NaT bits, predicates, branch and application registers, a psr at level 0
/// (now and then above it) without the single-instruction and trap modes, valid control
/// registers, region and protection-key registers, debug and performance registers, pending
/// and in-service interrupt vectors, and translations — registers and cache entries of both
/// TLBs, present or not, with random rights, levels, attributes and keys, some of them stale
/// (another region id), and a VHPT in guest memory (short or long format) holding more — so
/// that the translation instructions meet hits, misses, walker hits and failures, keys and
/// rights. Operand registers get values that fit their role (a mapped address, a valid PTE,
/// an index inside the register file) most of the time, anything the rest.</summary>
internal sealed class StateGenerator(Random rng)
{
    /// <summary>Where the VHPT lives in guest physical memory (32 KiB, mapped by a 64 KiB page).</summary>
    public const ulong VhptPhysical = 0x20000;

    /// <summary>The backing store area (ar.bspstore) in guest physical memory.</summary>
    private const ulong BackingStore = 0x30000;

    private static readonly uint[] KeyPool = [0x10, 0x20, 0x30, 0x40, 0x1234];

    private const uint CodeKey = 0x77;

    private readonly Random _rng = rng;
    private readonly List<ulong> _addresses = [];

    public bool Chance(double p) => _rng.NextDouble() < p;

    public double NextDouble() => _rng.NextDouble();

    public int Next(int min, int max) => _rng.Next(min, max);

    public ulong Bits(int n) => n >= 64 ? (ulong)_rng.NextInt64() ^ ((ulong)_rng.NextInt64() << 1) : (ulong)_rng.NextInt64() & ((1UL << n) - 1);

    public ulong Any() => Bits(64);

    /// <summary>A random frame marker: sof, sol, sor and the rotating bases.</summary>
    public ulong Frame()
    {
        int sof = Chance(0.3) ? Next(0, 9) : Chance(0.7) ? Next(8, 41) : Next(40, 97);
        int sol = Next(0, sof + 1);
        int sor = Chance(0.5) ? 0 : Next(0, (sof / 8) + 1);
        int rrbGr = sor == 0 ? 0 : Next(0, sor * 8);
        return (uint)sof | ((ulong)(uint)sol << 7) | ((ulong)(uint)sor << 14) | ((ulong)(uint)rrbGr << 18)
            | ((ulong)(uint)Next(0, 96) << 25) | ((ulong)(uint)Next(0, 48) << 32);
    }

    /// <summary>A GR number for an operand: mostly r1–r31 or the frame, now and then r0 or a
    /// register past the frame.</summary>
    public int Register(int sof)
    {
        if (Chance(0.04))
        {
            return 0;
        }

        if (sof < 96 && Chance(0.04))
        {
            return Next(32 + sof, 128);
        }

        return sof > 0 && Chance(0.5) ? Next(32, 32 + sof) : Next(1, 32);
    }

    /// <summary>A state S for frame <paramref name="cfm"/> and the instruction of template
    /// <paramref name="template"/> (epc wants instruction translation on more often).</summary>
    public GuestState State(ulong cfm, string template)
    {
        var s = new GuestState { Cfm = cfm };
        int sof = (int)(cfm & 0x7F);
        for (int r = 1; r < 32 + sof; r++)
        {
            s.Gr[r] = Any();
            s.Nat[r] = Chance(0.06);
        }

        for (int i = 0; i < 16; i++)
        {
            s.OtherBank[i] = Any();
            s.OtherBankNat[i] = Chance(0.06);
        }

        s.Pr = Any() | 1;
        for (int b = 0; b < 8; b++)
        {
            s.Br[b] = Any();
        }

        ApplicationRegisters(s);
        s.Psr = ProcessorStatus(template);
        RegionAndKeys(s);
        ControlRegisters(s, template);
        DebugAndPerformance(s);
        Translations(s);
        s.Cr[Vmm.ControlRegister.Ifa] = Address(); // from the pool the translations made
        Interrupts(s);
        return s;
    }

    private void ApplicationRegisters(GuestState s)
    {
        for (int k = 0; k < 8; k++)
        {
            s.Ar.Add((k, Any()));
        }

        s.Ar.Add((18, BackingStore + (Bits(9) * 8))); // bspstore
        s.Ar.Add((19, Any()));                         // rnat
        s.Ar.Add((32, Any()));                         // ccv
        s.Ar.Add((36, Any()));                         // unat
        s.Ar.Add((45, Any()));                         // ruc
        s.Ar.Add((64, Pfs()));
        s.Ar.Add((65, Any()));                         // lc
        s.Ar.Add((66, Bits(6)));                       // ec
        // rsc last: pl, be and mode (loadrs 0).
        s.Ar.Add((16, Bits(5)));
        s.Itc = Any();
        s.MachineItc = Any();
    }

    /// <summary>ar.pfs: a valid previous frame marker, pec and ppl.</summary>
    private ulong Pfs() => (Frame() & ((1UL << 38) - 1)) | (Bits(6) << 52) | (Bits(2) << 62);

    /// <summary>psr at level 0 (in a few trials 1–3 for the privilege checks), without ss, tb,
    /// lp, db, the one-instruction disables, is and it (fetch stays physical) — it only with a
    /// translation register over the code page (<see cref="Translations"/>).</summary>
    private ulong ProcessorStatus(string template)
    {
        ulong psr = Bits(6) & ~1UL; // be up ac mfl mfh
        // itc and itr need psr.ic = 0 (else Illegal Operation): they get it more often.
        double ic = template.StartsWith("itc", StringComparison.Ordinal) || template.StartsWith("itr", StringComparison.Ordinal) ? 0.3 : 0.65;
        psr |= Flag(ic, Psr.Ic) | Flag(0.5, Psr.I) | Flag(0.5, Psr.Pk) | Flag(0.7, Psr.Dt) | Flag(0.3, Psr.Dfl)
            | Flag(0.3, Psr.Dfh) | Flag(0.3, Psr.Sp) | Flag(0.3, Psr.Pp) | Flag(0.3, Psr.Di) | Flag(0.4, Psr.Si)
            | Flag(0.5, Psr.Rt) | Flag(0.5, Psr.Bn) | Flag(0.2, Psr.Mc) | Flag(0.3, Psr.Da);
        int cpl = Chance(0.15) ? Next(1, 4) : 0;
        psr |= (ulong)cpl << Psr.Cpl;
        if (Chance(template == "epc" ? 0.5 : 0.1))
        {
            psr |= 1UL << Psr.It;
        }

        return psr;
    }

    private ulong Flag(double p, int bit) => Chance(p) ? 1UL << bit : 0;

    private void RegionAndKeys(GuestState s)
    {
        for (int i = 0; i < 8; i++)
        {
            uint rid = Chance(0.15) ? (uint)(0x100 + Next(0, 8)) : (uint)(0x100 + i);
            s.Rr[i] = Rr(rid);
        }

        // Each pool key valid in at most one PKR, with random disables; the rest invalid.
        var free = Enumerable.Range(0, 15).OrderBy(_ => _rng.Next()).ToList();
        foreach (uint key in KeyPool)
        {
            if (Chance(0.75))
            {
                int i = free[0];
                free.RemoveAt(0);
                s.Pkr[i] = ((ulong)key << 8) | 1 | (Chance(0.2) ? 2UL : 0) | (Chance(0.2) ? 4UL : 0) | (Chance(0.2) ? 8UL : 0);
            }
        }

        foreach (int i in free)
        {
            s.Pkr[i] = Chance(0.5) ? Bits(24) << 8 : 0;
        }

        s.Pkr[15] = ((ulong)CodeKey << 8) | 1;
    }

    /// <summary>A valid region register: rid, preferred page size 4–64 KiB, ve.</summary>
    public ulong Rr(uint rid) => ((ulong)rid << 8) | ((ulong)Next(12, 17) << 2) | (Chance(0.75) ? 1UL : 0);

    private void ControlRegisters(GuestState s, string template)
    {
        foreach (int n in StateBuilder.ControlRegisters())
        {
            s.Cr[n] = ControlRegister(n, s, template);
        }
    }

    /// <summary>A valid value of control register <paramref name="n"/> (what a mov cr= of it
    /// would store: <see cref="ControlRegisterRules.Normalize"/> accepts it).</summary>
    public ulong ControlRegister(int n, GuestState s, string template)
    {
        ulong v = n switch
        {
            Vmm.ControlRegister.Dcr => Bits(15) & 0x7F07,
            Vmm.ControlRegister.Pta => Pta(),
            Vmm.ControlRegister.Ipsr => Ipsr(),
            Vmm.ControlRegister.Isr => Bits(44) & ~(0xFFUL << 24) & ~(1UL << 42),
            Vmm.ControlRegister.Iip => Iip(s),
            Vmm.ControlRegister.Ifa => Address(),
            Vmm.ControlRegister.Itir => Itir(),
            Vmm.ControlRegister.Ifs => Ifs(s),
            Vmm.ControlRegister.Lid => Bits(16) << 16,
            Vmm.ControlRegister.Tpr => (Chance(0.1) ? 1UL << 16 : 0) | (Bits(4) << 4),
            Vmm.ControlRegister.Eoi => 0,
            Vmm.ControlRegister.Itv or Vmm.ControlRegister.Pmv or Vmm.ControlRegister.Cmcv => Bits(8) | (Chance(0.5) ? 1UL << 16 : 0),
            Vmm.ControlRegister.Lrr0 or Vmm.ControlRegister.Lrr1 => Bits(8) | ((ulong)new[] { 0, 2, 4, 5, 7 }[Next(0, 5)] << 8)
                | (Chance(0.5) ? 1UL << 13 : 0) | (Chance(0.5) ? 1UL << 15 : 0) | (Chance(0.5) ? 1UL << 16 : 0),
            _ => Any(),
        };
        return ControlRegisterRules.Normalize(n, v) ?? throw new InvalidOperationException($"cr{n} = 0x{v:x} is not valid");
    }

    /// <summary>cr.pta: walker on most of the time, a 32 KiB table at a 64 KiB-aligned base,
    /// short format mostly.</summary>
    private ulong Pta()
    {
        ulong baseAddress = (Bits(3) << 61) | ((Bits(24) << 16) & 0x0000_00FF_FFFF_0000UL);
        return baseAddress | (15UL << 2) | (Chance(0.3) ? 1UL << 8 : 0) | (Chance(0.85) ? 1UL : 0);
    }

    /// <summary>cr.ipsr: any psr without reserved bits (ri 0–2, is 0: the machine runs no IA-32 code).</summary>
    private ulong Ipsr()
    {
        ulong v = Bits(46) & ~((0xFUL << 28) | (1UL << 16) | (0x7FUL << 6) | 1UL | (1UL << Psr.Is) | (3UL << Psr.Ri));
        return v | ((ulong)Next(0, 3) << Psr.Ri);
    }

    /// <summary>cr.iip: a bundle of the code page when ipsr.it (the target's fetch needs no
    /// translation: the run ends before it), else a bundle in or outside memory.</summary>
    private ulong Iip(GuestState s)
    {
        if (Psr.Bit(s.Cr[Vmm.ControlRegister.Ipsr], Psr.It) || Chance(0.4))
        {
            return (StateBuilder.CodeAddress & ~0xFFFUL) | (Bits(8) << 4);
        }

        return Chance(0.6) ? Bits(18) & ~0xFUL : Any() & ~0xFUL;
    }

    /// <summary>cr.ifs: invalid, or a valid frame that fits the dirty registers (rfi then
    /// fills nothing from the backing store).</summary>
    private ulong Ifs(GuestState s)
    {
        if (Chance(0.4))
        {
            return Bits(38); // v = 0: the frame marker part is ignored
        }

        int room = 96 - (int)(s.Cfm & 0x7F);
        ulong f;
        do
        {
            f = Frame();
        }
        while ((int)(f & 0x7F) > room);

        return (1UL << 63) | f;
    }

    /// <summary>cr.itir: page size 4 KiB–16 MiB and a key (from the pool mostly), now and then reserved bits.</summary>
    public ulong Itir()
    {
        ulong v = ((ulong)Next(12, 25) << 2) | ((ulong)Key() << 8);
        if (Chance(0.05))
        {
            v |= Chance(0.5) ? 1UL : 1UL << Next(32, 64);
        }

        return v;
    }

    public uint Key() => Chance(0.85) ? KeyPool[Next(0, KeyPool.Length)] : (uint)Bits(24);

    private void DebugAndPerformance(GuestState s)
    {
        for (int i = 0; i < 16; i++)
        {
            s.Dbr[i] = Any();
            s.Ibr[i] = Any();
        }

        for (int i = 0; i < 64; i++)
        {
            s.Pmc[i] = Any();
            s.Pmd[i] = Any();
        }
    }

    /// <summary>A PTE: present mostly, memory attribute WB mostly (UC, UCE, WC, NaTPage now and
    /// then), random a, d, pl, ar, ed and page number; reserved fields in a few.</summary>
    public ulong Pte()
    {
        ulong ma = Chance(0.6) ? 0UL : new ulong[] { 4, 5, 6, 7 }[Next(0, 4)];
        ulong pte = (Chance(0.9) ? 1UL : 0) | (ma << 2) | (Chance(0.85) ? 1UL << 5 : 0) | (Chance(0.7) ? 1UL << 6 : 0)
            | (Bits(2) << 7) | (Bits(3) << 9) | ((Chance(0.5) ? Bits(18) : Bits(38) << 12) & TranslationRules.PhysicalPageNumber)
            | (Chance(0.1) ? 1UL << 52 : 0);
        if (Chance(0.04))
        {
            pte |= Chance(0.5) ? 2UL : 1UL << 50;
        }

        return pte;
    }

    /// <summary>Translations: a 64 KiB data translation register over the VHPT in the regions it
    /// is used from, entries of both TLBs (registers and caches, some stale), VHPT entries,
    /// and addresses nothing maps; every page's address joins the pool operands draw from.</summary>
    private void Translations(GuestState s)
    {
        _addresses.Clear();
        ulong pta = s.Cr[Vmm.ControlRegister.Pta];
        bool longFormat = (pta & (1UL << 8)) != 0;
        ulong vhptBase = pta & 0x1FFF_FFFF_FFFF_8000UL; // bits 60:15, 64 KiB aligned by construction
        var regions = Enumerable.Range(0, 8).OrderBy(_ => _rng.Next()).Take(3).ToArray();
        var trSlots = Enumerable.Range(0, 15).OrderBy(_ => _rng.Next()).ToList();

        // The VHPT's own mapping (no recursive walk): in pta's region (long format) or in the
        // regions the pool uses (short format: the table is in every region).
        ulong vhptPte = (Chance(0.95) ? 1UL : 0) | ((Chance(0.9) ? 0UL : 4UL) << 2) | (Chance(0.95) ? 1UL << 5 : 0) | (1UL << 6)
            | (2UL << 9) | VhptPhysical;
        ulong vhptItir = (16UL << 2) | ((ulong)Key() << 8);
        var vhptRegions = longFormat ? [(int)(pta >> 61)] : regions.Take(2).ToArray();
        foreach (int r in vhptRegions)
        {
            int slot = trSlots[0];
            trSlots.RemoveAt(0);
            s.Tlb.Add(new TlbInsert(false, slot, ((ulong)r << 61) | vhptBase, vhptPte, vhptItir));
        }

        int count = Next(6, 16);
        for (int k = 0; k < count; k++)
        {
            int r = regions[Next(0, regions.Length)];
            int ps = Next(12, 21);
            ulong va = ((ulong)r << 61) | (Bits(40) & ~((1UL << ps) - 1));
            ulong pte = Pte();
            ulong itir = ((ulong)ps << 2) | ((ulong)Key() << 8);
            double kind = _rng.NextDouble();
            if (kind < 0.35)
            {
                s.Tlb.Add(new TlbInsert(Chance(0.15), -1, va, pte, itir, Chance(0.1) ? (uint)(0x100 + Next(0, 8)) : null));
            }
            else if (kind < 0.5 && trSlots.Count > 0)
            {
                int slot = trSlots[0];
                trSlots.RemoveAt(0);
                s.Tlb.Add(new TlbInsert(Chance(0.2), slot, va, pte, itir));
            }
            else if (kind < 0.8)
            {
                va = VhptEntry(s, va, pte, longFormat);
            }

            _addresses.Add(va);
        }

        if (Psr.Bit(s.Psr, Psr.It) || Psr.Bit(s.Cr[Vmm.ControlRegister.Ipsr], Psr.It))
        {
            CodeTranslation(s);
        }
    }

    /// <summary>Writes the VHPT entry for the page of <paramref name="va"/> (short format: the
    /// region's page size; long: its own, a tag that matches mostly) in cr.dcr.be byte order.</summary>
    private ulong VhptEntry(GuestState s, ulong va, ulong pte, bool longFormat)
    {
        ulong rr = s.Rr[va >> 61];
        int ps = longFormat ? Next(12, 21) : (int)((rr >> 2) & 0x3F);
        va &= (7UL << 61) | TranslationRules.PageMask(ps);
        ulong iha = TranslationRules.Thash(va, s.Cr[Vmm.ControlRegister.Pta], rr);
        ulong pa = VhptPhysical + (iha & 0x7FFF);
        bool be = (s.Cr[Vmm.ControlRegister.Dcr] & 2) != 0;
        ulong Order(ulong v) => be ? System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(v) : v;
        s.Memory.Add((pa, Order(pte)));
        if (longFormat)
        {
            ulong itir = ((ulong)ps << 2) | ((ulong)Key() << 8) | (Chance(0.04) ? 1UL : 0);
            s.Memory.Add((pa + 8, Order(itir)));
            s.Memory.Add((pa + 16, Order(Chance(0.9) ? TranslationRules.Ttag(va, rr) : Any())));
            s.Memory.Add((pa + 24, Order(Any())));
        }

        return va;
    }

    /// <summary>With psr.it (or cr.ipsr.it, for an rfi), an instruction translation register over
    /// the code page (identity mapped, accessed, executable at cpl and ipsr.cpl; for epc often an
    /// execute-promote page; ed half the time) keyed by a key PKR 15 admits.</summary>
    private void CodeTranslation(GuestState s)
    {
        int cpl = (int)((s.Psr >> Psr.Cpl) & 3), next = (int)((s.Cr[Vmm.ControlRegister.Ipsr] >> Psr.Cpl) & 3);
        int ar, pl;
        do
        {
            ar = Chance(0.5) ? 7 : Next(0, 8);
            pl = Next(0, 4);
        }
        while (!TranslationRules.AccessAllowed(ar, pl, cpl, read: false, write: false, execute: true)
            || !TranslationRules.AccessAllowed(ar, pl, next, read: false, write: false, execute: true));

        ulong page = StateBuilder.CodeAddress & ~0xFFFUL;
        ulong pte = 1UL | (1UL << 5) | (1UL << 6) | ((ulong)pl << 7) | ((ulong)ar << 9) | page | (Chance(0.5) ? 1UL << 52 : 0);
        s.Tlb.Add(new TlbInsert(true, 15, page, pte, (12UL << 2) | ((ulong)CodeKey << 8)));
    }

    private void Interrupts(GuestState s)
    {
        int[] Vectors(int n) => [.. Enumerable.Range(0, n).Select(_ => Chance(0.1) ? (Chance(0.5) ? 0 : 2) : Next(16, 256)).Distinct()];
        foreach (int v in Vectors(Next(0, 4)).OrderBy(Rank))
        {
            s.InService.Add(v);
        }

        foreach (int v in Vectors(Next(0, 5)))
        {
            s.Pending.Add(v);
        }

        // No interrupt may be taken before the instruction: its delivery would come first.
        ulong[] pending = new ulong[4], inService = new ulong[4];
        foreach (int v in s.Pending)
        {
            pending[v >> 6] |= 1UL << (v & 63);
        }

        foreach (int v in s.InService)
        {
            inService[v >> 6] |= 1UL << (v & 63);
        }

        if (InterruptRules.Highest(pending, inService, s.Cr[Vmm.ControlRegister.Tpr]) != InterruptRules.Spurious)
        {
            s.Psr &= ~(1UL << Psr.I);
        }
    }

    /// <summary>Priority order: vectored interrupts by number, then ExtINT, then NMI.</summary>
    private static int Rank(int v) => v < 16 ? 256 + v : v;

    /// <summary>An address for an operand: in a page of the pool (anywhere in it), or random.</summary>
    public ulong Address()
    {
        if (_addresses.Count > 0 && Chance(0.8))
        {
            return _addresses[Next(0, _addresses.Count)] | Bits(12);
        }

        return Chance(0.5) ? (Bits(3) << 61) | Bits(40) : Any();
    }

    /// <summary>The page-size operand of a purge: 4 KiB–256 MiB in bits 7:2, other bits random;
    /// an unimplemented size (a machine check) in a few.</summary>
    public ulong PurgeSize() => (Any() & ~0xFCUL) | ((ulong)(Chance(0.03) ? Next(0, 12) : Next(12, 29)) << 2);

    /// <summary>An index of an indirect register file: inside it mostly, just past it, or any.</summary>
    public ulong Index(int count) =>
        (Chance(0.3) ? Any() & ~0xFFUL : 0) | (Chance(0.85) ? (ulong)Next(0, count) : Chance(0.5) ? (ulong)Next(count, 256) : Bits(8));
}
