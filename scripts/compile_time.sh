#!/usr/bin/env bash
# Compile time of 200 fns (issue 11 item 4, issue 20): crates of 200 fns each, in three
# groups, each against `async_stream::stream!` with the same bodies:
# - the project's bodies (a loop with a condition and one `yield_!`): async_stream,
#   `#[managed_stream]`, and `#[managed_stream]` with one `teardown!` each;
# - empty bodies (the floor, issue 20 item 1): `async_stream::stream! {}` and a
#   `#[managed_stream]` fn whose body is empty: what the named struct, its impls, the
#   closure and the driver's instantiation cost with no lowering at all;
# - small bodies (two `yield_!` in a loop): async_stream, managed, managed + teardown.
#
# Generates throwaway crates in a temporary workspace (each depends on this repository
# by path) and builds everything once, so that the dependencies (the proc-macro crate
# included) are compiled. Then, for each profile (debug, release) and rep, it rebuilds
# each generated crate alone (`cargo clean -p`, `cargo build -p`), alternating the
# crates. What is measured is the CPU time (user + sys) of that crate's own `rustc`
# process, macro expansion included: a RUSTC_WRAPPER (written below) runs rustc and
# reads its resource usage with `wait4`. So cargo's own work, the dependency checks
# and the wall-clock effects of a loaded 2-core machine are left out. Reported: the
# median of the reps, and the ratios to async_stream.
#
# Usage: scripts/compile_time.sh [REPS]   (REPS defaults to 3; KEEP_WORK=1 keeps the
# generated workspace and prints where it is)
# The last line is machine-readable:
# `RESULT debug_async_stream=<s> debug_managed=<s> debug_managed_teardown=<s>
#  debug_async_stream_empty=<s> debug_managed_empty=<s> debug_async_stream_small=<s>
#  debug_managed_small=<s> debug_managed_small_teardown=<s> release_async_stream=<s> ...`
# (CPU seconds; the crate `gen_<key>` gives `<profile>_<key>`).
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
members = [
    "gen_async_stream", "gen_managed", "gen_managed_teardown",
    "gen_async_stream_empty", "gen_managed_empty",
    "gen_async_stream_small", "gen_managed_small", "gen_managed_small_teardown",
]
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

# The floor: empty bodies. An empty `stream!` yields `()` (nothing else fixes its item
# type), so both empty crates have the item type `()` and count the items.
count_fn='
/// Polls a stream of `()` to its end with a no-op waker and counts the items.
pub fn count<S: Stream<Item = ()> + Unpin>(mut stream: S) -> u64 {
    let mut cx = Context::from_waker(Waker::noop());
    let mut n = 0u64;
    loop {
        match Pin::new(&mut stream).poll_next(&mut cx) {
            Poll::Ready(Some(())) => n += 1,
            Poll::Ready(None) => return n,
            Poll::Pending => {}
        }
    }
}'
gen_crate gen_managed_empty \
    "managed-stream = { path = \"$ROOT/managed-stream\" }
futures-core = \"0.3.31\"" \
    '#![allow(clippy::all)]
use core::pin::Pin;
use core::task::{Context, Poll, Waker};
use futures_core::Stream;
use managed_stream::managed_stream;
'"$count_fn" \
    '
/// No items (item type `()`, as an empty `stream!`).
#[managed_stream]
pub async fn stream_@I@() {}

pub fn use_@I@() -> u64 {
    count(stream_@I@())
}'

gen_crate gen_async_stream_empty \
    "async-stream = \"0.3.6\"
futures-core = \"0.3.31\"" \
    '#![allow(clippy::all)]
use core::pin::Pin;
use core::task::{Context, Poll, Waker};
use futures_core::Stream;
'"$count_fn" \
    '
/// No items (an empty `stream!` has the item type `()`).
pub fn stream_@I@() -> impl Stream<Item = ()> {
    async_stream::stream! {}
}

pub fn use_@I@() -> u64 {
    count(core::pin::pin!(stream_@I@()))
}'

# Small bodies: two `yield_!` in a loop.
gen_crate gen_managed_small \
    "managed-stream = { path = \"$ROOT/managed-stream\" }
futures-core = \"0.3.31\"" \
    '#![allow(clippy::all)]
use core::pin::Pin;
use core::task::{Context, Poll, Waker};
use futures_core::Stream;
use managed_stream::{managed_stream, yield_};' \
    '
/// `i` and `i * @I@` for `i` in `0..count`.
#[managed_stream]
pub async fn stream_@I@(count: u64) -> u64 {
    for i in 0..count {
        yield_!(i);
        yield_!(i * @I@);
    }
}

pub fn use_@I@() -> u64 {
    drain(stream_@I@(10))
}'

gen_crate gen_managed_small_teardown \
    "managed-stream = { path = \"$ROOT/managed-stream\" }
futures-core = \"0.3.31\"" \
    '#![allow(clippy::all)]
use core::pin::Pin;
use core::task::{Context, Poll, Waker};
use futures_core::Stream;
use managed_stream::{managed_stream, teardown, yield_};' \
    '
/// `i` and `i * @I@` for `i` in `0..count`, with an async teardown.
#[managed_stream]
pub async fn stream_@I@(count: u64) -> u64 {
    teardown! {
        core::future::ready(()).await;
    }
    for i in 0..count {
        yield_!(i);
        yield_!(i * @I@);
    }
}

pub fn use_@I@() -> u64 {
    drain(stream_@I@(10))
}'

gen_crate gen_async_stream_small \
    "async-stream = \"0.3.6\"
futures-core = \"0.3.31\"" \
    '#![allow(clippy::all)]
use core::pin::Pin;
use core::task::{Context, Poll, Waker};
use futures_core::Stream;' \
    '
/// `i` and `i * @I@` for `i` in `0..count`.
pub fn stream_@I@(count: u64) -> impl Stream<Item = u64> {
    async_stream::stream! {
        for i in 0..count {
            yield i;
            yield i * @I@;
        }
    }
}

pub fn use_@I@() -> u64 {
    drain(core::pin::pin!(stream_@I@(10)))
}'

# The wrapper: runs rustc; for a generated crate, appends `crate profile cpu_seconds`
# (user + sys of that rustc process and its children) to $WORK/cpu.txt.
cat >"$WORK/rustc_cpu.py" <<'PY'
import os, subprocess, sys
args = sys.argv[1:]
crate = args[args.index("--crate-name") + 1] if "--crate-name" in args else ""
# close_fds=False: rustc inherits the jobserver pipe that cargo passes it.
proc = subprocess.Popen(args, close_fds=False)
_, status, usage = os.wait4(proc.pid, 0)
code = os.waitstatus_to_exitcode(status)
if crate.startswith("gen_") and code == 0 and os.environ.get("CPU_LOG"):
    with open(os.environ["CPU_LOG"], "a") as log:
        log.write(f"{crate} {usage.ru_utime + usage.ru_stime:.3f}\n")
sys.exit(code)
PY
export RUSTC_WRAPPER="$WORK/rustc_wrapper.sh"
printf '#!/bin/sh\nexec python3 "%s" "$@"\n' "$WORK/rustc_cpu.py" >"$RUSTC_WRAPPER"
chmod +x "$RUSTC_WRAPPER"

cd "$WORK"
echo "generated $FNS fns per crate in $WORK; building the dependencies once..." >&2
cargo build --quiet --workspace 2>&1 >&2
cargo build --quiet --release --workspace 2>&1 >&2

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
crates=(gen_async_stream gen_managed gen_managed_teardown
    gen_async_stream_empty gen_managed_empty
    gen_async_stream_small gen_managed_small gen_managed_small_teardown)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
result="RESULT"
for profile in debug release; do
    flag=()
    [[ $profile == release ]] && flag=(--release)
    : >"$WORK/cpu.txt"
    for ((rep = 1; rep <= REPS; rep++)); do
        for crate in "${crates[@]}"; do
            cargo clean --quiet "${flag[@]}" -p "$crate" 2>/dev/null
            CPU_LOG="$WORK/cpu.txt" cargo build --quiet "${flag[@]}" -p "$crate" 2>&1 >&2
            echo "$profile rep $rep: $crate $(awk -v c="$crate" '$1 == c { t = $2 } END { print t }' "$WORK/cpu.txt") s CPU" >&2
        done
    done
    declare -A med=()
    for crate in "${crates[@]}"; do
        med[$crate]=$(awk -v c="$crate" '$1 == c { printf "%s ", $2 }' "$WORK/cpu.txt" | median)
        result+=" ${profile}_${crate#gen_}=${med[$crate]}"
    done
    # line LABEL CRATE BASE [TARGET]
    line() {
        printf '  %-40s %6ss' "$1" "${med[$2]}"
        [[ $2 == "$3" ]] || printf '  (%sx%s)' "$(ratio "${med[$2]}" "${med[$3]}")" "${4:+; target <= $4}"
        echo
    }
    echo
    echo "$profile build of $FNS fns, CPU time (user + sys) of the crate's rustc, median of $REPS:"
    echo " the project's bodies:"
    line "async_stream::stream!" gen_async_stream gen_async_stream
    line "#[managed_stream]" gen_managed gen_async_stream 1.2x
    line "#[managed_stream] + teardown!" gen_managed_teardown gen_async_stream 1.5x
    echo " empty bodies (the floor):"
    line "async_stream::stream! {}" gen_async_stream_empty gen_async_stream_empty
    line "#[managed_stream], empty body" gen_managed_empty gen_async_stream_empty
    echo " small bodies (two yield_! in a loop):"
    line "async_stream::stream!" gen_async_stream_small gen_async_stream_small
    line "#[managed_stream]" gen_managed_small gen_async_stream_small
    line "#[managed_stream] + teardown!" gen_managed_small_teardown gen_async_stream_small
done
echo "$result"
