//! Requests from foreign states for GIGN training or expertise, and their life cycle.

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
