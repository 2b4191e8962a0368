//! Read-only queries shared by the session documents: the session's header (course,
//! dates, place) and its trainees by enrolment status.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::i18n;
use crate::person;
use crate::validate::fr_date;

/// What every session document prints at its top.
#[derive(Debug, Clone)]
pub(crate) struct SessionHead {
    pub course_title: String,
    /// Training days the course lasts.
    pub duration_days: i64,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub city: String,
    pub country_fr: String,
    pub country_en: String,
    pub language: String,
}

impl SessionHead {
    /// "du 07/03/2016 au 18/03/2016", or "le 07/03/2016" for a one-day session.
    pub fn dates_fr(&self) -> String {
        dates_fr(self.start, self.end)
    }

    /// "Satory, France".
    pub fn place_fr(&self) -> String {
        place(&self.city, &self.country_fr)
    }

    pub fn place_en(&self) -> String {
        place(&self.city, &self.country_en)
    }
}

pub(crate) fn dates_fr(start: NaiveDate, end: NaiveDate) -> String {
    if start == end {
        i18n::tr("doc-date-single", &i18n::args([("date", fr_date(start))]))
    } else {
        i18n::tr(
            "doc-dates",
            &i18n::args([("start", fr_date(start)), ("end", fr_date(end))]),
        )
    }
}

pub(crate) fn place(city: &str, country: &str) -> String {
    i18n::tr(
        "doc-place",
        &i18n::args([("city", city), ("country", country)]),
    )
}

/// The session `id`, or `NOT_FOUND`.
pub(crate) fn head(conn: &Connection, id: i64) -> Result<SessionHead> {
    conn.query_row(
        "SELECT c.title, s.start_date, s.end_date, s.city, k.name_fr, k.name_en, s.language,
                c.duration_days
         FROM session s
         JOIN course c ON c.id = s.course_id
         JOIN country k ON k.alpha2 = s.place_country
         WHERE s.id = ?1",
        [id],
        |r| {
            Ok(SessionHead {
                course_title: r.get(0)?,
                start: r.get(1)?,
                end: r.get(2)?,
                city: r.get(3)?,
                country_fr: r.get(4)?,
                country_en: r.get(5)?,
                language: r.get(6)?,
                duration_days: r.get(7)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::not_found("what-session", id).with_field("session_id"))
}

/// The session's instructors, by name.
pub(crate) fn instructors(conn: &Connection, id: i64) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT i.name FROM session_instructor si JOIN instructor i ON i.id = si.instructor_id
         WHERE si.session_id = ?1 ORDER BY i.name COLLATE FR",
    )?;
    let names = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(names)
}

/// One enrolled trainee as the documents print them.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Enrolled {
    /// "NAME Firstname".
    pub name: String,
    pub state: String,
    pub state_fr: String,
    pub state_en: String,
    pub unit: String,
    pub rank: String,
    #[serde(skip)]
    pub certificate_no: Option<String>,
}

/// The trainees of session `id` whose status is one of `statuses` (SQL literals of ours),
/// sorted by name.
pub(crate) fn enrolled(conn: &Connection, id: i64, statuses: &[&str]) -> Result<Vec<Enrolled>> {
    let list = statuses
        .iter()
        .map(|s| format!("'{s}'"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut stmt = conn.prepare(&format!(
        "SELECT t.last_name, t.first_name, t.country, k.name_fr, k.name_en,
                coalesce(u.name, ''), t.rank, e.certificate_no
         FROM enrolment e
         JOIN trainee t ON t.id = e.trainee_id
         JOIN country k ON k.alpha2 = t.country
         LEFT JOIN foreign_unit u ON u.id = t.unit_id
         WHERE e.session_id = ?1 AND e.status IN ({list})
         ORDER BY t.last_name COLLATE FR, t.first_name COLLATE FR, t.id"
    ))?;
    let rows = stmt
        .query_map([id], |r| {
            Ok(Enrolled {
                name: person::formal_name(&r.get::<_, String>(0)?, &r.get::<_, String>(1)?),
                state: r.get(2)?,
                state_fr: r.get(3)?,
                state_en: r.get(4)?,
                unit: r.get(5)?,
                rank: r.get(6)?,
                certificate_no: r.get(7)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}
