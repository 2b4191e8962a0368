//! Reading the audit trail: the journal (filtered, paged in the core) and the history of one
//! record (its own entries and those of its link tables), each change field by field.

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::Row;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::filter::Where;
use crate::{i18n, Store};

/// What an entry did to its record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    Insert,
    Update,
    Delete,
}

/// The journal's filters; every one optional.
#[derive(Debug, Clone, Default, Deserialize, specta::Type)]
pub struct JournalFilter {
    /// First and last day (inclusive, UTC dates of the entries).
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub user: Option<String>,
    /// The kind of record: its table (`technical_action`, `trainee`…).
    pub kind: Option<String>,
    pub action: Option<AuditAction>,
    /// Words found in the values before or after.
    pub text: Option<String>,
    pub batch_id: Option<i64>,
}

/// One field whose value the entry records (changed, or set at creation, or removed).
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct FieldChange {
    pub field: String,
    /// The field's French label (the column's name when none is known).
    pub label: String,
    /// The value as JSON text (`null` when absent).
    pub before: Option<String>,
    pub after: Option<String>,
    /// The value named for reading when the core knows better than the value (a country's
    /// French name, the code or name of the record an id points to).
    pub before_text: Option<String>,
    pub after_text: Option<String>,
}

/// The batch an entry belongs to (an import, the demo, a revert, an undo).
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct BatchInfo {
    pub id: i64,
    /// import, demo, revert, undo, restore or erase.
    pub kind: String,
    /// The French name of the kind (« Import », « Annulation »…).
    pub kind_label: String,
    /// What it was about (the imported file's name…).
    pub label: String,
    /// Whether it was undone since (an import can be undone once).
    pub undone: bool,
}

/// One entry of the audit trail.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct AuditEntry {
    pub id: i64,
    /// UTC, ISO 8601 with milliseconds.
    pub at: String,
    pub user: String,
    pub batch_id: Option<i64>,
    pub batch: Option<BatchInfo>,
    pub kind: String,
    /// The French name of the kind of record.
    pub kind_label: String,
    pub record_id: Option<i64>,
    pub parent_kind: Option<String>,
    pub parent_id: Option<i64>,
    pub action: AuditAction,
    /// Whether the record (the parent, for a link row) can be put back to the version of
    /// this entry ([`Store::revert`](crate::Store::revert)).
    pub revertible: bool,
    pub changes: Vec<FieldChange>,
}

/// A page of the journal, the newest first.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct JournalPage {
    pub total: i64,
    pub entries: Vec<AuditEntry>,
}

const COLUMNS: &str =
    "id, at, user, batch_id, kind, record_id, parent_kind, parent_id, action, before, after,
     (SELECT b.kind FROM audit_batch b WHERE b.id = audit.batch_id),
     (SELECT b.label FROM audit_batch b WHERE b.id = audit.batch_id),
     EXISTS (SELECT 1 FROM audit_batch u WHERE u.undoes_tx = audit.tx)";
/// The most entries one page holds.
pub const MAX_PAGE: i64 = 1000;

impl Store {
    /// The entries matching `filter`, the newest first, `limit` (at most `MAX_PAGE`) from
    /// `offset`.
    pub fn journal(&self, filter: &JournalFilter, offset: i64, limit: i64) -> Result<JournalPage> {
        let (offset, limit) = (offset.max(0), limit.clamp(1, MAX_PAGE));
        if let Some(kind) = filter.kind.as_deref().filter(|k| !k.trim().is_empty()) {
            self.check_kind(kind.trim())?;
        }
        let w = where_clause(filter);
        let total = self.conn().query_row(
            &format!("SELECT count(*) FROM audit WHERE {}", w.sql()),
            rusqlite::params_from_iter(&w.values),
            |r| r.get(0),
        )?;
        let sql = format!(
            "SELECT {COLUMNS} FROM audit WHERE {} ORDER BY id DESC LIMIT {limit} OFFSET {offset}",
            w.sql()
        );
        let entries = self.entries(&sql, rusqlite::params_from_iter(&w.values))?;
        Ok(JournalPage { total, entries })
    }

    /// Every entry about the record `kind`/`id`: its own and its link tables' (an enrolment
    /// belongs to its session and to its trainee), the oldest first.
    pub fn history(&self, kind: &str, id: i64) -> Result<Vec<AuditEntry>> {
        self.check_kind(kind)?;
        let sql = format!(
            "SELECT {COLUMNS} FROM audit
              WHERE (kind = ?1 AND record_id = ?2) OR (parent_kind = ?1 AND parent_id = ?2)
                 OR (?1 = 'trainee' AND kind = 'enrolment'
                     AND json_extract(coalesce(after, before), '$.trainee_id') = ?2)
              ORDER BY id"
        );
        self.entries(&sql, rusqlite::params![kind, id])
    }

    /// The users who wrote anything, in alphabetical order (the journal's user filter).
    pub fn journal_users(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT DISTINCT user FROM audit ORDER BY user")?;
        let users = stmt.query_map([], |r| r.get(0))?;
        Ok(users.collect::<rusqlite::Result<_>>()?)
    }

    /// `INVALID_INPUT` on `kind` unless it names an audited kind of record.
    fn check_kind(&self, kind: &str) -> Result<()> {
        if super::triggers::audited_tables(self.conn())?
            .iter()
            .any(|t| t == kind)
        {
            return Ok(());
        }
        Err(Error::invalid(
            "kind",
            "err-audit-kind",
            i18n::args([("value", kind)]),
        ))
    }

    fn entries(&self, sql: &str, params: impl rusqlite::Params) -> Result<Vec<AuditEntry>> {
        let mut stmt = self.conn().prepare(sql)?;
        let rows = stmt.query_map(params, raw)?;
        rows.map(|r| r.map_err(Error::from).and_then(|e| entry(self.conn(), e)))
            .collect()
    }
}

fn where_clause(f: &JournalFilter) -> Where {
    let mut w = Where::default();
    if let Some(from) = f.from {
        w.push("at >= {}", Value::Text(from.format("%Y-%m-%d").to_string()));
    }
    if let Some(to) = f.to {
        w.push(
            "at < {}",
            Value::Text(format!("{}T99", to.format("%Y-%m-%d"))),
        );
    }
    if let Some(user) = f.user.as_deref().filter(|u| !u.trim().is_empty()) {
        w.push("user = {}", Value::Text(user.trim().to_owned()));
    }
    if let Some(kind) = f.kind.as_deref().filter(|k| !k.trim().is_empty()) {
        w.push("kind = {}", Value::Text(kind.trim().to_owned()));
    }
    if let Some(action) = f.action {
        w.push("action = {}", Value::Text(action_code(action).into()));
    }
    w.id("batch_id = {}", f.batch_id);
    w.words(&["before", "after"], f.text.as_deref());
    w
}

type RawEntry = (AuditEntry, Option<String>, Option<String>);

fn raw(r: &Row<'_>) -> rusqlite::Result<RawEntry> {
    let kind: String = r.get(4)?;
    let action = match r.get::<_, String>(8)?.as_str() {
        "insert" => AuditAction::Insert,
        "update" => AuditAction::Update,
        _ => AuditAction::Delete,
    };
    let batch_id: Option<i64> = r.get(3)?;
    let parent_kind: Option<String> = r.get(6)?;
    let batch_kind: Option<String> = r.get(11)?;
    let batch = match (batch_id, batch_kind) {
        (Some(id), Some(kind)) => Some(BatchInfo {
            id,
            kind_label: label(&format!("audit-batch-{kind}"), &kind),
            kind,
            label: r.get::<_, Option<String>>(12)?.unwrap_or_default(),
            undone: r.get(13)?,
        }),
        _ => None,
    };
    Ok((
        AuditEntry {
            id: r.get(0)?,
            at: r.get(1)?,
            user: r.get(2)?,
            batch_id,
            batch,
            kind_label: label(&format!("audit-kind-{kind}"), &kind),
            revertible: super::revert::revertible(&kind, parent_kind.as_deref()),
            kind,
            record_id: r.get(5)?,
            parent_kind,
            parent_id: r.get(7)?,
            action,
            changes: Vec::new(),
        },
        r.get(9)?,
        r.get(10)?,
    ))
}

/// Fills in the fields the entry changed (every field for a creation or a deletion).
fn entry(conn: &rusqlite::Connection, (mut e, before, after): RawEntry) -> Result<AuditEntry> {
    let parse = |text: Option<String>| -> Result<serde_json::Map<String, serde_json::Value>> {
        match text {
            None => Ok(Default::default()),
            Some(t) => serde_json::from_str(&t).map_err(Error::internal),
        }
    };
    let (before, after) = (parse(before)?, parse(after)?);
    let fields = after.keys().chain(before.keys());
    let mut seen = std::collections::HashSet::new();
    for field in fields {
        if !seen.insert(field) {
            continue;
        }
        let (b, a) = (before.get(field), after.get(field));
        if b == a {
            continue;
        }
        let named = |v: Option<&serde_json::Value>| match v {
            Some(v) => super::display::text(conn, &e.kind, field, v),
            None => Ok(None),
        };
        e.changes.push(FieldChange {
            field: field.clone(),
            label: label(&format!("audit-field-{field}"), field),
            before: b.map(ToString::to_string),
            after: a.map(ToString::to_string),
            before_text: named(b)?,
            after_text: named(a)?,
        });
    }
    Ok(e)
}

/// The Fluent text `id`, or `fallback` when the catalogue has none.
fn label(id: &str, fallback: &str) -> String {
    let text = i18n::tr(id, &[]);
    if text == id {
        fallback.to_owned()
    } else {
        text
    }
}

/// The entries as CSV (`;`, one line per changed field, the header in French, values named
/// for reading where the core knows a name), for the command line and for a spreadsheet.
pub fn to_csv(entries: &[AuditEntry]) -> Result<String> {
    let mut out = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    let header = [
        "date",
        "utilisateur",
        "nature",
        "enregistrement",
        "action",
        "champ",
        "avant",
        "après",
    ];
    out.write_record(header).map_err(Error::internal)?;
    for e in entries {
        let action = i18n::tr(&format!("audit-action-{}", action_code(e.action)), &[]);
        let record = e.record_id.map(|id| id.to_string()).unwrap_or_default();
        for c in &e.changes {
            out.write_record([
                e.at.as_str(),
                &e.user,
                &e.kind_label,
                &record,
                &action,
                &c.label,
                c.before_text
                    .as_deref()
                    .or(c.before.as_deref())
                    .unwrap_or(""),
                c.after_text.as_deref().or(c.after.as_deref()).unwrap_or(""),
            ])
            .map_err(Error::internal)?;
        }
    }
    let bytes = out.into_inner().map_err(Error::internal)?;
    String::from_utf8(bytes).map_err(Error::internal)
}

fn action_code(action: AuditAction) -> &'static str {
    match action {
        AuditAction::Insert => "insert",
        AuditAction::Update => "update",
        AuditAction::Delete => "delete",
    }
}

impl std::str::FromStr for AuditAction {
    type Err = Error;

    /// `insert`, `update` or `delete` (as the command line takes them).
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "insert" => Ok(Self::Insert),
            "update" => Ok(Self::Update),
            "delete" => Ok(Self::Delete),
            other => Err(Error::invalid(
                "action",
                "err-audit-action",
                i18n::args([("value", other)]),
            )),
        }
    }
}
