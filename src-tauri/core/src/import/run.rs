//! The import itself: read the file, match its columns, then pass every row through the
//! forms' own insert and update functions in one transaction. A dry run, a file with any
//! error, or a cancellation rolls the transaction back: all rows or none.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use rusqlite::Connection;

use super::headers::{self, auto_map, ImportField};
use super::importer::{Ctx, Outcome, RowImporter};
use super::reader::{self, display, Table};
use super::refs::Refs;
use super::report::{
    ColumnPreview, FieldChoice, ImportPreview, ImportProgress, ImportReport, RowError, RowWarning,
};
use super::row::{Columns, RowView};
use super::{actions, cases, ssi, trainees, ImportKind};
use crate::error::{Error, ErrorCode, Result};
use crate::i18n;
use crate::Store;

/// The field of each column, by position (`None`: the column is ignored).
pub type Mapping = Vec<Option<ImportField>>;

fn importer(kind: ImportKind, tx: &Connection) -> Result<Box<dyn RowImporter>> {
    Ok(match kind {
        ImportKind::Actions => Box::new(actions::Actions),
        ImportKind::Cases => Box::new(cases::Cases),
        ImportKind::Trainees => Box::new(trainees::Trainees::load(tx)?),
        ImportKind::Ssi => Box::new(ssi::Ssis),
    })
}

/// Column letters as spreadsheets show them: A…Z, AA…
fn letters(mut i: usize) -> String {
    let mut s = String::new();
    loop {
        s.insert(0, char::from(b'A' + (i % 26) as u8));
        if i < 26 {
            return s;
        }
        i = i / 26 - 1;
    }
}

/// The file's headers, an empty one named after its column letter.
fn headers_of(table: &Table) -> Vec<String> {
    table
        .headers
        .iter()
        .enumerate()
        .map(|(i, h)| {
            if h.is_empty() {
                i18n::tr(
                    "import-column-unnamed",
                    &i18n::args([("letter", letters(i))]),
                )
            } else {
                h.clone()
            }
        })
        .collect()
}

/// The file's table, its header being the row that names the most of `kind`'s fields.
fn read(kind: ImportKind, path: &Path) -> Result<Table> {
    reader::read(path, &|texts| {
        auto_map(kind, texts).iter().flatten().count()
    })
}

/// Reads `path` and matches its columns to `kind`'s fields, for the mapping screen.
pub fn detect(kind: ImportKind, path: &Path) -> Result<ImportPreview> {
    let table = read(kind, path)?;
    let headers = headers_of(&table);
    let mapping = auto_map(kind, &table.headers);
    let columns: Vec<ColumnPreview> = headers
        .iter()
        .zip(&mapping)
        .enumerate()
        .map(|(i, (header, field))| ColumnPreview {
            index: i as u32,
            header: header.clone(),
            field: *field,
            samples: table
                .rows
                .iter()
                .filter_map(|r| r.cells.get(i).map(display).filter(|s| !s.is_empty()))
                .take(3)
                .collect(),
        })
        .collect();
    Ok(ImportPreview {
        kind,
        unknown_columns: columns
            .iter()
            .filter(|c| c.field.is_none())
            .map(|c| c.header.clone())
            .collect(),
        missing_required: missing(kind, &mapping),
        fields: headers::defs(kind)
            .iter()
            .map(|d| FieldChoice {
                field: d.field,
                label: d.field.label(),
                required: d.required,
            })
            .collect(),
        total_rows: table.rows.len() as u32,
        columns,
    })
}

fn missing(kind: ImportKind, mapping: &[Option<ImportField>]) -> Vec<ImportField> {
    headers::defs(kind)
        .iter()
        .filter(|d| d.required && !mapping.contains(&Some(d.field)))
        .map(|d| d.field)
        .collect()
}

/// The caller's mapping, checked: one entry per column, fields of this kind, each once.
fn checked_mapping(
    kind: ImportKind,
    columns: usize,
    mapping: &[Option<ImportField>],
) -> Result<Mapping> {
    if mapping.len() != columns {
        return Err(Error::invalid(
            "mapping",
            "err-import-mapping-size",
            i18n::args([("expected", columns), ("given", mapping.len())]),
        ));
    }
    for (i, f) in mapping.iter().enumerate() {
        let Some(f) = f else { continue };
        if headers::find(kind, *f).is_none() {
            return Err(Error::invalid(
                "mapping",
                "err-import-mapping-field",
                i18n::args([("field", f.label())]),
            ));
        }
        if mapping[..i].contains(&Some(*f)) {
            return Err(Error::invalid(
                "mapping",
                "err-import-mapping-twice",
                i18n::args([("field", f.label())]),
            ));
        }
    }
    Ok(mapping.to_vec())
}

impl Store {
    /// Imports `path` as `kind` records: every row checked and written as the forms would,
    /// in one transaction kept only when `commit` is set and no row has an error (a dry
    /// run, without `commit`, writes nothing; a cancellation returns `CANCELLED`).
    /// `mapping` (one entry per column) overrides the automatic matching of the headers.
    pub fn import_run(
        &mut self,
        kind: ImportKind,
        path: &Path,
        mapping: Option<&[Option<ImportField>]>,
        commit: bool,
        progress: &mut dyn FnMut(ImportProgress),
        cancel: &AtomicBool,
    ) -> Result<ImportReport> {
        let user = self.user().to_owned();
        let conn = self.conn_mut();
        let table = read(kind, path)?;
        let headers = headers_of(&table);
        let mapping = match mapping {
            Some(m) => checked_mapping(kind, headers.len(), m)?,
            None => auto_map(kind, &table.headers),
        };
        let total = table.rows.len() as u32;
        let mut report = ImportReport {
            kind,
            total_rows: total,
            valid_rows: 0,
            to_create: 0,
            to_update: 0,
            unchanged: 0,
            errors: Vec::new(),
            warnings: Vec::new(),
            ignored_columns: headers
                .iter()
                .zip(&mapping)
                .filter(|(_, f)| f.is_none())
                .map(|(h, _)| h.clone())
                .collect(),
            committed: false,
            batch_id: None,
        };
        let absent = missing(kind, &mapping);
        if !absent.is_empty() {
            // Without a required column no row can be read: one error per column, not per row.
            report.errors = absent
                .into_iter()
                .map(|f| RowError {
                    line: table.header_line,
                    column: None,
                    field: Some(f),
                    value: String::new(),
                    message: i18n::tr(
                        "err-import-missing-column",
                        &i18n::args([("field", f.label())]),
                    ),
                    code: ErrorCode::InvalidInput,
                })
                .collect();
            return Ok(report);
        }
        let columns = Columns::new(&mapping, &headers);
        let tx = conn.transaction()?;
        // The whole import is one batch of the audit trail, undone as one.
        let label = path
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        let batch_id = crate::audit::begin_batch(&tx, &user, "import", &label)?;
        let mut ctx = Ctx::new(&tx, Refs::load(&tx)?);
        let mut rows = importer(kind, &tx)?;
        let step = (total / 100).max(1);
        progress(ImportProgress { done: 0, total });
        for (n, row) in table.rows.iter().enumerate() {
            if cancel.load(Ordering::Relaxed) {
                // Dropping the transaction rolls every row back.
                return Err(Error::new(
                    ErrorCode::Cancelled,
                    "err-import-cancelled",
                    Vec::new(),
                ));
            }
            let mut view = RowView::new(row.line, &row.cells, &columns);
            let done = rows.row(&mut ctx, &mut view)?;
            report.errors.extend(view.take_errors());
            if let Some(done) = done {
                report.valid_rows += 1;
                match done.outcome {
                    Outcome::Created => report.to_create += 1,
                    Outcome::Updated => report.to_update += 1,
                    Outcome::Unchanged => report.unchanged += 1,
                }
                report
                    .warnings
                    .extend(done.warnings.into_iter().map(|message| RowWarning {
                        line: row.line,
                        message,
                    }));
            }
            let done = n as u32 + 1;
            if done.is_multiple_of(step) || done == total {
                progress(ImportProgress { done, total });
            }
        }
        drop(ctx);
        if commit && report.errors.is_empty() {
            crate::audit::end(&tx)?;
            tx.commit()?;
            report.committed = true;
            report.batch_id = Some(batch_id);
        }
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_like_a_spreadsheet() {
        assert_eq!(letters(0), "A");
        assert_eq!(letters(25), "Z");
        assert_eq!(letters(26), "AA");
        assert_eq!(letters(27), "AB");
        assert_eq!(letters(701), "ZZ");
        assert_eq!(letters(702), "AAA");
    }
}
