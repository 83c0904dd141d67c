#!/usr/bin/env bash
# Regenerates the patcher's test vectors from the oracle, GNU binutils 2.40 for ia64:
#  - writes tests/PatchVmm.Vmm.Tests/Vectors/sensitive.s: one bundle per (sensitive
#    instruction, slot it can sit in), the instruction in that slot with nops around it, and
#    sensitive-patched.s: the same bundles with the instruction replaced by the patch the
#    patcher must write with the default options (the break of the slot's unit, immediate
#    0x140000 + the bundle's index, the same qualifying predicate);
#  - assembles both (ia64-linux-gnu-as; no -x: the bundles are explicit and the sample code
#    ignores data dependencies), disassembles the patched one (objdump -D) and
#    writes sensitive.vec, one line per bundle:
#      ADDRESS<TAB>TEMPLATE-NAME<TAB>SLOT<TAB>original 16 bytes<TAB>patched 16 bytes<TAB>objdump's text of the patched slot
#  - links both at 0x100000 (ld -static -nostdlib, no build id) into sensitive.elf and
#    sensitive-patched.elf: `patchvmm patch sensitive.elf --output X` must give exactly the
#    second file.
# The table below names each instruction by its template (templates/ia64/*.pvt); the
# PatchVmm.Vmm tests check that every (template, slot) pair of the built-in catalog is here.
# Usage: tools/regen-patch-vectors.sh          rewrite the committed vectors
#        tools/regen-patch-vectors.sh --check  regenerate into a temporary folder; fail if anything differs
set -euo pipefail
mode=write
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  *) echo "usage: tools/regen-patch-vectors.sh [--check]" >&2; exit 2 ;;
esac
root=$(cd "$(dirname "$0")/.." && pwd)
vec="$root/tests/PatchVmm.Vmm.Tests/Vectors"
for tool in ia64-linux-gnu-as ia64-linux-gnu-ld ia64-linux-gnu-objcopy ia64-linux-gnu-objdump python3; do
  command -v "$tool" >/dev/null || { echo "regen-patch-vectors: $tool not found (apt-get install binutils-ia64-linux-gnu python3)" >&2; exit 1; }
done
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
out="$tmp/out"; mkdir -p "$out"

python3 - "$out" <<'PY'
import sys
out = sys.argv[1]
BASE = 0x140000
# template name, unit, instruction text (GNU as syntax), slots, has a qualifying predicate
TABLE = [
    ("mov-to-psr-l", "M", "mov psr.l=r21", "01", True),
    ("mov-from-psr", "M", "mov r20=psr", "01", True),
    ("rsm", "M", "rsm 0x4000", "01", True),
    ("ssm", "M", "ssm 0x6000", "01", True),
    ("mov-to-cr", "M", "mov cr.iva=r21", "01", True),
    ("mov-from-cr", "M", "mov r20=cr.itm", "01", True),
    ("mov-from-cr-ivr", "M", "mov r23=cr.ivr", "01", True),
    ("mov-to-rr", "M", "mov rr[r22]=r21", "01", True),
    ("mov-from-rr", "M", "mov r20=rr[r22]", "01", True),
    ("mov-to-pkr", "M", "mov pkr[r22]=r21", "01", True),
    ("mov-from-pkr", "M", "mov r20=pkr[r22]", "01", True),
    ("mov-to-dbr", "M", "mov dbr[r22]=r21", "01", True),
    ("mov-from-dbr", "M", "mov r20=dbr[r22]", "01", True),
    ("mov-to-ibr", "M", "mov ibr[r22]=r21", "01", True),
    ("mov-from-ibr", "M", "mov r20=ibr[r22]", "01", True),
    ("mov-to-pmc", "M", "mov pmc[r22]=r21", "01", True),
    ("mov-from-pmc", "M", "mov r20=pmc[r22]", "01", True),
    ("mov-to-pmd", "M", "mov pmd[r22]=r21", "01", True),
    ("mov-from-pmd", "M", "mov r20=pmd[r22]", "01", True),
    ("mov-from-cpuid", "M", "mov r20=cpuid[r22]", "01", True),
    ("itc.i", "M", "itc.i r21", "0", True),
    ("itc.d", "M", "itc.d r21", "0", True),
    ("itr.i", "M", "itr.i itr[r22]=r21", "01", True),
    ("itr.d", "M", "itr.d dtr[r22]=r21", "01", True),
    ("ptc.l", "M", "ptc.l r22,r21", "01", True),
    ("ptc.g", "M", "ptc.g r22,r21", "0", True),
    ("ptc.ga", "M", "ptc.ga r22,r21", "0", True),
    ("ptc.e", "M", "ptc.e r22", "01", True),
    ("ptr.i", "M", "ptr.i r22,r21", "01", True),
    ("ptr.d", "M", "ptr.d r22,r21", "01", True),
    ("tpa", "M", "tpa r20=r22", "01", True),
    ("tak", "M", "tak r20=r22", "01", True),
    ("thash", "M", "thash r20=r22", "01", True),
    ("ttag", "M", "ttag r20=r22", "01", True),
    ("probe.r", "M", "probe.r r20=r22,r21", "01", True),
    ("probe.w", "M", "probe.w r20=r22,r21", "01", True),
    ("probe.r.imm", "M", "probe.r r20=r22,2", "01", True),
    ("probe.w.imm", "M", "probe.w r20=r22,1", "01", True),
    ("probe.rw.fault", "M", "probe.rw.fault r22,3", "01", True),
    ("probe.r.fault", "M", "probe.r.fault r22,0", "01", True),
    ("probe.w.fault", "M", "probe.w.fault r22,2", "01", True),
    ("mov-to-ar-kr", "M", "mov.m ar.k2=r21", "01", True),
    ("mov-to-ar-kr-imm", "M", "mov.m ar.k5=-3", "01", True),
    ("mov-to-ar-itc", "M", "mov.m ar.itc=r21", "01", True),
    ("mov-to-ar-itc-imm", "M", "mov.m ar.itc=100", "01", True),
    ("mov-from-ar-itc", "M", "mov.m r20=ar.itc", "01", True),
    ("rfi", "B", "rfi", "2", False),
    ("bsw.0", "B", "bsw.0", "2", False),
    ("bsw.1", "B", "bsw.1", "2", False),
    ("cover", "B", "cover", "2", False),
    ("epc", "B", "epc", "012", False),
    ("fc", "M", "fc r22", "01", True),
    ("fc.i", "M", "fc.i r22", "01", True),
]
# The bundle that holds a unit's instruction in a slot, with a stop after it where the
# instruction must end its instruction group (itc in slot 0: M;MI; B8 in slot 2).
LAYOUT = {
    ("M", 0): ("mmi", ["{}", "nop.m 0x0", "nop.i 0x0"]),
    ("M", 1): ("mmi", ["nop.m 0x0", "{}", "nop.i 0x0"]),
    ("B", 0): ("bbb", ["{}", "nop.b 0x0", "nop.b 0x0"]),
    ("B", 1): ("mbb", ["nop.m 0x0", "{}", "nop.b 0x0"]),
    ("B", 2): ("mib", ["nop.m 0x0", "nop.i 0x0", "{}"]),
}
QP = 6
orig, patched, index = [], [], []
for n, (name, unit, text, slots, has_qp) in enumerate((t for t in TABLE for _ in t[3])):
    pass
n = 0
for name, unit, text, slots, has_qp in TABLE:
    for s in slots:
        s = int(s)
        tmpl, layout = LAYOUT[(unit, s)]
        ends_group = name in ("itc.i", "itc.d", "ptc.g", "ptc.ga", "rfi", "bsw.0", "bsw.1", "cover")
        pred = f"(p{QP}) " if has_qp else ""
        brk = f"{pred}break.{unit.lower()} 0x{BASE + n:x}"
        for lines, insn in ((orig, pred + text), (patched, brk)):
            lines.append(f"// {n}: {name}, slot {s}")
            lines.append(f"{{ .{tmpl}")
            for i, l in enumerate(layout):
                stop = " ;;" if (i == s and ends_group) or i == 2 else ""
                lines.append("\t" + (insn if l == "{}" else l) + stop)
            lines.append("}")
        index.append((name, s))
        n += 1
head = "// Generated by tools/regen-patch-vectors.sh: do not edit.\n\t.text\n"
open(f"{out}/sensitive.s", "w").write(head + "\n".join(orig) + "\n")
open(f"{out}/sensitive-patched.s", "w").write(head + "\n".join(patched) + "\n")
open(f"{out}/index.txt", "w").write("".join(f"{a}\t{b}\n" for a, b in index))
PY

for name in sensitive sensitive-patched; do
  if ! ia64-linux-gnu-as "$out/$name.s" -o "$tmp/$name.o" 2> "$tmp/$name.err"; then
    echo "regen-patch-vectors: GNU as rejected $name.s:" >&2; cat "$tmp/$name.err" >&2; exit 1
  fi
  ia64-linux-gnu-objcopy -O binary -j .text "$tmp/$name.o" "$tmp/$name.bin"
  ia64-linux-gnu-ld -static -nostdlib --build-id=none -n -e 0x100000 -Ttext=0x100000 -o "$out/$name.elf" "$tmp/$name.o"
done
ia64-linux-gnu-objdump -D -z -b binary -m ia64 "$tmp/sensitive-patched.bin" > "$tmp/patched.lst"
python3 - "$tmp/sensitive.bin" "$tmp/sensitive-patched.bin" "$tmp/patched.lst" "$out/index.txt" "$out/sensitive.vec" <<'PY'
import re, sys
orig, patched, listing, index, out = sys.argv[1:]
a, b = open(orig, "rb").read(), open(patched, "rb").read()
entries = [l.rstrip("\n").split("\t") for l in open(index)]
if len(a) != len(b) or len(a) != 16 * len(entries):
    sys.exit("regen-patch-vectors: the two images do not hold one bundle per entry")
text = {}
for line in open(listing, encoding="utf-8").read().split("\n"):
    m = re.match(r"^ *([0-9a-f]+):\t([0-9a-f ]+)(?:\t(.*))?$", line)
    if m:
        text[int(m.group(1), 16)] = (m.group(3) or "").strip()
with open(out, "w", encoding="utf-8", newline="\n") as f:
    for i, (name, slot) in enumerate(entries):
        addr = 16 * i
        f.write(f"{addr:x}\t{name}\t{slot}\t{a[addr:addr+16].hex()}\t{b[addr:addr+16].hex()}\t{text[addr + 6 * int(slot)]}\n")
PY
rm "$out/index.txt"

if [ "$mode" = write ]; then
  cp "$out"/* "$vec"/
  echo "regen-patch-vectors: wrote $(wc -l < "$out/sensitive.vec") bundles and their ELF images in ${vec#"$root"/}"
  exit 0
fi
status=0
for f in "$out"/*; do
  n=$(basename "$f")
  if ! cmp -s "$f" "$vec/$n"; then
    echo "regen-patch-vectors: ${vec#"$root"/}/$n is missing or differs from what GNU as/objdump give (run tools/regen-patch-vectors.sh)" >&2
    diff "$vec/$n" "$f" 2>/dev/null | head -10 >&2 || true
    status=1
  fi
done
[ $status -eq 0 ] && echo "regen-patch-vectors: $(wc -l < "$out/sensitive.vec") patched bundles match GNU as/objdump"
exit $status
