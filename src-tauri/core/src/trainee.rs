//! Foreign trainees (minimal personal data) and their enrolments in GIGN sessions.

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::validate::enum_str;
use crate::{country, validate};

pub(crate) const MIGRATION: &str = "
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
CREATE TABLE enrolment (
    id             INTEGER PRIMARY KEY,
    trainee_id     INTEGER NOT NULL REFERENCES trainee (id) ON DELETE CASCADE,
    session_id     INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    status         TEXT NOT NULL CHECK (status IN ('requested', 'confirmed', 'waiting', 'attended',
                       'passed', 'failed', 'withdrawn')),
    result         TEXT NOT NULL DEFAULT '',
    certificate_no TEXT UNIQUE,
    UNIQUE (trainee_id, session_id)
) STRICT;
CREATE INDEX enrolment_session ON enrolment (session_id, status);
";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum EnrolmentStatus {
    Requested,
    Confirmed,
    Waiting,
    Attended,
    Passed,
    Failed,
    Withdrawn,
}

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

pub fn insert(conn: &Connection, new: &NewTrainee) -> Result<i64> {
    let last = validate::text("last_name", &new.last_name, 80)?;
    let first = validate::text("first_name", &new.first_name, 80)?;
    let country = country::check("country", &new.country)?;
    let rank = validate::optional_text("rank", &new.rank, 80)?;
    let languages = validate::optional_text("languages", &new.languages, 120)?;
    if let Some(id) = new.unit_id {
        validate::exists(conn, "foreign_unit", id, "unit_id", "what-unit")?;
    }
    conn.execute(
        "INSERT INTO trainee (last_name, first_name, country, unit_id, rank, languages)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![last, first, country, new.unit_id, rank, languages],
    )?;
    Ok(conn.last_insert_rowid())
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct NewEnrolment {
    pub trainee_id: i64,
    pub session_id: i64,
    pub status: EnrolmentStatus,
    pub result: String,
    pub certificate_no: Option<String>,
}

pub fn enrol(conn: &Connection, new: &NewEnrolment) -> Result<i64> {
    validate::exists(
        conn,
        "trainee",
        new.trainee_id,
        "trainee_id",
        "what-trainee",
    )?;
    validate::exists(
        conn,
        "session",
        new.session_id,
        "session_id",
        "what-session",
    )?;
    let result = validate::optional_text("result", &new.result, 400)?;
    if let Some(no) = &new.certificate_no {
        validate::unique(conn, "enrolment", "certificate_no", no, "certificate_no")?;
    }
    conn.execute(
        "INSERT INTO enrolment (trainee_id, session_id, status, result, certificate_no)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            new.trainee_id,
            new.session_id,
            enum_str(new.status)?,
            result,
            new.certificate_no
        ],
    )?;
    Ok(conn.last_insert_rowid())
}
