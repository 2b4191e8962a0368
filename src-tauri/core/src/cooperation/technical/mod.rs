//! Technical-cooperation actions run by the SSIs.

pub mod numbering;
mod query;

use crate::validate::enum_from_sql;
use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::reference::RefList;
use crate::store::sql;
use crate::{country, i18n, validate};

pub(crate) use query::where_clause;
pub use query::{list, ActionFilter, ActionPage, ActionRow, ActionSort, SortColumn, MAX_PAGE};

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

/// Full-text index of the actions' words (reference, title, beneficiary), accent- and
/// case-insensitive, kept in step by triggers: the free-text filter stays fast on any volume.
pub(crate) const SEARCH_MIGRATION: &str = "
CREATE VIRTUAL TABLE technical_action_fts USING fts5 (
    reference, title, beneficiary,
    content = 'technical_action', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO technical_action_fts (rowid, reference, title, beneficiary)
    SELECT id, reference, title, beneficiary FROM technical_action;
CREATE TRIGGER technical_action_fts_insert AFTER INSERT ON technical_action BEGIN
    INSERT INTO technical_action_fts (rowid, reference, title, beneficiary)
    VALUES (new.id, new.reference, new.title, new.beneficiary);
END;
CREATE TRIGGER technical_action_fts_delete AFTER DELETE ON technical_action BEGIN
    INSERT INTO technical_action_fts (technical_action_fts, rowid, reference, title, beneficiary)
    VALUES ('delete', old.id, old.reference, old.title, old.beneficiary);
END;
CREATE TRIGGER technical_action_fts_update AFTER UPDATE ON technical_action BEGIN
    INSERT INTO technical_action_fts (technical_action_fts, rowid, reference, title, beneficiary)
    VALUES ('delete', old.id, old.reference, old.title, old.beneficiary);
    INSERT INTO technical_action_fts (rowid, reference, title, beneficiary)
    VALUES (new.id, new.reference, new.title, new.beneficiary);
END;
CREATE INDEX country_name ON country (name_fr);
";

/// Covering indexes for the statistics behind the charts: counting by country, kind,
/// domain and year reads the index alone instead of every row.
pub(crate) const STATS_MIGRATION: &str = "
CREATE INDEX technical_action_stats ON technical_action (country, kind_id, domain_id, start_date, status);
CREATE INDEX technical_action_year_stats ON technical_action (start_date, status, country, kind_id, domain_id);
";

/// An action as the form edits it (create, update, read back).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct ActionInput {
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

/// The result of a save: the record's id and what deserves the user's attention.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Saved {
    pub id: i64,
    /// French warnings that did not prevent saving (e.g. a country outside the SSI's coverage).
    pub warnings: Vec<String>,
}

/// Checks every field; returns the cleaned values. `id` is the record being edited, if any.
fn checked(conn: &Connection, input: &ActionInput, id: Option<i64>) -> Result<ActionInput> {
    let mut c = validate::Checks::default();
    let reference = c.take(validate::text("reference", &input.reference, 40))?;
    let title = c.take(validate::text("title", &input.title, 200))?;
    let country = c.take(country::check("country", &input.country))?;
    c.take(validate::date_order(
        "end_date",
        input.start_date,
        Some(input.end_date),
    ))?;
    c.take(validate::non_negative("participants", input.participants))?;
    c.take(validate::non_negative_amount(
        "cost_cents",
        input.cost_cents,
    ))?;
    let beneficiary = c.take(validate::optional_text(
        "beneficiary",
        &input.beneficiary,
        200,
    ))?;
    let evaluation = c.take(validate::optional_text(
        "evaluation",
        &input.evaluation,
        4000,
    ))?;
    if let Some(p) = input.programme_id {
        c.take(validate::exists(
            conn,
            "programme",
            p,
            "programme_id",
            "what-programme",
        ))?;
    }
    if let Some(f) = input.funder_id {
        c.take(validate::exists(
            conn,
            "funder",
            f,
            "funder_id",
            "what-funder",
        ))?;
    }
    super::check_shared(
        &mut c,
        conn,
        ("technical_action", &reference, id),
        input.ssi_id,
        (RefList::ActionKind, input.kind_id),
        input.domain_id,
    )?;
    c.done()?;
    Ok(ActionInput {
        reference,
        title,
        country,
        beneficiary,
        evaluation,
        ..input.clone()
    })
}

fn warnings(conn: &Connection, a: &ActionInput) -> Result<Vec<String>> {
    let covered: bool = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM ssi_coverage WHERE ssi_id = ?1 AND country = ?2)",
        )?
        .query_row(params![a.ssi_id, a.country], |r| r.get(0))?;
    if covered {
        return Ok(Vec::new());
    }
    let ssi: String = conn.query_row("SELECT code FROM ssi WHERE id = ?1", [a.ssi_id], |r| {
        r.get(0)
    })?;
    let name = country::get(&a.country)
        .map(|c| c.name_fr)
        .unwrap_or_default();
    Ok(vec![i18n::tr(
        "warn-outside-coverage",
        &i18n::args([("country", name), ("ssi", ssi)]),
    )])
}

const COLUMNS: &str =
    "reference, title, ssi_id, country, kind_id, domain_id, programme_id, funder_id,
    start_date, end_date, beneficiary, participants, cost_cents, status, evaluation";

/// The 15 column values in `COLUMNS` order, then `extra` (the id for an update).
fn values(a: &ActionInput, extra: Option<i64>) -> Result<Vec<Value>> {
    let date = |d: NaiveDate| Value::Text(d.to_string());
    let mut v = vec![
        Value::Text(a.reference.clone()),
        Value::Text(a.title.clone()),
        Value::Integer(a.ssi_id),
        Value::Text(a.country.clone()),
        Value::Integer(a.kind_id),
        Value::Integer(a.domain_id),
        a.programme_id.map_or(Value::Null, Value::Integer),
        a.funder_id.map_or(Value::Null, Value::Integer),
        date(a.start_date),
        date(a.end_date),
        Value::Text(a.beneficiary.clone()),
        Value::Integer(a.participants),
        Value::Integer(a.cost_cents),
        Value::Text(validate::enum_str(a.status)?),
        Value::Text(a.evaluation.clone()),
    ];
    v.extend(extra.map(Value::Integer));
    Ok(v)
}

/// Creates an action. An action outside its SSI's coverage is saved with a warning.
pub fn insert(conn: &Connection, input: &ActionInput) -> Result<Saved> {
    let a = checked(conn, input, None)?;
    conn.prepare_cached(&sql::insert("technical_action", COLUMNS))?
        .execute(params_from_iter(values(&a, None)?))?;
    Ok(Saved {
        id: conn.last_insert_rowid(),
        warnings: warnings(conn, &a)?,
    })
}

/// Brings back a deleted action under its former `id`, through the same checks.
pub fn reinsert(conn: &Connection, id: i64, input: &ActionInput) -> Result<Saved> {
    let a = checked(conn, input, Some(id))?;
    conn.execute(
        &sql::insert_with_id("technical_action", COLUMNS),
        params_from_iter(values(&a, Some(id))?),
    )?;
    Ok(Saved {
        id,
        warnings: warnings(conn, &a)?,
    })
}

/// Replaces every field of action `id`.
pub fn update(conn: &Connection, id: i64, input: &ActionInput) -> Result<Saved> {
    validate::exists(conn, "technical_action", id, "id", "what-action")?;
    let a = checked(conn, input, Some(id))?;
    conn.execute(
        &sql::update("technical_action", COLUMNS),
        params_from_iter(values(&a, Some(id))?),
    )?;
    Ok(Saved {
        id,
        warnings: warnings(conn, &a)?,
    })
}

/// Reads action `id` back as the form shows it.
pub fn get(conn: &Connection, id: i64) -> Result<ActionInput> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM technical_action WHERE id = ?1"),
        [id],
        |r| {
            let status: String = r.get(13)?;
            Ok(ActionInput {
                reference: r.get(0)?,
                title: r.get(1)?,
                ssi_id: r.get(2)?,
                country: r.get(3)?,
                kind_id: r.get(4)?,
                domain_id: r.get(5)?,
                programme_id: r.get(6)?,
                funder_id: r.get(7)?,
                start_date: r.get(8)?,
                end_date: r.get(9)?,
                beneficiary: r.get(10)?,
                participants: r.get(11)?,
                cost_cents: r.get(12)?,
                status: enum_from_sql(&status)?,
                evaluation: r.get(14)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::not_found("what-action", id))
}

/// Copies action `id` under a new reference (`…-copie`, `…-copie-2`…) and returns the copy.
pub fn duplicate(conn: &Connection, id: i64) -> Result<Saved> {
    let mut copy = get(conn, id)?;
    let base = format!("{}-copie", copy.reference);
    copy.reference = base.clone();
    let mut n = 1;
    while conn
        .query_row(
            "SELECT 1 FROM technical_action WHERE reference = ?1",
            [&copy.reference],
            |_| Ok(()),
        )
        .optional()?
        .is_some()
    {
        n += 1;
        copy.reference = format!("{base}-{n}");
    }
    insert(conn, &copy)
}

/// Deletes the given actions; all of them exist or nothing is deleted. Returns how many.
pub fn delete(conn: &Connection, ids: &[i64]) -> Result<usize> {
    validate::delete_ids(conn, "technical_action", ids, "what-action")
}
