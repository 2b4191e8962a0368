#!/usr/bin/env bash
# Installs what CoopDesk needs and is missing on a Debian/Ubuntu machine.
# Usage: setup.sh [--tests]   (--tests adds what the end-to-end tests need)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
want_tests=${1:-}

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
die() { printf '\033[1;31mErreur :\033[0m %s\n' "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# System libraries for Tauri 2 (WebKitGTK) and, for tests, Xvfb, a D-Bus session bus (one
# window per database), WebKitWebDriver, PDF tools and LibreOffice Calc (exported
# spreadsheets must open in it).
packages=(libwebkit2gtk-4.1-dev build-essential file libxdo-dev libssl-dev
  libayatana-appindicator3-dev librsvg2-dev pkg-config curl)
if [ "$want_tests" = "--tests" ]; then
  packages+=(xvfb xauth dbus-daemon dbus-bin webkit2gtk-driver imagemagick x11-apps poppler-utils libreoffice-calc-nogui
    sqlite3 qrencode zbar-tools)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "Paquets système manquants : ${missing[*]}"
  as_root apt-get update -q
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

command -v cargo >/dev/null || die "Rust (cargo) est introuvable : installez-le avec rustup (https://rustup.rs)."
command -v node >/dev/null || die "Node.js 20 ou plus récent est introuvable."
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || die "Node.js $node_major trouvé, 20 ou plus récent requis."

# npm packages, reinstalled when the lock file changed since the last install.
npm_install() {
  local dir=$1
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "Paquets npm : $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}
npm_install "$root/ui"

if [ "$want_tests" = "--tests" ]; then
  npm_install "$root/tests/e2e"
  if ! command -v tauri-driver >/dev/null && [ ! -x "$HOME/.cargo/bin/tauri-driver" ]; then
    say "Installation de tauri-driver"
    cargo install tauri-driver --locked --version '^2'
  fi
fi
