//! Sessions of GIGN courses as the planner handles them: create and edit with the
//! conflicts computed here, list by year, and one session's page.

mod conflicts;

use crate::validate::enum_from_sql;
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

pub use conflicts::{conflicts, Conflict, ConflictKind};

use crate::course::{self, NewSession, SessionStatus};
use crate::error::{Error, Result};
use crate::validate::{self, enum_str};

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

/// Statuses of an enrolment that hold a place in the session.
pub(crate) const HOLDS_PLACE: &str = "('requested', 'confirmed', 'attended', 'passed', 'failed')";

/// Creates a session; returns it with its conflicts.
pub fn create(conn: &Connection, input: &NewSession) -> Result<SessionSaved> {
    let id = course::insert_session(conn, input)?;
    Ok(SessionSaved {
        id,
        conflicts: conflicts(conn, id)?,
    })
}

/// Replaces every field of session `id`; a larger capacity promotes waiting trainees.
pub fn update(conn: &Connection, id: i64, input: &NewSession) -> Result<SessionSaved> {
    validate::exists(conn, "session", id, "id", "what-session")?;
    let s = course::check_session(conn, input)?;
    conn.execute(
        "UPDATE session SET course_id = ?1, start_date = ?2, end_date = ?3, place_country = ?4,
             city = ?5, language = ?6, capacity = ?7, cost_cents = ?8, status = ?9, request_id = ?10
         WHERE id = ?11",
        params![
            s.course_id,
            s.start_date,
            s.end_date,
            s.place_country,
            s.city,
            s.language,
            s.capacity,
            s.cost_cents,
            enum_str(s.status)?,
            s.request_id,
            id
        ],
    )?;
    course::set_instructors(conn, id, &s.instructor_ids)?;
    crate::enrolment::promote_waiting(conn, id)?;
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

/// Sessions starting in `year` (every year when `None`), by start date.
pub fn list(conn: &Connection, year: Option<i32>) -> Result<Vec<SessionRow>> {
    let (from, to) = match year {
        Some(y) => {
            crate::stats::check_year(y)?;
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
                    JOIN instructor i ON i.id = si.instructor_id WHERE si.session_id = s.id ORDER BY i.name)),
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
