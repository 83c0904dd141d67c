#!/usr/bin/env python3
"""Converts Ski's view of a finished program into PatchVmm's state-dump format
(DESIGN.md §6, "patchvmm-state/1"), for tools/regen-ski-states.sh.

  ski-state.py script              print the Ski batch script: step to the end, then evaluate
                                   every field (all 127 GRs; the JSON keeps the frame's)
  ski-state.py json SOURCE FLAGS SKI_STDERR SKI_STDOUT
                                   print the JSON state from Ski's eval output
  ski-state.py hash SOURCE         print the SHA-256 the state records for SOURCE: of the
                                   source and, after it, each file it .include's (in order)

Ski prints `name = value` lines on stderr (hex without 0x; $insts$ in decimal) and the
guest's console on stdout. ar.itc is left out: Ski's follows wall-clock time.

A program may name fields Ski gets wrong, or cannot give deterministically, in lines of its
source such as
  // ski-excluded: gr.r9 cr.ifa instructions -- the reason
(GROUP.NAME for a field of a group, NAME for a top-level one). Those fields are dropped from
the expected state and listed, with the reason, under "excluded"."""
import hashlib
import json
import os
import re
import sys

STEPS = 100000000
AR_NAMES = [("k%d" % i, i) for i in range(8)] + [
    ("rsc", 16), ("bsp", 17), ("bspstore", 18), ("rnat", 19), ("ccv", 32), ("unat", 36),
    ("fpsr", 40), ("pfs", 64), ("lc", 65), ("ec", 66)]
CR_NAMES = [("dcr", 0), ("itm", 1), ("iva", 2), ("pta", 8), ("ipsr", 16), ("isr", 17), ("iip", 19),
            ("ifa", 20), ("itir", 21), ("iipa", 22), ("ifs", 23), ("iim", 24), ("iha", 25), ("lid", 64),
            ("tpr", 66), ("irr0", 68), ("irr1", 69), ("irr2", 70), ("irr3", 71), ("itv", 72), ("pmv", 73),
            ("cmcv", 74), ("lrr0", 80), ("lrr1", 81)]


def script():
    lines = ["step %d" % STEPS, "eval ip psr cfm sof $insts$ $exited$"]
    for r in range(0, 128):
        lines.append("eval r%d r%d.nat" % (r, r))
    names = (["p%d" % p for p in range(64)] + ["b%d" % b for b in range(8)] + ["ar%d" % n for _, n in AR_NAMES]
             + ["cr%d" % n for _, n in CR_NAMES] + ["rr%d" % r for r in range(8)])
    for i in range(0, len(names), 16):  # Ski's eval takes at most 64 arguments
        lines.append("eval " + " ".join(names[i:i + 16]))
    for f in range(2, 128):
        lines.append("eval f%d.s f%d.e f%d.m" % (f, f, f))
    lines.append("quit")
    return "\n".join(lines) + "\n"


def source_hash(source):
    """SHA-256 of the source followed by each file it includes (.include "FILE", relative to
    the source's folder), so that a changed include makes the state stale too."""
    digest = hashlib.sha256()
    text = open(source, "rb").read()
    digest.update(text)
    for m in re.finditer(rb'^\s*\.include\s+"([^"]+)"', text, re.M):
        digest.update(open(os.path.join(os.path.dirname(source), m.group(1).decode()), "rb").read())
    return digest.hexdigest()


def hex64(v):
    return "0x%016x" % (v & 0xFFFFFFFFFFFFFFFF)


def state(source, flags, stderr_text, stdout_text):
    values = {}
    for line in stderr_text.splitlines():
        m = re.match(r"^\s*(\S+) = (\S+)\s*$", line)
        if m:
            values[m.group(1)] = m.group(2)

    def h(name):
        if name not in values:
            raise SystemExit("ski-state: Ski printed no value for %s" % name)
        return int(values[name], 16)

    if int(values.get("$exited$", "0"), 16) == 0:
        raise SystemExit("ski-state: the program did not reach SSC EXIT within %d steps" % STEPS)
    if "kernel exited with status" not in stderr_text:
        # e.g. a fault vectored to an empty IVT, where Ski halts on `break 0`.
        raise SystemExit("ski-state: the program stopped without SSC EXIT: " + stderr_text.splitlines()[0])
    sof = int(values["sof"], 10)  # Ski prints sof in decimal
    ip = h("ip")
    r8 = h("r8") & 0xFFFFFFFF
    out = {
        "format": "patchvmm-state/1",
        "source_sha256": source_hash(source),
        "ski_flags": flags,
        "exit": r8 - (1 << 32) if r8 >= 1 << 31 else r8,
        "console": stdout_text,
        "ip": hex64(ip & ~0xF),
        "slot": (ip >> 2) & 3,
        "psr": hex64(h("psr")),
        "cfm": hex64(h("cfm")),
        "instructions": int(values["$insts$"], 10),
        "gr": {"r%d" % r: hex64(h("r%d" % r)) for r in range(0, 32 + sof)},
        "nat": ["r%d" % r for r in range(0, 32 + sof) if h("r%d.nat" % r)],
        "pr": hex64(sum(h("p%d" % p) << p for p in range(64))),
        "br": {"b%d" % b: hex64(h("b%d" % b)) for b in range(8)},
        "ar": {name: hex64(h("ar%d" % n)) for name, n in AR_NAMES},
        "cr": {name: hex64(h("cr%d" % n)) for name, n in CR_NAMES},
        "rr": [hex64(h("rr%d" % r)) for r in range(8)],
        "fr": {"f%d" % f: "0x%05x:0x%016x" % ((h("f%d.s" % f) << 17) | h("f%d.e" % f), h("f%d.m" % f))
               for f in range(2, 128)},
    }
    excluded = {}
    for line in open(source, encoding="utf-8"):
        m = re.match(r"^\s*//\s*ski-excluded:\s*(.*?)\s+--\s+(.*)$", line)
        if m:
            for field in m.group(1).split():
                excluded[field] = m.group(2).strip()
    for field in excluded:
        group, _, name = field.partition(".")
        if not name:
            if group not in out or isinstance(out[group], (dict, list)):
                raise SystemExit("ski-state: %s excludes %s, which is no top-level field of the state" % (source, field))
            del out[group]
            continue
        if group not in out or name not in out[group]:
            raise SystemExit("ski-state: %s excludes %s, which is no field of the state" % (source, field))
        del out[group][name]
    if excluded:
        out["excluded"] = excluded
    return json.dumps(out, indent=2) + "\n"


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "script":
        sys.stdout.write(script())
    elif len(sys.argv) == 3 and sys.argv[1] == "hash":
        print(source_hash(sys.argv[2]))
    elif len(sys.argv) == 6 and sys.argv[1] == "json":
        _, _, source, flags, err, out = sys.argv
        sys.stdout.write(state(source, flags, open(err, encoding="latin-1").read(), open(out, encoding="latin-1").read()))
    else:
        raise SystemExit(__doc__)
