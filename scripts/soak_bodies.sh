#!/usr/bin/env bash
# Soak run of tests/gen_bodies.rs: TOTAL random bodies (default 5,000) in batches of
# BATCH (default 500), from seed FIRST (default 10,000,000), each body driven by its 41
# consumers and compared with the oracle (SPEC S2.5-S2.7, S3.2-S3.6).
# Prints each batch's summary and, at the end, every failing seed; the full reports are
# in target/gen_bodies/soak/batch-N.log. Exit status 1 when any body failed.
#
#   scripts/soak_bodies.sh            # 5,000 bodies
#   TOTAL=1000 FIRST=42 scripts/soak_bodies.sh
set -euo pipefail
cd "$(dirname "$0")/.."
TOTAL=${TOTAL:-5000}
BATCH=${BATCH:-500}
FIRST=${FIRST:-10000000}
out=target/gen_bodies/soak
mkdir -p "$out"
cargo test --test gen_bodies --no-run --quiet
failed=()
start=$(date +%s)
for ((seed = FIRST; seed < FIRST + TOTAL; seed += BATCH)); do
    n=$(( FIRST + TOTAL - seed < BATCH ? FIRST + TOTAL - seed : BATCH ))
    log="$out/batch-$seed.log"
    if MANAGED_STREAM_BODIES_ONLY=random MANAGED_STREAM_BODIES=$n MANAGED_STREAM_BODIES_SEED=$seed \
        cargo test --quiet --test gen_bodies random_bodies_match_the_oracle -- --nocapture >"$log" 2>&1; then
        echo "seeds $seed..$((seed + n)): clean ($(grep -m1 'bodies (' "$log"))"
    else
        seeds=$(grep -oE '^seed [0-9]+' "$log" | cut -d' ' -f2 | tr '\n' ' ')
        echo "seeds $seed..$((seed + n)): $(grep -m1 -oE '[0-9]+ of [0-9]+ bodies differ' "$log" || echo 'FAILED (see log)')"
        if [[ -z "$seeds" ]]; then seeds="batch-$seed"; fi
        failed+=($seeds)
    fi
done
echo "$TOTAL bodies in $(( $(date +%s) - start )) s; ${#failed[@]} failing"
if ((${#failed[@]})); then
    echo "failing seeds (keep them in tests/gen_bodies.regressions): ${failed[*]}"
    exit 1
fi
