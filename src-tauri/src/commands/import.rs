//! Spreadsheet import: the preview of a file's columns, a dry run, the import itself and
//! its cancellation. Async: a large file takes a while and must not freeze the window; the
//! progress goes through a channel, and `import_cancel` (which needs no lock) stops a run,
//! leaving the database as it was.

use std::path::PathBuf;
use std::sync::atomic::Ordering;

use coopdesk_core::import::{ImportField, ImportKind, ImportPreview, ImportProgress, ImportReport};
use coopdesk_core::Result;
use tauri::ipc::Channel;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn import_detect(
    state: State<'_, AppState>,
    kind: ImportKind,
    path: PathBuf,
) -> Result<ImportPreview> {
    state.with(|s| s.import_detect(kind, &path))
}

/// Runs the import; `commit` false is the dry run. `mapping`: one field (or null) per column.
fn run(
    state: &AppState,
    kind: ImportKind,
    path: PathBuf,
    mapping: Option<Vec<Option<ImportField>>>,
    commit: bool,
    on_progress: &Channel<ImportProgress>,
) -> Result<ImportReport> {
    let cancel = state.import_cancel();
    cancel.store(false, Ordering::Relaxed);
    state.with(|s| {
        // A closed channel (the dialog went away) must not stop the import.
        let mut progress = |p| drop(on_progress.send(p));
        let mapping = mapping.as_deref();
        if commit {
            s.import_commit(kind, &path, mapping, &mut progress, cancel)
        } else {
            s.import_run(kind, &path, mapping, false, &mut progress, cancel)
        }
    })
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn import_dry_run(
    state: State<'_, AppState>,
    kind: ImportKind,
    path: PathBuf,
    mapping: Option<Vec<Option<ImportField>>>,
    on_progress: Channel<ImportProgress>,
) -> Result<ImportReport> {
    run(&state, kind, path, mapping, false, &on_progress)
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn import_commit(
    state: State<'_, AppState>,
    kind: ImportKind,
    path: PathBuf,
    mapping: Option<Vec<Option<ImportField>>>,
    on_progress: Channel<ImportProgress>,
) -> Result<ImportReport> {
    run(&state, kind, path, mapping, true, &on_progress)
}

/// Asks the running import to stop; it answers `CANCELLED` and writes nothing. Async, so
/// it never waits behind a command queued on the main thread for the store's lock.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn import_cancel(state: State<'_, AppState>) -> Result<()> {
    state.import_cancel().store(true, Ordering::Relaxed);
    Ok(())
}
