//! Small validation rules shared by every record type. Each returns a field-tagged
//! `INVALID_INPUT` error with a French message.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};

use crate::error::{Error, ErrorCode, Result};
use crate::i18n;

/// The field errors of one submission, gathered so that a form shows them all at once
/// instead of one per save. Each rule is still checked by its own function:
/// `let title = checks.take(validate::text("title", …, 200))?;` then `checks.done()?`.
#[derive(Debug, Default)]
pub struct Checks {
    found: Vec<Error>,
}

impl Checks {
    /// The checked value; a refused field is kept for [`Checks::done`] and stands in as the
    /// type's default meanwhile (never stored: `done` refuses the submission). Any other
    /// failure (the database) stops at once.
    pub fn take<T: Default>(&mut self, result: Result<T>) -> Result<T> {
        match result {
            Ok(value) => Ok(value),
            Err(e)
                if e.field.is_some()
                    && matches!(
                        e.code,
                        ErrorCode::InvalidInput | ErrorCode::NotFound | ErrorCode::Conflict
                    ) =>
            {
                self.found.push(e);
                Ok(T::default())
            }
            Err(e) => Err(e),
        }
    }

    /// Whether a field was refused already (a later rule that needs it valid is skipped).
    pub fn refused(&self, field: &str) -> bool {
        self.found.iter().any(|e| e.field.as_deref() == Some(field))
    }

    /// Every refusal at once, or nothing.
    pub fn done(self) -> Result<()> {
        match Error::all(self.found) {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

/// The text stored in SQL for a unit enum: its serde name (`liaison_officer`).
pub fn enum_str<T: serde::Serialize>(v: T) -> Result<String> {
    serde_json::to_value(v)
        .ok()
        .and_then(|j| j.as_str().map(str::to_owned))
        .ok_or_else(|| Error::internal("enum without a string form"))
}

/// A unit enum read back from its SQL text (the inverse of [`enum_str`]). The tables'
/// CHECK constraints allow only known names, so a failure means a damaged database.
pub fn enum_from_sql<T: serde::de::DeserializeOwned>(s: &str) -> rusqlite::Result<T> {
    serde_json::from_value(serde_json::Value::String(s.to_owned())).map_err(|_| {
        rusqlite::Error::InvalidColumnType(0, s.to_owned(), rusqlite::types::Type::Text)
    })
}

/// French display of a date: dd/mm/yyyy.
pub fn fr_date(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// A required text: trimmed, not empty, at most `max` characters.
pub fn text(field: &str, value: &str, max: usize) -> Result<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Error::invalid(field, "err-required", Vec::new()));
    }
    optional_text(field, v, max)
}

/// An optional text: trimmed, at most `max` characters (may be empty).
pub fn optional_text(field: &str, value: &str, max: usize) -> Result<String> {
    let v = value.trim();
    if v.chars().count() > max {
        return Err(Error::invalid(
            field,
            "err-too-long",
            i18n::args([("max", max)]),
        ));
    }
    Ok(v.to_owned())
}

/// `end` is on or after `start` (when there is an end).
pub fn date_order(field: &str, start: NaiveDate, end: Option<NaiveDate>) -> Result<()> {
    match end {
        Some(end) if end < start => Err(Error::invalid(
            field,
            "err-date-order",
            i18n::args([("start", fr_date(start)), ("end", fr_date(end))]),
        )),
        _ => Ok(()),
    }
}

/// A count or amount that cannot be negative.
pub fn non_negative(field: &str, value: i64) -> Result<()> {
    if value < 0 {
        return Err(Error::invalid(
            field,
            "err-negative",
            i18n::args([("value", value)]),
        ));
    }
    Ok(())
}

/// An amount in cents that cannot be negative, reported in euros (« -1 500,00 € »).
pub fn non_negative_amount(field: &str, cents: i64) -> Result<()> {
    if cents < 0 {
        return Err(Error::invalid(
            field,
            "err-negative-amount",
            i18n::args([("value", i18n::format_euros(cents))]),
        ));
    }
    Ok(())
}

/// A strictly positive number (capacity, duration).
pub fn positive(field: &str, value: i64) -> Result<()> {
    if value <= 0 {
        return Err(Error::invalid(
            field,
            "err-not-positive",
            i18n::args([("value", value)]),
        ));
    }
    Ok(())
}

/// The row `id` exists in `table`; `what` is the Fluent id naming the record kind.
/// `table` is always a constant of ours, never user input.
pub fn exists(conn: &Connection, table: &str, id: i64, field: &str, what: &str) -> Result<()> {
    let found = conn
        .prepare_cached(&format!("SELECT 1 FROM {table} WHERE id = ?1"))?
        .query_row([id], |_| Ok(()))
        .optional()?;
    found.ok_or_else(|| Error::not_found(what, id).with_field(field))
}

/// `value` is not already used in the unique column `column` of `table`.
pub fn unique(
    conn: &Connection,
    table: &str,
    column: &str,
    value: &str,
    field: &str,
) -> Result<()> {
    unique_except(conn, table, column, value, field, None)
}

/// Same as [`unique`], the record `except` (the one being edited) aside.
pub fn unique_except(
    conn: &Connection,
    table: &str,
    column: &str,
    value: &str,
    field: &str,
    except: Option<i64>,
) -> Result<()> {
    let taken: Option<i64> = conn
        .prepare_cached(&format!("SELECT id FROM {table} WHERE {column} = ?1"))?
        .query_row([value], |r| r.get(0))
        .optional()?;
    match taken {
        Some(id) if Some(id) != except => {
            Err(Error::conflict("err-duplicate", i18n::args([("value", value)])).with_field(field))
        }
        _ => Ok(()),
    }
}

/// Deletes rows `ids` of `table`: all of them exist or nothing is deleted. Returns how many.
pub fn delete_ids(conn: &Connection, table: &str, ids: &[i64], what: &str) -> Result<usize> {
    for id in ids {
        exists(conn, table, *id, "ids", what)?;
    }
    let mut stmt = conn.prepare(&format!("DELETE FROM {table} WHERE id = ?1"))?;
    let mut n = 0;
    for id in ids {
        n += stmt.execute([id])?;
    }
    Ok(n)
}

/// A year the application can hold: refused with `err-year` outside 1900–2200.
pub fn year(year: i32) -> Result<()> {
    if !(1900..=2200).contains(&year) {
        return Err(Error::invalid(
            "year",
            "err-year",
            i18n::args([("value", year)]),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    #[test]
    fn rules_accept_good_values_and_name_the_field() {
        assert_eq!(
            text("title", "  Stage  ", 20).ok().as_deref(),
            Some("Stage")
        );
        assert_eq!(
            text("title", "   ", 20).map_err(|e| e.field),
            Err(Some("title".into()))
        );
        assert!(optional_text("note", "abcdef", 5).is_err());
        assert!(date_order("end", d(2016, 1, 2), Some(d(2016, 1, 2))).is_ok());
        assert!(date_order("end", d(2016, 1, 2), None).is_ok());
        let err = date_order("end", d(2016, 1, 2), Some(d(2016, 1, 1))).expect_err("reversed");
        assert!(err.message.contains("02/01/2016"), "{}", err.message);
        assert!(non_negative("n", 0).is_ok() && non_negative("n", -1).is_err());
        assert!(positive("n", 1).is_ok() && positive("n", 0).is_err());
    }
}
