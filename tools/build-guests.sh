#!/usr/bin/env bash
# Rebuilds the sample guest images, and the ELF fixtures of the CLI tests, from their IA-64
# assembly sources with GNU binutils for ia64 (the oracle: binutils 2.40).
#   samples/guests/NAME.s              -> NAME.elf (linked, entry _start, text at 0x100000)
#                                         NAME.objdump (objdump -d NAME.elf)
#   tests/PatchVmm.Machine.Tests/Programs/NAME.s
#                                      -> NAME.elf (linked as the guests; the machine's test
#                                         programs, whose expected states come from Ski:
#                                         tools/regen-ski-states.sh)
#   tests/PatchVmm.Cli.Tests/Fixtures/NAME.s
#                                      -> NAME.o, NAME.elf, NAME.stripped.elf and, for each,
#                                         FILE.objdump (objdump -d FILE)
# The .objdump listings are what `patchvmm disasm FILE` must print. The build is
# reproducible: no build id, no timestamps, fixed file names.
# Usage: tools/build-guests.sh          rebuild the committed files
#        tools/build-guests.sh --check  rebuild into a temporary folder and fail if anything differs
set -euo pipefail
mode=write
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  *) echo "usage: tools/build-guests.sh [--check]" >&2; exit 2 ;;
esac
root=$(cd "$(dirname "$0")/.." && pwd)
for tool in ia64-linux-gnu-as ia64-linux-gnu-ld ia64-linux-gnu-objcopy ia64-linux-gnu-objdump; do
  command -v "$tool" >/dev/null || { echo "build-guests: $tool not found (apt-get install binutils-ia64-linux-gnu)" >&2; exit 1; }
done
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
LINK=(ia64-linux-gnu-ld -static -nostdlib --build-id=none -n -e _start -Ttext=0x100000)
status=0
built=0

# Puts the freshly built $tmp/$1/$2 in place (or, with --check, compares it with the committed one).
deliver() {
  local dir=$1 file=$2
  if [ "$mode" = check ]; then
    if [ ! -f "$root/$dir/$file" ]; then
      echo "build-guests: $dir/$file is missing (run tools/build-guests.sh)" >&2; status=1
    elif ! cmp -s "$tmp/$dir/$file" "$root/$dir/$file"; then
      echo "build-guests: $dir/$file differs from a fresh build (run tools/build-guests.sh)" >&2; status=1
    fi
  else
    cp "$tmp/$dir/$file" "$root/$dir/$file"
    chmod 644 "$root/$dir/$file"
  fi
}

# Builds every NAME.s of a folder under fixed names in the temporary folder.
build_dir() {
  local dir=$1 kind=$2 s name f
  mkdir -p "$tmp/$dir"
  shopt -s nullglob
  for s in "$root/$dir"/*.inc; do cp "$s" "$tmp/$dir/"; done
  for s in "$root/$dir"/*.s; do
    name=$(basename "$s" .s)
    cp "$s" "$tmp/$dir/$name.s"
    (
      cd "$tmp/$dir"
      ia64-linux-gnu-as -x "$name.s" -o "$name.o"
      if [ "$kind" = guest ] || [ "$kind" = program ]; then
        "${LINK[@]}" "$name.o" -o "$name.elf"
        set -- "$name.elf"
      else
        "${LINK[@]}" --unresolved-symbols=ignore-all "$name.o" -o "$name.elf"
        ia64-linux-gnu-objcopy --strip-all "$name.elf" "$name.stripped.elf"
        set -- "$name.o" "$name.elf" "$name.stripped.elf"
      fi
      for f in "$@"; do ia64-linux-gnu-objdump -d "$f" > "$f.objdump.tmp"; done
    )
    if [ "$kind" = program ]; then
      deliver "$dir" "$name.elf"
    elif [ "$kind" = guest ]; then
      mv "$tmp/$dir/$name.elf.objdump.tmp" "$tmp/$dir/$name.objdump"
      deliver "$dir" "$name.elf"; deliver "$dir" "$name.objdump"
    else
      for f in "$name.o" "$name.elf" "$name.stripped.elf"; do
        mv "$tmp/$dir/$f.objdump.tmp" "$tmp/$dir/$f.objdump"
        deliver "$dir" "$f"; deliver "$dir" "$f.objdump"
      done
    fi
    built=$((built + 1))
  done
}

build_dir samples/guests guest
build_dir tests/PatchVmm.Cli.Tests/Fixtures fixture
build_dir tests/PatchVmm.Machine.Tests/Programs program
if [ "$mode" = check ]; then
  [ $status -eq 0 ] && echo "build-guests: $built guest image(s) and fixture(s) match a fresh build"
else
  echo "build-guests: built $built guest image(s) and fixture(s)"
fi
exit $status
