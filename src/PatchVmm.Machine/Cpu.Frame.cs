namespace PatchVmm.Machine;

/// <summary>The current frame marker and register renaming (SDM Vol. 1 4.1.1–4.1.2, 4.5.1):
/// the stacked frame (sof, sol) placed at physical <see cref="Bof"/> in the ring of
/// <see cref="StackedPhysical"/> registers, and the rotating regions of GRs (sor), FRs and PRs
/// with their register rename bases.</summary>
public sealed partial class Cpu
{
    internal int Sof;
    internal int Sol;

    /// <summary>Size of the rotating GR region in registers (CFM.sor × 8).</summary>
    internal int Sor;
    internal int RrbGr;
    internal int RrbFr;
    internal int RrbPr;

    /// <summary>Physical index (0..95 in the stacked ring) of r32 of the current frame.</summary>
    internal int Bof;

    /// <summary>32 + sof: logical GRs at or above it are outside the frame.</summary>
    internal int GrEnd = 32;

    /// <summary>CFM as architected: sof 6:0, sol 13:7, sor 17:14 (in 8s), rrb.gr 24:18,
    /// rrb.fr 31:25, rrb.pr 37:32.</summary>
    internal ulong Cfm
    {
        get => (uint)Sof | ((ulong)(uint)Sol << 7) | ((ulong)(uint)(Sor / 8) << 14) | ((ulong)(uint)RrbGr << 18)
            | ((ulong)(uint)RrbFr << 25) | ((ulong)(uint)RrbPr << 32);
        set => SetFrame(
            (int)(value & 0x7F), (int)((value >> 7) & 0x7F), (int)((value >> 14) & 0xF) * 8,
            (int)((value >> 18) & 0x7F), (int)((value >> 25) & 0x7F), (int)((value >> 32) & 0x3F));
    }

    /// <summary>Installs a whole frame marker (call/return/alloc/cover/rfi): renames GRs, FRs
    /// and PRs for the new rrbs. The caller moves <see cref="Bof"/> first.</summary>
    internal void SetFrame(int sof, int sol, int sor, int rrbGr, int rrbFr, int rrbPr)
    {
        Sof = sof;
        Sol = sol;
        Sor = sor;
        RrbGr = rrbGr;
        GrEnd = 32 + sof;
        if (RrbFr != rrbFr)
        {
            RrbFr = rrbFr;
            RemapFr();
        }

        SetRrbPr(rrbPr);
        RemapGr();
    }

    /// <summary>Recomputes the logical→physical map of the stacked GRs r32..r(31+sof) for the
    /// current frame and rrb.gr. Entries beyond the frame are stale: the loop faults before
    /// a handler can name one (MicroOp.MaxGr). Runs on every call, return and rotation, so
    /// it touches only the frame's registers.</summary>
    internal void RemapGr()
    {
        int sof = Sof, sor = Sor, bof = Bof;
        ref int map = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(GrMap);
        for (int i = 0; i < sof; i++)
        {
            int rotated = i < sor ? (i + RrbGr < sor ? i + RrbGr : i + RrbGr - sor) : i;
            int ring = bof + rotated;
            System.Runtime.CompilerServices.Unsafe.Add(ref map, 32 + i) = 32 + (ring < StackedPhysical ? ring : ring - StackedPhysical);
        }
    }

    /// <summary>Maps r0..r31: r16..r31 to the bank psr.bn selects.</summary>
    internal void RemapStaticGr()
    {
        for (int r = 0; r < 16; r++)
        {
            GrMap[r] = r;
        }

        int bank = PsrBit(PsrBn) ? 16 : Bank0Base;
        for (int r = 16; r < 32; r++)
        {
            GrMap[r] = bank + r - 16;
        }
    }

    /// <summary>Recomputes the FR map for rrb.fr (f32..f127 rotate, SDM Vol. 1 4.5.1).</summary>
    internal void RemapFr()
    {
        for (int i = 0; i < 96; i++)
        {
            FrMap[32 + i] = 32 + ((i + RrbFr) % 96);
        }
    }

    /// <summary>Changes rrb.pr, moving the logical predicate bits: logical p(16+i) is physical
    /// p(16 + (i + rrb.pr) mod 48).</summary>
    internal void SetRrbPr(int rrbPr)
    {
        if (rrbPr == RrbPr)
        {
            return;
        }

        // physical = rotate-left(logical field, rrb) within the 48-bit field; move from the old
        // rrb's logical view to physical, then to the new rrb's logical view.
        ulong field = Pr >> 16;
        int shift = ((RrbPr - rrbPr) % 48 + 48) % 48;
        field = RotateLeft48(field, shift);
        Pr = (Pr & 0xFFFF) | (field << 16);
        RrbPr = rrbPr;
    }

    /// <summary>The predicates as stored, without rotation (what mov r=pr reads and mov pr=
    /// writes): physical p(16 + (i + rrb.pr) mod 48) is logical p(16+i).</summary>
    internal ulong PhysicalPr
    {
        get => (Pr & 0xFFFF) | (RotateLeft48(Pr >> 16, RrbPr) << 16);
        set => Pr = ((value & 0xFFFF) | (RotateLeft48(value >> 16, (48 - RrbPr) % 48) << 16)) | 1;
    }

    private static ulong RotateLeft48(ulong field, int shift)
    {
        const ulong mask = (1UL << 48) - 1;
        field &= mask;
        return shift == 0 ? field : ((field << shift) | (field >> (48 - shift))) & mask;
    }

    /// <summary>One rotation of every rotating region (br.ctop/cexit/wtop/wexit, SDM Vol. 1
    /// 4.5.1): each rrb decrements modulo its region size, so what was register n becomes n+1.</summary>
    internal void Rotate()
    {
        if (Sor != 0)
        {
            RrbGr = (RrbGr + Sor - 1) % Sor;
            RemapGr();
        }

        RrbFr = (RrbFr + 95) % 96;
        RemapFr();
        SetRrbPr((RrbPr + 47) % 48);
    }
}
