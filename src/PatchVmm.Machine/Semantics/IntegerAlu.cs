using PatchVmm.Machine.Execution;

namespace PatchVmm.Machine.Semantics;

/// <summary>A-type integer ALU (A1–A5, SDM Vol. 3 pages add, sub, addp4, and, andcm, or, xor,
/// shladd, shladdp4, adds, addl): register–register forms in R2/R3, immediate forms with the
/// sign-extended immediate in Imm. The result's NaT bit is the OR of the register sources'.</summary>
internal static unsafe class IntegerAlu
{
    public static void Register(InstructionSet.Builder set)
    {
        set.Add("A1 add r1=r2,r3", static (in BindContext c, ref MicroOp op) => Rrr(c, ref op, &Add));
        set.Add("A1 add r1=r2,r3,1", static (in BindContext c, ref MicroOp op) => Rrr(c, ref op, &AddPlusOne));
        set.Add("A1 sub r1=r2,r3", static (in BindContext c, ref MicroOp op) => Rrr(c, ref op, &Sub));
        set.Add("A1 sub r1=r2,r3,1", static (in BindContext c, ref MicroOp op) => Rrr(c, ref op, &SubMinusOne));
        set.Add("A1 addp4 r1=r2,r3", static (in BindContext c, ref MicroOp op) => Rrr(c, ref op, &AddP4));
        set.Add("A1 and r1=r2,r3", static (in BindContext c, ref MicroOp op) => Rrr(c, ref op, &And));
        set.Add("A1 andcm r1=r2,r3", static (in BindContext c, ref MicroOp op) => Rrr(c, ref op, &AndCm));
        set.Add("A1 or r1=r2,r3", static (in BindContext c, ref MicroOp op) => Rrr(c, ref op, &Or));
        set.Add("A1 xor r1=r2,r3", static (in BindContext c, ref MicroOp op) => Rrr(c, ref op, &Xor));

        // shladd r1=r2,count,r3: operands r1, r2, count (1..4), r3.
        set.Add("A2 shladd r1=r2,a_count2,r3", static (in BindContext c, ref MicroOp op) => ShiftAdd(c, ref op, &ShlAdd));
        set.Add("A2 shladdp4 r1=r2,a_count2,r3", static (in BindContext c, ref MicroOp op) => ShiftAdd(c, ref op, &ShlAddP4));

        // imm8 forms: r1=imm8,r3.
        set.Add("A3 sub r1=a_imm8,r3", static (in BindContext c, ref MicroOp op) => Rir(c, ref op, &SubImm));
        set.Add("A3 and r1=a_imm8,r3", static (in BindContext c, ref MicroOp op) => Rir(c, ref op, &AndImm));
        set.Add("A3 andcm r1=a_imm8,r3", static (in BindContext c, ref MicroOp op) => Rir(c, ref op, &AndCmImm));
        set.Add("A3 or r1=a_imm8,r3", static (in BindContext c, ref MicroOp op) => Rir(c, ref op, &OrImm));
        set.Add("A3 xor r1=a_imm8,r3", static (in BindContext c, ref MicroOp op) => Rir(c, ref op, &XorImm));

        set.Add("A4 adds r1=a_imm14,r3", static (in BindContext c, ref MicroOp op) => Rir(c, ref op, &AddImm));
        set.Add("A4 addp4 r1=a_imm14,r3", static (in BindContext c, ref MicroOp op) => Rir(c, ref op, &AddP4Imm));
        set.Add("A4 mov r1=r3", static (in BindContext c, ref MicroOp op) =>
        {
            op.Handler = &AddImm;
            op.R1 = c.Register(0);
            op.R3 = c.Register(1);
        });
        set.Add("A5 addl r1=a_imm22,a_r3b", static (in BindContext c, ref MicroOp op) => Rir(c, ref op, &AddImm));
        set.Add("A5 mov r1=a_imm22", static (in BindContext c, ref MicroOp op) =>
        {
            op.Handler = &AddImm;
            op.R1 = c.Register(0);
            op.Imm = c.Operand(1);
        });
    }

    private static void Rrr(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        op.Handler = handler;
        op.R1 = c.Register(0);
        op.R2 = c.Register(1);
        op.R3 = c.Register(2);
    }

    private static void Rir(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        op.Handler = handler;
        op.R1 = c.Register(0);
        op.Imm = c.Operand(1);
        op.R3 = c.Register(2);
    }

    private static void ShiftAdd(in BindContext c, ref MicroOp op, delegate*<Cpu, ref MicroOp, int> handler)
    {
        op.Handler = handler;
        op.R1 = c.Register(0);
        op.R2 = c.Register(1);
        op.X = (byte)c.Operand(2);
        op.R3 = c.Register(3);
    }

    private static int Set2(Cpu cpu, ref MicroOp op, ulong value)
    {
        cpu.SetGr(op.R1, value, cpu.GetNat(op.R2) | cpu.GetNat(op.R3));
        return Flow.Next;
    }

    private static int Set3(Cpu cpu, ref MicroOp op, ulong value)
    {
        cpu.SetGr(op.R1, value, cpu.GetNat(op.R3));
        return Flow.Next;
    }

    /// <summary>The 32-bit address form of addp4/shladdp4: the low 32 bits of the sum with
    /// r3{31:30} copied to bits 62:61 (the region number).</summary>
    private static ulong P4(ulong sum, ulong r3) => (sum & 0xFFFF_FFFF) | ((r3 >> 30 & 3) << 61);

    public static int Add(Cpu cpu, ref MicroOp op) => Set2(cpu, ref op, cpu.GetGr(op.R2) + cpu.GetGr(op.R3));

    public static int AddPlusOne(Cpu cpu, ref MicroOp op) => Set2(cpu, ref op, cpu.GetGr(op.R2) + cpu.GetGr(op.R3) + 1);

    public static int Sub(Cpu cpu, ref MicroOp op) => Set2(cpu, ref op, cpu.GetGr(op.R2) - cpu.GetGr(op.R3));

    public static int SubMinusOne(Cpu cpu, ref MicroOp op) => Set2(cpu, ref op, cpu.GetGr(op.R2) - cpu.GetGr(op.R3) - 1);

    public static int AddP4(Cpu cpu, ref MicroOp op) => Set2(cpu, ref op, P4(cpu.GetGr(op.R2) + cpu.GetGr(op.R3), cpu.GetGr(op.R3)));

    public static int And(Cpu cpu, ref MicroOp op) => Set2(cpu, ref op, cpu.GetGr(op.R2) & cpu.GetGr(op.R3));

    public static int AndCm(Cpu cpu, ref MicroOp op) => Set2(cpu, ref op, cpu.GetGr(op.R2) & ~cpu.GetGr(op.R3));

    public static int Or(Cpu cpu, ref MicroOp op) => Set2(cpu, ref op, cpu.GetGr(op.R2) | cpu.GetGr(op.R3));

    public static int Xor(Cpu cpu, ref MicroOp op) => Set2(cpu, ref op, cpu.GetGr(op.R2) ^ cpu.GetGr(op.R3));

    public static int ShlAdd(Cpu cpu, ref MicroOp op) => Set2(cpu, ref op, (cpu.GetGr(op.R2) << op.X) + cpu.GetGr(op.R3));

    public static int ShlAddP4(Cpu cpu, ref MicroOp op) =>
        Set2(cpu, ref op, P4((cpu.GetGr(op.R2) << op.X) + cpu.GetGr(op.R3), cpu.GetGr(op.R3)));

    public static int SubImm(Cpu cpu, ref MicroOp op) => Set3(cpu, ref op, (ulong)op.Imm - cpu.GetGr(op.R3));

    public static int AndImm(Cpu cpu, ref MicroOp op) => Set3(cpu, ref op, (ulong)op.Imm & cpu.GetGr(op.R3));

    public static int AndCmImm(Cpu cpu, ref MicroOp op) => Set3(cpu, ref op, (ulong)op.Imm & ~cpu.GetGr(op.R3));

    public static int OrImm(Cpu cpu, ref MicroOp op) => Set3(cpu, ref op, (ulong)op.Imm | cpu.GetGr(op.R3));

    public static int XorImm(Cpu cpu, ref MicroOp op) => Set3(cpu, ref op, (ulong)op.Imm ^ cpu.GetGr(op.R3));

    public static int AddImm(Cpu cpu, ref MicroOp op) => Set3(cpu, ref op, (ulong)op.Imm + cpu.GetGr(op.R3));

    public static int AddP4Imm(Cpu cpu, ref MicroOp op) => Set3(cpu, ref op, P4((ulong)op.Imm + cpu.GetGr(op.R3), cpu.GetGr(op.R3)));
}
