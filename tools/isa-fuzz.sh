#!/usr/bin/env bash
# Developer check: random bundles (non-reserved templates, optionally only those
# holding unit U in some slot), disassembled by objdump and by patchvmm; prints
# the number of differing lines and the first differences.
# Usage: tools/isa-fuzz.sh [UNIT|any] [COUNT] [SEED]   (UNIT: M I B F X)
set -euo pipefail
unit=${1:-any}; count=${2:-20000}; seed=${3:-1}
root=$(cd "$(dirname "$0")/.." && pwd)
art=${PV_ARTIFACTS:-/tmp/pv-artifacts}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 - "$unit" "$count" "$seed" "$tmp/r.bin" <<'PY'
import random, sys
unit, count, seed, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
T = {0:"MII",1:"MII",2:"MII",3:"MII",4:"MLX",5:"MLX",8:"MMI",9:"MMI",10:"MMI",11:"MMI",12:"MFI",13:"MFI",
     14:"MMF",15:"MMF",16:"MIB",17:"MIB",18:"MBB",19:"MBB",22:"BBB",23:"BBB",24:"MMB",25:"MMB",28:"MFB",29:"MFB"}
ok = [t for t, u in T.items() if unit == "any" or unit in u]
r = random.Random(seed); b = bytearray()
for _ in range(count):
    v = (r.getrandbits(123) << 5) | r.choice(ok)
    b += v.to_bytes(16, "little")
open(out, "wb").write(b)
PY
dotnet build "$root/src/PatchVmm.Cli" -c Release --artifacts-path "$art" -v q -nologo >/dev/null
cli=$(find "$art/bin/PatchVmm.Cli" -path "*release*" -name patchvmm.dll | head -1)
ia64-linux-gnu-objdump -D -b binary -m ia64 "$tmp/r.bin" | grep -P '^ *[0-9a-f]+:\t' > "$tmp/want" || true
dotnet "$cli" disasm --raw "$tmp/r.bin" | grep -P '^ *[0-9a-f]+:\t' > "$tmp/got" || true
total=$(wc -l < "$tmp/want")
bad=$(diff "$tmp/want" "$tmp/got" | grep -c '^<' || true)
echo "isa-fuzz: unit=$unit count=$count seed=$seed: $bad of $total lines differ"
diff "$tmp/want" "$tmp/got" | head -${FUZZ_SHOW:-40} || true
