//! Trainee records as the cell keeps them: search, possible duplicates, edits, and the
//! full history of one trainee across years.

use crate::validate::enum_from_sql;
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use super::enrolment::EnrolmentStatus;
use super::trainee::{self, NewTrainee};
use crate::error::{Error, Result};
use crate::{country, i18n, person, validate};

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct TraineeRow {
    pub id: i64,
    pub name: String,
    pub last_name: String,
    pub first_name: String,
    pub country: String,
    pub country_name: String,
    pub unit_id: Option<i64>,
    pub unit: Option<String>,
    pub rank: String,
    pub sessions: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct TraineeSaved {
    pub id: i64,
    /// French warnings (e.g. a trainee with the same name and state already exists).
    pub warnings: Vec<String>,
}

/// One line of a trainee's history.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct TraineeSession {
    pub enrolment_id: i64,
    pub session_id: i64,
    pub course_title: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub place: String,
    pub status: EnrolmentStatus,
    pub result: String,
    pub certificate_no: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct TraineeDetail {
    pub trainee: TraineeRow,
    pub languages: String,
    pub history: Vec<TraineeSession>,
}

const SELECT: &str = "SELECT t.id, t.first_name || char(31) || t.last_name, t.last_name, t.first_name,
        t.country, c.name_fr, t.unit_id, u.name, t.rank,
        (SELECT count(*) FROM enrolment e WHERE e.trainee_id = t.id)
   FROM trainee t JOIN country c ON c.alpha2 = t.country LEFT JOIN foreign_unit u ON u.id = t.unit_id";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<TraineeRow> {
    let name: String = r.get(1)?;
    Ok(TraineeRow {
        id: r.get(0)?,
        name: person::display_name(&name),
        last_name: r.get(2)?,
        first_name: r.get(3)?,
        country: r.get(4)?,
        country_name: r.get(5)?,
        unit_id: r.get(6)?,
        unit: r.get(7)?,
        rank: r.get(8)?,
        sessions: r.get(9)?,
    })
}

/// How many trainees a search shows on screen.
pub const SCREEN_LIMIT: i64 = 5000;

/// Trainees matching `text` (name words), from `state`, or enrolled in `session_id`; at most
/// [`SCREEN_LIMIT`].
pub fn search(
    conn: &Connection,
    text: &str,
    state: Option<&str>,
    session_id: Option<i64>,
) -> Result<Vec<TraineeRow>> {
    search_up_to(conn, text, state, session_id, SCREEN_LIMIT)
}

/// Every trainee [`search`] would match, for exports (no screen limit).
pub fn search_all(
    conn: &Connection,
    text: &str,
    state: Option<&str>,
    session_id: Option<i64>,
) -> Result<Vec<TraineeRow>> {
    search_up_to(conn, text, state, session_id, -1)
}

/// `limit` as SQLite reads it: a negative limit means none.
fn search_up_to(
    conn: &Connection,
    text: &str,
    state: Option<&str>,
    session_id: Option<i64>,
    limit: i64,
) -> Result<Vec<TraineeRow>> {
    let mut w = crate::filter::Where::default();
    w.words(&["t.last_name", "t.first_name"], Some(text));
    w.country("t.country", state)?;
    w.id(
        "t.id IN (SELECT trainee_id FROM enrolment WHERE session_id = {})",
        session_id,
    );
    let mut stmt = conn.prepare(&format!(
        "{SELECT} WHERE {} ORDER BY t.last_name COLLATE FR, t.first_name COLLATE FR LIMIT {limit}",
        w.sql()
    ))?;
    let rows = stmt.query_map(rusqlite::params_from_iter(w.values.iter()), row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Trainees with the same name (any case) and state: probably the same person.
pub fn possible_duplicates(conn: &Connection, input: &NewTrainee) -> Result<Vec<TraineeRow>> {
    let mut stmt = conn.prepare(&format!(
        "{SELECT} WHERE lower(t.last_name) = lower(?1) AND lower(t.first_name) = lower(?2) AND t.country = ?3"
    ))?;
    let country = country::check("country", &input.country)?;
    let rows = stmt.query_map(
        params![input.last_name.trim(), input.first_name.trim(), country],
        row,
    )?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Creates a trainee; a possible duplicate is reported, not refused.
pub fn create(conn: &Connection, input: &NewTrainee) -> Result<TraineeSaved> {
    let duplicates = possible_duplicates(conn, input)?;
    let id = trainee::insert(conn, input)?;
    let warnings = duplicates
        .iter()
        .map(|d| {
            i18n::tr(
                "warn-duplicate-trainee",
                &i18n::args([("name", &d.name), ("country", &d.country_name)]),
            )
        })
        .collect();
    Ok(TraineeSaved { id, warnings })
}

pub fn update(conn: &Connection, id: i64, input: &NewTrainee) -> Result<()> {
    validate::exists(conn, "trainee", id, "id", "what-trainee")?;
    let t = trainee::checked(conn, input)?;
    conn.execute(
        "UPDATE trainee SET last_name = ?1, first_name = ?2, country = ?3, unit_id = ?4, rank = ?5,
             languages = ?6 WHERE id = ?7",
        params![
            t.last_name,
            t.first_name,
            t.country,
            t.unit_id,
            t.rank,
            t.languages,
            id
        ],
    )?;
    Ok(())
}

/// A trainee with every session they were enrolled in, newest first.
pub fn detail(conn: &Connection, id: i64) -> Result<TraineeDetail> {
    let trainee = conn
        .query_row(&format!("{SELECT} WHERE t.id = ?1"), [id], row)
        .optional()?
        .ok_or_else(|| Error::not_found("what-trainee", id))?;
    let languages: String =
        conn.query_row("SELECT languages FROM trainee WHERE id = ?1", [id], |r| {
            r.get(0)
        })?;
    let mut stmt = conn.prepare(
        "SELECT e.id, s.id, co.title, s.start_date, s.end_date, s.city || ' (' || c.name_fr || ')',
                e.status, e.result, e.certificate_no
           FROM enrolment e JOIN session s ON s.id = e.session_id JOIN course co ON co.id = s.course_id
           JOIN country c ON c.alpha2 = s.place_country
          WHERE e.trainee_id = ?1 ORDER BY s.start_date DESC",
    )?;
    let history = stmt
        .query_map([id], |r| {
            let status: String = r.get(6)?;
            Ok(TraineeSession {
                enrolment_id: r.get(0)?,
                session_id: r.get(1)?,
                course_title: r.get(2)?,
                start_date: r.get(3)?,
                end_date: r.get(4)?,
                place: r.get(5)?,
                status: enum_from_sql(&status)?,
                result: r.get(7)?,
                certificate_no: r.get(8)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(TraineeDetail {
        trainee,
        languages,
        history,
    })
}
