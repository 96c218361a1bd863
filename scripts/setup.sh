#!/usr/bin/env bash
# Installs whatever is missing to build the app (what ./scripts/serve.sh needs): the Rust
# target, Trunk, wasm-bindgen-cli and the build's npm tools. No browsers: the test command
# adds those (setup-browsers.sh). Nothing is downloaded beyond the package registries.
# Idempotent: on a ready machine it takes seconds. `--with-tests` also installs the npm
# tools the tests use.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
started=$SECONDS

command -v cargo >/dev/null || fail "cargo not found: install the Rust toolchain with rustup first."
command -v npm >/dev/null || fail "npm not found: install Node.js 20 and npm first."

step "Rust target wasm32-unknown-unknown"
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  note "present"
else
  note "adding it (about 20 s)"
  rustup target add wasm32-unknown-unknown
fi

step "Rust $SIZE_TOOLCHAIN with its library's source, for the release build's WebAssembly"
# Asked in this order: `rustup run` on a missing toolchain may install all of it.
sysroot=""
if rustup toolchain list | grep -q "^$SIZE_TOOLCHAIN"; then
  sysroot="$(rustup run "$SIZE_TOOLCHAIN" rustc --print sysroot)"
fi
if [ -n "$sysroot" ] && [ -d "$sysroot/lib/rustlib/src/rust/library" ] &&
   [ -d "$sysroot/lib/rustlib/wasm32-unknown-unknown/lib" ]; then
  note "present"
else
  note "installing it with rustup (about 20 s; see scripts/build-release.sh for why)"
  rustup toolchain install "$SIZE_TOOLCHAIN" --profile minimal -c rust-src -t wasm32-unknown-unknown
fi

step "Trunk $TRUNK_VERSION"
cargo_install_step trunk "$TRUNK_VERSION" \
  "compiling from the Rust package registry (about 7 minutes on 2 cores, up to 2 GB of memory)"

WBG="$(locked_wasm_bindgen)"
[ -n "$WBG" ] || fail "no wasm-bindgen in Cargo.lock; run 'cargo generate-lockfile'."
step "wasm-bindgen-cli $WBG (must equal wasm-bindgen in Cargo.lock)"
TRUNK_WBG="$(sed -n 's/^wasm_bindgen = "\(.*\)"/\1/p' Trunk.toml)"
[ "$TRUNK_WBG" = "$WBG" ] || fail "Trunk.toml [tools] wasm_bindgen is '$TRUNK_WBG' but Cargo.lock has wasm-bindgen $WBG.
       Fix: set wasm_bindgen = \"$WBG\" in Trunk.toml (and keep wasm-bindgen = \"=$WBG\" in Cargo.toml)."
if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WBG" ] &&
   [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" = "wasm-bindgen-test-runner $WBG" ]; then
  note "present"
else
  have="$(wasm-bindgen --version 2>/dev/null || echo none)"
  note "found: $have; compiling $WBG from the Rust package registry (about 2-3 minutes)"
  # Not --locked: one of its locked dependencies is missing from the registry.
  cargo install wasm-bindgen-cli --version "$WBG" --force
fi

# The build needs binaryen's wasm-opt and terser (package.json "dependencies"); the tests
# also need playwright-core, axe-core and the benchmarks' tools ("devDependencies").
if [ "${1:-}" = "--with-tests" ]; then
  want="all"; omit=()
  step "npm packages (wasm-opt from binaryen $BINARYEN_VERSION, terser; playwright-core, axe-core for the tests)"
else
  want="build"; omit=(--omit=dev)
  step "npm packages (wasm-opt from binaryen $BINARYEN_VERSION, terser)"
fi
stamp="node_modules/.installed-from-lock"
lock_sum="$(sha256sum package-lock.json | cut -d' ' -f1)"
have="$(cat "$stamp" 2>/dev/null || true)"
if [ "$have" = "$lock_sum all" ] || [ "$have" = "$lock_sum $want" ]; then
  note "present"
else
  note "installing from package-lock.json (about 10 s)"
  npm ci "${omit[@]}" --no-audit --no-fund --loglevel=error
  echo "$lock_sum $want" > "$stamp"
fi
have_opt="$(wasm-opt --version 2>/dev/null || true)"
case "$have_opt" in
  *"version_$BINARYEN_VERSION"*) ;;
  *) fail "wasm-opt on PATH is '$have_opt', Trunk needs version_$BINARYEN_VERSION.
       Fix: run 'npm ci' here so node_modules/.bin/wasm-opt (npm binaryen $BINARYEN_VERSION) comes first on PATH." ;;
esac

step "Rust crates (cargo fetch, so Trunk's offline build finds them)"
cargo fetch --quiet
# The standard library's own crates, which the release build compiles (build-std).
cargo "+$SIZE_TOOLCHAIN" fetch --quiet -Zbuild-std=std,panic_abort --target wasm32-unknown-unknown

note ""
note "setup done in $((SECONDS - started)) s"
