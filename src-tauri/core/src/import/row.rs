//! One data row seen through the column mapping: its cells by field, and the errors found
//! in it, each naming the line, the column as written and the value.

use std::collections::HashMap;

use super::reader::{display, Cell};
use super::report::RowError;
use super::values::{Parsed, Problem};
use super::ImportField;
use crate::error::{Error, ErrorCode};
use crate::i18n;

/// Which column holds each mapped field: its index and header.
#[derive(Debug, Default)]
pub(crate) struct Columns(HashMap<ImportField, (usize, String)>);

impl Columns {
    pub fn new(mapping: &[Option<ImportField>], headers: &[String]) -> Self {
        Self(
            mapping
                .iter()
                .enumerate()
                .filter_map(|(i, f)| {
                    Some(((*f)?, (i, headers.get(i).cloned().unwrap_or_default())))
                })
                .collect(),
        )
    }

    pub fn has(&self, f: ImportField) -> bool {
        self.0.contains_key(&f)
    }

    pub fn header(&self, f: ImportField) -> Option<&str> {
        self.0.get(&f).map(|(_, h)| h.as_str())
    }

    fn index(&self, f: ImportField) -> Option<usize> {
        self.0.get(&f).map(|(i, _)| *i)
    }
}

const EMPTY: Cell = Cell::Empty;

pub(crate) struct RowView<'a> {
    pub line: u32,
    cells: &'a [Cell],
    columns: &'a Columns,
    /// Each error with its column's position, to list them left to right.
    errors: Vec<(usize, RowError)>,
}

impl<'a> RowView<'a> {
    pub fn new(line: u32, cells: &'a [Cell], columns: &'a Columns) -> Self {
        Self {
            line,
            cells,
            columns,
            errors: Vec::new(),
        }
    }

    /// The field's cell; `None` when no column holds the field.
    pub fn cell(&self, f: ImportField) -> Option<&'a Cell> {
        let i = self.columns.index(f)?;
        Some(self.cells.get(i).unwrap_or(&EMPTY))
    }

    fn is_empty(cell: &Cell) -> bool {
        display(cell).is_empty()
    }

    /// Records an error about field `f` (or the whole row when `None`).
    pub fn error(&mut self, f: Option<ImportField>, message: String, code: ErrorCode) {
        let value = f
            .and_then(|f| self.cell(f))
            .map(display)
            .unwrap_or_default();
        let position = f.and_then(|f| self.columns.index(f)).unwrap_or(usize::MAX);
        self.errors.push((
            position,
            RowError {
                line: self.line,
                column: f.and_then(|f| self.columns.header(f)).map(str::to_owned),
                field: f,
                value,
                message,
                code,
            },
        ));
    }

    /// The row's errors, in column order.
    pub fn take_errors(&mut self) -> Vec<RowError> {
        let mut errors = std::mem::take(&mut self.errors);
        errors.sort_by_key(|(position, _)| *position);
        errors.into_iter().map(|(_, e)| e).collect()
    }

    pub fn problem(&mut self, f: ImportField, p: Problem) {
        let mut args = p.args;
        args.push(("value", self.cell(f).map(display).unwrap_or_default()));
        args.push(("field", f.label()));
        self.error(Some(f), i18n::tr(p.id, &args), ErrorCode::InvalidInput);
    }

    /// A required field's value; `None` (error recorded) when empty or unreadable.
    pub fn required<T>(
        &mut self,
        f: ImportField,
        parse: impl FnOnce(&Cell) -> Parsed<T>,
    ) -> Option<T> {
        let cell = self.cell(f)?;
        if Self::is_empty(cell) {
            self.problem(f, Problem::new("err-import-empty"));
            return None;
        }
        parse(cell).map_err(|p| self.problem(f, p)).ok()
    }

    /// An optional field: `keep` when the file has no such column (an update keeps the
    /// record's value), `None` for an empty cell; `Err` (error recorded) when unreadable.
    pub fn optional<T>(
        &mut self,
        f: ImportField,
        keep: Option<T>,
        parse: impl FnOnce(&Cell) -> Parsed<T>,
    ) -> Result<Option<T>, ()> {
        match self.cell(f) {
            None => Ok(keep),
            Some(cell) if Self::is_empty(cell) => Ok(None),
            Some(cell) => parse(cell).map(Some).map_err(|p| self.problem(f, p)),
        }
    }

    /// A free text field: the cell's text, `keep` when there is no such column.
    pub fn text(&self, f: ImportField, keep: &str) -> String {
        self.cell(f).map_or_else(|| keep.to_owned(), display)
    }

    /// Records an error the core's rules returned, on the column of the field it names.
    pub fn core(&mut self, e: Error, field_of: impl Fn(&str) -> Option<ImportField>) {
        let f = e
            .field
            .as_deref()
            .and_then(field_of)
            .filter(|f| self.columns.has(*f));
        self.error(f, e.message, e.code);
    }
}

/// The import field behind a form field's name, the same in every kind's input struct.
pub(crate) fn form_field(name: &str) -> Option<ImportField> {
    use ImportField as F;
    Some(match name {
        "reference" => F::Reference,
        "title" => F::Title,
        "ssi_id" => F::Ssi,
        "country" | "residence_country" => F::Country,
        "kind_id" => F::Kind,
        "domain_id" => F::Domain,
        "programme_id" => F::Programme,
        "funder_id" => F::Funder,
        "start_date" => F::StartDate,
        "end_date" => F::EndDate,
        "beneficiary" => F::Beneficiary,
        "participants" => F::Participants,
        "cost_cents" => F::Cost,
        "evaluation" => F::Evaluation,
        "opened_on" => F::OpenedOn,
        "persons_located" => F::PersonsLocated,
        "arrest_warrants" => F::ArrestWarrants,
        "last_name" => F::LastName,
        "first_name" => F::FirstName,
        "unit_id" => F::Unit,
        "rank" => F::Rank,
        "languages" => F::Languages,
        "code" => F::Code,
        "city" => F::City,
        "closed_on" => F::ClosedOn,
        _ => return None,
    })
}
