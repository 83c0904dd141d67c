namespace PatchVmm.Machine;

/// <summary>What kind of memory reference an instruction makes, as translation, the
/// protection checks and the interruption registers need to know it (SDM Vol. 2 4.1, 8.3:
/// ISR.r/w/x/na/sp/rs and, for non-access references, ISR.code{3:0}).</summary>
[Flags]
internal enum Access
{
    None = 0,
    Read = 1,
    Write = 2,
    Execute = 4,

    /// <summary>A speculative load (ld.s, ld.sa, ldf.s …): faults may be deferred (ISR.sp).</summary>
    Speculative = 8,

    /// <summary>An advanced load (ld.a …): uncacheable pages return no ALAT entry.</summary>
    Advanced = 16,

    /// <summary>A register stack engine spill or fill (ISR.rs; translated with psr.rt and ar.rsc.pl).</summary>
    Rse = 32,

    /// <summary>A VHPT walker reference.</summary>
    Vhpt = 64,

    /// <summary>A non-access reference: tpa, fc, probe, tak, lfetch (ISR.na, with the code in bits 11:8).</summary>
    NonAccess = 128,

    /// <summary>A semaphore (cmpxchg, xchg, fetchadd): read and write, unsupported on uncacheable pages.</summary>
    Semaphore = 256,

    /// <summary>probe.fault: faults as the access would.</summary>
    Fault = 512,

    /// <summary>fetchadd: the one semaphore an uncacheable-exported (UCE) page admits.</summary>
    FetchAdd = 1 << 12,

    // ISR.code{3:0} of a non-access reference (SDM Vol. 2 Table 8-?: 0 tpa, 1 fc, 2 probe,
    // 3 tak, 4 lfetch, 5 probe.fault), in bits 19:16 — clear of the flags above (in bits 11:8
    // the codes read as Semaphore and Fault: fc, tak and probe.fault were semaphores).
    NaTpa = NonAccess | (0 << 16),
    // fc and fc.i are checked as 1-byte reads (SDM Vol. 3 fc: access rights as a read at PL > 0,
    // which every page grants at PL 0; no key checks) and report ISR.r.
    NaFc = NonAccess | Read | (1 << 16),
    NaProbe = NonAccess | (2 << 16),
    NaTak = NonAccess | (3 << 16),
    NaLfetch = NonAccess | (4 << 16),
    NaProbeFault = NonAccess | (5 << 16),
    NaCodeMask = 0xF << 16,

    Load = Read,
    Store = Write,
    ReadWrite = Read | Write,
    SemaphoreAccess = Read | Write | Semaphore,
    SpeculativeLoad = Read | Speculative,
    AdvancedLoad = Read | Advanced,
    RseLoad = Rse | Read,
    RseStore = Rse | Write,
}
