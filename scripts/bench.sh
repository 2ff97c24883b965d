#!/usr/bin/env bash
# Runs the benchmark suite (issue 5) and writes BENCHMARKS.md and benches/per-item.svg.
#
#   scripts/bench.sh [--runs K] [--quick]
#
# - `cargo bench` K times (default 3; each run takes about 20 s); each figure is the
#   median of the runs' medians, so that one noisy run on a shared machine does not
#   decide it. Built with `codegen-units = 1` (see below) in its own target dir.
# - instructions per item / per operation with callgrind, when valgrind is installed:
#   reproducible where timings on a shared machine are not;
# - tests/alloc_count.rs (the allocation target);
# - scripts/compile_time.sh (the compile-time target; skipped with --quick).
#
# Hand-written notes in BENCHMARKS.md between `<!-- BEGIN NOTES -->` and
# `<!-- END NOTES -->` are kept when it is rewritten.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

RUNS=3
QUICK=0
while (($#)); do
    case "$1" in
    --runs)
        RUNS="$2"
        shift 2
        ;;
    --quick)
        QUICK=1
        shift
        ;;
    *)
        echo "usage: scripts/bench.sh [--runs K] [--quick]" >&2
        exit 2
        ;;
    esac
done

OUT="$(mktemp -d "${TMPDIR:-/tmp}/managed-stream-bench.XXXXXX")"
trap 'rm -rf "$OUT"' EXIT

# Whether a stream's `poll_next` is inlined into the consumer's loop depends on how rustc
# splits the crate into codegen units; with 16 (the default) the same contender measured
# 1.7 or 5.5 ns/item depending on the unit it landed in. One unit makes it deterministic.
# Its own target dir: that setting changes every artifact, and other builds in target/
# neither wait for this one nor get theirs rebuilt.
BENCH_TARGET_DIR="${BENCH_TARGET_DIR:-$ROOT/target/bench-suite}"
bench() {
    env -u RUSTFLAGS -u CARGO_BUILD_RUSTFLAGS CARGO_PROFILE_BENCH_CODEGEN_UNITS=1 \
        cargo bench -p managed-stream-benches --bench streams --target-dir "$BENCH_TARGET_DIR" "$@"
}

echo "==> building the suite" >&2
BIN="$(bench --no-run --message-format=json |
    python3 -c 'import json, sys
for line in sys.stdin:
    msg = json.loads(line)
    if msg.get("reason") == "compiler-artifact" and msg.get("executable") and msg["target"]["name"] == "streams":
        print(msg["executable"])')"
[[ -x "$BIN" ]] || {
    echo "could not build the bench executable" >&2
    exit 1
}

for ((run = 1; run <= RUNS; run++)); do
    echo "==> cargo bench, run $run of $RUNS" >&2
    bench 2>/dev/null | tee "$OUT/run$run.txt" >&2
done

if command -v valgrind >/dev/null; then
    echo "==> counting instructions with callgrind" >&2
    # Instructions of one operation: the difference between REPS and 2*REPS runs, so
    # that start-up cancels out.
    instructions() {
        MANAGED_STREAM_BENCH_OP="$1" MANAGED_STREAM_BENCH_REPS="$2" \
            valgrind --tool=callgrind --callgrind-out-file=/dev/null "$BIN" 2>&1 |
            awk '/Collected/ { print $NF }'
    }
    python3 "$ROOT/scripts/bench_report.py" names "$OUT/run1.txt" | while read -r op; do
        case "$op" in
        per_item::*) reps=2 ;;
        *) reps=500 ;;
        esac
        once=$(instructions "$op" "$reps")
        twice=$(instructions "$op" $((2 * reps)))
        echo "$op $(((twice - once) / reps))" | tee -a "$OUT/instructions.txt" >&2
    done
else
    echo "==> valgrind not installed: no instruction counts (apt-get install valgrind)" >&2
fi

echo "==> tests/alloc_count.rs" >&2
if cargo test -p managed-stream-workspace --test alloc_count 2>&1 | tee "$OUT/alloc.txt" >&2; then
    echo "pass" >"$OUT/alloc_status.txt"
else
    echo "fail" >"$OUT/alloc_status.txt"
fi

if ((QUICK == 0)); then
    echo "==> scripts/compile_time.sh" >&2
    "$ROOT/scripts/compile_time.sh" | tee "$OUT/compile_time.txt" >&2
fi

{
    echo "nproc=$(nproc)"
    echo "cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
    echo "rustc=$(rustc --version)"
    echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "kernel=$(uname -sr)"
    echo "runs=$RUNS"
} >"$OUT/machine.txt"

python3 "$ROOT/scripts/bench_report.py" report "$OUT" "$ROOT/benches/benches/streams.rs" \
    "$ROOT/BENCHMARKS.md" "$ROOT/benches/per-item.svg"
echo "==> wrote BENCHMARKS.md and benches/per-item.svg" >&2
