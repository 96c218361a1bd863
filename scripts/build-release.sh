#!/usr/bin/env bash
# The release build: `trunk build --release` (arguments passed on), with the browser's
# WebAssembly compiled for size by the pinned nightly Rust ($SIZE_TOOLCHAIN in lib.sh,
# installed by setup.sh). Nightly rebuilds the standard library with the app (build-std),
# so that:
# - a panic stops the app at once (panic = immediate-abort): no panic message is
#   formatted, so the formatting machinery and every panic's text leave the download. The
#   calm failure screen does not need them: the boot module shows it when the WebAssembly
#   stops (src/bin/prerender/scripts.rs);
# - no source locations (-Zlocation-detail=none) and no `{:?}` formatting
#   (-Zfmt-debug=none) are compiled in: nothing the reader sees uses either;
# - the standard library picks its smaller code paths (optimize_for_size).
# Measured (wasm after wasm-opt, brotli): 105,998 B with stable Rust, 93,447 B like this.
# EXTRA_WASM_RUSTFLAGS adds to these, for measurements (scripts/bench-split-ceiling.sh).
# Only the browser's wasm is built this way: the prerender, clippy and every test build use
# the stable toolchain. `trunk build --release` alone still builds a working site, larger.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
export RUSTUP_TOOLCHAIN="$SIZE_TOOLCHAIN"
export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
export CARGO_UNSTABLE_BUILD_STD_FEATURES="optimize_for_size"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zlocation-detail=none -Zfmt-debug=none -Zunstable-options -Cpanic=immediate-abort ${EXTRA_WASM_RUSTFLAGS:-}"
exec trunk build --release "$@"
