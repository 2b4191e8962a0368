//! Foreign trainees (minimal personal data). Their enrolments: `enrolment`; their records
//! as the cell searches and edits them: `trainee_record`.

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::{country, validate};

/// The trainee table; schema step 12 with the enrolment table.
pub(crate) const TABLES: &str = "
CREATE TABLE trainee (
    id         INTEGER PRIMARY KEY,
    last_name  TEXT NOT NULL,
    first_name TEXT NOT NULL,
    country    TEXT NOT NULL REFERENCES country (alpha2),
    unit_id    INTEGER REFERENCES foreign_unit (id),
    rank       TEXT NOT NULL DEFAULT '',
    languages  TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX trainee_name ON trainee (last_name, first_name);
";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct NewTrainee {
    pub last_name: String,
    pub first_name: String,
    /// The trainee's state, ISO alpha-2.
    pub country: String,
    pub unit_id: Option<i64>,
    pub rank: String,
    pub languages: String,
}

/// The form's rules on a trainee's fields; returns the cleaned values.
pub(crate) fn checked(conn: &Connection, new: &NewTrainee) -> Result<NewTrainee> {
    let mut c = validate::Checks::default();
    let last_name = c.take(validate::text("last_name", &new.last_name, 80))?;
    let first_name = c.take(validate::text("first_name", &new.first_name, 80))?;
    let country = c.take(country::check("country", &new.country))?;
    let rank = c.take(validate::optional_text("rank", &new.rank, 80))?;
    let languages = c.take(validate::optional_text("languages", &new.languages, 120))?;
    if let Some(id) = new.unit_id {
        c.take(validate::exists(
            conn,
            "foreign_unit",
            id,
            "unit_id",
            "what-unit",
        ))?;
    }
    c.done()?;
    Ok(NewTrainee {
        last_name,
        first_name,
        country,
        unit_id: new.unit_id,
        rank,
        languages,
    })
}

pub fn insert(conn: &Connection, new: &NewTrainee) -> Result<i64> {
    let t = checked(conn, new)?;
    conn.execute(
        "INSERT INTO trainee (last_name, first_name, country, unit_id, rank, languages)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            t.last_name,
            t.first_name,
            t.country,
            t.unit_id,
            t.rank,
            t.languages
        ],
    )?;
    Ok(conn.last_insert_rowid())
}
