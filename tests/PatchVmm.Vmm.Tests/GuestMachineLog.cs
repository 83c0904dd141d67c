using System.Globalization;

namespace PatchVmm.Vmm.Tests;

/// <summary>A test's <see cref="IGuestMachine"/>: holds the machine PSR and writes down every
/// side effect a routine asks of the machine, in order, so a test can state which ones the
/// SDM requires. (The VMM's implementation over PatchVmm.Machine is the machine issue's.)</summary>
internal sealed class GuestMachineLog : IGuestMachine
{
    public List<string> Calls { get; } = [];

    public ulong ProcessorStatus { get; set; }

    public void SetApplicationRegister(int n, ulong value) => Log($"ar{n}=0x{value:x}");

    public void SetRegionRegister(int n, ulong value) => Log($"rr{n}=0x{value:x}");

    public void SetProtectionKeyRegister(int n, ulong value) => Log($"pkr{n}=0x{value:x}");

    public void CoverFrame() => Log("cover");

    public void SwitchBank(int bank) => Log($"bank{bank}");

    public void RestoreFrame(ulong ifs) => Log($"restore 0x{ifs:x}");

    public void InsertTranslation(bool instruction, in TranslationEntry entry) =>
        Log($"{(instruction ? "itc.i" : "itc.d")} 0x{entry.Address:x} ps {entry.PageSize} rid 0x{entry.Rid:x} pte 0x{entry.Pte:x}");

    public void PurgeTranslations(ulong address, int pageSize, uint rid) => Log($"purge 0x{address:x} ps {pageSize} rid 0x{rid:x}");

    public void PurgeAllTranslations() => Log("purge all");

    public bool TryReadPhysical(ulong physicalAddress, Span<byte> destination) => false;

    public void FlushCache(ulong physicalAddress, bool instructionCache) => Log($"{(instructionCache ? "fc.i" : "fc")} 0x{physicalAddress:x}");

    private void Log(string s) => Calls.Add(string.Create(CultureInfo.InvariantCulture, $"{s}"));
}
