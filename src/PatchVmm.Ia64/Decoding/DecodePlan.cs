namespace PatchVmm.Ia64;

/// <summary>The table flattened for the decoder's hot path: value-type arrays, one entry per
/// row, operand, completer and decode-time check, so that a slot decodes with shifts and
/// masks. Operands of up to four slot fields with a linear transform are read by
/// <see cref="FieldPlan"/> directly; the rest go through <see cref="OperandKind.TryDecode"/>.</summary>
internal sealed class DecodePlan
{
    public readonly RowPlan[] Rows;
    public readonly FieldPlan[] Operands;
    public readonly FieldPlan[] Completers;
    public readonly CheckPlan[] Checks;

    public DecodePlan(IsaTable table)
    {
        Rows = new RowPlan[table.Opcodes.Count + 1];
        var operands = new List<FieldPlan>();
        var completers = new List<FieldPlan>();
        var checks = new List<CheckPlan>();
        foreach (var row in table.Opcodes)
        {
            // What a row needs beyond its mask/value match to decode: no reserved completer
            // value, no reserved operand value (mux1 permutations), its field relations.
            int checkStart = checks.Count;
            foreach (var c in row.Completers.Where(c => c.Values.Contains(null)))
            {
                checks.Add(CheckPlan.Reserved(c.Fields, v => c.Values[v] is null));
            }

            foreach (var o in row.Operands.Where(o => o.Class == OperandClass.MbType))
            {
                checks.Add(CheckPlan.Reserved(o.Fields, v => !o.TryDecode((ulong)v, out _)));
            }

            foreach (var r in row.Relations)
            {
                checks.Add(CheckPlan.Relation(r));
            }

            Rows[row.Id] = new RowPlan(
                row.Mask, row.Value, row.LMask, row.LValue, row.Id, row.HasQp,
                (ushort)operands.Count, (byte)row.Operands.Count, (ushort)completers.Count, (byte)row.Completers.Count,
                (ushort)checkStart, (byte)(checks.Count - checkStart));
            foreach (var k in row.Operands)
            {
                operands.Add(FieldPlan.ForOperand(k));
            }

            foreach (var c in row.Completers)
            {
                completers.Add(FieldPlan.ForCompleter(c));
            }
        }

        Operands = operands.ToArray();
        Completers = completers.ToArray();
        Checks = checks.ToArray();
    }
}

internal readonly record struct RowPlan(
    ulong Mask, ulong Value, ulong LMask, ulong LValue, ushort Id, bool HasQp,
    ushort OperandStart, byte OperandCount, ushort CompleterStart, byte CompleterCount, ushort CheckStart, byte CheckCount);

/// <summary>One decode-time check of a row: a field whose raw value may be reserved (looked
/// up in <see cref="IsReserved"/>), or a relation between two fields.</summary>
internal readonly struct CheckPlan
{
    public readonly FieldPlan A;
    public readonly FieldPlan B;
    public readonly bool[]? IsReserved;
    public readonly long? Sum;

    private CheckPlan(FieldPlan a, FieldPlan b, bool[]? reserved, long? sum)
    {
        A = a;
        B = b;
        IsReserved = reserved;
        Sum = sum;
    }

    public static CheckPlan Reserved(FieldSet fields, Func<int, bool> reserved) =>
        new(FieldPlan.ForField(fields), default, Enumerable.Range(0, 1 << fields.Width).Select(reserved).ToArray(), null);

    public static CheckPlan Relation(FieldRelation r) => new(FieldPlan.ForField(r.Derived), FieldPlan.ForField(r.Source), null, r.Sum);

    public bool Passes(ulong bits, ulong lbits)
    {
        ulong a = A.Raw(bits, lbits);
        if (IsReserved is not null)
        {
            return !IsReserved[a];
        }

        ulong b = B.Raw(bits, lbits);
        return Sum is long n ? (long)(a + b) == n : a == b;
    }
}

/// <summary>How to read one operand or completer without leaving the hot path: up to four
/// slot fields gathered by shift and mask, optionally sign-extended, then the linear map
/// <c>A·raw + B</c> that every modifier and the target scale compose into (Isa/README.md).
/// <see cref="General"/> marks what needs <see cref="OperandKind.TryDecode"/> or L-slot bits.
/// </summary>
internal readonly struct FieldPlan
{
    public readonly bool General;
    public readonly bool Signed;
    public readonly byte Count;
    public readonly byte SignShift;
    public readonly byte Shift0, Shift1, Shift2, Shift3;
    public readonly byte Pos0, Pos1, Pos2, Pos3;
    public readonly ulong Mask0, Mask1, Mask2, Mask3;
    public readonly long A, B;
    public readonly OperandKind? Kind;
    public readonly FieldSet Fields;

    private FieldPlan(FieldSet fields, bool general, bool signed, long a, long b, OperandKind? kind)
    {
        Fields = fields;
        Kind = kind;
        var f = fields.Fields;
        General = general || f.Length > 4 || f.Any(x => x.Lo >= 41);
        Signed = signed;
        SignShift = (byte)(64 - fields.Width);
        A = a;
        B = b;
        if (General)
        {
            return;
        }

        Count = (byte)f.Length;
        int pos = fields.Width;
        var shifts = new byte[4];
        var poss = new byte[4];
        var masks = new ulong[4];
        for (int i = 0; i < f.Length; i++)
        {
            pos -= f[i].Width;
            shifts[i] = (byte)f[i].Lo;
            poss[i] = (byte)pos;
            masks[i] = (1UL << f[i].Width) - 1;
        }

        (Shift0, Shift1, Shift2, Shift3) = (shifts[0], shifts[1], shifts[2], shifts[3]);
        (Pos0, Pos1, Pos2, Pos3) = (poss[0], poss[1], poss[2], poss[3]);
        (Mask0, Mask1, Mask2, Mask3) = (masks[0], masks[1], masks[2], masks[3]);
    }

    public ulong Gather(ulong bits)
    {
        ulong v = ((bits >> Shift0) & Mask0) << Pos0;
        if (Count > 1)
        {
            v |= ((bits >> Shift1) & Mask1) << Pos1;
            if (Count > 2)
            {
                v |= ((bits >> Shift2) & Mask2) << Pos2;
                if (Count > 3)
                {
                    v |= ((bits >> Shift3) & Mask3) << Pos3;
                }
            }
        }

        return v;
    }

    /// <summary>The raw field value (completers; operands before their transform).</summary>
    public ulong Raw(ulong bits, ulong lbits) => General ? Fields.Read(bits, lbits) : Gather(bits);

    /// <summary>The operand value; for reserved values of special classes, the raw value.</summary>
    public long Value(ulong bits, ulong lbits)
    {
        if (!General)
        {
            long v = (long)Gather(bits);
            if (Signed)
            {
                v = (v << SignShift) >> SignShift;
            }

            return (A * v) + B;
        }

        ulong raw = Fields.Read(bits, lbits);
        return Kind!.TryDecode(raw, out long value) ? value : (long)raw;
    }

    /// <summary>Reads a plain field (no class, no transform).</summary>
    public static FieldPlan ForField(FieldSet fields) => new(fields, false, false, 1, 0, null);

    public static FieldPlan ForOperand(OperandKind k)
    {
        // Modifiers are all linear: +N, *N and N- compose into A·v + B; a target is ×16 first.
        long a = k.Class == OperandClass.Target ? 16 : 1, b = 0;
        foreach (var (op, n) in k.Modifiers)
        {
            (a, b) = op switch
            {
                '+' => (a, b + n),
                '*' => (a * n, b * n),
                _ => (-a, n - b),
            };
        }

        bool special = k.Class is OperandClass.Inc3 or OperandClass.MbType;
        return new FieldPlan(k.Fields, special, k.IsSigned, a, b, k);
    }

    public static FieldPlan ForCompleter(CompleterKind c) => ForField(c.Fields);
}
