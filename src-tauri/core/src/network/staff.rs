//! Agents (police or gendarmerie staff) and their postings to SSIs.

use crate::validate::enum_from_sql;
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::person::display_name;
use crate::reference::{self, RefList};
use crate::{i18n, validate};

pub(crate) const MIGRATION: &str = "
CREATE TABLE agent (
    id         INTEGER PRIMARY KEY,
    last_name  TEXT NOT NULL,
    first_name TEXT NOT NULL,
    force      TEXT NOT NULL CHECK (force IN ('police', 'gendarmerie')),
    grade      TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE posting (
    id           INTEGER PRIMARY KEY,
    agent_id     INTEGER NOT NULL REFERENCES agent (id) ON DELETE CASCADE,
    ssi_id       INTEGER NOT NULL REFERENCES ssi (id) ON DELETE CASCADE,
    role         TEXT NOT NULL CHECK (role IN ('attache', 'deputy', 'assistant',
                     'liaison_officer', 'technical_expert', 'cooperant')),
    specialty_id INTEGER REFERENCES domain (id),
    start_date   TEXT NOT NULL,
    end_date     TEXT,
    CHECK (end_date IS NULL OR end_date >= start_date)
) STRICT;
CREATE INDEX posting_ssi ON posting (ssi_id, role);
CREATE INDEX posting_agent ON posting (agent_id);
";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Force {
    Police,
    Gendarmerie,
}

/// A role in an SSI; the attaché (ASI) heads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Attache,
    Deputy,
    Assistant,
    LiaisonOfficer,
    TechnicalExpert,
    Cooperant,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Attache => "attache",
            Role::Deputy => "deputy",
            Role::Assistant => "assistant",
            Role::LiaisonOfficer => "liaison_officer",
            Role::TechnicalExpert => "technical_expert",
            Role::Cooperant => "cooperant",
        }
    }
}

/// One posting as lists show it.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct PostingRow {
    pub id: i64,
    pub agent_id: i64,
    pub agent: String,
    pub force: Force,
    pub grade: String,
    pub ssi_id: i64,
    pub ssi_code: String,
    pub role: Role,
    pub specialty: Option<String>,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
}

/// An agent with the posting they hold today, if any.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct AgentRow {
    pub id: i64,
    pub name: String,
    pub force: Force,
    pub grade: String,
    pub current: Option<PostingRow>,
    pub postings: i64,
}

const POSTING_SELECT: &str = "SELECT p.id, p.agent_id, a.first_name || char(31) || a.last_name,
        a.force, a.grade, p.ssi_id, s.code, p.role, d.name_fr, p.start_date, p.end_date
   FROM posting p JOIN agent a ON a.id = p.agent_id JOIN ssi s ON s.id = p.ssi_id
   LEFT JOIN domain d ON d.id = p.specialty_id";

fn posting_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<PostingRow> {
    let name: String = r.get(2)?;
    let force: String = r.get(3)?;
    let role: String = r.get(7)?;
    Ok(PostingRow {
        id: r.get(0)?,
        agent_id: r.get(1)?,
        agent: display_name(&name),
        force: enum_from_sql(&force)?,
        grade: r.get(4)?,
        ssi_id: r.get(5)?,
        ssi_code: r.get(6)?,
        role: enum_from_sql(&role)?,
        specialty: r.get(8)?,
        start_date: r.get(9)?,
        end_date: r.get(10)?,
    })
}

/// Every posting of an SSI, newest first.
pub fn postings_of_ssi(conn: &Connection, ssi_id: i64) -> Result<Vec<PostingRow>> {
    let mut stmt = conn.prepare(&format!(
        "{POSTING_SELECT} WHERE p.ssi_id = ?1 ORDER BY p.end_date IS NOT NULL, p.start_date DESC"
    ))?;
    let rows = stmt.query_map([ssi_id], posting_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// An agent's posting history, newest first.
pub fn postings_of_agent(conn: &Connection, agent_id: i64) -> Result<Vec<PostingRow>> {
    validate::exists(conn, "agent", agent_id, "agent_id", "what-agent")?;
    let mut stmt = conn.prepare(&format!(
        "{POSTING_SELECT} WHERE p.agent_id = ?1 ORDER BY p.start_date DESC"
    ))?;
    let rows = stmt.query_map([agent_id], posting_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Agents whose name matches `text` (all when empty), with their posting of `today`.
pub fn agents(conn: &Connection, text: &str, today: NaiveDate) -> Result<Vec<AgentRow>> {
    let pattern = format!("%{}%", text.trim().replace(['%', '_'], ""));
    let mut stmt = conn.prepare(
        "SELECT a.id, a.first_name || char(31) || a.last_name, a.force, a.grade,
                (SELECT p.id FROM posting p WHERE p.agent_id = a.id AND p.start_date <= ?2
                    AND (p.end_date IS NULL OR p.end_date >= ?2) ORDER BY p.start_date DESC LIMIT 1),
                (SELECT count(*) FROM posting p WHERE p.agent_id = a.id)
           FROM agent a
          WHERE a.last_name LIKE ?1 OR a.first_name LIKE ?1
          ORDER BY a.last_name COLLATE FR, a.first_name COLLATE FR
          LIMIT 5000",
    )?;
    let mut rows = Vec::new();
    let found = stmt.query_map(params![pattern, today], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get(3)?,
            r.get::<_, Option<i64>>(4)?,
            r.get(5)?,
        ))
    })?;
    let mut current = conn.prepare(&format!("{POSTING_SELECT} WHERE p.id = ?1"))?;
    for row in found {
        let (id, name, force, grade, posting, postings) = row?;
        let current = match posting {
            Some(p) => Some(current.query_row([p], posting_row)?),
            None => None,
        };
        rows.push(AgentRow {
            id,
            name: display_name(&name),
            force: enum_from_sql(&force)?,
            grade,
            current,
            postings,
        });
    }
    Ok(rows)
}

/// Ends a posting on `end_date` (a departure).
pub fn end_posting(conn: &Connection, id: i64, end_date: NaiveDate) -> Result<()> {
    let start: NaiveDate = conn
        .query_row("SELECT start_date FROM posting WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .optional()?
        .ok_or_else(|| Error::not_found("what-posting", id))?;
    validate::date_order("end_date", start, Some(end_date))?;
    conn.execute(
        "UPDATE posting SET end_date = ?1 WHERE id = ?2",
        params![end_date, id],
    )?;
    Ok(())
}

pub fn delete_posting(conn: &Connection, id: i64) -> Result<usize> {
    validate::delete_ids(conn, "posting", &[id], "what-posting")
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct NewAgent {
    pub last_name: String,
    pub first_name: String,
    pub force: Force,
    pub grade: String,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct NewPosting {
    pub agent_id: i64,
    pub ssi_id: i64,
    pub role: Role,
    /// The specialty domain of a liaison officer.
    pub specialty_id: Option<i64>,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
}

pub fn insert_agent(conn: &Connection, new: &NewAgent) -> Result<i64> {
    let last = validate::text("last_name", &new.last_name, 80)?;
    let first = validate::text("first_name", &new.first_name, 80)?;
    let grade = validate::optional_text("grade", &new.grade, 80)?;
    let force = match new.force {
        Force::Police => "police",
        Force::Gendarmerie => "gendarmerie",
    };
    conn.execute(
        "INSERT INTO agent (last_name, first_name, force, grade) VALUES (?1, ?2, ?3, ?4)",
        params![last, first, force, grade],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Posts an agent. One attaché per SSI at a time; an agent holds one posting at a time.
pub fn insert_posting(conn: &Connection, new: &NewPosting) -> Result<i64> {
    validate::exists(conn, "agent", new.agent_id, "agent_id", "what-agent")?;
    validate::exists(conn, "ssi", new.ssi_id, "ssi_id", "what-ssi")?;
    validate::date_order("end_date", new.start_date, new.end_date)?;
    match (new.role, new.specialty_id) {
        (_, Some(id)) => reference::check(conn, RefList::Domain, id, "specialty_id")?,
        (Role::LiaisonOfficer, None) => {
            return Err(Error::invalid(
                "specialty_id",
                "err-specialty-required",
                Vec::new(),
            ))
        }
        _ => {}
    }
    let overlap =
        "start_date <= coalesce(?2, '9999-12-31') AND coalesce(end_date, '9999-12-31') >= ?1";
    if new.role == Role::Attache {
        let head: Option<String> = conn
            .query_row(
                &format!(
                    "SELECT a.first_name || char(31) || a.last_name FROM posting p
                       JOIN agent a ON a.id = p.agent_id
                      WHERE p.ssi_id = ?3 AND p.role = 'attache' AND {overlap} LIMIT 1"
                ),
                params![new.start_date, new.end_date, new.ssi_id],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(name) = head {
            let name = display_name(&name);
            return Err(
                Error::conflict("err-head-taken", i18n::args([("name", name)])).with_field("role"),
            );
        }
    }
    let busy: Option<i64> = conn
        .query_row(
            &format!("SELECT id FROM posting WHERE agent_id = ?3 AND {overlap} LIMIT 1"),
            params![new.start_date, new.end_date, new.agent_id],
            |r| r.get(0),
        )
        .optional()?;
    if busy.is_some() {
        return Err(Error::conflict("err-agent-busy", Vec::new()).with_field("start_date"));
    }
    conn.execute(
        "INSERT INTO posting (agent_id, ssi_id, role, specialty_id, start_date, end_date)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            new.agent_id,
            new.ssi_id,
            new.role.as_str(),
            new.specialty_id,
            new.start_date,
            new.end_date
        ],
    )?;
    Ok(conn.last_insert_rowid())
}
