//! Lists exported to files: every row of a list screen under its current filters, as
//! XLSX, ODS or CSV, written where the user chose.

use std::path::{Path, PathBuf};

use chrono::Local;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::export::ExportList;
use crate::export::Table;
use crate::{documents, export, i18n, Store};

/// The file format. CSV is UTF-8; with `;` it follows French Excel (decimal comma), with
/// `,` the international convention (decimal point).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Xlsx,
    Ods,
    CsvSemicolon,
    CsvComma,
}

impl ExportFormat {
    /// From the command line's `--format` and `--separator`.
    pub fn parse(format: &str, separator: &str) -> Result<Self> {
        match (format.trim().to_lowercase().as_str(), separator.trim()) {
            ("xlsx", _) => Ok(Self::Xlsx),
            ("ods", _) => Ok(Self::Ods),
            ("csv", ";") => Ok(Self::CsvSemicolon),
            ("csv", ",") => Ok(Self::CsvComma),
            ("csv", other) => Err(Error::invalid(
                "separator",
                "err-export-separator",
                i18n::args([("value", other)]),
            )),
            (other, _) => Err(Error::invalid(
                "format",
                "err-export-format",
                i18n::args([("value", other)]),
            )),
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Self::Xlsx => "xlsx",
            Self::Ods => "ods",
            Self::CsvSemicolon | Self::CsvComma => "csv",
        }
    }
}

/// What was written, for the caller to report.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Exported {
    pub out: PathBuf,
    pub format: ExportFormat,
    /// Data rows (the header lines not counted).
    pub rows: usize,
    pub bytes: usize,
}

impl Store {
    /// The table of `list` under its filters, dated now. A bad filter is refused here,
    /// before anything is written.
    pub fn export_table(&self, list: &ExportList) -> Result<Table> {
        export::table(self.conn(), list, Local::now().naive_local())
    }

    /// Writes every row of `list` under its filters to `out` (replaced atomically if it
    /// exists).
    pub fn export_list(
        &self,
        list: &ExportList,
        format: ExportFormat,
        out: &Path,
    ) -> Result<Exported> {
        write_table(&self.export_table(list)?, format, out)
    }
}

/// Writes a table as `format` to `out`, atomically. Apart from [`Store::export_list`] so
/// that the window can write a large file without holding the database.
pub fn write_table(table: &Table, format: ExportFormat, out: &Path) -> Result<Exported> {
    let bytes = match format {
        ExportFormat::Xlsx => export::xlsx(table)?,
        ExportFormat::Ods => export::ods(table)?,
        ExportFormat::CsvSemicolon => export::csv(table, b';')?,
        ExportFormat::CsvComma => export::csv(table, b',')?,
    };
    documents::save(out, &bytes)?;
    Ok(Exported {
        out: out.to_owned(),
        format,
        rows: table.rows.len(),
        bytes: bytes.len(),
    })
}
