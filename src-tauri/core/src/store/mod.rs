//! The SQLite store: opening, pragmas, migrations. Each table's SQL lives beside the
//! module that owns the table; `migrations.rs` only lists them in order.

mod migrations;
pub(crate) mod sql;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, ErrorCode, Result};
use crate::i18n;

pub use migrations::MIGRATIONS;

/// One open CoopDesk database.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
}

impl Store {
    /// Opens (creating if needed) the database file and brings its schema up to date.
    /// A database written by a newer CoopDesk is refused with `DB_TOO_NEW`.
    pub fn open(path: &Path) -> Result<Self> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| io_error(parent, e))?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)?;
        let mut store = Self {
            conn,
            path: Some(path.to_owned()),
        };
        store.prepare(true)?;
        Ok(store)
    }

    /// A private in-memory database, for tests and dry runs.
    pub fn open_in_memory() -> Result<Self> {
        let mut store = Self {
            conn: Connection::open_in_memory()?,
            path: None,
        };
        store.prepare(false)?;
        Ok(store)
    }

    fn prepare(&mut self, wal: bool) -> Result<()> {
        self.conn.busy_timeout(Duration::from_secs(5))?;
        // Reading the header first turns "not a database" into DB_CORRUPT before any write.
        self.conn
            .query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
                r.get::<_, i64>(0)
            })?;
        if wal {
            self.conn
                .query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0))?;
        }
        self.conn.execute_batch(
            "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY;",
        )?;
        MIGRATIONS.to_latest(&mut self.conn)?;
        crate::country::sync_table(&self.conn)?;
        Ok(())
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    pub fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// The database file, `None` for an in-memory store.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Runs `f` in one transaction: everything it writes lands, or nothing does.
    pub fn write<T>(
        &mut self,
        f: impl FnOnce(&rusqlite::Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        let tx = self.conn.transaction()?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// True when the database holds no record at all (the country table and meta aside,
    /// which every database has).
    pub fn is_empty(&self) -> Result<bool> {
        let any = [
            "domain",
            "action_kind",
            "case_kind",
            "funder",
            "ssi",
            "agent",
            "programme",
            "technical_action",
            "operational_case",
            "request",
            "course",
            "instructor",
            "foreign_unit",
            "network",
            "exchange",
            "trainee",
        ]
        .map(|t| format!("EXISTS (SELECT 1 FROM {t})"))
        .join(" OR ");
        let found: bool = self
            .conn
            .query_row(&format!("SELECT {any}"), [], |r| r.get(0))?;
        Ok(!found)
    }
}

/// The default database location: `$XDG_DATA_HOME/coopdesk/coopdesk.sqlite`
/// (`~/.local/share/coopdesk/coopdesk.sqlite` when the variable is unset).
pub fn default_path() -> Result<PathBuf> {
    let base = std::env::var_os("XDG_DATA_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .ok_or_else(|| Error::new(ErrorCode::DbIo, "err-no-data-dir", Vec::new()))?;
    Ok(base.join("coopdesk").join("coopdesk.sqlite"))
}

/// The database path chosen by the user: an explicit path, else `COOPDESK_DB`, else the default.
pub fn resolve_path(explicit: Option<PathBuf>) -> Result<PathBuf> {
    match explicit.or_else(|| std::env::var_os("COOPDESK_DB").map(PathBuf::from)) {
        Some(p) if !p.as_os_str().is_empty() => Ok(p),
        _ => default_path(),
    }
}

fn io_error(path: &Path, e: std::io::Error) -> Error {
    Error::new(
        ErrorCode::DbIo,
        "err-db-io",
        i18n::args([("detail", format!("{}: {e}", path.display()))]),
    )
}
