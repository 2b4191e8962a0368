//! Sessions of GIGN courses as the planner handles them: create and edit with the
//! conflicts computed here, list by year, and one session's page.

mod conflicts;

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

pub use conflicts::{conflicts, Conflict, ConflictKind};

use super::enrolment::{self, HOLDS_PLACE};
use crate::country;
use crate::error::{Error, Result};
use crate::store::sql;
use crate::validate::{self, enum_from_sql, enum_str};

/// The session tables; part of schema step 10, after the catalogue's.
pub(crate) const TABLES: &str = "
CREATE TABLE session (
    id            INTEGER PRIMARY KEY,
    course_id     INTEGER NOT NULL REFERENCES course (id),
    start_date    TEXT NOT NULL,
    end_date      TEXT NOT NULL,
    place_country TEXT NOT NULL REFERENCES country (alpha2),
    city          TEXT NOT NULL,
    language      TEXT NOT NULL,
    capacity      INTEGER NOT NULL CHECK (capacity > 0),
    cost_cents    INTEGER NOT NULL CHECK (cost_cents >= 0),
    status        TEXT NOT NULL CHECK (status IN ('draft', 'confirmed', 'done', 'cancelled')),
    request_id    INTEGER REFERENCES request (id),
    CHECK (end_date >= start_date)
) STRICT;
CREATE INDEX session_start ON session (start_date);
CREATE TABLE session_instructor (
    session_id    INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    instructor_id INTEGER NOT NULL REFERENCES instructor (id),
    PRIMARY KEY (session_id, instructor_id)
) STRICT, WITHOUT ROWID;
";

/// The sessions the figures count, as an SQL list for `status IN {COUNTED}`: a draft or a
/// cancelled session counts nowhere.
pub const COUNTED: &str = "('confirmed', 'done')";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum SessionStatus {
    Draft,
    Confirmed,
    Done,
    Cancelled,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct NewSession {
    pub course_id: i64,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    /// ISO alpha-2 of where it runs: FR for France, else the requesting country.
    pub place_country: String,
    pub city: String,
    pub language: String,
    pub capacity: i64,
    pub cost_cents: i64,
    pub status: SessionStatus,
    pub request_id: Option<i64>,
    pub instructor_ids: Vec<i64>,
}

/// Checks a session's fields; returns the cleaned values (errors block; conflicts only warn).
fn check(conn: &Connection, new: &NewSession) -> Result<NewSession> {
    let mut c = validate::Checks::default();
    c.take(validate::exists(
        conn,
        "course",
        new.course_id,
        "course_id",
        "what-course",
    ))?;
    c.take(validate::date_order(
        "end_date",
        new.start_date,
        Some(new.end_date),
    ))?;
    let place_country = c.take(country::check("place_country", &new.place_country))?;
    let city = c.take(validate::text("city", &new.city, 80))?;
    let language = c.take(validate::text("language", &new.language, 40))?;
    c.take(validate::positive("capacity", new.capacity))?;
    c.take(validate::non_negative_amount("cost_cents", new.cost_cents))?;
    if let Some(id) = new.request_id {
        c.take(validate::exists(
            conn,
            "request",
            id,
            "request_id",
            "what-request",
        ))?;
    }
    for id in &new.instructor_ids {
        c.take(validate::exists(
            conn,
            "instructor",
            *id,
            "instructor_ids",
            "what-instructor",
        ))?;
    }
    c.done()?;
    Ok(NewSession {
        place_country,
        city,
        language,
        ..new.clone()
    })
}

const COLUMNS: &str = "course_id, start_date, end_date, place_country, city, language, capacity,
    cost_cents, status, request_id";

/// The column values in `COLUMNS` order, then `extra` (the id for an update).
fn values(s: &NewSession, extra: Option<i64>) -> Result<Vec<Value>> {
    let mut v = vec![
        Value::Integer(s.course_id),
        Value::Text(s.start_date.to_string()),
        Value::Text(s.end_date.to_string()),
        Value::Text(s.place_country.clone()),
        Value::Text(s.city.clone()),
        Value::Text(s.language.clone()),
        Value::Integer(s.capacity),
        Value::Integer(s.cost_cents),
        Value::Text(enum_str(s.status)?),
        s.request_id.map_or(Value::Null, Value::Integer),
    ];
    v.extend(extra.map(Value::Integer));
    Ok(v)
}

pub fn insert(conn: &Connection, new: &NewSession) -> Result<i64> {
    let s = check(conn, new)?;
    conn.execute(
        &sql::insert("session", COLUMNS),
        params_from_iter(values(&s, None)?),
    )?;
    let id = conn.last_insert_rowid();
    set_instructors(conn, id, &s.instructor_ids)?;
    Ok(id)
}

/// Brings back a deleted session under its former `id`, through the same checks.
pub fn reinsert(conn: &Connection, id: i64, input: &NewSession) -> Result<()> {
    let s = check(conn, input)?;
    conn.execute(
        &sql::insert_with_id("session", COLUMNS),
        params_from_iter(values(&s, Some(id))?),
    )?;
    set_instructors(conn, id, &s.instructor_ids)
}

/// Replaces the instructors of session `id`.
fn set_instructors(conn: &Connection, id: i64, instructors: &[i64]) -> Result<()> {
    conn.execute("DELETE FROM session_instructor WHERE session_id = ?1", [id])?;
    for instructor in instructors {
        conn.execute(
            "INSERT OR IGNORE INTO session_instructor (session_id, instructor_id) VALUES (?1, ?2)",
            params![id, instructor],
        )?;
    }
    Ok(())
}

/// A saved session and the warnings the planner should see (saving is still allowed).
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct SessionSaved {
    pub id: i64,
    pub conflicts: Vec<Conflict>,
}

/// One line of the planning: a session with its fill.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct SessionRow {
    pub id: i64,
    pub course_id: i64,
    pub course_code: String,
    pub course_title: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub place_country: String,
    pub place_country_name: String,
    pub city: String,
    pub language: String,
    pub capacity: i64,
    pub status: SessionStatus,
    /// Enrolments holding a place (requested, confirmed, attended, passed, failed).
    pub enrolled: i64,
    pub waiting: i64,
    pub instructors: Vec<String>,
    pub request_reference: Option<String>,
}

/// Creates a session; returns it with its conflicts.
pub fn create(conn: &Connection, input: &NewSession) -> Result<SessionSaved> {
    let id = insert(conn, input)?;
    Ok(SessionSaved {
        id,
        conflicts: conflicts(conn, id)?,
    })
}

/// Replaces every field of session `id`; a larger capacity promotes waiting trainees.
pub fn update(conn: &Connection, id: i64, input: &NewSession) -> Result<SessionSaved> {
    validate::exists(conn, "session", id, "id", "what-session")?;
    let s = check(conn, input)?;
    conn.execute(
        &sql::update("session", COLUMNS),
        params_from_iter(values(&s, Some(id))?),
    )?;
    set_instructors(conn, id, &s.instructor_ids)?;
    enrolment::promote_waiting(conn, id)?;
    Ok(SessionSaved {
        id,
        conflicts: conflicts(conn, id)?,
    })
}

/// Reads session `id` back as the form edits it.
pub fn get(conn: &Connection, id: i64) -> Result<NewSession> {
    let mut session = conn
        .query_row(
            "SELECT course_id, start_date, end_date, place_country, city, language, capacity,
                    cost_cents, status, request_id FROM session WHERE id = ?1",
            [id],
            |r| {
                let status: String = r.get(8)?;
                Ok(NewSession {
                    course_id: r.get(0)?,
                    start_date: r.get(1)?,
                    end_date: r.get(2)?,
                    place_country: r.get(3)?,
                    city: r.get(4)?,
                    language: r.get(5)?,
                    capacity: r.get(6)?,
                    cost_cents: r.get(7)?,
                    status: enum_from_sql(&status)?,
                    request_id: r.get(9)?,
                    instructor_ids: Vec::new(),
                })
            },
        )
        .optional()?
        .ok_or_else(|| Error::not_found("what-session", id))?;
    let mut stmt =
        conn.prepare("SELECT instructor_id FROM session_instructor WHERE session_id = ?1")?;
    session.instructor_ids = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(session)
}

/// Deletes a session and its enrolments.
pub fn delete(conn: &Connection, id: i64) -> Result<usize> {
    validate::delete_ids(conn, "session", &[id], "what-session")
}

/// A month of the planning (1–12).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
pub struct PlanningMonth {
    pub year: i32,
    pub month: u32,
}

/// The month the planning opens on, as of `today`: this month when a session runs in it,
/// else the next month with a session, else the last one that had one (else this month).
pub fn opening_month(conn: &Connection, today: NaiveDate) -> Result<PlanningMonth> {
    use chrono::Datelike;
    let this = PlanningMonth {
        year: today.year(),
        month: today.month(),
    };
    let first_day = format!("{:04}-{:02}-01", this.year, this.month);
    let next: Option<String> = conn.query_row(
        "SELECT min(start_date) FROM session WHERE end_date >= ?1 AND status <> 'cancelled'",
        [&first_day],
        |r| r.get(0),
    )?;
    let last: Option<String> = conn.query_row(
        "SELECT max(start_date) FROM session WHERE status <> 'cancelled'",
        [],
        |r| r.get(0),
    )?;
    let month_of = |iso: &str| -> Option<PlanningMonth> {
        let day = NaiveDate::parse_from_str(iso, "%Y-%m-%d").ok()?;
        Some(PlanningMonth {
            year: day.year(),
            month: day.month(),
        })
    };
    Ok(
        match (
            next.as_deref().and_then(month_of),
            last.as_deref().and_then(month_of),
        ) {
            // The first session still to end: it runs this month, or starts later.
            (Some(m), _) if (m.year, m.month) < (this.year, this.month) => this,
            (Some(m), _) | (None, Some(m)) => m,
            (None, None) => this,
        },
    )
}

/// Sessions starting in `year` (every year when `None`), by start date.
pub fn list(conn: &Connection, year: Option<i32>) -> Result<Vec<SessionRow>> {
    let (from, to) = match year {
        Some(y) => {
            crate::validate::year(y)?;
            (format!("{y:04}-01-01"), format!("{y:04}-12-31"))
        }
        None => ("0000-01-01".to_owned(), "9999-12-31".to_owned()),
    };
    let mut stmt = conn.prepare(&format!(
        "SELECT s.id, s.course_id, co.code, co.title, s.start_date, s.end_date, s.place_country,
                c.name_fr, s.city, s.language, s.capacity, s.status,
                (SELECT count(*) FROM enrolment e WHERE e.session_id = s.id AND e.status IN {HOLDS_PLACE}),
                (SELECT count(*) FROM enrolment e WHERE e.session_id = s.id AND e.status = 'waiting'),
                (SELECT group_concat(name, ', ') FROM (SELECT i.name FROM session_instructor si
                    JOIN instructor i ON i.id = si.instructor_id WHERE si.session_id = s.id ORDER BY i.name COLLATE FR)),
                r.reference
           FROM session s JOIN course co ON co.id = s.course_id
           JOIN country c ON c.alpha2 = s.place_country
           LEFT JOIN request r ON r.id = s.request_id
          WHERE s.start_date BETWEEN ?1 AND ?2
          ORDER BY s.start_date, s.id"
    ))?;
    let rows = stmt.query_map(params![from, to], |r| {
        let status: String = r.get(11)?;
        let instructors: Option<String> = r.get(14)?;
        Ok(SessionRow {
            id: r.get(0)?,
            course_id: r.get(1)?,
            course_code: r.get(2)?,
            course_title: r.get(3)?,
            start_date: r.get(4)?,
            end_date: r.get(5)?,
            place_country: r.get(6)?,
            place_country_name: r.get(7)?,
            city: r.get(8)?,
            language: r.get(9)?,
            capacity: r.get(10)?,
            status: enum_from_sql(&status)?,
            enrolled: r.get(12)?,
            waiting: r.get(13)?,
            instructors: instructors
                .map(|s| s.split(", ").map(str::to_owned).collect())
                .unwrap_or_default(),
            request_reference: r.get(15)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
