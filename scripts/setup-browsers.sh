#!/usr/bin/env bash
# Installs the browsers the test command drives, from Debian packages and the Rust
# package registry: Chromium and ChromeDriver, Firefox ESR and geckodriver, WebKitGTK's
# WebKitWebDriver and MiniBrowser, Xvfb, and xdotool (a keyboard's Tab for WebKit: see
# tests/engines/webkit-driver.mjs, `tab`). Serving the app needs none of them.
# Idempotent: on a ready machine it takes a second.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

step "Chromium and ChromeDriver (Debian packages, for browser tests)"
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  note "present"
else
  apt_install "about 1 minute" chromium chromium-driver
fi

# Other browser engines: Firefox and WebKit, as phones use them.
GECKODRIVER_VERSION="0.37.1"
step "Firefox ESR, WebKitGTK's WebKitWebDriver and MiniBrowser, Xvfb, xdotool (Debian packages, for the other engines' tests)"
if [ -x /usr/bin/firefox-esr ] && command -v WebKitWebDriver >/dev/null && command -v Xvfb >/dev/null &&
   command -v xdotool >/dev/null && compgen -G '/usr/lib/*/webkit2gtk-4.1/MiniBrowser' >/dev/null; then
  note "present"
else
  apt_install "about 1-2 minutes" firefox-esr webkit2gtk-driver xvfb xdotool
fi
step "geckodriver $GECKODRIVER_VERSION (from the Rust package registry, to run the component tests in Firefox)"
cargo_install_step geckodriver "$GECKODRIVER_VERSION" \
  "compiling it (about 3 minutes of CPU on 2 cores; longer on a busy machine)"

