#!/usr/bin/env bash
# Runs the benchmark guests (int-loop, call-loop, and mem-loop physically and translated) on
# PatchVmm's machine and on Ski side by side, in one run, and
# prints instructions per second for each (README: performance).
#   tools/bench-vs-ski.sh [ROUNDS]      (default 3 rounds, alternating the two simulators)
# Needs a Ski built by hand outside the repository (DESIGN.md §8); SKI=/path/to/bski overrides
# the default /opt/ski/bin/bski. PatchVmm runs as a Release build of src/PatchVmm.Cli.
# The instruction count of each guest is PatchVmm's (Ski's `run` command miscounts programs
# that end in SSC EXIT); both simulators run the same image to the same EXIT. Times are each
# simulator's own measurement of the run (load and start-up excluded), plus the wall time.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ski=${SKI:-/opt/ski/bin/bski}
rounds=${1:-3}
[ -x "$ski" ] || { echo "bench-vs-ski: Ski not found at $ski (build it by hand, DESIGN.md §8; or set SKI=)" >&2; exit 1; }
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
dotnet build -c Release "$root/src/PatchVmm.Cli" -o "$out/bin" -v q -nologo >/dev/null
printf 'run\nquit\n' > "$out/run.ski"
printf '%-14s %-8s %14s %10s %10s %10s\n' guest sim instructions "run s" "wall s" MIPS
for round in $(seq "$rounds"); do
  for guest in int-loop call-loop mem-loop mem-loop-translated; do
    elf="$root/samples/guests/$guest.elf"
    start=$(date +%s.%N)
    "$out/bin/patchvmm" run "$elf" --stats > /dev/null 2> "$out/pv.txt" || true
    end=$(date +%s.%N)
    insts=$(sed -n 's/^instructions: //p' "$out/pv.txt")
    secs=$(sed -n 's/^time: \([0-9.]*\) s/\1/p' "$out/pv.txt")
    printf '%-14s %-8s %14d %10.3f %10.3f %10.1f\n' "$guest" patchvmm "$insts" "$secs" "$(echo "$end - $start" | bc)" "$(echo "$insts / $secs / 1000000" | bc -l)"
    start=$(date +%s.%N)
    "$ski" -forcesystem -noconsole -i "$out/run.ski" "$elf" < /dev/null > "$out/ski.txt" 2>&1 || true
    end=$(date +%s.%N)
    skisecs=$(sed -n 's/.* insts (.*), \([0-9.]*\) sec,.*/\1/p' "$out/ski.txt")
    printf '%-14s %-8s %14d %10.3f %10.3f %10.1f\n' "$guest" ski "$insts" "$skisecs" "$(echo "$end - $start" | bc)" "$(echo "$insts / $skisecs / 1000000" | bc -l)"
  done
done
