#!/usr/bin/env bash
# Starts tauri-driver under a virtual X display and runs the end-to-end tests against the
# debug build (target/debug/coopdesk). Screenshots land in tests/e2e/screenshots/.
# Usage: run.sh [FILE.test.mjs…] (all tests when none is given).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
export PATH="$HOME/.cargo/bin:$PATH"
export COOPDESK_APP="$root/target/debug/coopdesk"
export COOPDESK_CLI="$root/target/debug/coopdesk-cli"
# For the command line only: the window never reads it, the tests type it in the window.
export COOPDESK_PASSPHRASE="demo-coopdesk-2016"
[ -x "$COOPDESK_APP" ] || { echo "Binaire absent : $COOPDESK_APP (cargo build -p coopdesk)" >&2; exit 1; }
[ -x "$COOPDESK_CLI" ] || { echo "Binaire absent : $COOPDESK_CLI (cargo build -p coopdesk-cli)" >&2; exit 1; }

# A session bus of its own (one window per database is found through it), then a virtual
# display.
if [ -z "${COOPDESK_E2E_IN_XVFB:-}" ]; then
  export COOPDESK_E2E_IN_XVFB=1
  exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" "$@"
fi

# Keep WebKit's default compositing: with WEBKIT_DISABLE_COMPOSITING_MODE=1, a screenshot of
# a page that does not change again never returns under Xvfb.
log=$(mktemp)
tauri-driver --port 4444 >"$log" 2>&1 &
driver=$!
trap 'kill $driver 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 50); do
  curl -sf http://127.0.0.1:4444/status >/dev/null 2>&1 && break
  sleep 0.2
done
# The demo database every test file starts from (each works on its own copy; the
# foundation test creates its own at the gate, as a newcomer does).
demo_dir=$(mktemp -d)
trap 'kill $driver 2>/dev/null || true; rm -f "$log"; rm -rf "$demo_dir"' EXIT
"$COOPDESK_CLI" --db "$demo_dir/demo.sqlite" init --demo >/dev/null
export COOPDESK_E2E_DEMO="$demo_dir/demo.sqlite"
cd "$here"
# With file names as arguments, only those tests run (e.g. `run.sh documents.test.mjs`).
run_tests() { if [ "$#" -gt 0 ]; then node --test --test-concurrency=1 "$@"; else npm test; fi; }
if ! run_tests "$@"; then
  echo "--- journal de tauri-driver ---" >&2; tail -50 "$log" >&2
  exit 1
fi
