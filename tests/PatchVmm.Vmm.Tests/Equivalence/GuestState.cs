namespace PatchVmm.Vmm.Tests.Equivalence;

/// <summary>One physical state S of a guest at privilege level 0 (or, in a few trials, above
/// it), before the instruction under test: everything the native machine holds and the VMM
/// splits between the de-privileged machine (application state) and the virtual CPU
/// (privileged state). <see cref="StateBuilder"/> installs it on either side.</summary>
internal sealed class GuestState
{
    // ---- application state: the same on the native machine and the de-privileged one -----

    /// <summary>The current frame marker (sof 6:0, sol 13:7, sor 17:14, rrbs).</summary>
    public ulong Cfm;

    /// <summary>Logical GRs r0..r127 of the current bank and frame (r0 and those past the
    /// frame are not installed) and their NaT bits.</summary>
    public readonly ulong[] Gr = new ulong[128];
    public readonly bool[] Nat = new bool[128];

    /// <summary>r16..r31 of the other bank.</summary>
    public readonly ulong[] OtherBank = new ulong[16];
    public readonly bool[] OtherBankNat = new bool[16];

    public ulong Pr;
    public readonly ulong[] Br = new ulong[8];

    /// <summary>Application registers installed by number (k0–k7, rsc, bspstore, rnat, ccv,
    /// unat, fpsr, ruc, pfs, lc, ec), in this order; ar.itc apart.</summary>
    public readonly List<(int N, ulong Value)> Ar = [];

    public ulong Itc;

    /// <summary>The de-privileged machine's own ar.itc (the VMM keeps the guest's as an offset).</summary>
    public ulong MachineItc;

    // ---- privileged state: the native machine's, the virtual CPU's --------------------------

    public ulong Psr;
    public readonly ulong[] Cr = new ulong[128];
    public readonly ulong[] Rr = new ulong[8];
    public readonly ulong[] Pkr = new ulong[16];
    public readonly ulong[] Dbr = new ulong[16];
    public readonly ulong[] Ibr = new ulong[16];
    public readonly ulong[] Pmc = new ulong[64];
    public readonly ulong[] Pmd = new ulong[64];

    /// <summary>Vectors made pending (after the in-service ones were acknowledged).</summary>
    public readonly List<int> Pending = [];

    /// <summary>Vectors in service, in the order they are acknowledged (rising priority).</summary>
    public readonly List<int> InService = [];

    /// <summary>Translations inserted, in order (an insert the machine refuses is left out of
    /// both sides: the virtual TLB is built from what the machine holds).</summary>
    public readonly List<TlbInsert> Tlb = [];

    /// <summary>Guest physical memory contents (the VHPT), 8-byte words.</summary>
    public readonly List<(ulong Address, ulong Value)> Memory = [];
}

/// <summary>A translation of S: the page of <see cref="Va"/> with <see cref="Pte"/> and
/// <see cref="Itir"/>, in a translation register <see cref="Slot"/> or (-1) the cache;
/// <see cref="Rid"/>, when set, is a region id other than the current one of va's region (a
/// translation left from an earlier region register value).</summary>
internal readonly record struct TlbInsert(bool Instruction, int Slot, ulong Va, ulong Pte, ulong Itir, uint? Rid = null);
