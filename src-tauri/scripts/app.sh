#!/usr/bin/env bash
# Builds CoopDesk and opens it. The first start offers to create the encrypted database with
# the demo data (demo passphrase: demo-coopdesk-2016) in ~/.local/share/coopdesk/ (or
# --db FILE / COOPDESK_DB). Extra arguments go to the application.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bash "$root/src-tauri/scripts/setup.sh"
cd "$root"
echo "==> Interface (ui/dist)"
npm --prefix ui run build --silent
echo "==> Application"
cargo build -p coopdesk -p coopdesk-cli
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "Aucun écran graphique (DISPLAY) : lancez CoopDesk depuis une session de bureau, ou sous xvfb-run." >&2
  exit 1
fi
echo "==> CoopDesk (première fois : « Avec les données de démonstration », phrase secrète de démonstration demo-coopdesk-2016)"
exec "$root/target/debug/coopdesk" "$@"
