#!/usr/bin/env bash
# Command 2: set up whatever is missing, then run every check and test. Runs every
# step even after a failure, prints a summary, and exits non-zero if anything failed.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

"$ROOT/scripts/setup.sh" || fail "setup failed (see above)"

results=()
failed=0
passed=0
run() {
  local name="$1"; shift
  step "$name"
  local t0=$SECONDS
  if "$@"; then
    results+=("  ok    $(printf '%-44s' "$name") $((SECONDS - t0)) s")
    passed=$((passed + 1))
  else
    results+=("  FAIL  $(printf '%-44s' "$name") $((SECONDS - t0)) s")
    failed=$((failed + 1))
  fi
}

run "cargo fmt --check" cargo fmt --all -- --check
run "clippy (native)" cargo clippy --all-targets --locked -- -D warnings
run "clippy (wasm32)" cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
run "native tests (model, content, SSR HTML)" cargo test --locked
run "browser component tests (headless Chromium)" cargo test --locked --target wasm32-unknown-unknown --test 'browser_*'
run "browser component tests (headless Firefox, geckodriver)" \
  env GECKODRIVER="$HOME/.cargo/bin/geckodriver" GECKODRIVER_ARGS="--binary /usr/bin/firefox-esr" \
  cargo test --locked --target wasm32-unknown-unknown --test 'browser_*'
run "release build (trunk build --release)" trunk build --release
run "test build with a deliberate panic (target/dist-panic)" trunk build --release --features test-panic --dist target/dist-panic
run "size report and budget (120 KB brotli)" node scripts/size-report.mjs dist --budget-kb=120
run "end-to-end tests (Playwright, 360x740 and 1280x800)" node --test --test-concurrency=1 tests/e2e/
run "end-to-end in Firefox ESR (phone, desktop)" node --test tests/engines/firefox.test.mjs
run "end-to-end in WebKit (phone, desktop)" node --test tests/engines/webkit.test.mjs

printf '\n\033[1mSummary\033[0m\n'
printf '%s\n' "${results[@]}"
echo "screenshots: target/screenshots/   size report: target/size-report.json"
echo "summary: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
