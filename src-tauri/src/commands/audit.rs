//! The audit trail: the journal and the history of one record.

use coopdesk_core::audit::journal::{AuditEntry, JournalFilter, JournalPage};
use coopdesk_core::audit::revert::Reverted;
use coopdesk_core::Result;
use tauri::State;

use crate::state::AppState;

/// A page of the journal, the newest first.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn journal(
    state: State<'_, AppState>,
    filter: JournalFilter,
    offset: i64,
    limit: i64,
) -> Result<JournalPage> {
    state.with(|s| s.journal(&filter, offset, limit))
}

/// Every version of one record (and of its link tables), the oldest first.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn history(state: State<'_, AppState>, kind: String, id: i64) -> Result<Vec<AuditEntry>> {
    state.with(|s| s.history(&kind, id))
}

/// The users who appear in the journal, for its filter.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn journal_users(state: State<'_, AppState>) -> Result<Vec<String>> {
    state.with(|s| s.journal_users())
}

/// Puts a record back as it was after journal entry `entry` (or brings it back from its
/// deletion), through the form's checks; audited.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn revert(
    state: State<'_, AppState>,
    kind: String,
    id: i64,
    entry: i64,
) -> Result<Reverted> {
    state.with(|s| s.revert(&kind, id, entry))
}
