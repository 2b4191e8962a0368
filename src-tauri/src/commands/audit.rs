//! The records' trust: the journal, the history of one record, revert and undo, closed
//! years.

use coopdesk_core::audit::journal::{AuditEntry, JournalFilter, JournalPage};
use coopdesk_core::audit::revert::Reverted;
use coopdesk_core::audit::undo::Undone;
use coopdesk_core::reports::closed_year::YearState;
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

/// Undoes the latest write of this desk on record `kind`/`id` (the notice after a save or
/// a delete, Ctrl+Z), unless the data changed since; audited.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn undo(state: State<'_, AppState>, kind: String, id: i64) -> Result<Undone> {
    state.with(|s| s.undo_latest(&kind, id))
}

/// Undoes a whole batch of the journal (« Annuler cet import »), all or nothing; audited.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn undo_batch(state: State<'_, AppState>, batch_id: i64) -> Result<Undone> {
    state.with(|s| s.undo_batch(batch_id))
}

/// Every year ever closed, latest first.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn years_closed(state: State<'_, AppState>) -> Result<Vec<YearState>> {
    state.with(|s| s.years_closed())
}

/// Closes `year` once its report is sent: its actions, cases and enrolments hold still.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn year_close(state: State<'_, AppState>, year: i32) -> Result<YearState> {
    state.with(|s| s.year_close(year))
}

/// Reopens `year`, saying why.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn year_reopen(
    state: State<'_, AppState>,
    year: i32,
    reason: String,
) -> Result<YearState> {
    state.with(|s| s.year_reopen(year, &reason))
}
