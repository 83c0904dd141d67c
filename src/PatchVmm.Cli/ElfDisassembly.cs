using System.Globalization;
using System.Text;
using PatchVmm.Ia64;
using PatchVmm.Ia64.Elf;

namespace PatchVmm.Cli;

/// <summary>As <c>objdump -d FILE</c> for an IA-64 ELF64 file: every section with contents
/// that holds instructions, split into blocks at symbols, each block introduced by its label
/// ("0000000000100000 &lt;_start&gt;:"), branch targets printed with the nearest symbol
/// ("100040 &lt;_start+0x40&gt;"). Which symbol objdump picks follows its rules: symbols
/// sorted by value (then: in this section first, functions and objects before others,
/// globals before locals, larger before smaller, names not starting with '.' first, name),
/// the nearest at or below the address, preferring the current section.</summary>
internal static class ElfDisassembly
{
    public static int Write(string file, ElfFile elf, TextWriter stdout, TextWriter stderr)
    {
        stdout.Write($"\n{file}:     file format elf64-ia64-little\n\n");
        var symbols = UsefulSymbols(elf);
        bool hasReloc = HasRelocations(elf);
        var report = new BundleReport();
        int printed = 0;
        foreach (var section in elf.Sections)
        {
            if (section.Index == 0 || !section.HasContents || !section.IsExecutable || section.Size == 0)
            {
                continue;
            }

            printed++;
            new SectionPrinter(elf, section, symbols, hasReloc, stdout, report).Print();
        }

        stdout.Flush();
        if (printed == 0)
        {
            stderr.WriteLine($"{Program.Name}: {file}: no code sections (SHF_EXECINSTR) to disassemble");
        }

        return report.Finish(file, stderr);
    }

    /// <summary>A symbol as objdump's BFD sees it.</summary>
    private sealed record Sym(string Name, ulong Value, int Section, string SectionName, ulong Size,
        bool Function, bool Object, bool Local, bool Global, bool SectionSym);

    /// <summary>BFD's HAS_RELOC: a relocation section that applies to another section through
    /// the static symbol table (in an executable, only one that is not itself loaded).</summary>
    private static bool HasRelocations(ElfFile elf)
    {
        var sections = elf.Sections;
        foreach (var s in sections)
        {
            if (!s.IsRelocationSection || elf.SymbolTableIndex <= 0 || s.Link != (uint)elf.SymbolTableIndex)
            {
                continue;
            }

            if (!elf.IsRelocatable && s.IsAllocated)
            {
                continue;
            }

            if (s.Info == 0 || s.Info >= (uint)sections.Count || sections[(int)s.Info].IsRelocationSection)
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>The symbols objdump keeps for disassembly: named, not section or file symbols
    /// (except section symbols of .plt*/.got*), not undefined or common. The static symbol
    /// table is used; the dynamic one only when the static one is empty.</summary>
    private static List<Sym> UsefulSymbols(ElfFile elf)
    {
        var table = elf.Symbols.Count > 1 ? elf.Symbols : elf.DynamicSymbols;
        var result = new List<Sym>();
        for (int i = 1; i < table.Count; i++)
        {
            var s = table[i];
            if (s.IsUndefined || s.IsCommon)
            {
                continue;
            }

            int section = -1;
            string sectionName = "*ABS*";
            ulong sectionVma = 0;
            if (s.IsInSection && IsBfdSection(elf, elf.Sections[(int)s.SectionIndex]))
            {
                var sec = elf.Sections[(int)s.SectionIndex];
                section = sec.Index;
                sectionName = sec.Name;
                sectionVma = sec.Address;
            }

            bool sectionSym = s.Type == ElfSymbol.TypeSection;
            string name = s.Name;
            if (sectionSym && name.Length == 0)
            {
                name = section >= 0 ? sectionName : "";
            }

            if (name.Length == 0)
            {
                continue;
            }

            bool debugging = sectionSym || s.Type == ElfSymbol.TypeFile;
            if (debugging && !(name.StartsWith(".plt", StringComparison.Ordinal) || name.StartsWith(".got", StringComparison.Ordinal)))
            {
                continue;
            }

            ulong value = elf.IsRelocatable ? unchecked(sectionVma + s.Value) : s.Value;
            result.Add(new Sym(name, value, section, sectionName, sectionSym ? 0 : s.Size,
                s.Type == ElfSymbol.TypeFunction,
                s.Type is ElfSymbol.TypeObject or ElfSymbol.TypeCommon,
                s.Binding == ElfSymbol.BindLocal,
                s.Binding == ElfSymbol.BindGlobal,
                sectionSym));
        }

        return result;
    }

    /// <summary>Whether BFD represents this section header as a section (symbols in the others
    /// count as absolute).</summary>
    private static bool IsBfdSection(ElfFile elf, ElfSection s) =>
        s.Index != 0 && s.Type is not (ElfSection.TypeNull or ElfSection.TypeSymTab or ElfSection.TypeSymTabShndx)
        && !(s.IsRelocationSection && s.Link == (uint)elf.SymbolTableIndex && elf.SymbolTableIndex > 0)
        && !(s.Type == ElfSection.TypeStrTab && elf.SymbolTableIndex > 0 && elf.Sections[elf.SymbolTableIndex].Link == (uint)s.Index);

    private sealed class SectionPrinter : IAddressFormatter
    {
        private readonly ElfSection _section;
        private readonly Sym[] _sorted;
        private readonly bool _hasReloc;
        private readonly TextWriter _out;
        private readonly ObjdumpListing _listing;
        private readonly StringBuilder _sb = new(64);

        public SectionPrinter(ElfFile elf, ElfSection section, List<Sym> symbols, bool hasReloc, TextWriter output, BundleReport report)
        {
            _section = section;
            _hasReloc = hasReloc;
            _out = output;
            // objdump sorts with qsort; ties left are symbols it cannot tell apart either.
            var comparer = Comparer<Sym>.Create(Compare);
            _sorted = [.. symbols.Order(comparer)];
            _listing = new ObjdumpListing(output, elf.GetContents(section), section.Address, report)
            {
                Section = section.Name,
                Targets = this,
            };
        }

        public void Print()
        {
            _out.Write($"\nDisassembly of section {Sanitize(_section.Name)}:\n");
            ulong vma = _section.Address;
            ulong stop = _section.Size;
            ulong offset = 0;
            var sym = Find(vma, requireSection: true, out int place);
            while (offset < stop)
            {
                ulong addr = unchecked(vma + offset);
                _out.Write('\n');
                _out.Write(addr.ToString("x16", CultureInfo.InvariantCulture));
                _out.Write(' ');
                _out.Write(SymbolText(sym, addr));
                _out.Write(":\n");

                Sym? next;
                if (sym is not null && sym.Value > addr)
                {
                    next = sym;
                }
                else if (sym is null)
                {
                    next = null;
                }
                else
                {
                    while (place < _sorted.Length && !(_sorted[place].SectionName == _section.Name && _sorted[place].Value > sym.Value))
                    {
                        place++;
                    }

                    next = place < _sorted.Length ? _sorted[place] : null;
                }

                ulong nextStop;
                if (sym is not null && sym.Value > addr)
                {
                    nextStop = unchecked(sym.Value - vma);
                }
                else if (next is null)
                {
                    nextStop = stop;
                }
                else
                {
                    nextStop = unchecked(next.Value - vma);
                }

                if (nextStop > stop || nextStop <= offset)
                {
                    nextStop = stop;
                }

                bool insns = sym is null || sym.Section != _section.Index || sym.Value > addr
                    || (!sym.Object && !sym.Name.Contains("gnu_compiled", StringComparison.Ordinal) && !sym.Name.Contains("gcc2_compiled", StringComparison.Ordinal))
                    || sym.Function;
                _listing.Print(offset, nextStop, insns, limitReads: true);
                offset = nextStop;
                sym = next;
            }
        }

        /// <summary>A branch target as objdump prints it: "100040 &lt;_start+0x40&gt;".</summary>
        public string Format(ulong address)
        {
            if (_sorted.Length == 0)
            {
                return "0x" + address.ToString("x", CultureInfo.InvariantCulture);
            }

            var sym = Find(address, requireSection: false, out _);
            return address.ToString("x", CultureInfo.InvariantCulture) + " " + SymbolText(sym, address);
        }

        /// <summary>"&lt;name&gt;", "&lt;name+0x10&gt;", "&lt;name-0x10&gt;", or the section name when no symbol fits.</summary>
        private string SymbolText(Sym? sym, ulong vma)
        {
            _sb.Clear();
            _sb.Append('<');
            ulong baseValue;
            if (sym is null)
            {
                _sb.Append(Sanitize(_section.Name));
                baseValue = _section.Address;
            }
            else
            {
                _sb.Append(Sanitize(sym.Name));
                baseValue = sym.Value;
            }

            if (baseValue > vma)
            {
                _sb.Append("-0x").Append((baseValue - vma).ToString("x", CultureInfo.InvariantCulture));
            }
            else if (vma > baseValue)
            {
                _sb.Append("+0x").Append((vma - baseValue).ToString("x", CultureInfo.InvariantCulture));
            }

            return _sb.Append('>').ToString();
        }

        private bool SymOk(bool wantSection, int i) => !wantSection || _sorted[i].Section == _section.Index;

        /// <summary>objdump's find_symbol_for_address.</summary>
        private Sym? Find(ulong vma, bool requireSection, out int place)
        {
            place = 0;
            int count = _sorted.Length;
            if (count < 1)
            {
                return null;
            }

            int min = 0, max = count;
            while (min + 1 < max)
            {
                int mid = (max + min) / 2;
                ulong v = _sorted[mid].Value;
                if (v > vma)
                {
                    max = mid;
                }
                else if (v < vma)
                {
                    min = mid;
                }
                else
                {
                    min = mid;
                    break;
                }
            }

            int thisPlace = min;
            while (thisPlace > 0 && _sorted[thisPlace].Value == _sorted[thisPlace - 1].Value)
            {
                thisPlace--;
            }

            for (min = thisPlace; min < max && _sorted[min].Value == _sorted[thisPlace].Value; min++)
            {
                if (SymOk(true, min))
                {
                    place = min;
                    return _sorted[min];
                }
            }

            ulong secVma = _section.Address;
            bool want = requireSection || (_hasReloc && vma >= secVma && vma < unchecked(secVma + _section.Size));
            if (!SymOk(want, thisPlace))
            {
                int newPlace = count;
                for (int i = min - 1; i >= 0; i--)
                {
                    if (SymOk(want, i))
                    {
                        if (newPlace == count)
                        {
                            newPlace = i;
                        }

                        if (_sorted[i].Value != _sorted[newPlace].Value)
                        {
                            break;
                        }

                        newPlace = i;
                    }
                }

                if (newPlace != count)
                {
                    thisPlace = newPlace;
                }
                else
                {
                    for (int i = thisPlace + 1; i < count; i++)
                    {
                        if (SymOk(want, i))
                        {
                            thisPlace = i;
                            break;
                        }
                    }
                }

                if (!SymOk(want, thisPlace))
                {
                    return null;
                }
            }

            place = thisPlace;
            return _sorted[thisPlace];
        }

        /// <summary>objdump's compare_symbols with this section as the current one.</summary>
        private int Compare(Sym a, Sym b)
        {
            if (a.Value != b.Value)
            {
                return a.Value > b.Value ? 1 : -1;
            }

            bool aIn = a.SectionName == _section.Name, bIn = b.SectionName == _section.Name;
            if (aIn != bIn)
            {
                return aIn ? -1 : 1;
            }

            bool aGnu = a.Name.Contains("gnu_compiled", StringComparison.Ordinal) || a.Name.Contains("gcc2_compiled", StringComparison.Ordinal);
            bool bGnu = b.Name.Contains("gnu_compiled", StringComparison.Ordinal) || b.Name.Contains("gcc2_compiled", StringComparison.Ordinal);
            if (aGnu != bGnu)
            {
                return aGnu ? 1 : -1;
            }

            bool aFile = LooksLikeFile(a.Name), bFile = LooksLikeFile(b.Name);
            if (aFile != bFile)
            {
                return aFile ? 1 : -1;
            }

            // Section symbols are also "debugging" in BFD; both flags order the same way.
            if (a.SectionSym != b.SectionSym)
            {
                return a.SectionSym ? 1 : -1;
            }

            if (a.Function != b.Function)
            {
                return a.Function ? -1 : 1;
            }

            if (a.Object != b.Object)
            {
                return a.Object ? -1 : 1;
            }

            if (a.Local != b.Local)
            {
                return a.Local ? 1 : -1;
            }

            if (a.Global != b.Global)
            {
                return a.Global ? -1 : 1;
            }

            if (a.Size != b.Size)
            {
                return a.Size > b.Size ? -1 : 1;
            }

            bool aDot = a.Name.StartsWith('.'), bDot = b.Name.StartsWith('.');
            if (aDot != bDot)
            {
                return aDot ? 1 : -1;
            }

            return string.CompareOrdinal(a.Name, b.Name);
        }

        /// <summary>objdump's file-name heuristic: a name ending in ".o" or ".a" (longer than 2).</summary>
        private static bool LooksLikeFile(string name) =>
            name.Length > 2 && name[^2] == '.' && (name[^1] == 'o' || name[^1] == 'a');
    }

    /// <summary>objdump's sanitize_string: a control character c prints as '^' and c + 0x40.</summary>
    internal static string Sanitize(string s)
    {
        if (!s.Any(char.IsControl))
        {
            return s;
        }

        var sb = new StringBuilder(s.Length + 4);
        foreach (char c in s)
        {
            if (c < 0x20 || c == 0x7F)
            {
                sb.Append('^').Append((char)(c + 0x40));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
