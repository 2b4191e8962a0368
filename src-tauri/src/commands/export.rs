//! Lists exported where the user chose (the UI asks with the native save dialog).
//! Async: a large list takes a moment to write and must not freeze the window.

use std::path::PathBuf;

use coopdesk_core::export::{write_table, ExportFormat, ExportList, Exported};
use coopdesk_core::Result;
use tauri::State;

use crate::state::AppState;

/// Every row of `list` under its filters, as `format`, written to `path`. The rows are
/// read under the database lock; the file is written after, so other commands go on.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn export_list(
    state: State<'_, AppState>,
    list: ExportList,
    format: ExportFormat,
    path: PathBuf,
) -> Result<Exported> {
    let table = state.with(|s| s.export_table(&list))?;
    write_table(&table, format, &path)
}
