//! Spreadsheets imported into the database.

use std::path::Path;
use std::sync::atomic::AtomicBool;

use crate::error::{Error, ErrorCode, Result};
use crate::i18n;
use crate::import::{self, ImportField, ImportKind, ImportPreview, ImportProgress, ImportReport};
use crate::Store;

impl Store {
    /// Reads a file and matches its columns, for the mapping screen. Writes nothing.
    pub fn import_detect(&self, kind: ImportKind, path: &Path) -> Result<ImportPreview> {
        import::detect(kind, path)
    }

    /// Imports every row, or refuses with `INVALID_INPUT` (nothing written) when any has
    /// an error.
    pub fn import_commit(
        &mut self,
        kind: ImportKind,
        path: &Path,
        mapping: Option<&[Option<ImportField>]>,
        progress: &mut dyn FnMut(ImportProgress),
        cancel: &AtomicBool,
    ) -> Result<ImportReport> {
        let report = self.import_run(kind, path, mapping, true, progress, cancel)?;
        if !report.committed {
            return Err(invalid(&report));
        }
        Ok(report)
    }
}

/// The refusal of an import whose report has errors.
fn invalid(report: &ImportReport) -> Error {
    Error::new(
        ErrorCode::InvalidInput,
        "err-import-invalid",
        i18n::args([("count", report.errors.len())]),
    )
}
