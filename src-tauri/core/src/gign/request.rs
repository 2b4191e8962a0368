//! Requests from foreign states for GIGN training or expertise, and their life cycle.

use crate::validate::enum_from_sql;
use chrono::NaiveDate;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::{country, validate};

pub(crate) const MIGRATION: &str = "
CREATE TABLE request (
    id          INTEGER PRIMARY KEY,
    reference   TEXT NOT NULL UNIQUE,
    country     TEXT NOT NULL REFERENCES country (alpha2),
    kind        TEXT NOT NULL CHECK (kind IN ('training', 'expertise')),
    subject     TEXT NOT NULL,
    received_on TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('received', 'studied', 'accepted', 'refused',
                    'scheduled', 'delivered'))
) STRICT;
CREATE INDEX request_received ON request (received_on);
";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum RequestKind {
    Training,
    Expertise,
}

/// Received → studied → accepted or refused → scheduled → delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum RequestStatus {
    Received,
    Studied,
    Accepted,
    Refused,
    Scheduled,
    Delivered,
}

impl RequestStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RequestStatus::Received => "received",
            RequestStatus::Studied => "studied",
            RequestStatus::Accepted => "accepted",
            RequestStatus::Refused => "refused",
            RequestStatus::Scheduled => "scheduled",
            RequestStatus::Delivered => "delivered",
        }
    }
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct NewRequest {
    pub reference: String,
    pub country: String,
    pub kind: RequestKind,
    pub subject: String,
    pub received_on: NaiveDate,
    pub status: RequestStatus,
}

pub fn insert(conn: &Connection, new: &NewRequest) -> Result<i64> {
    let reference = validate::text("reference", &new.reference, 40)?;
    let country = country::check("country", &new.country)?;
    let subject = validate::text("subject", &new.subject, 300)?;
    validate::unique(conn, "request", "reference", &reference, "reference")?;
    let kind = match new.kind {
        RequestKind::Training => "training",
        RequestKind::Expertise => "expertise",
    };
    conn.execute(
        "INSERT INTO request (reference, country, kind, subject, received_on, status)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            reference,
            country,
            kind,
            subject,
            new.received_on,
            new.status.as_str()
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// The life-cycle steps a user may take.
pub fn allowed(from: RequestStatus, to: RequestStatus) -> bool {
    use RequestStatus::*;
    matches!(
        (from, to),
        (Received, Studied)
            | (Studied, Accepted)
            | (Studied, Refused)
            | (Accepted, Scheduled)
            | (Scheduled, Delivered)
    )
}

/// One request with the sessions that answer it.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct RequestRow {
    pub id: i64,
    pub reference: String,
    pub country: String,
    pub country_name: String,
    pub kind: RequestKind,
    pub subject: String,
    pub received_on: NaiveDate,
    pub status: RequestStatus,
    pub sessions: i64,
}

/// Requests received in `year` (all when `None`), newest first.
pub fn list(conn: &Connection, year: Option<i32>) -> Result<Vec<RequestRow>> {
    let mut w = crate::filter::Where::default();
    w.year("r.received_on", year)?;
    let mut stmt = conn.prepare(&format!(
        "SELECT r.id, r.reference, r.country, c.name_fr, r.kind, r.subject, r.received_on, r.status,
                (SELECT count(*) FROM session s WHERE s.request_id = r.id)
           FROM request r JOIN country c ON c.alpha2 = r.country
          WHERE {} ORDER BY r.received_on DESC, r.id DESC",
        w.sql()
    ))?;
    let rows = stmt.query_map(rusqlite::params_from_iter(w.values.iter()), |r| {
        let kind: String = r.get(4)?;
        let status: String = r.get(7)?;
        Ok(RequestRow {
            id: r.get(0)?,
            reference: r.get(1)?,
            country: r.get(2)?,
            country_name: r.get(3)?,
            kind: if kind == "expertise" {
                RequestKind::Expertise
            } else {
                RequestKind::Training
            },
            subject: r.get(5)?,
            received_on: r.get(6)?,
            status: enum_from_sql(&status)?,
            sessions: r.get(8)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Moves a request one step along its life cycle; any other change is refused.
pub fn set_status(conn: &Connection, id: i64, to: RequestStatus) -> Result<()> {
    use rusqlite::OptionalExtension;
    let from: String = conn
        .query_row("SELECT status FROM request WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .optional()?
        .ok_or_else(|| crate::Error::not_found("what-request", id))?;
    let from = enum_from_sql(&from)?;
    if !allowed(from, to) {
        let label = |s: RequestStatus| crate::i18n::tr(&format!("request-{}", s.as_str()), &[]);
        return Err(crate::Error::invalid(
            "status",
            "err-transition",
            crate::i18n::args([("from", label(from)), ("to", label(to))]),
        ));
    }
    conn.execute(
        "UPDATE request SET status = ?1 WHERE id = ?2",
        params![to.as_str(), id],
    )?;
    Ok(())
}
