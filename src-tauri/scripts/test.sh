#!/usr/bin/env bash
# Runs every check and test of CoopDesk: formatting, lints, Rust tests (core, CLI, shell,
# bindings), UI type check and unit tests, and the end-to-end tests in the real window.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bash "$root/src-tauri/scripts/setup.sh" --tests
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"
step() { printf '\n\033[1;34m==> %s\033[0m\n' "$*"; }

step "Formatage (cargo fmt --check, prettier --check)"
cargo fmt --all --check
npm --prefix ui run format:check

step "Interface : vérification des types, tests unitaires, construction"
npm --prefix ui run check
npm --prefix ui test
npm --prefix ui run build

step "Lints (clippy -D warnings)"
cargo clippy --workspace --all-targets -- -D warnings

step "Architecture : aucun cycle d'import entre fichiers"
python3 "$root/tests/tools/import_cycles.py" src-tauri/core/src src-tauri/cli/src src-tauri/src

step "Tests Rust (cœur, ligne de commande, coquille, liaisons TypeScript à jour)"
cargo test --workspace

step "Tests de bout en bout dans la vraie fenêtre (Xvfb, tauri-driver)"
cargo build -p coopdesk -p coopdesk-cli
bash "$root/tests/e2e/run.sh"
