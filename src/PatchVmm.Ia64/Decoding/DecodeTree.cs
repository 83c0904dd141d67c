using System.Numerics;

namespace PatchVmm.Ia64;

/// <summary>A decision tree over the rows one slot kind can hold. Each inner node switches on
/// a contiguous run of bits that every row below it fixes; a leaf lists the remaining rows,
/// most specific first, and the first whose mask/value matches wins. Built once per table.</summary>
internal sealed class DecodeTree
{
    private const int LeafSize = 4;
    private const int MaxRunBits = 6;

    // Flattened nodes. Inner node: Shift >= 0, children at Start .. Start + (1 << Width).
    // Leaf: Shift = -1, rows at _leafRows[Start .. Start + Width].
    private readonly Node[] _nodes;
    private readonly Opcode[] _leafRows;

    private readonly record struct Node(int Shift, int Width, int Start);

    public DecodeTree(IEnumerable<Opcode> rows)
    {
        var nodes = new List<Node>();
        var leafRows = new List<Opcode>();
        nodes.Add(default);
        Build(rows.ToList(), 0, nodes, leafRows, 0);
        _nodes = nodes.ToArray();
        _leafRows = leafRows.ToArray();
    }

    /// <summary>Rows that could match, most specific first (a leaf); empty when none.</summary>
    public ReadOnlySpan<Opcode> Candidates(ulong bits)
    {
        Node n = _nodes[0];
        while (n.Shift >= 0)
        {
            n = _nodes[n.Start + (int)((bits >> n.Shift) & ((1UL << n.Width) - 1))];
        }

        return new ReadOnlySpan<Opcode>(_leafRows, n.Start, n.Width);
    }

    public int Depth => DepthOf(0);

    private int DepthOf(int i) => _nodes[i].Shift < 0 ? 0
        : 1 + Enumerable.Range(_nodes[i].Start, 1 << _nodes[i].Width).Max(DepthOf);

    private static void Build(List<Opcode> rows, ulong consumed, List<Node> nodes, List<Opcode> leafRows, int index)
    {
        ulong common = ~consumed & ((1UL << 41) - 1);
        foreach (var r in rows)
        {
            common &= r.Mask;
        }

        if (rows.Count <= LeafSize || common == 0)
        {
            var sorted = rows.OrderByDescending(r => r.Specificity).ThenBy(r => r.Id).ToList();
            nodes[index] = new Node(-1, sorted.Count, leafRows.Count);
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
        nodes[index] = new Node(bestLo, bestLen, start);
        for (int i = 0; i < count; i++)
        {
            nodes.Add(default);
        }

        ulong runMask = ((1UL << bestLen) - 1) << bestLo;
        for (int i = 0; i < count; i++)
        {
            var sub = rows.Where(r => (int)((r.Value >> bestLo) & ((1UL << bestLen) - 1)) == i).ToList();
            Build(sub, consumed | runMask, nodes, leafRows, start + i);
        }
    }

    public static int PopCount(ulong v) => BitOperations.PopCount(v);
}
