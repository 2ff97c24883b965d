#!/usr/bin/env bash
# Compile-time check of issue 5: a crate of 200 `#[managed_stream]` fns against the same
# 200 fns written with `async_stream::stream!`.
#
# Generates throwaway crates in a temporary workspace (each depends on this repository
# by path), builds everything once so that the dependencies are compiled, then times
# clean debug rebuilds of each generated crate alone (`cargo clean -p`, `cargo build
# -p`), alternating the crates, and reports the median of each and the ratio.
#
# Usage: scripts/compile_time.sh [REPS]   (REPS defaults to 3; KEEP_WORK=1 keeps the
# generated workspace and prints where it is)
# The last line is machine-readable: `RESULT managed=<s> async_stream=<s> ratio=<x>
# managed_teardown=<s>`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPS="${1:-3}"
FNS=200
WORK="$(mktemp -d "${TMPDIR:-/tmp}/managed-stream-compile-time.XXXXXX")"
# KEEP_WORK=1 keeps the generated workspace (to profile a build of it).
if [[ "${KEEP_WORK:-0}" != 1 ]]; then
    trap 'rm -rf "$WORK"' EXIT
fi

# Isolated from the repository's target dir (no lock shared with other builds) and from
# any caller setting that would change what is timed.
export CARGO_TARGET_DIR="$WORK/target"
unset RUSTFLAGS CARGO_BUILD_RUSTFLAGS CARGO_INCREMENTAL
export CARGO_TERM_COLOR=never

cat >"$WORK/Cargo.toml" <<'EOF'
[workspace]
members = ["gen_managed", "gen_managed_teardown", "gen_async_stream"]
resolver = "3"
EOF
# Same dependency versions as the repository.
cp "$ROOT/Cargo.lock" "$WORK/Cargo.lock"

# The consumer every generated stream is used by, so that each crate also compiles the
# code that polls its streams (a crate's streams are useless unless polled).
drain_fn='
/// Polls a stream to its end with a no-op waker and sums the items.
pub fn drain<S: Stream<Item = u64> + Unpin>(mut stream: S) -> u64 {
    let mut cx = Context::from_waker(Waker::noop());
    let mut sum = 0u64;
    loop {
        match Pin::new(&mut stream).poll_next(&mut cx) {
            Poll::Ready(Some(item)) => sum = sum.wrapping_add(item),
            Poll::Ready(None) => return sum,
            Poll::Pending => {}
        }
    }
}
'

# gen_crate NAME DEPENDENCIES PRELUDE FN_TEMPLATE: FN_TEMPLATE uses @I@ (the index) and
# @M@ (the index mod 3).
gen_crate() {
    local name="$1" deps="$2" prelude="$3" template="$4"
    mkdir -p "$WORK/$name/src"
    cat >"$WORK/$name/Cargo.toml" <<EOF
[package]
name = "$name"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
$deps
EOF
    {
        printf '%s\n' "$prelude"
        printf '%s\n' "$drain_fn"
        for ((i = 0; i < FNS; i++)); do
            local code="${template//@I@/$i}"
            printf '%s\n' "${code//@M@/$((i % 3))}"
        done
    } >"$WORK/$name/src/lib.rs"
}

gen_crate gen_managed \
    "managed-stream = { path = \"$ROOT/managed-stream\" }
futures-core = \"0.3.31\"" \
    '#![allow(clippy::all)]
use core::pin::Pin;
use core::task::{Context, Poll, Waker};
use futures_core::Stream;
use managed_stream::{managed_stream, yield_};' \
    '
/// Multiples of @I@ among `start..start + count`.
#[managed_stream]
pub async fn stream_@I@(start: u64, count: u64) -> u64 {
    let mut n = start;
    while n < start + count {
        if n % 3 == @M@ {
            yield_!(n * @I@);
        }
        n += 1;
    }
}

pub fn use_@I@() -> u64 {
    drain(stream_@I@(@I@, 10))
}'

gen_crate gen_managed_teardown \
    "managed-stream = { path = \"$ROOT/managed-stream\" }
futures-core = \"0.3.31\"" \
    '#![allow(clippy::all)]
use core::pin::Pin;
use core::task::{Context, Poll, Waker};
use futures_core::Stream;
use managed_stream::{managed_stream, teardown, yield_};' \
    '
/// Multiples of @I@ among `start..start + count`, with an async teardown.
#[managed_stream]
pub async fn stream_@I@(start: u64, count: u64) -> u64 {
    teardown! {
        core::future::ready(()).await;
    }
    let mut n = start;
    while n < start + count {
        if n % 3 == @M@ {
            yield_!(n * @I@);
        }
        n += 1;
    }
}

pub fn use_@I@() -> u64 {
    drain(stream_@I@(@I@, 10))
}'

gen_crate gen_async_stream \
    "async-stream = \"0.3.6\"
futures-core = \"0.3.31\"" \
    '#![allow(clippy::all)]
use core::pin::Pin;
use core::task::{Context, Poll, Waker};
use futures_core::Stream;' \
    '
/// Multiples of @I@ among `start..start + count`.
pub fn stream_@I@(start: u64, count: u64) -> impl Stream<Item = u64> {
    async_stream::stream! {
        let mut n = start;
        while n < start + count {
            if n % 3 == @M@ {
                yield n * @I@;
            }
            n += 1;
        }
    }
}

pub fn use_@I@() -> u64 {
    drain(core::pin::pin!(stream_@I@(@I@, 10)))
}'

cd "$WORK"
echo "generated $FNS fns per crate in $WORK; building the dependencies once..." >&2
cargo build --quiet --workspace 2>&1 >&2

now() { date +%s.%N; }
declare -A times
crates=(gen_managed gen_async_stream gen_managed_teardown)
for ((rep = 1; rep <= REPS; rep++)); do
    for crate in "${crates[@]}"; do
        cargo clean --quiet -p "$crate" 2>/dev/null
        start=$(now)
        cargo build --quiet -p "$crate" 2>&1 >&2
        end=$(now)
        t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
        times[$crate]="${times[$crate]:-} $t"
        echo "rep $rep: $crate ${t}s" >&2
    done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
managed=$(median <<<"${times[gen_managed]}")
teardown=$(median <<<"${times[gen_managed_teardown]}")
async_stream=$(median <<<"${times[gen_async_stream]}")
ratio=$(awk -v a="$managed" -v b="$async_stream" 'BEGIN { printf "%.2f", a / b }')

echo
echo "clean debug build of $FNS fns (median of $REPS):"
echo "  #[managed_stream]             ${managed}s"
echo "  #[managed_stream] + teardown! ${teardown}s"
echo "  async_stream::stream!         ${async_stream}s"
echo "  ratio managed / async_stream  ${ratio}x (target <= 1.2x)"
echo "RESULT managed=$managed async_stream=$async_stream ratio=$ratio managed_teardown=$teardown"
