#!/usr/bin/env bash
# Regenerates the expected final states of the machine's test programs from Ski, the IA-64
# simulator (DESIGN.md §8): for every tests/PatchVmm.Machine.Tests/Programs/NAME.elf (built
# from NAME.s by tools/build-guests.sh) it runs Ski in system mode to the program's SSC EXIT
# and writes NAME.ski.json in the state-dump format (tools/ski-state.py). Each file records
# the SHA-256 of its source, so a stale state is caught without Ski.
#   tools/regen-ski-states.sh           rewrite every NAME.ski.json (needs Ski)
#   tools/regen-ski-states.sh --check   every .s has a .ski.json made from this very source
#                                       (works without Ski; with Ski, also regenerates into a
#                                       temporary folder and compares byte for byte)
# Ski is built by hand outside the repository; SKI=/path/to/bski overrides /opt/ski/bin/bski.
set -euo pipefail
mode=write
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  *) echo "usage: tools/regen-ski-states.sh [--check]" >&2; exit 2 ;;
esac
root=$(cd "$(dirname "$0")/.." && pwd)
dir="$root/tests/PatchVmm.Machine.Tests/Programs"
ski=${SKI:-/opt/ski/bin/bski}
flags="-forcesystem -noconsole"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
status=0
shopt -s nullglob

# The hashes: every source has a state made from it, every state has its source.
for s in "$dir"/*.s; do
  name=$(basename "$s" .s)
  json="$dir/$name.ski.json"
  if [ ! -f "$json" ]; then
    [ "$mode" = check ] && { echo "regen-ski-states: $name.ski.json is missing (run tools/regen-ski-states.sh)" >&2; status=1; }
    continue
  fi
  want=$(python3 "$root/tools/ski-state.py" hash "$s")
  have=$(sed -n 's/.*"source_sha256": "\([0-9a-f]*\)".*/\1/p' "$json")
  if [ "$want" != "$have" ] && [ "$mode" = check ]; then
    echo "regen-ski-states: $name.ski.json was made from another version of $name.s (run tools/regen-ski-states.sh)" >&2; status=1
  fi
done
for j in "$dir"/*.ski.json; do
  name=$(basename "$j" .ski.json)
  [ -f "$dir/$name.s" ] || { echo "regen-ski-states: $name.ski.json has no $name.s" >&2; status=1; }
done

if [ ! -x "$ski" ]; then
  if [ "$mode" = check ]; then
    [ $status -eq 0 ] && echo "regen-ski-states: every expected state matches its source (Ski not found at $ski: not regenerated)"
    exit $status
  fi
  echo "regen-ski-states: Ski not found at $ski; build it by hand, see DESIGN.md §8 (or set SKI=)" >&2
  exit 1
fi

python3 "$root/tools/ski-state.py" script > "$tmp/dump.ski"
count=0
for elf in "$dir"/*.elf; do
  name=$(basename "$elf" .elf)
  "$ski" $flags -i "$tmp/dump.ski" "$elf" < /dev/null > "$tmp/$name.out" 2> "$tmp/$name.err" || true
  python3 "$root/tools/ski-state.py" json "$dir/$name.s" "$flags" "$tmp/$name.err" "$tmp/$name.out" > "$tmp/$name.ski.json" \
    || { echo "regen-ski-states: $name: no state from Ski" >&2; status=1; continue; }
  if [ "$mode" = check ]; then
    cmp -s "$tmp/$name.ski.json" "$dir/$name.ski.json" || { echo "regen-ski-states: $name.ski.json differs from what Ski gives now" >&2; status=1; }
  else
    cp "$tmp/$name.ski.json" "$dir/$name.ski.json"
  fi
  count=$((count + 1))
done
if [ "$mode" = check ]; then
  [ $status -eq 0 ] && echo "regen-ski-states: $count expected state(s) match their sources and Ski"
else
  echo "regen-ski-states: wrote $count expected state(s)"
fi
exit $status
