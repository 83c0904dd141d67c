namespace PatchVmm.Ia64;

/// <summary>Names of application and control registers as objdump prints them (SDM Vol. 1 §3.1.8 and
/// Vol. 2 §3.3; checked against GNU objdump 2.40). Unnamed numbers print as
/// "ar48", "cr90".</summary>
public static class RegisterNames
{
    private static readonly string[] Ar = BuildAr();
    private static readonly string[] Cr = BuildCr();

    public static string ApplicationRegister(int n) => (uint)n < 128 ? Ar[n] : $"ar{n}";

    public static string ControlRegister(int n) => (uint)n < 128 ? Cr[n] : $"cr{n}";

    private static string[] BuildAr()
    {
        var a = new string[128];
        for (int i = 0; i < 128; i++)
        {
            a[i] = $"ar{i}";
        }

        for (int i = 0; i < 8; i++)
        {
            a[i] = $"ar.k{i}";
        }

        a[16] = "ar.rsc";
        a[17] = "ar.bsp";
        a[18] = "ar.bspstore";
        a[19] = "ar.rnat";
        a[21] = "ar.fcr";
        a[24] = "ar.eflag";
        a[25] = "ar.csd";
        a[26] = "ar.ssd";
        a[27] = "ar.cflg";
        a[28] = "ar.fsr";
        a[29] = "ar.fir";
        a[30] = "ar.fdr";
        a[32] = "ar.ccv";
        a[36] = "ar.unat";
        a[40] = "ar.fpsr";
        a[44] = "ar.itc";
        a[45] = "ar.ruc";
        a[64] = "ar.pfs";
        a[65] = "ar.lc";
        a[66] = "ar.ec";
        return a;
    }

    private static string[] BuildCr()
    {
        var c = new string[128];
        for (int i = 0; i < 128; i++)
        {
            c[i] = $"cr{i}";
        }

        c[0] = "cr.dcr";
        c[1] = "cr.itm";
        c[2] = "cr.iva";
        c[8] = "cr.pta";
        c[16] = "cr.ipsr";
        c[17] = "cr.isr";
        c[19] = "cr.iip";
        c[20] = "cr.ifa";
        c[21] = "cr.itir";
        c[22] = "cr.iipa";
        c[23] = "cr.ifs";
        c[24] = "cr.iim";
        c[25] = "cr.iha";
        c[26] = "cr.iib0";
        c[27] = "cr.iib1";
        c[64] = "cr.lid";
        c[65] = "cr.ivr";
        c[66] = "cr.tpr";
        c[67] = "cr.eoi";
        c[68] = "cr.irr0";
        c[69] = "cr.irr1";
        c[70] = "cr.irr2";
        c[71] = "cr.irr3";
        c[72] = "cr.itv";
        c[73] = "cr.pmv";
        c[74] = "cr.cmcv";
        c[80] = "cr.lrr0";
        c[81] = "cr.lrr1";
        return c;
    }
}
