//! Reference lists the user can extend: domains (thématiques), kinds of technical action,
//! kinds of operational case; and funders (bailleurs).

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::i18n;
use crate::validate;

pub(crate) const MIGRATION: &str = "
CREATE TABLE domain (
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE,
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL
) STRICT;
CREATE TABLE action_kind (
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE,
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL
) STRICT;
CREATE TABLE case_kind (
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE,
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL
) STRICT;
CREATE TABLE funder (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('bilateral', 'multilateral'))
) STRICT;
";

/// Which reference list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum RefList {
    Domain,
    ActionKind,
    CaseKind,
}

impl RefList {
    pub(crate) fn table(self) -> &'static str {
        match self {
            RefList::Domain => "domain",
            RefList::ActionKind => "action_kind",
            RefList::CaseKind => "case_kind",
        }
    }

    /// Fluent id naming one entry of the list (for messages).
    pub(crate) fn what(self) -> &'static str {
        match self {
            RefList::Domain => "what-domain",
            RefList::ActionKind => "what-action-kind",
            RefList::CaseKind => "what-case-kind",
        }
    }
}

/// One entry of a reference list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct RefEntry {
    pub id: i64,
    pub code: String,
    pub name_fr: String,
    pub name_en: String,
}

/// Checks that `id` is an entry of `list`, else `NOT_FOUND` on `field`.
pub fn check(conn: &Connection, list: RefList, id: i64, field: &str) -> Result<()> {
    validate::exists(conn, list.table(), id, field, list.what())
}

/// Adds an entry; the code must be new in that list.
pub fn insert(
    conn: &Connection,
    list: RefList,
    code: &str,
    name_fr: &str,
    name_en: &str,
) -> Result<i64> {
    let name_fr = validate::text("name_fr", name_fr, 120)?;
    let name_en = validate::optional_text("name_en", name_en, 120)?;
    // The code is internal (imports and exports match on it): made from the French name
    // unless given, and made unique in its list.
    let code = if code.trim().is_empty() {
        free_code(conn, list, &crate::text::code_from(&name_fr))?
    } else {
        validate::text("code", code, 40)?
    };
    validate::unique(conn, list.table(), "code", &code, "code")?;
    conn.execute(
        &format!(
            "INSERT INTO {} (code, name_fr, name_en) VALUES (?1, ?2, ?3)",
            list.table()
        ),
        params![code, name_fr, name_en],
    )?;
    Ok(conn.last_insert_rowid())
}

/// `base`, or `base_2`, `base_3`… : the first code not yet in the list.
fn free_code(conn: &Connection, list: RefList, base: &str) -> Result<String> {
    let base: String = base.chars().take(36).collect();
    let taken = |code: &str| -> Result<bool> {
        Ok(conn.query_row(
            &format!(
                "SELECT EXISTS (SELECT 1 FROM {} WHERE code = ?1)",
                list.table()
            ),
            [code],
            |r| r.get(0),
        )?)
    };
    let mut code = base.clone();
    let mut n = 1;
    while taken(&code)? {
        n += 1;
        code = format!("{base}_{n}");
    }
    Ok(code)
}

/// The whole list, in French alphabetical order (« Équipement » before « Formation »).
pub fn list(conn: &Connection, list: RefList) -> Result<Vec<RefEntry>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT id, code, name_fr, name_en FROM {}",
        list.table()
    ))?;
    let rows = stmt.query_map([], |r| {
        Ok(RefEntry {
            id: r.get(0)?,
            code: r.get(1)?,
            name_fr: r.get(2)?,
            name_en: r.get(3)?,
        })
    })?;
    let mut entries: Vec<RefEntry> = rows.collect::<Result<_, _>>()?;
    entries.sort_by_cached_key(|e| crate::text::fold(&e.name_fr));
    Ok(entries)
}

/// Where an entry is used: (table, column, Fluent id naming the records).
fn usages(list: RefList) -> &'static [(&'static str, &'static str, &'static str)] {
    match list {
        RefList::Domain => &[
            ("technical_action", "domain_id", "used-actions"),
            ("operational_case", "domain_id", "used-cases"),
            ("posting", "specialty_id", "used-postings"),
        ],
        RefList::ActionKind => &[("technical_action", "kind_id", "used-actions")],
        RefList::CaseKind => &[("operational_case", "kind_id", "used-cases")],
    }
}

/// Renames an entry (its code stays: imports and exports refer to it).
pub fn rename(
    conn: &Connection,
    list: RefList,
    id: i64,
    name_fr: &str,
    name_en: &str,
) -> Result<()> {
    validate::exists(conn, list.table(), id, "id", list.what())?;
    let name_fr = validate::text("name_fr", name_fr, 120)?;
    let name_en = validate::optional_text("name_en", name_en, 120)?;
    conn.execute(
        &format!(
            "UPDATE {} SET name_fr = ?1, name_en = ?2 WHERE id = ?3",
            list.table()
        ),
        params![name_fr, name_en, id],
    )?;
    Ok(())
}

/// Deletes an entry that nothing uses; otherwise `CONFLICT` saying where it is used.
pub fn delete(conn: &Connection, list: RefList, id: i64) -> Result<()> {
    validate::exists(conn, list.table(), id, "id", list.what())?;
    let mut used = Vec::new();
    for (table, column, what) in usages(list) {
        let n: i64 = conn.query_row(
            &format!("SELECT count(*) FROM {table} WHERE {column} = ?1"),
            [id],
            |r| r.get(0),
        )?;
        if n > 0 {
            used.push(i18n::tr(
                what,
                &i18n::args([("count", i18n::format_count(n))]),
            ));
        }
    }
    if !used.is_empty() {
        return Err(Error::conflict(
            "err-in-use",
            i18n::args([("uses", used.join(", "))]),
        ));
    }
    conn.execute(&format!("DELETE FROM {} WHERE id = ?1", list.table()), [id])?;
    Ok(())
}

/// Bilateral or multilateral funder / programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Lateral {
    Bilateral,
    Multilateral,
}

impl Lateral {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Lateral::Bilateral => "bilateral",
            Lateral::Multilateral => "multilateral",
        }
    }
}

/// Adds a funder (bailleur); names are unique.
pub fn insert_funder(conn: &Connection, name: &str, kind: Lateral) -> Result<i64> {
    let name = validate::text("name", name, 120)?;
    validate::unique(conn, "funder", "name", &name, "name")?;
    conn.execute(
        "INSERT INTO funder (name, kind) VALUES (?1, ?2)",
        params![name, kind.as_str()],
    )?;
    Ok(conn.last_insert_rowid())
}

/// The id of the entry with `code` in `list`, or `NOT_FOUND` naming the code.
pub fn id_by_code(conn: &Connection, list: RefList, code: &str) -> Result<i64> {
    use rusqlite::OptionalExtension;
    conn.query_row(
        &format!("SELECT id FROM {} WHERE code = ?1", list.table()),
        [code.trim()],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| Error::not_found(list.what(), code))
}
