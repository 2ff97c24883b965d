#!/usr/bin/env bash
# Builds the bench suite (benches/benches/streams.rs) the way scripts/bench.sh measures
# it and prints the path of its executable.
#
# `codegen-units = 1` (also `[profile.bench]` in the root Cargo.toml): whether a
# stream's `poll_next` is inlined into the consumer's loop must not depend on how rustc
# splits the crate into units. Its own target dir (BENCH_TARGET_DIR, default
# target/bench-suite): that setting changes every artifact, and other builds in
# target/ neither wait for this one nor get theirs rebuilt.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BENCH_TARGET_DIR="${BENCH_TARGET_DIR:-$ROOT/target/bench-suite}"
BIN="$(env -u RUSTFLAGS -u CARGO_BUILD_RUSTFLAGS CARGO_PROFILE_BENCH_CODEGEN_UNITS=1 \
    cargo bench -p managed-stream-benches --bench streams --target-dir "$BENCH_TARGET_DIR" \
    --no-run --message-format=json 2>/dev/null |
    python3 -c 'import json, sys
for line in sys.stdin:
    msg = json.loads(line)
    if msg.get("reason") == "compiler-artifact" and msg.get("executable") and msg["target"]["name"] == "streams":
        print(msg["executable"])')"
[[ -x "$BIN" ]] || {
    echo "could not build the bench executable" >&2
    exit 1
}
echo "$BIN"
