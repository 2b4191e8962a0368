//! The records a row refers to (SSI, kind, domain, programme, funder, foreign unit) and
//! the fixed choices (action status, case channel), found by code or by French or English
//! name, whatever the case, accents and punctuation. Loaded once per import.

use std::collections::HashMap;

use rusqlite::Connection;

use super::reader::Cell;
use super::values::{fold, text, Parsed, Problem};
use crate::cooperation::operational::Channel;
use crate::cooperation::technical::ActionStatus;
use crate::error::Result;
use crate::i18n;

/// Folded names → id; a name two records share at the same rank finds neither.
#[derive(Debug, Default)]
pub(crate) struct Index {
    /// Fluent id naming the records (`what-ssi`…), for messages.
    what: &'static str,
    names: HashMap<String, (u8, Option<i64>)>,
}

impl Index {
    fn new(what: &'static str) -> Self {
        Self {
            what,
            names: HashMap::new(),
        }
    }

    /// `rank`: a code (higher) wins over a name that happens to read the same.
    fn add(&mut self, name: &str, rank: u8, id: i64) {
        let key = fold(name);
        if key.is_empty() {
            return;
        }
        match self.names.get(&key) {
            Some((r, _)) if *r > rank => {}
            Some((r, existing)) if *r == rank && *existing != Some(id) => {
                self.names.insert(key, (rank, None));
            }
            _ => {
                self.names.insert(key, (rank, Some(id)));
            }
        }
    }

    /// Loads `sql`'s rows: the id, then names by decreasing rank.
    fn load(conn: &Connection, what: &'static str, sql: &str, columns: usize) -> Result<Self> {
        let mut index = Self::new(what);
        let mut stmt = conn.prepare(sql)?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            for c in 1..=columns {
                let name: String = r.get(c)?;
                index.add(&name, (columns - c) as u8, id);
            }
        }
        Ok(index)
    }

    /// The id of the record the cell names.
    pub fn find(&self, cell: &Cell) -> Parsed<i64> {
        let value = text(cell);
        match self.names.get(&fold(&value)) {
            Some((_, Some(id))) => Ok(*id),
            Some((_, None)) => Err(Problem::with(
                "err-import-ambiguous",
                i18n::args([("what", i18n::tr(self.what, &[]))]),
            )),
            None => Err(Problem::with(
                "err-import-unknown-ref",
                i18n::args([("what", i18n::tr(self.what, &[]))]),
            )),
        }
    }
}

/// Every reference list an import may need.
pub(crate) struct Refs {
    pub ssi: Index,
    pub action_kind: Index,
    pub case_kind: Index,
    pub domain: Index,
    pub programme: Index,
    pub funder: Index,
    pub unit: Index,
}

impl Refs {
    pub fn load(conn: &Connection) -> Result<Self> {
        let coded = |table: &str| format!("SELECT id, code, name_fr, name_en FROM {table}");
        Ok(Self {
            ssi: Index::load(conn, "what-ssi", "SELECT id, code, city FROM ssi", 2)?,
            action_kind: Index::load(conn, "what-action-kind", &coded("action_kind"), 3)?,
            case_kind: Index::load(conn, "what-case-kind", &coded("case_kind"), 3)?,
            domain: Index::load(conn, "what-domain", &coded("domain"), 3)?,
            programme: Index::load(
                conn,
                "what-programme",
                "SELECT id, code, name FROM programme",
                2,
            )?,
            funder: Index::load(conn, "what-funder", "SELECT id, name FROM funder", 1)?,
            // A unit by "name country" first (names repeat across countries), then by name.
            unit: Index::load(
                conn,
                "what-unit",
                "SELECT id, name || ' ' || country, name FROM foreign_unit",
                2,
            )?,
        })
    }
}

/// The choice among `options` (value, words that name it) the cell names.
fn choice<T: Copy>(cell: &Cell, options: &[(T, &[&str])]) -> Parsed<T> {
    let key = fold(&text(cell));
    options
        .iter()
        .find(|(_, words)| words.iter().any(|w| fold(w) == key))
        .map(|(v, _)| *v)
        .ok_or_else(|| Problem::new("err-import-choice"))
}

/// An action's status, by its French or English label.
#[rustfmt::skip]
pub(crate) fn status(cell: &Cell) -> Parsed<ActionStatus> {
    choice(cell, &[
        (ActionStatus::Planned, &["prévue", "prévu", "planifiée", "planifié", "à venir", "programmée", "planned", "scheduled"]),
        (ActionStatus::Done, &["réalisée", "réalisé", "terminée", "terminé", "effectuée", "faite", "done", "completed", "carried out"]),
        (ActionStatus::Cancelled, &["annulée", "annulé", "cancelled", "canceled"]),
    ])
}

/// A case's channel; an empty cell means the SSI alone.
#[rustfmt::skip]
pub(crate) fn channel(cell: &Cell) -> Parsed<Channel> {
    choice(cell, &[
        (Channel::None, &["SSI seul", "SSI", "aucun", "none", "sans", "-", "non"]),
        (Channel::Interpol, &["Interpol", "OIPC"]),
        (Channel::Europol, &["Europol"]),
        (Channel::Schengen, &["Schengen", "Schengen (SIS)", "SIS", "SIS II"]),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Cell {
        Cell::Text(s.into())
    }

    #[test]
    fn names_match_loosely_and_shared_names_are_ambiguous() {
        let mut i = Index::new("what-ssi");
        i.add("DAK", 1, 1);
        i.add("Dakar", 0, 1);
        i.add("ABJ", 1, 2);
        i.add("Abidjan", 0, 2);
        i.add("Lomé", 0, 3);
        i.add("Lome", 0, 4);
        assert_eq!(i.find(&t("dak")), Ok(1));
        assert_eq!(i.find(&t(" DAKAR ")), Ok(1));
        assert_eq!(i.find(&t("Abidjan")), Ok(2));
        assert_eq!(
            i.find(&t("LOME")).map_err(|p| p.id),
            Err("err-import-ambiguous")
        );
        assert_eq!(
            i.find(&t("Paris")).map_err(|p| p.id),
            Err("err-import-unknown-ref")
        );
    }

    #[test]
    fn statuses_and_channels_in_french_and_english() {
        assert_eq!(status(&t("Réalisée")), Ok(ActionStatus::Done));
        assert_eq!(status(&t("realisee")), Ok(ActionStatus::Done));
        assert_eq!(status(&t("PLANNED")), Ok(ActionStatus::Planned));
        assert_eq!(status(&t("Annulée")), Ok(ActionStatus::Cancelled));
        assert!(status(&t("peut-être")).is_err());
        assert_eq!(channel(&t("Schengen (SIS)")), Ok(Channel::Schengen));
        assert_eq!(channel(&t("interpol")), Ok(Channel::Interpol));
        assert_eq!(channel(&t("SSI seul")), Ok(Channel::None));
    }
}
