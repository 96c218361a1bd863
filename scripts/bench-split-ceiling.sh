#!/usr/bin/env bash
# The most that splitting the wasm by section could do for time to interactive (issue
# "Room to grow", its aim of 1.3). A page shows at most one section, so a split would leave
# the others' code out of its first load. This builds the site once for each page the load
# benchmark measures, with every section that page does not show compiled out of the wasm
# (`--cfg drop_*`, src/app.rs), and runs the benchmark on that page alone. No split can
# beat these figures: they are a split with no loader, no chunk to fetch and no cost.
#
#   scripts/bench-split-ceiling.sh [--runs=5]
#
# Leaves each build in target/split-ceiling/<page>/ and prints each build's size and timings.
# Afterwards run scripts/build-release.sh again: these builds share its compiled crates.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
RUNS="${1:---runs=5}"
mkdir -p target/split-ceiling

# page for bench-load's --pages, and the sections its build leaves out
variants=(
  "home:drop_flow drop_tears drop_reflect drop_embed"
  "deep:drop_flow drop_reflect drop_embed"
  "embedded:drop_tears drop_reflect drop_embed"
)
for variant in "${variants[@]}"; do
  page="${variant%%:*}"
  flags=""
  for section in ${variant#*:}; do flags="$flags --cfg $section"; done
  dist="target/split-ceiling/$page"
  step "$page: the wasm without ${variant#*:}"
  EXTRA_WASM_RUSTFLAGS="$flags" scripts/build-release.sh --dist "$dist" >"$dist.log" 2>&1 \
    || fail "the build failed; see $dist.log"
  DIST="$dist" node scripts/bench-load.mjs "$RUNS" --no-lighthouse --pages="$page" \
    | grep -E '_bg\.wasm|medians of|contentful paint|last byte|interactive \(|MISS|PASS' || true
done
