//! The screens before the database is open: create, unlock, convert a plaintext file, and
//! the way out of a file that cannot be used. Passphrases go straight into the core, which
//! wipes them; no command logs its arguments.

use std::path::PathBuf;

use coopdesk_core::store::gate::GateStatus;
use coopdesk_core::Result;
use tauri::State;

use crate::state::AppState;

/// What the file is and whether it is open: the UI shows the matching screen.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn gate_status(state: State<'_, AppState>) -> Result<GateStatus> {
    state.gate(|g| Ok(g.status()))
}

/// Creates the encrypted database, with the demo data or empty.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn gate_create(
    state: State<'_, AppState>,
    passphrase: String,
    confirm: String,
    demo: bool,
) -> Result<GateStatus> {
    state.gate(|g| g.create(passphrase, confirm, demo))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn gate_unlock(state: State<'_, AppState>, passphrase: String) -> Result<GateStatus> {
    state.gate(|g| g.unlock(passphrase, coopdesk_core::now()))
}

/// Encrypts the plaintext database of an earlier CoopDesk, after the user confirmed.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn gate_convert(
    state: State<'_, AppState>,
    passphrase: String,
    confirm: String,
) -> Result<GateStatus> {
    state.gate(|g| g.convert(passphrase, confirm))
}

/// Puts the newest good copy in place of a damaged file (kept aside), then opens it.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn gate_restore_latest(state: State<'_, AppState>) -> Result<GateStatus> {
    state.gate(|g| g.restore_latest(coopdesk_core::now()))
}

/// Works on another file (chosen in the native open dialog).
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn gate_choose(state: State<'_, AppState>, path: PathBuf) -> Result<GateStatus> {
    state.gate(|g| g.choose(path))
}
