//! Printed documents: previewed as pages, printed from them, or saved as PDF where the user
//! chose (the UI asks with the native dialog). Async: laying out takes a moment and must
//! not freeze the window.

use std::path::PathBuf;

use coopdesk_core::documents::{DocumentRequest, Preview, Written};
use coopdesk_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn document_preview(
    state: State<'_, AppState>,
    request: DocumentRequest,
) -> Result<Preview> {
    state.with(|s| s.document_preview(&request))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn document_save(
    state: State<'_, AppState>,
    request: DocumentRequest,
    path: PathBuf,
) -> Result<Written> {
    state.with(|s| s.document_save(&request, &path))
}
