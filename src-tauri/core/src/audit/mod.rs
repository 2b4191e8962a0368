//! The audit trail. Every write to a domain table leaves, in the same transaction, one entry:
//! when (UTC), who (the OS user of the program that wrote), what (the kind of record, its id,
//! insert / update / delete, the parent record for link tables) and the values before and
//! after, as JSON. SQLite triggers write the entries (`triggers.rs`, generated from the
//! tables' columns), so no write path can bypass them — forms, imports, the demo, raw SQL
//! alike. The entries are append-only: triggers refuse UPDATE and DELETE on them, except
//! while a personal-data erasure runs (flagged in `audit_context`, itself audited).

mod context;
mod display;
pub mod journal;
pub mod revert;
mod triggers;
pub mod undo;

pub use context::os_user;
pub(crate) use context::{begin, begin_batch, end};
pub(crate) use triggers::sync;

/// The audit tables. `audit_context` holds one row: who writes now and under which batch
/// (an import, a revert), set by the store at the start of each transaction.
pub(crate) const MIGRATION: &str = "
CREATE TABLE audit_context (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    user    TEXT NOT NULL DEFAULT '',
    batch   INTEGER,
    erasing INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO audit_context (id) VALUES (1);
CREATE TABLE audit_batch (
    id    INTEGER PRIMARY KEY,
    at    TEXT NOT NULL,
    user  TEXT NOT NULL,
    kind  TEXT NOT NULL CHECK (kind IN ('import', 'demo', 'revert', 'undo', 'restore', 'erase')),
    label TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE audit (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user        TEXT NOT NULL,
    batch_id    INTEGER REFERENCES audit_batch (id),
    kind        TEXT NOT NULL,
    record_id   INTEGER,
    parent_kind TEXT,
    parent_id   INTEGER,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    before      TEXT,
    after       TEXT
) STRICT;
CREATE INDEX audit_record ON audit (kind, record_id);
CREATE INDEX audit_parent ON audit (parent_kind, parent_id);
CREATE INDEX audit_at ON audit (at);
CREATE INDEX audit_batch_id ON audit (batch_id);
CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
    WHEN (SELECT erasing FROM audit_context) = 0
    BEGIN SELECT RAISE(ABORT, 'audit_append_only'); END;
CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
    WHEN (SELECT erasing FROM audit_context) = 0
    BEGIN SELECT RAISE(ABORT, 'audit_append_only'); END;
";

/// Each entry carries the number of the transaction that wrote it (schema step 19): one
/// save, one delete, one import is one `tx`, undone together (`undo.rs`); an undo's batch
/// names the `tx` it undid.
pub(crate) const TX_MIGRATION: &str = "
ALTER TABLE audit_context ADD COLUMN tx INTEGER;
ALTER TABLE audit ADD COLUMN tx INTEGER;
CREATE INDEX audit_tx ON audit (tx);
ALTER TABLE audit_batch ADD COLUMN undoes_tx INTEGER;
CREATE INDEX audit_batch_undoes ON audit_batch (undoes_tx);
";

/// Tables that are not records of the domain: the audit itself, settings kept by the
/// program, the country list (synchronised from keshvar at each open) and the annual
/// report frozen when its year is closed (figures derived from audited records).
pub(crate) const NOT_AUDITED: &[&str] = &[
    "audit",
    "audit_context",
    "audit_batch",
    "meta",
    "country",
    "closed_year_report",
];

/// For a link table, the record it belongs to: its history is that record's history.
pub(crate) const PARENTS: &[(&str, &str, &str)] = &[
    ("programme_funder", "programme", "programme_id"),
    ("programme_country", "programme", "programme_id"),
    ("programme_budget", "programme", "programme_id"),
    ("enrolment", "session", "session_id"),
    ("attendance", "enrolment", "enrolment_id"),
    ("unit_network", "foreign_unit", "unit_id"),
    ("exchange_unit", "exchange", "exchange_id"),
    ("session_instructor", "session", "session_id"),
    ("ssi_coverage", "ssi", "ssi_id"),
    ("posting", "agent", "agent_id"),
];

/// The link tables that are part of their record: a version of the record includes them
/// (`revert`), and undoing the record's last write covers them (`undo`). Enrolments and
/// postings are records of their own, with their own history.
pub const LINKS: &[(&str, &str)] = &[
    ("ssi", "ssi_coverage"),
    ("session", "session_instructor"),
    ("programme", "programme_funder"),
    ("programme", "programme_country"),
    ("programme", "programme_budget"),
];

/// The link tables of records of `kind`.
pub fn links_of(kind: &str) -> impl Iterator<Item = &'static str> + '_ {
    LINKS
        .iter()
        .filter(move |(k, _)| *k == kind)
        .map(|(_, t)| *t)
}
