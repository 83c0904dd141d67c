namespace PatchVmm.Ia64;

/// <summary>One of the 32 bundle template encodings: the unit of each slot and where the
/// stops are (SDM Vol. 3 §4.1, Table 4-11). Eight encodings are reserved.</summary>
public readonly struct BundleTemplate
{
    // Per code: slot units and a stop mask (bit n = stop after slot n). Reserved = None units.
    private static readonly (Unit S0, Unit S1, Unit S2, byte Stops)[] Table = Build();

    private readonly byte _code;

    private BundleTemplate(int code) => _code = (byte)code;

    /// <summary>The template for a 5-bit code (0..31).</summary>
    public static BundleTemplate Get(int code)
    {
        if ((uint)code > 31)
        {
            throw new ArgumentOutOfRangeException(nameof(code), code, "a template code is 5 bits (0..31)");
        }

        return new BundleTemplate(code);
    }

    public int Code => _code;

    public bool IsReserved => Table[_code].S0 == Unit.None;

    /// <summary>"MII", "MLX", …; reserved templates read as objdump shows them, "-3-", "-a-", "-d-", "-f-".</summary>
    public string Name => Names[_code];

    public Unit SlotUnit(int slot) => slot switch
    {
        0 => Table[_code].S0,
        1 => Table[_code].S1,
        2 => Table[_code].S2,
        _ => throw new ArgumentOutOfRangeException(nameof(slot), slot, "a bundle has slots 0, 1 and 2"),
    };

    /// <summary>True when an instruction-group stop follows the given slot.</summary>
    public bool StopAfter(int slot) => (uint)slot <= 2 ? (Table[_code].Stops & (1 << slot)) != 0
        : throw new ArgumentOutOfRangeException(nameof(slot), slot, "a bundle has slots 0, 1 and 2");

    /// <summary>Whether an instruction of <paramref name="unit"/> may sit in <paramref name="slot"/>.
    /// A-type instructions go to M or I slots; X-unit instructions only to slot 2 of MLX.</summary>
    public bool Allows(int slot, Unit unit)
    {
        Unit s = SlotUnit(slot);
        return unit == Unit.A ? s is Unit.M or Unit.I : s == unit && s != Unit.None && s != Unit.L;
    }

    public override string ToString() => $"{Name} (0x{_code:x2})";

    private static readonly string[] Names = BuildNames();

    private static string[] BuildNames()
    {
        var names = new string[32];
        for (int c = 0; c < 32; c++)
        {
            var t = Table[c];
            names[c] = t.S0 == Unit.None
                ? $"-{c >> 1:x}-"
                : string.Concat(Letter(t.S0), Letter(t.S1), Letter(t.S2));
        }

        return names;
    }

    private static string Letter(Unit u) => u switch
    {
        Unit.M => "M",
        Unit.I => "I",
        Unit.B => "B",
        Unit.F => "F",
        Unit.L => "L",
        Unit.X => "X",
        _ => "?",
    };

    private static (Unit, Unit, Unit, byte)[] Build()
    {
        const Unit M = Unit.M, I = Unit.I, B = Unit.B, F = Unit.F, L = Unit.L, X = Unit.X;
        var t = new (Unit, Unit, Unit, byte)[32];
        // Pairs (even, odd): the odd code adds a stop after slot 2. Stops inside the bundle
        // are part of the pair's definition (MI;I has one after slot 1, M;MI after slot 0).
        void Pair(int code, Unit a, Unit b, Unit c, byte inner)
        {
            t[code] = (a, b, c, inner);
            t[code + 1] = (a, b, c, (byte)(inner | 4));
        }

        Pair(0x00, M, I, I, 0);
        Pair(0x02, M, I, I, 2);
        Pair(0x04, M, L, X, 0);
        Pair(0x08, M, M, I, 0);
        Pair(0x0A, M, M, I, 1);
        Pair(0x0C, M, F, I, 0);
        Pair(0x0E, M, M, F, 0);
        Pair(0x10, M, I, B, 0);
        Pair(0x12, M, B, B, 0);
        Pair(0x16, B, B, B, 0);
        Pair(0x18, M, M, B, 0);
        Pair(0x1C, M, F, B, 0);
        return t;
    }
}
