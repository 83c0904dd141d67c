using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine.Semantics;

/// <summary>alloc, flushrs, loadrs and cover (M34, M25, B8; SDM Vol. 3 pages alloc, flushrs,
/// loadrs, cover); the register stack engine itself is Cpu.RegisterStack.cs.</summary>
internal static unsafe class RegisterStack
{
    public static void Register(InstructionSet.Builder set)
    {
        // alloc r1=ar.pfs,i+l (sol),i+l+o (sof),r (sor): the table gives sof, sol and sor.
        set.Add("M34 alloc r1=ar.pfs,ms_sof,ms_sol,ms_sor", static (in BindContext c, ref MicroOp op) =>
        {
            op.Handler = &Alloc;
            op.R1 = c.Register(0);
            op.P1 = (byte)c.Operand(1);
            op.P2 = (byte)c.Operand(2);
            op.X = (byte)c.Operand(3);

            // r1 is checked against the new frame, by the handler.
            op.MaxGr = 0;
        });
        set.Add("M25 flushrs -", static (in BindContext c, ref MicroOp op) => op.Handler = &FlushRs);
        set.Add("M25 loadrs -", static (in BindContext c, ref MicroOp op) => op.Handler = &LoadRs);

        // cover must end its instruction group.
        set.Add("B8 cover -", static (in BindContext c, ref MicroOp op) =>
            op.Handler = c.StopAfter ? &Cover : &CommonHandlers.IllegalOperation);
    }

    /// <summary>alloc: a new frame of sof registers with sol locals and sor rotating, r1 = ar.pfs.
    /// sof beyond 96, sol or sor beyond sof, or r1 outside the new frame is Illegal Operation;
    /// changing sor while a rrb is non-zero is a Reserved Register/Field fault.</summary>
    public static int Alloc(Cpu cpu, ref MicroOp op)
    {
        int sof = op.P1, sol = op.P2, sor = op.X;
        if (sof > Cpu.StackedPhysical || sol > sof || sor > sof || (op.R1 >= 32 + sof))
        {
            return cpu.Raise(Interruption.IllegalOperation);
        }

        if (sor != cpu.Sor && (cpu.RrbGr | cpu.RrbFr | cpu.RrbPr) != 0)
        {
            return cpu.Raise(Interruption.ReservedRegisterField);
        }

        ulong pfs = cpu.Ar[ApplicationRegisters.Pfs];
        if (!cpu.RseNewFrame(sof - cpu.Sof))
        {
            return Flow.Stop;
        }

        cpu.SetFrame(sof, sol, sor, cpu.RrbGr, cpu.RrbFr, cpu.RrbPr);
        cpu.SetGr(op.R1, pfs);
        return Flow.Next;
    }

    public static int FlushRs(Cpu cpu, ref MicroOp op) => cpu.RseFlush();

    public static int LoadRs(Cpu cpu, ref MicroOp op) => cpu.RseLoadRs();

    /// <summary>cover: the whole frame becomes dirty and the new frame is empty; with psr.ic 0
    /// the old frame marker goes to cr.ifs (valid bit 63).</summary>
    public static int Cover(Cpu cpu, ref MicroOp op)
    {
        ulong cfm = cpu.CoverFrame();
        if (!cpu.PsrBit(Cpu.PsrIc))
        {
            cpu.Cr[ControlRegisters.Ifs] = (1UL << 63) | cfm;
        }

        return Flow.Next;
    }
}
