namespace PatchVmm.Ia64;

/// <summary>Prints branch-target addresses, the way objdump's address printer does: with
/// symbols ("50 &lt;_start+0x50&gt;") or without ("0x50").</summary>
public interface IAddressFormatter
{
    string Format(ulong address);
}

/// <summary>objdump's form when no symbol is known: <c>0x</c> and lower-case hex.</summary>
public sealed class PlainAddressFormatter : IAddressFormatter
{
    public static readonly PlainAddressFormatter Instance = new();

    public string Format(ulong address) => $"0x{address:x}";
}
