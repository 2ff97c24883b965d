#!/usr/bin/env bash
# Runs the benchmark suite (issues 5 and 11) and writes BENCHMARKS.md and
# benches/per-item.svg.
#
#   scripts/bench.sh [--runs K] [--quick] [--rev REV]
#
# - instructions per item / per operation with callgrind (scripts/callgrind.sh): the
#   figures that hold, exact and unaffected by the machine's load; every target of
#   issue 11 item 4 is judged on them;
# - the same case fns timed by divan, K times (default 3): medians beside the counts,
#   each the median of the runs' medians;
# - memory per live stream (benches/benches/memory.rs);
# - compile time of 200 fns (scripts/compile_time.sh; skipped with --quick).
#
# --rev REV measures the committed tree REV (`git archive`) with this working tree's
# benches/ and scripts/ laid over it, instead of the working tree: other engineers'
# uncommitted edits to the runtime or the macro then do not leak into the figures.
# BENCHMARKS.md names the commit measured either way.
#
# Hand-written notes in BENCHMARKS.md between `<!-- BEGIN NOTES -->` and
# `<!-- END NOTES -->` are kept when it is rewritten.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

RUNS=3
QUICK=0
REV=""
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
    --rev)
        REV="$2"
        shift 2
        ;;
    *)
        echo "usage: scripts/bench.sh [--runs K] [--quick] [--rev REV]" >&2
        exit 2
        ;;
    esac
done
command -v valgrind >/dev/null || {
    echo "valgrind is not installed (apt-get install valgrind): the counts are the figures that hold" >&2
    exit 1
}

OUT="$(mktemp -d "${TMPDIR:-/tmp}/managed-stream-bench.XXXXXX")"
trap 'rm -rf "$OUT"' EXIT

# The tree to measure.
if [[ -n "$REV" ]]; then
    SHA="$(git rev-parse --verify "$REV^{commit}")"
    SRC="$OUT/src"
    mkdir -p "$SRC"
    # `tar -m`: the files get the time of extraction, not of the commit, so that cargo
    # never takes an older build in the shared target dir for a fresh one.
    git archive "$SHA" | tar -x -m -C "$SRC"
    rm -rf "$SRC/benches" "$SRC/scripts"
    cp -r "$ROOT/benches" "$ROOT/scripts" "$SRC/"
    SOURCE="commit ${SHA:0:12}, with the suite (benches/, scripts/) of the working tree"
else
    SRC="$ROOT"
    SHA="$(git rev-parse HEAD)"
    dirty="$(git status --porcelain -- managed-stream managed-stream-macros Cargo.toml Cargo.lock | wc -l)"
    SOURCE="working tree at ${SHA:0:12}"
    ((dirty == 0)) || SOURCE+=" ($dirty uncommitted runtime/macro files)"
fi
echo "==> measuring: $SOURCE" >&2
export BENCH_TARGET_DIR="${BENCH_TARGET_DIR:-$ROOT/target/bench-suite}"

echo "==> building the suite" >&2
BIN="$("$SRC/scripts/bench_bin.sh")"

echo "==> callgrind" >&2
CALLGRIND_DIR="$BENCH_TARGET_DIR/callgrind"
"$SRC/scripts/callgrind.sh" --bin "$BIN" --keep "$CALLGRIND_DIR" | tee "$OUT/instructions.txt" >&2
echo "    (dumps kept in $CALLGRIND_DIR; see dumps.txt there for callgrind_annotate)" >&2

echo "==> memory per live stream" >&2
(cd "$SRC" && env -u RUSTFLAGS -u CARGO_BUILD_RUSTFLAGS CARGO_PROFILE_BENCH_CODEGEN_UNITS=1 \
    cargo bench --quiet -p managed-stream-benches --bench memory --target-dir "$BENCH_TARGET_DIR") |
    tee "$OUT/memory.txt" >&2

for ((run = 1; run <= RUNS; run++)); do
    echo "==> divan, run $run of $RUNS" >&2
    "$BIN" --bench 2>/dev/null | tee "$OUT/run$run.txt" >&2
done

if ((QUICK == 0)); then
    echo "==> scripts/compile_time.sh" >&2
    "$SRC/scripts/compile_time.sh" | tee "$OUT/compile_time.txt" >&2
fi

{
    echo "nproc=$(nproc)"
    echo "cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
    echo "rustc=$(rustc --version)"
    echo "valgrind=$(valgrind --version)"
    echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "kernel=$(uname -sr)"
    echo "runs=$RUNS"
    echo "source=$SOURCE"
} >"$OUT/machine.txt"

python3 "$ROOT/scripts/bench_report.py" report "$OUT" "$ROOT/BENCHMARKS.md" "$ROOT/benches/per-item.svg"
echo "==> wrote BENCHMARKS.md and benches/per-item.svg" >&2
