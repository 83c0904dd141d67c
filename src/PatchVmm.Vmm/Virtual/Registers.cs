using PatchVmm.Machine;

namespace PatchVmm.Vmm;

/// <summary>Control register numbers (SDM Vol. 2 3.3.1, Table 3-3); which exist and how they
/// are accessed are the machine's rules (<see cref="ControlRegisterRules"/>).</summary>
public static class ControlRegister
{
    public const int Dcr = 0, Itm = 1, Iva = 2, Pta = 8, Ipsr = 16, Isr = 17, Iip = 19, Ifa = 20, Itir = 21,
        Iipa = 22, Ifs = 23, Iim = 24, Iha = 25, Lid = 64, Ivr = 65, Tpr = 66, Eoi = 67, Irr0 = 68, Irr3 = 71,
        Itv = 72, Pmv = 73, Cmcv = 74, Lrr0 = 80, Lrr1 = 81;

    /// <summary>Whether cr<paramref name="n"/> is defined (the others are reserved: Illegal Operation).</summary>
    public static bool Exists(int n) => ControlRegisterRules.Exists(n);

    /// <summary>The interruption control registers (cr.ipsr–cr.iha): accessing them with
    /// psr.ic = 1 is an Illegal Operation fault (SDM Vol. 3 mov cr).</summary>
    public static bool IsInterruption(int n) => ControlRegisterRules.IsInterruptionRegister(n);

    /// <summary>cr.ivr and cr.irr0–3 cannot be written.</summary>
    public static bool IsReadOnly(int n) => ControlRegisterRules.IsReadOnly(n);
}

/// <summary>Application register numbers the sensitive instructions name (SDM Vol. 1 3.1.8).</summary>
public static class ApplicationRegister
{
    public const int K0 = 0, K7 = 7, Itc = 44, Pfs = 64;
}

/// <summary>Processor status register bits (SDM Vol. 2 3.3.2, Table 3-2).</summary>
public static class Psr
{
    public const int Be = 1, Up = 2, Ac = 3, Mfl = 4, Mfh = 5, Ic = 13, I = 14, Pk = 15, Dt = 17, Dfl = 18,
        Dfh = 19, Sp = 20, Pp = 21, Di = 22, Si = 23, Db = 24, Lp = 25, Tb = 26, Rt = 27, Cpl = 32, Is = 34,
        Mc = 35, It = 36, Id = 37, Da = 38, Dd = 39, Ss = 40, Ri = 41, Ed = 43, Bn = 44, Ia = 45;

    /// <summary>The user mask, psr{5:0}: changed by <c>sum</c>, <c>rum</c>, <c>mov psr.um=</c> at any level.</summary>
    public const ulong UserMask = 0x3F;

    /// <summary>Reserved bits of the system mask as <c>mov psr.l=</c>, <c>ssm</c> and <c>rsm</c>
    /// check them (as Ski does): 63:45, 31:28, 16, 12:6 and 0.</summary>
    public const ulong ReservedSystemMask = (~0UL << 45) | (0xFUL << 28) | (1UL << 16) | (0x7FUL << 6) | 1UL;

    public static bool Bit(ulong psr, int bit) => ((psr >> bit) & 1) != 0;
}
