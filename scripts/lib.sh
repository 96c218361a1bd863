# Shared helpers for the scripts in this folder. Source it; do not run it.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132"
# The nightly Rust that compiles the release build's WebAssembly for size
# (scripts/build-release.sh says why); pinned, so a build is the same tomorrow.
SIZE_TOOLCHAIN="nightly-2026-05-20"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
note() { printf '    %s\n' "$*"; }
fail() { printf '\n\033[31mERROR:\033[0m %s\n' "$*" >&2; exit 1; }

# The wasm-bindgen version pinned in Cargo.lock: the CLI must match it exactly.
locked_wasm_bindgen() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

# Installs Debian packages ("$@" after the first argument, which says about how long it
# takes), as root or through sudo.
apt_install() {
  local takes="$1"; shift
  command -v apt-get >/dev/null || fail "apt-get not found: install $* by hand."
  note "installing $* with apt-get ($takes)"
  local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

# The body of an install step for a tool built by `cargo install`: "present" if the tool
# ($1, named as its crate) already reports version $2, otherwise compile it, first saying
# how long that takes ($3). Both such steps (Trunk, geckodriver) read the version the same
# way: the second word of `--version`'s first line.
cargo_install_step() {
  local crate="$1" version="$2" takes="$3"
  if [ "$("$crate" --version 2>/dev/null | head -1 | cut -d' ' -f2)" = "$version" ]; then
    note "present"
  else
    note "$takes"
    cargo install "$crate" --version "$version" --locked
  fi
}
