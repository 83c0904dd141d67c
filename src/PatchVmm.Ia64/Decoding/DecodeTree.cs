namespace PatchVmm.Ia64;

/// <summary>A decision tree over the rows one slot kind can hold. Each inner node switches on
/// a contiguous run of bits that every row below it fixes; a leaf lists the remaining rows,
/// most specific first, and the first whose mask/value matches wins. Built once per table.</summary>
internal sealed class DecodeTree
{
    private const int LeafSize = 2;
    private const int MaxRunBits = 10;

    // Nodes packed into one uint each, so a walk is a chain of small loads. Inner node:
    // bit 31 clear, shift in bits 0-5, width in 6-9, first child index in 10-30. Leaf: bit 31
    // set, row count in bits 0-9, first row id index in 10-30.
    private const uint LeafFlag = 1u << 31;
    private readonly uint[] _nodes;
    private readonly ushort[] _leafRows;

    private readonly record struct Node(int Shift, ulong Mask, int Start, int Count)
    {
        public uint Pack()
        {
            if (Start >= 1 << 21 || Count >= 1 << 10)
            {
                throw new IsaTableException("the decode tree outgrew its packed node format");
            }

            return Shift < 0
                ? LeafFlag | (uint)Count | ((uint)Start << 10)
                : (uint)Shift | ((uint)System.Numerics.BitOperations.PopCount(Mask) << 6) | ((uint)Start << 10);
        }
    }

    public DecodeTree(IEnumerable<Opcode> rows)
    {
        var nodes = new List<Node>();
        var leafRows = new List<ushort>();
        nodes.Add(default);
        Build(rows.ToList(), 0, nodes, leafRows, 0);
        _nodes = nodes.Select(n => n.Pack()).ToArray();
        _leafRows = leafRows.ToArray();
    }

    /// <summary>Ids of the rows that could match, most specific first; empty when none.</summary>
    public ReadOnlySpan<ushort> Candidates(ulong bits)
    {
        var nodes = _nodes;
        uint n = nodes[0];
        while ((n & LeafFlag) == 0)
        {
            int width = (int)(n >> 6) & 0xF;
            n = nodes[(int)(n >> 10) + (int)((bits >> (int)(n & 0x3F)) & ((1UL << width) - 1))];
        }

        return new ReadOnlySpan<ushort>(_leafRows, (int)((n >> 10) & 0x1FFFFF), (int)(n & 0x3FF));
    }

    private static void Build(List<Opcode> rows, ulong consumed, List<Node> nodes, List<ushort> leafRows, int index)
    {
        ulong common = ~consumed & ((1UL << 41) - 1);
        foreach (var r in rows)
        {
            common &= r.Mask;
        }

        if (rows.Count <= LeafSize || common == 0)
        {
            var sorted = rows.OrderByDescending(r => r.Specificity).ThenBy(r => r.Id).Select(r => r.Id).ToList();
            nodes[index] = new Node(-1, 0, leafRows.Count, sorted.Count);
            leafRows.AddRange(sorted);
            return;
        }

        // The longest run of common bits, at most MaxRunBits, highest first on ties.
        int bestLo = 0, bestLen = 0;
        for (int hi = 40; hi >= 0; hi--)
        {
            int len = 0;
            while (hi - len >= 0 && (common & (1UL << (hi - len))) != 0 && len < MaxRunBits)
            {
                len++;
            }

            if (len > bestLen)
            {
                bestLen = len;
                bestLo = hi - len + 1;
            }
        }

        int start = nodes.Count;
        int count = 1 << bestLen;
        ulong mask = (1UL << bestLen) - 1;
        nodes[index] = new Node(bestLo, mask, start, count);
        for (int i = 0; i < count; i++)
        {
            nodes.Add(default);
        }

        var children = new List<Opcode>[count];
        for (int i = 0; i < count; i++)
        {
            children[i] = [];
        }

        foreach (var r in rows)
        {
            children[(int)((r.Value >> bestLo) & mask)].Add(r);
        }

        for (int i = 0; i < count; i++)
        {
            Build(children[i], consumed | (mask << bestLo), nodes, leafRows, start + i);
        }
    }
}
