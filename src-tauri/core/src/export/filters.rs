//! The filter lines of an export's header, in French: "Année : 2016", "SSI : DAK (Dakar)"…
//! Ids are turned back into the names the user chose them by.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::i18n::{self, tr};
use crate::validate::{enum_str, fr_date};

/// Collects the lines of the active filters.
#[derive(Debug, Default)]
pub(crate) struct Lines(pub Vec<String>);

fn item(id: &str, value: impl ToString) -> String {
    tr(id, &i18n::args([("value", value.to_string())]))
}

/// The French label of a unit enum, from `export-{prefix}-{value}`.
pub(crate) fn label<T: serde::Serialize>(prefix: &str, value: T) -> Result<String> {
    Ok(tr(&format!("export-{prefix}-{}", enum_str(value)?), &[]))
}

impl Lines {
    pub fn push(&mut self, id: &str, value: impl ToString) {
        self.0.push(item(id, value));
    }

    pub fn year(&mut self, year: Option<i32>) {
        if let Some(y) = year {
            self.push("export-filter-year", y);
        }
    }

    pub fn date(&mut self, id: &str, date: Option<NaiveDate>) {
        if let Some(d) = date {
            self.push(id, fr_date(d));
        }
    }

    pub fn text(&mut self, text: Option<&str>) {
        if let Some(t) = text.map(str::trim).filter(|t| !t.is_empty()) {
            self.push("export-filter-text", t);
        }
    }

    /// A country filter (any case); an unknown code is refused as the list would refuse it.
    pub fn country(&mut self, id: &str, code: Option<&str>) -> Result<()> {
        if let Some(code) = code.filter(|c| !c.trim().is_empty()) {
            let alpha2 = crate::country::check("country", code)?;
            let name = crate::country::get(&alpha2)
                .map(|c| c.name_fr)
                .unwrap_or_default();
            self.push(id, format!("{name} ({alpha2})"));
        }
        Ok(())
    }

    /// The name `sql` gives for `id`; a missing row is NOT_FOUND, as in the list itself.
    pub fn named(
        &mut self,
        conn: &Connection,
        id_label: &str,
        sql: &str,
        id: Option<i64>,
        what: &str,
    ) -> Result<()> {
        if let Some(id) = id {
            let name: String = conn
                .query_row(sql, [id], |r| r.get(0))
                .optional()?
                .ok_or_else(|| Error::not_found(what, id))?;
            self.push(id_label, name);
        }
        Ok(())
    }

    pub fn ssi(&mut self, conn: &Connection, id: Option<i64>) -> Result<()> {
        self.named(
            conn,
            "export-filter-ssi",
            "SELECT code || ' (' || city || ')' FROM ssi WHERE id = ?1",
            id,
            "what-ssi",
        )
    }

    pub fn domain(&mut self, conn: &Connection, id: Option<i64>) -> Result<()> {
        self.named(
            conn,
            "export-filter-domain",
            "SELECT name_fr FROM domain WHERE id = ?1",
            id,
            "what-domain",
        )
    }
}
