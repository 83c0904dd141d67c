namespace PatchVmm.Machine;

/// <summary>Control and application register numbers (SDM Vol. 2 3.3.1, Vol. 1 3.1.8).</summary>
internal static class ControlRegisters
{
    public const int Dcr = 0, Itm = 1, Iva = 2, Pta = 8, Ipsr = 16, Isr = 17, Iip = 19, Ifa = 20, Itir = 21,
        Iipa = 22, Ifs = 23, Iim = 24, Iha = 25, Lid = 64, Ivr = 65, Tpr = 66, Eoi = 67, Irr0 = 68, Itv = 72,
        Pmv = 73, Cmcv = 74, Lrr0 = 80, Lrr1 = 81;
}

/// <summary>Application register numbers (SDM Vol. 1 3.1.8, Table 3-3).</summary>
internal static class ApplicationRegisters
{
    public const int K0 = 0, Rsc = 16, Bsp = 17, BspStore = 18, Rnat = 19, Fcr = 21, Eflag = 24, Csd = 25,
        Ssd = 26, Cflg = 27, Fsr = 28, Fir = 29, Fdr = 30, Ccv = 32, Unat = 36, Fpsr = 40, Itc = 44, Ruc = 45,
        Pfs = 64, Lc = 65, Ec = 66;
}
