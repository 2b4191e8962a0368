//! The GIGN course catalogue and its instructors. Sessions that run the courses: `session`.

use crate::validate::enum_from_sql;
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection};
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::store::sql;
use crate::validate;
use crate::validate::enum_str;

/// The catalogue's tables; part of schema step 10 with the session tables.
pub(crate) const TABLES: &str = "
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

const COLUMNS: &str =
    "code, title, mission, level, duration_days, capacity, prerequisites, description";

/// Checks a course's fields; returns the column values in `COLUMNS` order, cleaned.
fn checked(conn: &Connection, new: &NewCourse, id: Option<i64>) -> Result<Vec<Value>> {
    let code = validate::text("code", &new.code, 20)?;
    let title = validate::text("title", &new.title, 200)?;
    validate::positive("duration_days", new.duration_days)?;
    validate::positive("capacity", new.capacity)?;
    let prerequisites = validate::optional_text("prerequisites", &new.prerequisites, 2000)?;
    let description = validate::optional_text("description", &new.description, 4000)?;
    validate::unique_except(conn, "course", "code", &code, "code", id)?;
    Ok(vec![
        Value::Text(code),
        Value::Text(title),
        Value::Text(enum_str(new.mission)?),
        Value::Text(enum_str(new.level)?),
        Value::Integer(new.duration_days),
        Value::Integer(new.capacity),
        Value::Text(prerequisites),
        Value::Text(description),
    ])
}

pub fn insert_course(conn: &Connection, new: &NewCourse) -> Result<i64> {
    let values = checked(conn, new, None)?;
    conn.execute(&sql::insert("course", COLUMNS), params_from_iter(values))?;
    Ok(conn.last_insert_rowid())
}

pub fn insert_instructor(conn: &Connection, name: &str) -> Result<i64> {
    let name = validate::text("name", name, 120)?;
    validate::unique(conn, "instructor", "name", &name, "name")?;
    conn.execute("INSERT INTO instructor (name) VALUES (?1)", [name])?;
    Ok(conn.last_insert_rowid())
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
           FROM course c ORDER BY c.archived, c.title COLLATE FR",
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
    let mut values = checked(conn, new, Some(id))?;
    values.push(Value::Integer(id));
    conn.execute(&sql::update("course", COLUMNS), params_from_iter(values))?;
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
    let mut stmt = conn.prepare("SELECT id, name FROM instructor ORDER BY name COLLATE FR")?;
    let rows = stmt.query_map([], |r| {
        Ok(Instructor {
            id: r.get(0)?,
            name: r.get(1)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
