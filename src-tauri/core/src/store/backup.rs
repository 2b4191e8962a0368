//! Copies of the database. A copy is made with SQLite's online backup API (consistent
//! while the file is in use), written beside its destination and renamed over it (never a
//! partial file). Automatic copies go to `backups/` beside the database, at each start of
//! the window and once a day of use, and are rotated: every copy of the newest day, the
//! latest of each of the 6 days before and of each of the 4 weeks before are kept; the
//! copies made before a restore or an upgrade are kept apart (the newest 10). A restore checks its candidate first
//! and saves the current database as a copy before replacing it.

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use super::io_error;
use super::key::{self, Passphrase};
use crate::error::{Error, ErrorCode, Result};
use crate::{i18n, Store};

/// Days whose latest automatic copy is kept, then weeks before them.
const KEEP_DAYS: usize = 7;
const KEEP_WEEKS: usize = 4;
/// Copies of the newest day all kept (a copy made now never removes this morning's).
const KEEP_SAME_DAY: usize = 10;
/// Copies made before a restore or an upgrade, kept apart from the daily rotation.
const KEEP_SPECIAL: usize = 10;
const PREFIX: &str = "coopdesk-";
const SUFFIX: &str = ".sqlite";

/// Why an automatic copy is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Occasion {
    /// The window starts: always a copy.
    Start,
    /// Once a day of use: a copy when none was made today.
    Daily,
}

/// How many records a database holds, to recognise a copy before restoring it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, specta::Type)]
pub struct RecordCounts {
    pub ssis: i64,
    pub technical_actions: i64,
    pub operational_cases: i64,
    pub sessions: i64,
    pub trainees: i64,
}

/// One copy of the database.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct BackupInfo {
    pub path: PathBuf,
    /// When the copy was made (from its name for automatic copies, else the file's date).
    pub created: NaiveDateTime,
    pub bytes: u64,
    pub schema_version: i64,
    pub records: RecordCounts,
}

/// Where the database is and which schema it has.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct DatabaseInfo {
    pub path: PathBuf,
    pub backup_dir: PathBuf,
    pub schema_version: i64,
    /// The schema this version of CoopDesk writes.
    pub latest_version: i64,
}

impl Store {
    /// Copies the database to `dest` and describes the copy.
    pub fn backup_to(&self, dest: &Path) -> Result<BackupInfo> {
        // A copy written over the database itself would destroy it.
        self.refuse_itself(dest)?;
        copy_into(&self.conn, dest, self.key.as_ref())?;
        describe(dest, self.key.as_ref())
    }

    /// `INVALID_INPUT` on `path` when `file` is the database file itself.
    fn refuse_itself(&self, file: &Path) -> Result<()> {
        let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        };
        if self.path().is_some_and(|db| same(db, file)) {
            return Err(Error::invalid(
                "path",
                "err-backup-same-file",
                i18n::args([("path", file.display().to_string())]),
            ));
        }
        Ok(())
    }

    /// The folder of the automatic copies: `backups/` beside the database file.
    pub fn backup_dir(&self) -> Result<PathBuf> {
        let path = self
            .path()
            .ok_or_else(|| Error::internal("an in-memory database has no backups"))?;
        Ok(backup_dir_of(path))
    }

    /// Makes the automatic copy of `occasion` (none for a daily one when today's exists),
    /// then rotates the folder. Returns the copy made, if any.
    pub fn backup_auto(
        &self,
        occasion: Occasion,
        now: NaiveDateTime,
    ) -> Result<Option<BackupInfo>> {
        let dir = self.backup_dir()?;
        let existing = automatic(&dir)?;
        if occasion == Occasion::Daily && existing.iter().any(|(t, _)| t.date() == now.date()) {
            return Ok(None);
        }
        let dest = dir.join(format!("{PREFIX}{}{SUFFIX}", now.format("%Y-%m-%dT%H%M%S")));
        let info = self.backup_to(&dest)?;
        prune(&dir)?;
        Ok(Some(info))
    }

    /// A copy made now in the folder of the automatic copies (rotated with them).
    pub fn backup_now(&self, now: NaiveDateTime) -> Result<BackupInfo> {
        self.backup_auto(Occasion::Start, now)?
            .ok_or_else(|| Error::internal("a copy at start is always made"))
    }

    /// The database file, its copies' folder and its schema, for the settings screen.
    pub fn database_info(&self) -> Result<DatabaseInfo> {
        Ok(DatabaseInfo {
            path: self.path().map(Path::to_owned).unwrap_or_default(),
            backup_dir: self.backup_dir()?,
            schema_version: schema_version(&self.conn)?,
            latest_version: latest_version(),
        })
    }

    /// The automatic copies, the newest first.
    pub fn backups(&self) -> Result<Vec<BackupInfo>> {
        let mut list: Vec<BackupInfo> = automatic(&self.backup_dir()?)?
            .into_iter()
            .map(|(_, p)| describe(&p, self.key.as_ref()))
            .collect::<Result<_>>()?;
        list.sort_by_key(|b| std::cmp::Reverse(b.created));
        Ok(list)
    }

    /// Checks the copy at `candidate` as [`Store::restore_from`] would, and describes it.
    pub fn backup_check(&self, candidate: &Path) -> Result<BackupInfo> {
        self.refuse_itself(candidate)?;
        check_candidate(candidate, self.key.as_ref())
    }

    /// Replaces the database's content by the copy at `candidate`, once it is checked (a
    /// CoopDesk database, intact, not from a newer version). The current content is first
    /// saved as an automatic copy; nothing is changed when a check fails.
    pub fn restore_from(&mut self, candidate: &Path, now: NaiveDateTime) -> Result<BackupInfo> {
        let info = self.backup_check(candidate)?;
        let key = self.key.clone();
        let dir = self.backup_dir()?;
        let before = dir.join(format!(
            "{PREFIX}{}-avant-restauration{SUFFIX}",
            now.format("%Y-%m-%dT%H%M%S")
        ));
        copy_into(&self.conn, &before, key.as_ref())?;
        let source = open_read_only(candidate, key.as_ref())?;
        {
            // All pages in one step: the database changes at once or not at all.
            copy_all(&Backup::new(&source, &mut self.conn)?)?;
        }
        super::up_to_date(&mut self.conn)?;
        Ok(info)
    }
}

/// Puts the copy at `candidate` in place of a database that cannot be opened (damaged):
/// the candidate is checked first, the damaged file is moved into `backups/` (kept, never
/// overwritten), then the copy is written at `db`.
pub fn restore_damaged(
    db: &Path,
    candidate: &Path,
    key: Option<&Passphrase>,
    now: NaiveDateTime,
) -> Result<BackupInfo> {
    let info = check_candidate(candidate, key)?;
    let dir = backup_dir_of(db);
    std::fs::create_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
    let stamp = now.format("%Y-%m-%dT%H%M%S");
    let aside = dir.join(format!("{PREFIX}{stamp}-endommagee{SUFFIX}.bad"));
    if db.exists() {
        std::fs::rename(db, &aside).map_err(|e| io_error(db, e))?;
    }
    for ext in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{ext}", db.display()));
        if side.exists() {
            let kept = PathBuf::from(format!("{}{ext}", aside.display()));
            std::fs::rename(&side, &kept).map_err(|e| io_error(&side, e))?;
        }
    }
    copy_into(&open_read_only(candidate, key)?, db, key)?;
    Ok(info)
}

/// Copies a database about to be upgraded to a newer schema into its `backups/` folder.
pub(super) fn before_upgrade(
    conn: &Connection,
    db: &Path,
    key: Option<&Passphrase>,
    now: NaiveDateTime,
) -> Result<()> {
    let dir = backup_dir_of(db);
    let stamp = now.format("%Y-%m-%dT%H%M%S");
    let dest = dir.join(format!("{PREFIX}{stamp}-avant-mise-a-jour{SUFFIX}"));
    copy_into(conn, &dest, key)
}

pub(crate) fn backup_dir_of(db: &Path) -> PathBuf {
    db.parent()
        .unwrap_or_else(|| Path::new("."))
        .join("backups")
}

/// Checks that `path` holds a CoopDesk database that can be restored, and describes it.
/// An encrypted database's copies are encrypted with its passphrase: `key`.
pub fn check_candidate(path: &Path, key: Option<&Passphrase>) -> Result<BackupInfo> {
    let conn = open_read_only(path, key)?;
    let refused = |id: &str, code: ErrorCode| {
        Error::new(code, id, i18n::args([("path", path.display().to_string())])).with_field("path")
    };
    let readable = conn
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE name = 'meta'",
            [],
            |r| r.get::<_, i64>(0),
        )
        .map_err(|_| match (key, super::file::probe(path)) {
            // Encrypted, but not with this key: most likely made before a passphrase change.
            (Some(_), super::file::FileState::Encrypted) => {
                refused("err-backup-other-key", ErrorCode::PassphraseWrong)
            }
            _ => refused("err-backup-not-db", ErrorCode::BadFile),
        })?;
    if readable == 0 {
        return Err(refused("err-backup-not-db", ErrorCode::BadFile));
    }
    let check: String = conn
        .query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))
        .map_err(|_| refused("err-backup-damaged", ErrorCode::DbCorrupt))?;
    if check != "ok" {
        return Err(refused("err-backup-damaged", ErrorCode::DbCorrupt));
    }
    if schema_version(&conn)? > latest_version() {
        return Err(refused("err-backup-too-new", ErrorCode::DbTooNew));
    }
    describe(path, key)
}

/// The schema version this binary writes.
pub fn latest_version() -> i64 {
    super::migrations::STEPS_COUNT as i64
}

fn schema_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

fn open_read_only(path: &Path, key: Option<&Passphrase>) -> Result<Connection> {
    if !path.is_file() {
        return Err(Error::new(
            ErrorCode::BadFile,
            "err-backup-missing",
            i18n::args([("path", path.display().to_string())]),
        )
        .with_field("path"));
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    if let Some(key) = key {
        key::apply(&conn, key)?;
    }
    Ok(conn)
}

/// Copies the database behind `conn` into a new file at `dest`, atomically.
fn copy_into(conn: &Connection, dest: &Path, key: Option<&Passphrase>) -> Result<()> {
    let dir = dest
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
    let tmp = dir.join(format!(
        ".{}.partial",
        dest.file_name().and_then(|n| n.to_str()).unwrap_or("copie")
    ));
    let _ = std::fs::remove_file(&tmp);
    let result = write_copy(conn, &tmp, key)
        .and_then(|()| std::fs::rename(&tmp, dest).map_err(|e| io_error(dest, e)));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

fn write_copy(conn: &Connection, tmp: &Path, key: Option<&Passphrase>) -> Result<()> {
    let mut out = Connection::open(tmp)?;
    // SQLCipher copies pages between files of the same key only.
    if let Some(key) = key {
        key::apply(&out, key)?;
    }
    {
        copy_all(&Backup::new(conn, &mut out)?)?;
    }
    out.close().map_err(|(_, e)| Error::from(e))
}

/// Copies every page in one step; a source or destination in use is `DB_BUSY`.
fn copy_all(backup: &Backup<'_, '_>) -> Result<()> {
    match backup.step(-1)? {
        StepResult::Done => Ok(()),
        _ => Err(Error::new(ErrorCode::DbBusy, "err-db-busy", Vec::new())),
    }
}

fn describe(path: &Path, key: Option<&Passphrase>) -> Result<BackupInfo> {
    let conn = open_read_only(path, key)?;
    let count = |table: &str| -> Result<i64> {
        Ok(conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
    };
    let records = RecordCounts {
        ssis: count("ssi")?,
        technical_actions: count("technical_action")?,
        operational_cases: count("operational_case")?,
        sessions: count("session")?,
        trainees: count("trainee")?,
    };
    let meta = std::fs::metadata(path).map_err(|e| io_error(path, e))?;
    let created = created_from_name(path).unwrap_or_else(|| {
        meta.modified()
            .ok()
            .map(|t| chrono::DateTime::<chrono::Local>::from(t).naive_local())
            .unwrap_or_default()
    });
    Ok(BackupInfo {
        path: path.to_owned(),
        created,
        bytes: meta.len(),
        schema_version: schema_version(&conn)?,
        records,
    })
}

fn created_from_name(path: &Path) -> Option<NaiveDateTime> {
    let name = path.file_name()?.to_str()?;
    let stamp = name.strip_prefix(PREFIX)?.get(..17)?;
    NaiveDateTime::parse_from_str(stamp, "%Y-%m-%dT%H%M%S").ok()
}

/// Re-keys every copy in the `backups/` folder of `db` that opens with `old` (each file
/// holds one key or the other, never a mix); copies under another key are left as they are.
pub(crate) fn rekey_copies(db: &Path, old: &Passphrase, new: &Passphrase) -> Result<usize> {
    let mut done = 0;
    for path in copies_of(db) {
        let conn = Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        key::apply(&conn, old)?;
        let opens = conn
            .query_row("PRAGMA journal_mode = DELETE", [], |r| {
                r.get::<_, String>(0)
            })
            .is_ok();
        if opens {
            key::rekey(&conn, new)?;
            done += 1;
        }
    }
    Ok(done)
}

/// The copies of the database at `db`, the newest first (none when there is no folder or
/// it cannot be read).
pub(crate) fn copies_of(db: &Path) -> Vec<PathBuf> {
    let mut copies = automatic(&backup_dir_of(db)).unwrap_or_default();
    copies.sort_by_key(|c| std::cmp::Reverse(c.0));
    copies.into_iter().map(|(_, p)| p).collect()
}

/// The automatic copies in `dir` with their dates (none when the folder does not exist).
fn automatic(dir: &Path) -> Result<Vec<(NaiveDateTime, PathBuf)>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io_error(dir, e)),
    };
    let mut out = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| io_error(dir, e))?.path();
        let is_copy = path.extension().is_some_and(|e| e == "sqlite");
        if let (true, Some(created)) = (is_copy, created_from_name(&path)) {
            out.push((created, path));
        }
    }
    Ok(out)
}

/// Keeps every copy of the newest day (up to `KEEP_SAME_DAY`), the latest copy of each of
/// the other days among the last `KEEP_DAYS` with a copy, then of each of the `KEEP_WEEKS`
/// weeks before. The copies made before a restore or an upgrade are rotated apart: the
/// newest `KEEP_SPECIAL` are kept, whatever their day.
fn prune(dir: &Path) -> Result<()> {
    let mut copies = automatic(dir)?;
    copies.sort_by_key(|c| std::cmp::Reverse(c.0));
    let (special, regular): (Vec<_>, Vec<_>) = copies.into_iter().partition(|(_, p)| is_special(p));
    let mut remove: Vec<PathBuf> = special
        .into_iter()
        .skip(KEEP_SPECIAL)
        .map(|(_, p)| p)
        .collect();
    let newest_day = regular.first().map(|(t, _)| t.date());
    let (mut days, mut weeks): (Vec<NaiveDate>, Vec<(i32, u32)>) = (Vec::new(), Vec::new());
    let mut same_day = 0;
    for (created, path) in regular {
        let day = created.date();
        let week = (day.iso_week().year(), day.iso_week().week());
        let keep = if Some(day) == newest_day {
            same_day += 1;
            if days.is_empty() {
                days.push(day);
            }
            same_day <= KEEP_SAME_DAY
        } else if days.contains(&day) {
            false
        } else if days.len() < KEEP_DAYS {
            days.push(day);
            true
        } else if weeks.contains(&week)
            || days
                .iter()
                .any(|d| (d.iso_week().year(), d.iso_week().week()) == week)
        {
            false
        } else if weeks.len() < KEEP_WEEKS {
            weeks.push(week);
            true
        } else {
            false
        };
        if !keep {
            remove.push(path);
        }
    }
    for path in remove {
        std::fs::remove_file(&path).map_err(|e| io_error(&path, e))?;
    }
    Ok(())
}

/// A copy made before a restore or an upgrade (`…-avant-restauration`, `…-avant-mise-a-jour`).
fn is_special(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.contains("-avant-"))
}
