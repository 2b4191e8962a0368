//! The GIGN course catalogue, the sessions that run them, and their instructors.

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

#[derive(Debug, Clone, Deserialize, specta::Type)]
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

pub fn insert_course(conn: &Connection, new: &NewCourse) -> Result<i64> {
    let code = validate::text("code", &new.code, 20)?;
    let title = validate::text("title", &new.title, 200)?;
    validate::positive("duration_days", new.duration_days)?;
    validate::positive("capacity", new.capacity)?;
    let prerequisites = validate::optional_text("prerequisites", &new.prerequisites, 2000)?;
    let description = validate::optional_text("description", &new.description, 4000)?;
    validate::unique(conn, "course", "code", &code, "code")?;
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

#[derive(Debug, Clone, Deserialize, specta::Type)]
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

pub fn insert_session(conn: &Connection, new: &NewSession) -> Result<i64> {
    validate::exists(conn, "course", new.course_id, "course_id", "what-course")?;
    validate::date_order("end_date", new.start_date, Some(new.end_date))?;
    let place = country::check("place_country", &new.place_country)?;
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
    conn.execute(
        "INSERT INTO session (course_id, start_date, end_date, place_country, city, language,
             capacity, cost_cents, status, request_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            new.course_id,
            new.start_date,
            new.end_date,
            place,
            city,
            language,
            new.capacity,
            new.cost_cents,
            enum_str(new.status)?,
            new.request_id
        ],
    )?;
    let id = conn.last_insert_rowid();
    for instructor in &new.instructor_ids {
        conn.execute(
            "INSERT OR IGNORE INTO session_instructor (session_id, instructor_id) VALUES (?1, ?2)",
            params![id, instructor],
        )?;
    }
    Ok(id)
}
