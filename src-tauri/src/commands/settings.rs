//! The settings screen: the database file, its copies, a restore.

use std::path::PathBuf;

use coopdesk_core::store::backup::{BackupInfo, DatabaseInfo};
use coopdesk_core::store::key::Passphrase;
use coopdesk_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn database_info(state: State<'_, AppState>) -> Result<DatabaseInfo> {
    state.with(|s| s.database_info())
}

/// « À propos »: the version, the licence, the schema, the data and log folders.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn about(state: State<'_, AppState>) -> Result<coopdesk_core::about::About> {
    state.with(|s| s.about(crate::logging::log_dir()))
}

/// The automatic copies, the newest first, with their record counts.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn backups(state: State<'_, AppState>) -> Result<Vec<BackupInfo>> {
    state.with(|s| s.backups())
}

/// A copy now, beside the automatic ones.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn backup_now(state: State<'_, AppState>) -> Result<BackupInfo> {
    state.with(|s| s.backup_now(coopdesk_core::now()))
}

/// A copy written where the user chose (native save dialog).
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn backup_save(state: State<'_, AppState>, path: PathBuf) -> Result<BackupInfo> {
    state.with(|s| s.backup_to(&path))
}

/// What the copy at `path` holds, once checked as a restore would check it (writes nothing).
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn backup_check(state: State<'_, AppState>, path: PathBuf) -> Result<BackupInfo> {
    state.with(|s| s.backup_check(&path))
}

/// Replaces the data by the copy at `path`, once checked; the current data is kept as a copy.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn backup_restore(state: State<'_, AppState>, path: PathBuf) -> Result<BackupInfo> {
    state.with(|s| s.restore_from(&path, coopdesk_core::now()))
}

/// Re-keys the database and its automatic copies: the current passphrase first, then the
/// new one twice. Returns how many copies were re-keyed.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn passphrase_change(
    state: State<'_, AppState>,
    old: String,
    passphrase: String,
    confirm: String,
) -> Result<usize> {
    let new = Passphrase::confirmed(passphrase, confirm)?;
    state.with(|s| s.change_passphrase(&Passphrase::unlock(old), &new))
}
