//! What every kind's row importer implements and works with: the run (`run.rs`) drives
//! them, each importer (actions, cases, trainees, SSIs) only fills these in.

use std::collections::HashMap;

use rusqlite::Connection;

use super::headers::ImportField;
use super::reader::display;
use super::refs::Refs;
use super::row::{form_field, RowView};
use crate::error::{ErrorCode, Result};
use crate::i18n;

/// What became of a valid row.
pub(crate) enum Outcome {
    Created,
    Updated,
    Unchanged,
}

pub(crate) struct Done {
    pub outcome: Outcome,
    pub warnings: Vec<String>,
}

impl Done {
    pub fn new(outcome: Outcome, warnings: Vec<String>) -> Self {
        Self { outcome, warnings }
    }
}

/// What a kind's row importer works with.
pub(crate) struct Ctx<'a> {
    pub tx: &'a Connection,
    pub refs: Refs,
    /// Key of each record already met in the file → its line.
    seen: HashMap<String, u32>,
}

impl<'a> Ctx<'a> {
    pub fn new(tx: &'a Connection, refs: Refs) -> Self {
        Self {
            tx,
            refs,
            seen: HashMap::new(),
        }
    }

    /// False (error on the second line) when the file already had a row for `key`.
    pub fn first_in_file(&mut self, r: &mut RowView<'_>, key: String, f: ImportField) -> bool {
        if let Some(first) = self.seen.get(&key) {
            let message = i18n::tr(
                "err-import-duplicate-row",
                &i18n::args([
                    ("value", r.cell(f).map(display).unwrap_or_default()),
                    ("line", first.to_string()),
                ]),
            );
            r.error(Some(f), message, ErrorCode::Conflict);
            return false;
        }
        self.seen.insert(key, r.line);
        true
    }
}

/// A core rule's refusal becomes the row's error; a database failure stops the import.
pub(crate) fn apply<T>(r: &mut RowView<'_>, result: Result<T>) -> Result<Option<T>> {
    match result {
        Ok(v) => Ok(Some(v)),
        Err(e)
            if matches!(
                e.code,
                ErrorCode::InvalidInput
                    | ErrorCode::NotFound
                    | ErrorCode::Conflict
                    | ErrorCode::YearClosed
            ) =>
        {
            r.core(e, form_field);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// One kind's row handler: reads a row, then creates, updates or leaves the record.
pub(crate) trait RowImporter {
    /// `None` when the row has errors (recorded in `r`).
    fn row(&mut self, ctx: &mut Ctx<'_>, r: &mut RowView<'_>) -> Result<Option<Done>>;
}
