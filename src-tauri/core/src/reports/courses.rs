//! GIGN courses as the reports print them: the courses run in a period with their sessions,
//! places and trainees, and the trainees of one state with their unit and course.
//! A trainee counts when they took the course (attended, passed or failed), as in the
//! headline figures; cancelled sessions are left out.

use rusqlite::{params, Connection};

use super::groups::Years;
use crate::error::Result;
use crate::gign::enrolment::TRAINED;
use crate::gign::session::COUNTED;
use crate::person;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseRow {
    pub title: String,
    pub sessions: i64,
    /// Sessions held abroad (at the requesting state's).
    pub abroad: i64,
    pub places: i64,
    pub trainees: i64,
    pub states: i64,
}

/// Courses with a session starting in `years`, the one with the most trainees first.
pub fn courses(conn: &Connection, years: Years) -> Result<Vec<CourseRow>> {
    let mut stmt = conn.prepare(&format!(
        "WITH s AS (SELECT * FROM session WHERE status IN {COUNTED} AND start_date BETWEEN ?1 AND ?2),
              t AS (SELECT s.course_id, count(DISTINCT e.trainee_id) AS n, count(DISTINCT tr.country) AS st
                      FROM enrolment e JOIN s ON s.id = e.session_id JOIN trainee tr ON tr.id = e.trainee_id
                     WHERE e.status IN {TRAINED} GROUP BY 1)
         SELECT c.title, count(*), sum(s.place_country <> 'FR'), sum(s.capacity),
                coalesce(max(t.n), 0), coalesce(max(t.st), 0)
           FROM s JOIN course c ON c.id = s.course_id LEFT JOIN t ON t.course_id = s.course_id
          GROUP BY c.id ORDER BY 5 DESC, c.title COLLATE FR"
    ))?;
    let rows = stmt.query_map(params![years.first_day(), years.last_day()], |r| {
        Ok(CourseRow {
            title: r.get(0)?,
            sessions: r.get(1)?,
            abroad: r.get(2)?,
            places: r.get(3)?,
            trainees: r.get(4)?,
            states: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// One course taken by a trainee of the state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TraineeCourse {
    pub trainee_id: i64,
    pub name: String,
    pub rank: String,
    pub unit: Option<String>,
    pub course: String,
    pub start_date: String,
    /// Enrolment status code (attended, passed, failed).
    pub status: String,
}

/// Courses taken in `years` by the trainees of `country`, by date then name.
pub fn trainees_of(conn: &Connection, years: Years, country: &str) -> Result<Vec<TraineeCourse>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT t.first_name || char(31) || t.last_name, t.rank, u.name, c.title, s.start_date, e.status,
                t.id
           FROM enrolment e JOIN session s ON s.id = e.session_id JOIN course c ON c.id = s.course_id
           JOIN trainee t ON t.id = e.trainee_id LEFT JOIN foreign_unit u ON u.id = t.unit_id
          WHERE t.country = ?3 AND s.status IN {COUNTED} AND s.start_date BETWEEN ?1 AND ?2
            AND e.status IN {TRAINED}
          ORDER BY s.start_date, t.last_name COLLATE FR, t.first_name COLLATE FR"
    ))?;
    let rows = stmt.query_map(params![years.first_day(), years.last_day(), country], |r| {
        let name: String = r.get(0)?;
        Ok(TraineeCourse {
            trainee_id: r.get(6)?,
            name: person::display_name(&name),
            rank: r.get(1)?,
            unit: r.get(2)?,
            course: r.get(3)?,
            start_date: r.get(4)?,
            status: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Requests received in `years` (from `country` when given) by status code, in the order
/// of their progress.
pub fn requests_by_status(
    conn: &Connection,
    years: Years,
    country: Option<&str>,
) -> Result<Vec<(String, i64)>> {
    let mut stmt = conn.prepare(
        "SELECT status, count(*) FROM request
          WHERE received_on BETWEEN ?1 AND ?2 AND (?3 IS NULL OR country = ?3)
          GROUP BY status
          ORDER BY instr('received studied accepted scheduled delivered refused', status)",
    )?;
    let rows = stmt.query_map(params![years.first_day(), years.last_day(), country], |r| {
        Ok((r.get(0)?, r.get(1)?))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
