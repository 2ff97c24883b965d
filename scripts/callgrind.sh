#!/usr/bin/env bash
# Instruction counts of every case of the bench suite (issue 11 item 4), in one
# valgrind run.
#
#   scripts/callgrind.sh [--bin PATH] [--keep DIR] [--items N] [--ops N]
#
# Method. Each case is its own `#[inline(never)]` fn in `benches/benches/streams.rs`
# (`streams::cases::<name>::case`): a per-item case creates a stream of `n` items and drains
# it; an operation case repeats its operation `n` times. With MANAGED_STREAM_CALLGRIND=1
# the bench binary calls each case three times, `n`, `n`, `2n`, and prints one
# `CASE name kind n` line per case. Callgrind runs with, for each case fn,
#
#   --toggle-collect=*::cases::*::case   count only instructions executed inside a case
#                                        fn and its callees (malloc and free included);
#                                        one pattern for all (valgrind 3.19 keeps only
#                                        one --toggle-collect), which matches no closure
#                                        or callee of a case (those end in `}}` or are
#                                        named otherwise);
#   --dump-after=*::cases::<name>::case  write one profile after each call of it.
#
# So the three dumps of a case hold Ir(n) (the warm-up: lazy initialisation, the first
# malloc's arena set-up), Ir(n) and Ir(2n), and the cost of one item (or one operation)
# is (Ir(2n) - Ir(n)) / n: the call's fixed costs, the stream's creation in a per-item
# case and the warm-up's one-time costs all cancel. Counts are exact and do not depend
# on the machine's load; the script checks that each dump's trigger names the case it
# is matched with. Why not whole-program counts of separate runs: start-up (the dynamic
# loader, divan's registration, std's runtime) is ~100x a case and varies with the
# environment's size; toggled collection sees only the case.
#
# Output (stdout), one line per case: `name kind n per_unit ir_warm ir_n ir_2n`.
# --keep DIR keeps the dumps (callgrind.out.<pid>.<part>, with the case names in
# DIR/cases.txt) for `callgrind_annotate --inclusive=yes DIR/callgrind.out.*.<part>`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN=""
KEEP=""
ITEMS=1000
OPS=200
while (($#)); do
    case "$1" in
    --bin) BIN="$2"; shift 2 ;;
    --keep) KEEP="$2"; shift 2 ;;
    --items) ITEMS="$2"; shift 2 ;;
    --ops) OPS="$2"; shift 2 ;;
    *)
        echo "usage: scripts/callgrind.sh [--bin PATH] [--keep DIR] [--items N] [--ops N]" >&2
        exit 2
        ;;
    esac
done
command -v valgrind >/dev/null || {
    echo "valgrind is not installed (apt-get install valgrind)" >&2
    exit 1
}
if [[ -z "$BIN" ]]; then
    BIN="$("$ROOT/scripts/bench_bin.sh")"
fi

if [[ -n "$KEEP" ]]; then
    mkdir -p "$KEEP"
    DIR="$(cd "$KEEP" && pwd)"
    rm -f "$DIR"/callgrind.out.*
else
    DIR="$(mktemp -d "${TMPDIR:-/tmp}/managed-stream-callgrind.XXXXXX")"
    trap 'rm -rf "$DIR"' EXIT
fi

# The case names, from a run without valgrind (ITEMS=OPS=1: a few microseconds).
MANAGED_STREAM_CALLGRIND=1 MANAGED_STREAM_CALLGRIND_ITEMS=1 MANAGED_STREAM_CALLGRIND_OPS=1 \
    "$BIN" | awk '$1 == "CASE" { print $2 }' >"$DIR/names.txt"
args=("--toggle-collect=*::cases::*::case")
while read -r name; do
    args+=("--dump-after=*::cases::$name::case")
done <"$DIR/names.txt"

echo "==> callgrind: $(wc -l <"$DIR/names.txt") cases, n = $ITEMS items / $OPS operations" >&2
MANAGED_STREAM_CALLGRIND=1 MANAGED_STREAM_CALLGRIND_ITEMS="$ITEMS" MANAGED_STREAM_CALLGRIND_OPS="$OPS" \
    valgrind --tool=callgrind --callgrind-out-file="$DIR/callgrind.out.%p" "${args[@]}" \
    "$BIN" >"$DIR/cases.txt" 2>"$DIR/valgrind.log" || {
    cat "$DIR/valgrind.log" >&2
    exit 1
}

python3 - "$DIR" <<'PY'
import re, sys
from pathlib import Path

out = Path(sys.argv[1])
cases = [line.split()[1:] for line in (out / "cases.txt").read_text().splitlines()
         if line.startswith("CASE ")]
dumps = {}
for path in out.glob("callgrind.out.*.*"):
    text = path.read_text(errors="replace")
    part = int(re.search(r"^part: (\d+)$", text, re.M).group(1))
    trigger = re.search(r"^desc: Trigger: (.*)$", text, re.M).group(1)
    total = int(re.search(r"^totals: (\d+)$", text, re.M).group(1))
    dumps[part] = (trigger, total, path.name)
parts = sorted(p for p in dumps if dumps[p][0].startswith("--dump-after="))
if len(parts) != 3 * len(cases):
    sys.exit(f"expected {3 * len(cases)} dumps, found {len(parts)}")
lines = []
for i, (name, kind, n) in enumerate(cases):
    got = [dumps[p] for p in parts[3 * i:3 * i + 3]]
    for trigger, _, _ in got:
        if not trigger.endswith(f"::cases::{name}::case"):
            sys.exit(f"dump {trigger!r} does not belong to case {name}")
    n = int(n)
    warm, once, twice = (total for _, total, _ in got)
    per = (twice - once) / n
    print(f"{name} {kind} {n} {per:.2f} {warm} {once} {twice}")
    lines.append(f"{name} " + " ".join(file for _, _, file in got))
(out / "dumps.txt").write_text("\n".join(lines) + "\n")
PY
