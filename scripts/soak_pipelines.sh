#!/usr/bin/env bash
# Release soak of the random-pipeline property test (SPEC S3.9, S3.10):
# `tests/prop_pipelines.rs` with 20,000 pipelines, or as many as asked.
#
#   scripts/soak_pipelines.sh [CASES]
#
# Release builds have no debug drop-check panic (S4.3): there the oracle's own checks
# (every started stream torn down once, `unclosed_drops()` unchanged, no item after a
# close, no error lost) are what fails. A failing case is shrunk, printed, and its seed
# saved to tests/prop_pipelines.regressions: commit that file with the fix.
# `PROPTEST_RNG_SEED=<n>` replays one seed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

CASES="${1:-20000}"
MANAGED_STREAM_CASES="$CASES" cargo test --release --test prop_pipelines -- --nocapture
