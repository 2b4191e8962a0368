//! Operational cooperation cases. A case is known by its reference number only: the
//! identity of a wanted person is never stored.

use chrono::NaiveDate;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::reference::RefList;
use crate::{country, i18n, validate};

pub(crate) const MIGRATION: &str = "
CREATE TABLE operational_case (
    id              INTEGER PRIMARY KEY,
    reference       TEXT NOT NULL UNIQUE,
    ssi_id          INTEGER NOT NULL REFERENCES ssi (id),
    country         TEXT NOT NULL REFERENCES country (alpha2),
    kind_id         INTEGER NOT NULL REFERENCES case_kind (id),
    domain_id       INTEGER NOT NULL REFERENCES domain (id),
    opened_on       TEXT NOT NULL,
    channel         TEXT NOT NULL CHECK (channel IN ('none', 'interpol', 'europol', 'schengen')),
    persons_located INTEGER NOT NULL CHECK (persons_located >= 0),
    arrest_warrants INTEGER NOT NULL CHECK (arrest_warrants >= 0 AND arrest_warrants <= persons_located)
) STRICT;
CREATE INDEX operational_case_date ON operational_case (opened_on);
CREATE INDEX operational_case_country ON operational_case (country, opened_on);
";

/// The cooperation channel used alongside the SSI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    None,
    Interpol,
    Europol,
    Schengen,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::None => "none",
            Channel::Interpol => "interpol",
            Channel::Europol => "europol",
            Channel::Schengen => "schengen",
        }
    }
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct NewCase {
    /// The case reference; never a person's name.
    pub reference: String,
    pub ssi_id: i64,
    pub country: String,
    pub kind_id: i64,
    pub domain_id: i64,
    pub opened_on: NaiveDate,
    pub channel: Channel,
    pub persons_located: i64,
    /// Of the persons located, how many were under an arrest warrant.
    pub arrest_warrants: i64,
}

pub fn insert(conn: &Connection, new: &NewCase) -> Result<i64> {
    let reference = validate::text("reference", &new.reference, 40)?;
    let country = country::check("country", &new.country)?;
    validate::non_negative("persons_located", new.persons_located)?;
    validate::non_negative("arrest_warrants", new.arrest_warrants)?;
    if new.arrest_warrants > new.persons_located {
        return Err(Error::invalid(
            "arrest_warrants",
            "err-warrants-exceed",
            i18n::args([
                ("warrants", new.arrest_warrants),
                ("located", new.persons_located),
            ]),
        ));
    }
    validate::exists(conn, "ssi", new.ssi_id, "ssi_id", "what-ssi")?;
    validate::exists(
        conn,
        RefList::CaseKind.table(),
        new.kind_id,
        "kind_id",
        RefList::CaseKind.what(),
    )?;
    validate::exists(
        conn,
        RefList::Domain.table(),
        new.domain_id,
        "domain_id",
        RefList::Domain.what(),
    )?;
    validate::unique(
        conn,
        "operational_case",
        "reference",
        &reference,
        "reference",
    )?;
    conn.execute(
        "INSERT INTO operational_case (reference, ssi_id, country, kind_id, domain_id, opened_on,
             channel, persons_located, arrest_warrants)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            reference,
            new.ssi_id,
            country,
            new.kind_id,
            new.domain_id,
            new.opened_on,
            new.channel.as_str(),
            new.persons_located,
            new.arrest_warrants
        ],
    )?;
    Ok(conn.last_insert_rowid())
}
