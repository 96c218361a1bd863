#!/usr/bin/env bash
# Command 2: set up whatever is missing, then run every check and test. Runs every
# step even after a failure, prints a summary, and exits non-zero if anything failed.
# Nothing here can stall: each step has a time limit, and the whole command stops within
# 85 minutes (CI allows 90), naming the step that ran out.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

DEADLINE=$((SECONDS + 85 * 60))
results=()
failed=0
passed=0

# run NAME LIMIT COMMAND...: runs COMMAND for at most LIMIT seconds (less if the whole
# command's deadline is nearer). A step that runs out gets TERM, then KILL 20 s later,
# and counts as failed with a message naming it.
run() {
  local name="$1" limit="$2"; shift 2
  local left=$((DEADLINE - SECONDS))
  [ "$limit" -le "$left" ] || limit=$left
  step "$name (limit ${limit} s)"
  local t0=$SECONDS status=0
  if [ "$limit" -le 0 ]; then
    status=124
  else
    timeout --kill-after=20 "$limit" "$@" || status=$?
  fi
  if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    printf '\n\033[31mTIMEOUT:\033[0m step "%s" ran out of its %s s limit\n' "$name" "$limit" >&2
    stop_stray_browsers
    results+=("  TIME  $(printf '%-44s' "$name") $((SECONDS - t0)) s (limit $limit s)")
    failed=$((failed + 1))
  elif [ "$status" -eq 0 ]; then
    results+=("  ok    $(printf '%-44s' "$name") $((SECONDS - t0)) s")
    passed=$((passed + 1))
  else
    results+=("  FAIL  $(printf '%-44s' "$name") $((SECONDS - t0)) s")
    failed=$((failed + 1))
  fi
}

# Browsers run in process groups of their own, so a step's TERM may not reach them; after
# a step ran out, nothing it started may go on using the machine. Every process this run
# starts inherits this mark in its environment, so only this run's browsers are stopped,
# not those of another run or person on the same machine.
export CRYING_TEST_RUN="$$.$RANDOM"
stop_stray_browsers() {
  local pid
  for pid in $(pgrep -f '(/usr/lib/chromium/chromium|chromedriver|firefox-esr|geckodriver|WebKitWebDriver|MiniBrowser|Xvfb)'); do
    # (A process that ended meanwhile has no environ to read: skipped quietly.)
    if { tr '\0' '\n' < "/proc/$pid/environ"; } 2>/dev/null | grep -qxF "CRYING_TEST_RUN=$CRYING_TEST_RUN"; then
      kill -KILL "$pid" 2>/dev/null
    fi
  done
  return 0
}

# The build's tools and the tests' (setup.sh), then the browsers (setup-browsers.sh).
if ! timeout --kill-after=20 $((40 * 60)) bash -c '"$1/scripts/setup.sh" --with-tests && "$1/scripts/setup-browsers.sh"' _ "$ROOT"; then
  fail "setup failed or ran out of its 40 minute limit (see above)"
fi

run "cargo fmt --check" 120 cargo fmt --all -- --check
run "clippy (native)" 900 cargo clippy --all-targets --locked -- -D warnings
run "clippy (native, the prerender)" 900 cargo clippy --all-targets --locked --features prerender -- -D warnings
run "clippy (wasm32)" 900 cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
run "clippy (wasm32 release: phrases as keys)" 900 cargo clippy --release --locked --target wasm32-unknown-unknown -- -D warnings
run "native tests (model, content, SSR HTML)" 900 cargo test --locked
run "native tests of the prerender" 600 cargo test --locked --features prerender --bin prerender
run "browser component tests (headless Chromium)" 900 cargo test --locked --target wasm32-unknown-unknown --test 'browser_*'
run "browser component tests (headless Firefox, geckodriver)" 600 \
  env GECKODRIVER="$HOME/.cargo/bin/geckodriver" GECKODRIVER_ARGS="--binary /usr/bin/firefox-esr" \
  cargo test --locked --target wasm32-unknown-unknown --test 'browser_*'
run "release build (scripts/build-release.sh)" 900 scripts/build-release.sh
run "test build with a deliberate panic (target/dist-panic)" 900 scripts/build-release.sh --features test-panic --dist target/dist-panic
run "size report and budget (100 KB brotli)" 120 node scripts/size-report.mjs dist --budget-kb=100
run "words grow only their own page (5 KB more on the flow page, a second build)" 900 node scripts/words-growth.mjs dist
run "end-to-end tests (Playwright, 360x740 and 1280x800)" 1800 node --test --test-concurrency=1 --test-timeout=300000 tests/e2e/
run "end-to-end in Firefox ESR (phone, desktop)" 900 node --test --test-timeout=600000 tests/engines/firefox.test.mjs
run "end-to-end in WebKit (phone, desktop)" 900 node --test --test-timeout=600000 tests/engines/webkit.test.mjs

printf '\n\033[1mSummary\033[0m\n'
printf '%s\n' "${results[@]}"
echo "screenshots: target/screenshots/   size report: target/size-report.json"
echo "summary: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
