//! The GIGN course catalogue, the sessions that run them, and their instructors.

use crate::validate::enum_from_sql;
use chrono::NaiveDate;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::validate::enum_str;
use crate::{country, validate};

pub(crate) const MIGRATION: &str = "
CREATE TABLE course (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    title         TEXT NOT NULL,
    mission       TEXT NOT NULL CHECK (mission IN ('intervention', 'negotiation', 'precision_shooting',
                      'protection', 'special_means', 'breaching', 'crisis_management', 'instructor')),
    level         TEXT NOT NULL CHECK (level IN ('basic', 'advanced', 'expert')),
    duration_days INTEGER NOT NULL CHECK (duration_days > 0),
    capacity      INTEGER NOT NULL CHECK (capacity > 0),
    prerequisites TEXT NOT NULL DEFAULT '',
    description   TEXT NOT NULL DEFAULT '',
    archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
) STRICT;
CREATE TABLE instructor (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
) STRICT;
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

/// Where in the GIGN's mission spectrum a course sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Mission {
    Intervention,
    Negotiation,
    PrecisionShooting,
    Protection,
    SpecialMeans,
    Breaching,
    CrisisManagement,
    Instructor,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Basic,
    Advanced,
    Expert,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum SessionStatus {
    Draft,
    Confirmed,
    Done,
    Cancelled,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct NewCourse {
    pub code: String,
    pub title: String,
    pub mission: Mission,
    pub level: Level,
    pub duration_days: i64,
    pub capacity: i64,
    pub prerequisites: String,
    pub description: String,
}

/// Checks a course's fields; returns the cleaned code, title, prerequisites, description.
fn check_course(conn: &Connection, new: &NewCourse, id: Option<i64>) -> Result<[String; 4]> {
    let code = validate::text("code", &new.code, 20)?;
    let title = validate::text("title", &new.title, 200)?;
    validate::positive("duration_days", new.duration_days)?;
    validate::positive("capacity", new.capacity)?;
    let prerequisites = validate::optional_text("prerequisites", &new.prerequisites, 2000)?;
    let description = validate::optional_text("description", &new.description, 4000)?;
    validate::unique_except(conn, "course", "code", &code, "code", id)?;
    Ok([code, title, prerequisites, description])
}

pub fn insert_course(conn: &Connection, new: &NewCourse) -> Result<i64> {
    let [code, title, prerequisites, description] = check_course(conn, new, None)?;
    conn.execute(
        "INSERT INTO course (code, title, mission, level, duration_days, capacity, prerequisites, description)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            code,
            title,
            enum_str(new.mission)?,
            enum_str(new.level)?,
            new.duration_days,
            new.capacity,
            prerequisites,
            description
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

pub fn insert_instructor(conn: &Connection, name: &str) -> Result<i64> {
    let name = validate::text("name", name, 120)?;
    validate::unique(conn, "instructor", "name", &name, "name")?;
    conn.execute("INSERT INTO instructor (name) VALUES (?1)", [name])?;
    Ok(conn.last_insert_rowid())
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

/// Checks a session's fields; returns the cleaned values (errors block, see `session` for warnings).
pub(crate) fn check_session(conn: &Connection, new: &NewSession) -> Result<NewSession> {
    validate::exists(conn, "course", new.course_id, "course_id", "what-course")?;
    validate::date_order("end_date", new.start_date, Some(new.end_date))?;
    let place_country = country::check("place_country", &new.place_country)?;
    let city = validate::text("city", &new.city, 80)?;
    let language = validate::text("language", &new.language, 40)?;
    validate::positive("capacity", new.capacity)?;
    validate::non_negative("cost_cents", new.cost_cents)?;
    if let Some(id) = new.request_id {
        validate::exists(conn, "request", id, "request_id", "what-request")?;
    }
    for id in &new.instructor_ids {
        validate::exists(conn, "instructor", *id, "instructor_ids", "what-instructor")?;
    }
    Ok(NewSession {
        place_country,
        city,
        language,
        ..new.clone()
    })
}

pub fn insert_session(conn: &Connection, new: &NewSession) -> Result<i64> {
    let s = check_session(conn, new)?;
    conn.execute(
        "INSERT INTO session (course_id, start_date, end_date, place_country, city, language,
             capacity, cost_cents, status, request_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
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
            s.request_id
        ],
    )?;
    let id = conn.last_insert_rowid();
    set_instructors(conn, id, &s.instructor_ids)?;
    Ok(id)
}

/// Replaces the instructors of session `id`.
pub(crate) fn set_instructors(conn: &Connection, id: i64, instructors: &[i64]) -> Result<()> {
    conn.execute("DELETE FROM session_instructor WHERE session_id = ?1", [id])?;
    for instructor in instructors {
        conn.execute(
            "INSERT OR IGNORE INTO session_instructor (session_id, instructor_id) VALUES (?1, ?2)",
            params![id, instructor],
        )?;
    }
    Ok(())
}

/// A course of the catalogue with how often it ran.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CourseRow {
    pub id: i64,
    pub code: String,
    pub title: String,
    pub mission: Mission,
    pub level: Level,
    pub duration_days: i64,
    pub capacity: i64,
    pub prerequisites: String,
    pub description: String,
    pub archived: bool,
    pub sessions: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Instructor {
    pub id: i64,
    pub name: String,
}

/// The catalogue, archived courses last.
pub fn list(conn: &Connection) -> Result<Vec<CourseRow>> {
    let mut stmt = conn.prepare(
        "SELECT c.id, c.code, c.title, c.mission, c.level, c.duration_days, c.capacity, c.prerequisites,
                c.description, c.archived, (SELECT count(*) FROM session s WHERE s.course_id = c.id)
           FROM course c ORDER BY c.archived, c.title",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(CourseRow {
            id: r.get(0)?,
            code: r.get(1)?,
            title: r.get(2)?,
            mission: enum_from_sql(&r.get::<_, String>(3)?)?,
            level: enum_from_sql(&r.get::<_, String>(4)?)?,
            duration_days: r.get(5)?,
            capacity: r.get(6)?,
            prerequisites: r.get(7)?,
            description: r.get(8)?,
            archived: r.get(9)?,
            sessions: r.get(10)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn update_course(conn: &Connection, id: i64, new: &NewCourse) -> Result<()> {
    validate::exists(conn, "course", id, "id", "what-course")?;
    let [code, title, prerequisites, description] = check_course(conn, new, Some(id))?;
    conn.execute(
        "UPDATE course SET code = ?1, title = ?2, mission = ?3, level = ?4, duration_days = ?5,
             capacity = ?6, prerequisites = ?7, description = ?8 WHERE id = ?9",
        params![
            code,
            title,
            enum_str(new.mission)?,
            enum_str(new.level)?,
            new.duration_days,
            new.capacity,
            prerequisites,
            description,
            id
        ],
    )?;
    Ok(())
}

/// Archives (or restores) a course: it stays in the history but is no longer offered.
pub fn set_archived(conn: &Connection, id: i64, archived: bool) -> Result<()> {
    validate::exists(conn, "course", id, "id", "what-course")?;
    conn.execute(
        "UPDATE course SET archived = ?1 WHERE id = ?2",
        params![archived, id],
    )?;
    Ok(())
}

pub fn instructors(conn: &Connection) -> Result<Vec<Instructor>> {
    let mut stmt = conn.prepare("SELECT id, name FROM instructor ORDER BY name")?;
    let rows = stmt.query_map([], |r| {
        Ok(Instructor {
            id: r.get(0)?,
            name: r.get(1)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
