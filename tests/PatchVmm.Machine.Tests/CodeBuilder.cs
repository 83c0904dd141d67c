using PatchVmm.Ia64;
using PatchVmm.Machine.Firmware;

namespace PatchVmm.Machine.Tests;

/// <summary>Builds small code images for unit tests from objdump-syntax text, one bundle per
/// call (<see cref="Assembler"/> + <see cref="BundleEncoder"/>), and runs them on a fresh
/// machine from 0x100000. Use <c>nop</c>s to fill slots. Branch targets are absolute addresses.</summary>
internal sealed class CodeBuilder
{
    public const ulong Base = 0x100000;

    private readonly List<Bundle> _bundles = [];

    /// <summary>The address of the next bundle.</summary>
    public ulong Next => Base + ((ulong)_bundles.Count * 16);

    /// <summary>Adds a bundle: template name as objdump prints it ("MII", "MI;I", "MLX", "MIB;"...)
    /// and the text of its slots (two for MLX).</summary>
    public CodeBuilder Bundle(string template, params string[] slots)
    {
        var t = Find(template);
        ulong address = Next;
        Instruction s0 = Assembler.Parse(slots[0], address), s1, s2;
        if (t.SlotUnit(2) == Unit.X)
        {
            s1 = default;
            s2 = Assembler.Parse(slots[1], address);
        }
        else
        {
            s1 = Assembler.Parse(slots[1], address);
            s2 = Assembler.Parse(slots[2], address);
        }

        _bundles.Add(BundleEncoder.Encode(t, s0, s1, s2));
        return this;
    }

    /// <summary>Ends the program with SSC EXIT(r32) in a bundle of its own.</summary>
    public CodeBuilder Exit() =>
        Bundle("MII;", "nop.m 0x0", "mov r15=66", "nop.i 0x0").Bundle("MII;", "break.m 0x80001", "nop.i 0x0", "nop.i 0x0");

    public byte[] Image()
    {
        var bytes = new byte[_bundles.Count * 16];
        for (int i = 0; i < _bundles.Count; i++)
        {
            _bundles[i].Write(bytes.AsSpan(i * 16));
        }

        return bytes;
    }

    /// <summary>A machine with the image loaded at <see cref="Base"/> and ip there.</summary>
    public Machine Load(IGuestConsole? console = null)
    {
        var machine = new Machine(new MachineOptions(), console ?? new BufferConsole());
        machine.LoadImage(Base, Image(), Base);
        return machine;
    }

    /// <summary>Runs the image to its end (at most 1,000,000 instructions) and returns the machine.</summary>
    public Machine Run(out RunResult result)
    {
        var machine = Load();
        result = machine.Run(1_000_000);
        return machine;
    }

    // "MI;I;" = MII with stops after slots 1 and 2.
    private static BundleTemplate Find(string spec)
    {
        string letters = spec.Replace(";", "", StringComparison.Ordinal).ToUpperInvariant();
        var stops = new bool[3];
        for (int i = 0, slot = -1; i < spec.Length; i++)
        {
            if (spec[i] == ';')
            {
                stops[slot] = true;
            }
            else
            {
                slot++;
            }
        }

        for (int c = 0; c < 32; c++)
        {
            var t = BundleTemplate.Get(c);
            if (!t.IsReserved && t.Name == letters && t.StopAfter(0) == stops[0] && t.StopAfter(1) == stops[1] && t.StopAfter(2) == stops[2])
            {
                return t;
            }
        }

        throw new ArgumentException($"no bundle template '{spec}'", nameof(spec));
    }
}
