//! The SQLite store: opening, pragmas, migrations. Each table's SQL lives beside the
//! module that owns the table; `migrations.rs` only lists them in order.

pub mod backup;
mod encrypt;
mod file;
pub mod gate;
pub mod key;
mod migrations;
pub(crate) mod sql;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, ErrorCode, Result};
use crate::i18n;
use key::Passphrase;

pub use migrations::MIGRATIONS;

/// One open CoopDesk database.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    /// The passphrase of an encrypted file (its copies are keyed with it too).
    key: Option<Passphrase>,
    /// Who writes, for the audit trail.
    user: String,
}

impl Store {
    /// Opens (creating if needed) the database file and brings its schema up to date.
    /// A database written by a newer CoopDesk is refused with `DB_TOO_NEW`.
    pub fn open(path: &Path) -> Result<Self> {
        let mut store = Self {
            conn: connect(path)?,
            path: Some(path.to_owned()),
            key: None,
            user: crate::audit::os_user(),
        };
        store.prepare(true)?;
        Ok(store)
    }

    /// Opens (creating if needed) the file encrypted with `key`. A wrong passphrase is
    /// `PASSPHRASE_WRONG` and leaves the file as it was; a plaintext database (an earlier
    /// CoopDesk's) is `DB_PLAINTEXT`: convert it first with [`Store::encrypt_plaintext`].
    pub fn open_encrypted(path: &Path, key: &Passphrase) -> Result<Self> {
        if key::is_plaintext(path) {
            return Err(Error::new(
                ErrorCode::DbPlaintext,
                "err-db-plaintext",
                Vec::new(),
            ));
        }
        let conn = connect(path)?;
        key::apply(&conn, key)?;
        // The first read decrypts page 1: with a wrong key it fails, before any write.
        if let Err(e) = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
            r.get::<_, i64>(0)
        }) {
            return Err(match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::NotADatabase) => key::wrong_passphrase(),
                _ => e.into(),
            });
        }
        let mut store = Self {
            conn,
            path: Some(path.to_owned()),
            key: Some(key.clone()),
            user: crate::audit::os_user(),
        };
        store.prepare(true)?;
        Ok(store)
    }

    /// Whether the file is encrypted.
    pub fn is_encrypted(&self) -> bool {
        self.key.is_some()
    }

    /// Changes the passphrase of an encrypted file; `old` must be the current one (else
    /// `PASSPHRASE_WRONG` on `old`, nothing changed). The automatic copies in `backups/` are
    /// re-keyed too: a passphrase changed because it leaked leaves no copy it opens. Returns
    /// how many copies were re-keyed.
    pub fn change_passphrase(&mut self, old: &Passphrase, new: &Passphrase) -> Result<usize> {
        let current = self
            .key
            .as_ref()
            .ok_or_else(|| Error::new(ErrorCode::DbPlaintext, "err-db-plaintext", Vec::new()))?;
        if !current.matches(old) {
            return Err(key::wrong_passphrase().with_field("old"));
        }
        // SQLCipher re-encrypts every page in one transaction, out of WAL mode.
        self.conn
            .query_row("PRAGMA journal_mode = DELETE", [], |r| {
                r.get::<_, String>(0)
            })?;
        let result = key::rekey(&self.conn, new);
        self.conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0))?;
        result?;
        self.key = Some(new.clone());
        match &self.path {
            Some(path) => backup::rekey_copies(path, old, new),
            None => Ok(0),
        }
    }

    /// A private in-memory database, for tests and dry runs.
    pub fn open_in_memory() -> Result<Self> {
        let mut store = Self {
            conn: Connection::open_in_memory()?,
            path: None,
            key: None,
            user: crate::audit::os_user(),
        };
        store.prepare(false)?;
        Ok(store)
    }

    fn prepare(&mut self, wal: bool) -> Result<()> {
        self.conn.busy_timeout(Duration::from_secs(5))?;
        crate::text::register(&self.conn)?;
        // Reading the header first turns "not a database" into DB_CORRUPT before any write.
        self.conn
            .query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
                r.get::<_, i64>(0)
            })?;
        // A file damaged in its middle still opens; its pages are checked before any use.
        let check: String = self
            .conn
            .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?;
        if check != "ok" {
            // SQLite's detail (page numbers, in English) is for the log, not the screen.
            tracing::error!(detail = %check, "quick_check found a damaged page");
            return Err(Error::new(
                ErrorCode::DbCorrupt,
                "err-db-damaged",
                Vec::new(),
            ));
        }
        if wal {
            self.conn
                .query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0))?;
        }
        self.conn.execute_batch(
            "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY;",
        )?;
        // A schema about to be upgraded is copied first, as it was.
        let version: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if let (Some(path), 1..) = (&self.path, version) {
            if (version as usize) < migrations::STEPS_COUNT {
                backup::before_upgrade(&self.conn, path, self.key.as_ref(), crate::now())?;
            }
        }
        up_to_date(&mut self.conn)
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

    /// Who writes through this store (the audit trail's `user`).
    pub fn user(&self) -> &str {
        &self.user
    }

    /// Runs `f` in one transaction as one batch of the audit trail (`kind`: import, demo,
    /// revert…): everything it writes lands, or nothing does.
    pub fn write_batch<T>(
        &mut self,
        kind: &str,
        label: &str,
        f: impl FnOnce(&rusqlite::Transaction<'_>, i64) -> Result<T>,
    ) -> Result<T> {
        let tx = self.conn.transaction()?;
        let batch = crate::audit::begin_batch(&tx, &self.user, kind, label)?;
        let value = f(&tx, batch)?;
        crate::audit::end(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Runs `f` in one transaction: everything it writes lands, or nothing does.
    pub fn write<T>(
        &mut self,
        f: impl FnOnce(&rusqlite::Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        let tx = self.conn.transaction()?;
        crate::audit::begin(&tx, &self.user)?;
        let value = f(&tx)?;
        crate::audit::end(&tx)?;
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

/// Migrates the schema to the latest version, then brings what is derived from the code up
/// to date: the country list and the audit triggers.
pub(crate) fn up_to_date(conn: &mut Connection) -> Result<()> {
    MIGRATIONS.to_latest(conn)?;
    crate::country::sync_table(conn)?;
    crate::audit::sync(conn)
}

/// A read-write connection to `path`, its folder created if needed.
fn connect(path: &Path) -> Result<Connection> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| io_error(parent, e))?;
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    // The checks of a form run a dozen small queries; kept prepared, a bulk write (the demo,
    // an import) no longer compiles each one (and the audit triggers with it) per row.
    conn.set_prepared_statement_cache_capacity(64);
    // What SQLite frees is overwritten with zeros: an erased name leaves no trace in free
    // space (see privacy/erase.rs).
    conn.pragma_update(None, "secure_delete", "ON")?;
    Ok(conn)
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

pub(crate) fn io_error(path: &Path, e: std::io::Error) -> Error {
    Error::new(
        ErrorCode::DbIo,
        "err-db-io",
        i18n::args([("detail", format!("{}: {e}", path.display()))]),
    )
}
