//! Personal-data rights: a person's dossier, a trainee's erasure, the review list.

use std::path::PathBuf;

use coopdesk_core::privacy::{Erased, InactiveTrainee};
use coopdesk_core::Result;
use tauri::State;

use crate::state::AppState;

/// Writes everything held about trainee or agent `id` at `path`: JSON, or one PDF page
/// when `path` ends in `.pdf`.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn person_export(
    state: State<'_, AppState>,
    kind: String,
    id: i64,
    path: PathBuf,
) -> Result<()> {
    state.with(|s| s.person_export(&kind, id, &path))
}

/// Erases trainee `id`'s identity everywhere in the file; enrolments stay, anonymous.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn trainee_erase(state: State<'_, AppState>, id: i64) -> Result<Erased> {
    state.with(|s| s.trainee_erase(id))
}

/// Trainees without activity for the review period, the longest inactive first.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn review_list(state: State<'_, AppState>) -> Result<Vec<InactiveTrainee>> {
    state.with(|s| s.review_list())
}

/// The review period, in years (10 unless set).
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn review_years(state: State<'_, AppState>) -> Result<i64> {
    state.with(|s| s.review_years())
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn set_review_years(state: State<'_, AppState>, years: i64) -> Result<()> {
    state.with(|s| s.set_review_years(years))
}
