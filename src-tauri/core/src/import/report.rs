//! What an import shows the user: the preview of a file's columns, the progress of a run
//! and its report, row by row.

use serde::Serialize;

use super::{ImportField, ImportKind};
use crate::error::ErrorCode;

/// A field the mapping screen offers for a column.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct FieldChoice {
    pub field: ImportField,
    /// French label.
    pub label: String,
    pub required: bool,
}

/// One column of the file and the field it was matched to.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ColumnPreview {
    /// 0-based position in the sheet.
    pub index: u32,
    /// The header as written (« Colonne C » when the cell is empty).
    pub header: String,
    /// `null`: no field recognised, the column would be ignored.
    pub field: Option<ImportField>,
    /// The first values below the header, as displayed.
    pub samples: Vec<String>,
}

/// A file as read before importing: its columns and their automatic matching.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ImportPreview {
    pub kind: ImportKind,
    pub columns: Vec<ColumnPreview>,
    /// Headers no field was recognised in (ignored unless the user maps them).
    pub unknown_columns: Vec<String>,
    /// Required fields no column was matched to.
    pub missing_required: Vec<ImportField>,
    /// Every field of this kind, in form order.
    pub fields: Vec<FieldChoice>,
    /// Data rows (empty rows aside).
    pub total_rows: u32,
}

/// A refused cell or row.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct RowError {
    /// Line in the sheet (the header is usually line 1).
    pub line: u32,
    /// The column's header as written, `null` for the whole row or file.
    pub column: Option<String>,
    pub field: Option<ImportField>,
    /// The cell as written.
    pub value: String,
    /// French explanation.
    pub message: String,
    pub code: ErrorCode,
}

/// Something accepted but worth the user's attention (an action outside its SSI's area).
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct RowWarning {
    pub line: u32,
    pub message: String,
}

/// What an import did (or would do: a dry run's report is the same).
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ImportReport {
    pub kind: ImportKind,
    /// Data rows read (empty rows aside).
    pub total_rows: u32,
    /// Rows without error: created + updated + unchanged.
    pub valid_rows: u32,
    pub to_create: u32,
    pub to_update: u32,
    /// Rows equal to the record already in the base (a re-import).
    pub unchanged: u32,
    /// Every problem, by line then column. Any error: nothing is written.
    pub errors: Vec<RowError>,
    pub warnings: Vec<RowWarning>,
    /// Headers of the columns left out of the import.
    pub ignored_columns: Vec<String>,
    /// True once the rows are in the base (never for a dry run).
    pub committed: bool,
    /// The import's batch in the journal once committed (« Annuler cet import »).
    pub batch_id: Option<i64>,
}

/// Rows processed so far, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
pub struct ImportProgress {
    pub done: u32,
    pub total: u32,
}
