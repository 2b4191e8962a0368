//! Technical-cooperation actions run by the SSIs.

use chrono::NaiveDate;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::reference::RefList;
use crate::{country, validate};

pub(crate) const MIGRATION: &str = "
CREATE TABLE technical_action (
    id           INTEGER PRIMARY KEY,
    reference    TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    ssi_id       INTEGER NOT NULL REFERENCES ssi (id),
    country      TEXT NOT NULL REFERENCES country (alpha2),
    kind_id      INTEGER NOT NULL REFERENCES action_kind (id),
    domain_id    INTEGER NOT NULL REFERENCES domain (id),
    programme_id INTEGER REFERENCES programme (id),
    funder_id    INTEGER REFERENCES funder (id),
    start_date   TEXT NOT NULL,
    end_date     TEXT NOT NULL,
    beneficiary  TEXT NOT NULL DEFAULT '',
    participants INTEGER NOT NULL CHECK (participants >= 0),
    cost_cents   INTEGER NOT NULL CHECK (cost_cents >= 0),
    status       TEXT NOT NULL CHECK (status IN ('planned', 'done', 'cancelled')),
    evaluation   TEXT NOT NULL DEFAULT '',
    CHECK (end_date >= start_date)
) STRICT;
CREATE INDEX technical_action_start ON technical_action (start_date);
CREATE INDEX technical_action_country ON technical_action (country, start_date);
CREATE INDEX technical_action_ssi ON technical_action (ssi_id, start_date);
";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    Planned,
    Done,
    Cancelled,
}

impl ActionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ActionStatus::Planned => "planned",
            ActionStatus::Done => "done",
            ActionStatus::Cancelled => "cancelled",
        }
    }
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct NewAction {
    pub reference: String,
    pub title: String,
    pub ssi_id: i64,
    pub country: String,
    pub kind_id: i64,
    pub domain_id: i64,
    pub programme_id: Option<i64>,
    pub funder_id: Option<i64>,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub beneficiary: String,
    pub participants: i64,
    pub cost_cents: i64,
    pub status: ActionStatus,
    pub evaluation: String,
}

pub fn insert(conn: &Connection, new: &NewAction) -> Result<i64> {
    let reference = validate::text("reference", &new.reference, 40)?;
    let title = validate::text("title", &new.title, 200)?;
    let country = country::check("country", &new.country)?;
    validate::date_order("end_date", new.start_date, Some(new.end_date))?;
    validate::non_negative("participants", new.participants)?;
    validate::non_negative("cost_cents", new.cost_cents)?;
    let beneficiary = validate::optional_text("beneficiary", &new.beneficiary, 200)?;
    let evaluation = validate::optional_text("evaluation", &new.evaluation, 4000)?;
    validate::exists(conn, "ssi", new.ssi_id, "ssi_id", "what-ssi")?;
    validate::exists(
        conn,
        RefList::ActionKind.table(),
        new.kind_id,
        "kind_id",
        RefList::ActionKind.what(),
    )?;
    validate::exists(
        conn,
        RefList::Domain.table(),
        new.domain_id,
        "domain_id",
        RefList::Domain.what(),
    )?;
    if let Some(id) = new.programme_id {
        validate::exists(conn, "programme", id, "programme_id", "what-programme")?;
    }
    if let Some(id) = new.funder_id {
        validate::exists(conn, "funder", id, "funder_id", "what-funder")?;
    }
    validate::unique(
        conn,
        "technical_action",
        "reference",
        &reference,
        "reference",
    )?;
    conn.execute(
        "INSERT INTO technical_action (reference, title, ssi_id, country, kind_id, domain_id,
             programme_id, funder_id, start_date, end_date, beneficiary, participants, cost_cents,
             status, evaluation)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        params![
            reference,
            title,
            new.ssi_id,
            country,
            new.kind_id,
            new.domain_id,
            new.programme_id,
            new.funder_id,
            new.start_date,
            new.end_date,
            beneficiary,
            new.participants,
            new.cost_cents,
            new.status.as_str(),
            evaluation
        ],
    )?;
    Ok(conn.last_insert_rowid())
}
