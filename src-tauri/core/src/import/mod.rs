//! Spreadsheet import (XLSX, ODS, CSV) of actions, trainees, SSIs and operational cases:
//! French-tolerant headers and values, a dry run first, all rows or none.
//!
//! The file is read into rows of cells ([`reader`]), its columns matched to fields
//! ([`headers`]), each row turned into the very input the forms build and passed to the
//! same insert/update functions, in one transaction ([`run`]). A dry run rolls that
//! transaction back, so its report is exactly what a commit would do.

mod actions;
mod api;
mod cases;
mod countries;
mod headers;
mod importer;
mod reader;
mod refs;
mod report;
mod row;
mod run;
mod ssi;
mod trainees;
mod values;

use serde::{Deserialize, Serialize};

pub use countries::find as find_country;
pub use headers::ImportField;
pub use report::{
    ColumnPreview, FieldChoice, ImportPreview, ImportProgress, ImportReport, RowError, RowWarning,
};
pub use run::{detect, Mapping};

/// What a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ImportKind {
    Actions,
    Cases,
    Trainees,
    Ssi,
}
