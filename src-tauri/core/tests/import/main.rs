//! Spreadsheet import against a demo database: exact errors for bad rows and nothing
//! written, then the corrected file imported, then re-imports that change nothing.

mod actions;
mod fixtures;
mod others;
mod timing;
mod undo;

use std::path::Path;
use std::sync::atomic::AtomicBool;

use coopdesk_core::import::{ImportField, ImportKind, ImportReport};
use coopdesk_core::{Result, Store};

/// A dry run (`commit` false) or a commit, without progress or cancellation.
pub fn run(store: &mut Store, kind: ImportKind, path: &Path, commit: bool) -> Result<ImportReport> {
    run_mapped(store, kind, path, None, commit)
}

pub fn run_mapped(
    store: &mut Store,
    kind: ImportKind,
    path: &Path,
    mapping: Option<&[Option<ImportField>]>,
    commit: bool,
) -> Result<ImportReport> {
    let cancel = AtomicBool::new(false);
    if commit {
        store.import_commit(kind, path, mapping, &mut |_| {}, &cancel)
    } else {
        store.import_run(kind, path, mapping, false, &mut |_| {}, &cancel)
    }
}

pub fn count(store: &Store, table: &str) -> i64 {
    store
        .conn()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .expect("count")
}

/// Writes `text` as a file named `name` in `dir`.
pub fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write the file");
    path
}
