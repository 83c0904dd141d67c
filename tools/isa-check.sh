#!/usr/bin/env bash
# Developer check: assemble FILE.s with GNU as, disassemble its .text with both
# GNU objdump and `patchvmm disasm --raw`, and diff the instruction lines.
# Usage: tools/isa-check.sh FILE.s        (PV_ARTIFACTS selects the build folder)
set -euo pipefail
src=${1:?usage: isa-check.sh FILE.s}
root=$(cd "$(dirname "$0")/.." && pwd)
art=${PV_ARTIFACTS:-/tmp/pv-artifacts}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
ia64-linux-gnu-as -x "$src" -o "$tmp/a.o"
ia64-linux-gnu-objcopy -O binary -j .text "$tmp/a.o" "$tmp/a.bin"
dotnet build "$root/src/PatchVmm.Cli" -c Release --artifacts-path "$art" -v q -nologo >/dev/null
cli=$(find "$art/bin/PatchVmm.Cli" -path "*release*" -name patchvmm.dll | head -1)
ia64-linux-gnu-objdump -D -b binary -m ia64 "$tmp/a.bin" | grep -P '^ *[0-9a-f]+:\t' > "$tmp/want" || true
dotnet "$cli" disasm --raw "$tmp/a.bin" | grep -P '^ *[0-9a-f]+:\t' > "$tmp/got" || true
if diff -u "$tmp/want" "$tmp/got" > "$tmp/diff"; then
  echo "isa-check: $(wc -l < "$tmp/want") lines match"
else
  echo "isa-check: $(grep -c '^-[^-]' "$tmp/diff") objdump lines differ (- objdump, + patchvmm):"
  cat "$tmp/diff"; exit 1
fi
