namespace PatchVmm.Machine.Translation;

/// <summary>Page access rights (SDM Vol. 2 4.1.1.6, Table 4-4): whether a reference of a kind
/// at privilege level <c>cpl</c> may use a page with access rights <c>ar</c> and privilege
/// level <c>pl</c>. Read, write and execute as the table lists them; a semaphore needs
/// read and write; the non-access references (probe, tpa, fc …) ask for read or write.</summary>
internal static class Protection
{
    public static bool AccessRights(int ar, int pl, int cpl, Access access)
    {
        bool execute = (access & Access.Execute) != 0;
        bool read = (access & Access.Read) != 0;
        bool write = (access & Access.Write) != 0;
        bool readOnly = read && !write;
        switch (ar)
        {
            case 0:
                // r: read only.
                return readOnly && cpl <= pl;
            case 1:
                // rx: read or execute.
                return !write && cpl <= pl;
            case 2:
                // rw: read or write.
                return !execute && cpl <= pl;
            case 3:
                // rwx.
                return cpl <= pl;
            case 4:
                // r at pl, rw above it (more privileged).
                return !execute && cpl <= pl && !(write && cpl != 0 && cpl == pl);
            case 5:
                // rx at pl, rwx at pl 0.
                return cpl <= pl && !(write && cpl != 0);
            case 6:
                // rwx at pl, rw above: execute only at exactly pl, and never at 0 when pl > 0.
                return cpl <= pl && !(execute && (cpl == 0 || cpl < pl));
            default:
                // 7: exec, promote (epc) — execute at every level, read at pl 0 only, never write.
                return !write && !(readOnly && cpl != 0);
        }
    }
}
