#!/usr/bin/env bash
# Regenerates the disassembly test vectors from the oracle, GNU binutils 2.40 for ia64:
#  - for every tests/PatchVmm.Ia64.Tests/Vectors/NAME.s: assemble (ia64-linux-gnu-as -x),
#    extract .text (objcopy -O binary), disassemble (objdump -D -b binary -m ia64) and write
#    NAME.vec;
#  - random.vec.gz: 100,000 random bundles (fixed seed, non-reserved templates, random slot
#    bits) disassembled by objdump, compressed with gzip -n.
# Line format, one line per bundle:
#   ADDRESS<TAB>32 hex digits (the 16 bytes in file order)<TAB>line 0<TAB>line 1<TAB>line 2
# where ADDRESS is lower-case hex without 0x and line N is the text column of objdump's Nth line
# for the bundle, exactly as printed after the bytes (empty when there is none: the third line
# of an MLX bundle). objdump runs with -z so bundles of zero bytes are printed, not elided.
# Usage: tools/regen-vectors.sh          rewrite the committed vectors
#        tools/regen-vectors.sh --check  regenerate into a temporary folder; fail if anything differs
set -euo pipefail
mode=write
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  *) echo "usage: tools/regen-vectors.sh [--check]" >&2; exit 2 ;;
esac
root=$(cd "$(dirname "$0")/.." && pwd)
vec="$root/tests/PatchVmm.Ia64.Tests/Vectors"
RANDOM_COUNT=100000
RANDOM_SEED=20250101
for tool in ia64-linux-gnu-as ia64-linux-gnu-objcopy ia64-linux-gnu-objdump python3 gzip; do
  command -v "$tool" >/dev/null || { echo "regen-vectors: $tool not found (apt-get install binutils-ia64-linux-gnu python3 gzip)" >&2; exit 1; }
done
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
out="$tmp/out"; mkdir -p "$out"

# objdump's listing of FILE.bin -> FILE.vec (bytes from the binary itself, text from objdump).
to_vec() {
  ia64-linux-gnu-objdump -D -z -b binary -m ia64 "$1" > "$1.lst"
  python3 - "$1" "$1.lst" "$2" <<'PY'
import re, sys
binary, listing, out = sys.argv[1], sys.argv[2], sys.argv[3]
data = open(binary, "rb").read()
if len(data) % 16:
    sys.exit(f"regen-vectors: {binary}: {len(data)} bytes is not a whole number of bundles")
text = {}
line_re = re.compile(r"^ *([0-9a-f]+):\t([0-9a-f ]+)(?:\t(.*))?$")
for n, line in enumerate(open(listing, encoding="utf-8", newline="\n").read().split("\n"), 1):
    m = line_re.match(line)
    if not m:
        continue
    if "\t" in (m.group(3) or ""):
        sys.exit(f"regen-vectors: {listing}:{n}: unexpected tab in the text column")
    text[int(m.group(1), 16)] = m.group(3) or ""
with open(out, "w", encoding="utf-8", newline="\n") as f:
    for a in range(0, len(data), 16):
        cols = []
        for off in (0, 6, 12):
            if a + off not in text:
                sys.exit(f"regen-vectors: {listing}: no objdump line at 0x{a + off:x}")
            cols.append(text[a + off])
        f.write(f"{a:x}\t{data[a:a + 16].hex()}\t{cols[0]}\t{cols[1]}\t{cols[2]}\n")
PY
}

shopt -s nullglob
count=0
for s in "$vec"/*.s; do
  name=$(basename "$s" .s)
  if ! ia64-linux-gnu-as -x "$s" -o "$tmp/$name.o" 2> "$tmp/$name.as.err"; then
    echo "regen-vectors: GNU as rejected ${s#"$root"/}:" >&2; cat "$tmp/$name.as.err" >&2; exit 1
  fi
  ia64-linux-gnu-objcopy -O binary -j .text "$tmp/$name.o" "$tmp/$name.bin"
  to_vec "$tmp/$name.bin" "$out/$name.vec"
  count=$((count + 1))
done

python3 - "$RANDOM_COUNT" "$RANDOM_SEED" "$tmp/random.bin" <<'PY'
import random, sys
count, seed, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
# Non-reserved template codes (SDM Vol. 3 Table 4-11).
templates = [0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 22, 23, 24, 25, 28, 29]
r = random.Random(seed)
b = bytearray()
for _ in range(count):
    b += ((r.getrandbits(123) << 5) | r.choice(templates)).to_bytes(16, "little")
open(out, "wb").write(b)
PY
to_vec "$tmp/random.bin" "$tmp/random.vec"
gzip -n -9 -c "$tmp/random.vec" > "$out/random.vec.gz"

if [ "$mode" = write ]; then
  cp "$out"/*.vec "$out/random.vec.gz" "$vec"/
  echo "regen-vectors: wrote $count vector file(s) and random.vec.gz ($RANDOM_COUNT bundles) in ${vec#"$root"/}"
  exit 0
fi

status=0
for f in "$out"/*.vec; do
  name=$(basename "$f")
  if [ ! -f "$vec/$name" ]; then
    echo "regen-vectors: ${vec#"$root"/}/$name is missing (run tools/regen-vectors.sh)" >&2; status=1
  elif ! cmp -s "$f" "$vec/$name"; then
    echo "regen-vectors: ${vec#"$root"/}/$name differs from what GNU as/objdump give for ${name%.vec}.s (run tools/regen-vectors.sh):" >&2
    diff "$vec/$name" "$f" | head -10 >&2 || true
    status=1
  fi
done
for f in "$vec"/*.vec; do
  [ -f "$vec/$(basename "$f" .vec).s" ] || { echo "regen-vectors: ${f#"$root"/} has no source $(basename "$f" .vec).s" >&2; status=1; }
done
# Compare the random corpus by content, so a different gzip build cannot fail the check.
if [ ! -f "$vec/random.vec.gz" ]; then
  echo "regen-vectors: ${vec#"$root"/}/random.vec.gz is missing (run tools/regen-vectors.sh)" >&2; status=1
elif ! gzip -dc "$vec/random.vec.gz" | cmp -s - "$tmp/random.vec"; then
  echo "regen-vectors: ${vec#"$root"/}/random.vec.gz differs from a fresh objdump run (run tools/regen-vectors.sh)" >&2; status=1
fi
[ $status -eq 0 ] && echo "regen-vectors: $count vector file(s) and random.vec.gz ($RANDOM_COUNT bundles) match GNU as/objdump"
exit $status
