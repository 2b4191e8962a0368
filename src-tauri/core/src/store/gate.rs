//! The door to the database file. Before any screen the window asks the gate what the file
//! is (missing, encrypted, plaintext from an earlier CoopDesk, not a database) and shows the
//! matching screen: create, unlock, convert, or why the file cannot be opened and what to
//! do. The command line opens files through the same rules ([`Store::open_existing`]).
//! Nothing here writes over a file that exists: a refusal leaves every byte as it was.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use serde::Serialize;

use super::backup::{self, BackupInfo, Occasion};
pub use super::file::{probe, FileState};
use super::key::{self, Passphrase};
use super::Store;
use crate::error::{Error, ErrorCode, Result};
use crate::i18n;

impl Store {
    /// Creates a new encrypted database at `path`; a file already there is refused
    /// (`DB_IO` with `err-db-exists`) and left alone.
    pub fn create(path: &Path, key: &Passphrase) -> Result<Store> {
        if probe(path) != FileState::Missing {
            return Err(Error::new(
                ErrorCode::DbIo,
                "err-db-exists",
                i18n::args([("path", path.display().to_string())]),
            ));
        }
        Store::open_encrypted(path, key)
    }

    /// Opens an existing encrypted database; each other kind of file is refused with its
    /// own code (`err-db-missing`, `DB_PLAINTEXT`, `DB_NOT_DATABASE`) and left as it was.
    pub fn open_existing(path: &Path, key: &Passphrase) -> Result<Store> {
        match probe(path) {
            FileState::Missing => Err(Error::new(
                ErrorCode::DbIo,
                "err-db-missing",
                i18n::args([("path", path.display().to_string())]),
            )),
            FileState::Plaintext => Err(Error::new(
                ErrorCode::DbPlaintext,
                "err-db-plaintext-cli",
                Vec::new(),
            )),
            FileState::NotDatabase => Err(not_a_database(path)),
            FileState::Encrypted => Store::open_encrypted(path, key),
        }
    }
}

fn not_a_database(path: &Path) -> Error {
    Error::new(
        ErrorCode::DbNotDatabase,
        "err-db-not-database",
        i18n::args([("path", path.display().to_string())]),
    )
}

/// What the window shows before the database is open, or that it is.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct GateStatus {
    pub path: PathBuf,
    pub file: FileState,
    pub open: bool,
    /// Why the file cannot be opened (damaged, newer version, not a database), with the
    /// passphrase found right; the screen says what to do.
    pub problem: Option<Error>,
    /// The newest copy of the database that passes the restore checks, offered when the
    /// file is damaged.
    pub latest_backup: Option<BackupInfo>,
    /// The shortest passphrase accepted for a new database.
    pub min_length: usize,
    /// The passphrase of the demo database (stated in the README), offered with the demo data.
    pub demo_passphrase: String,
}

/// The database file of a window, locked until its passphrase is given.
pub struct Gate {
    path: PathBuf,
    store: Option<Store>,
    problem: Option<Error>,
    /// The passphrase that opened the file's first page when the file then proved damaged:
    /// its copies are checked and restored with it.
    key: Option<Passphrase>,
}

impl Gate {
    pub fn new(path: PathBuf) -> Self {
        let problem = (probe(&path) == FileState::NotDatabase).then(|| not_a_database(&path));
        Self {
            path,
            store: None,
            problem,
            key: None,
        }
    }

    pub fn status(&self) -> GateStatus {
        let latest_backup = match (&self.problem, &self.key) {
            (Some(p), Some(key)) if p.code == ErrorCode::DbCorrupt => {
                latest_good_copy(&self.path, key)
            }
            _ => None,
        };
        GateStatus {
            path: self.path.clone(),
            file: probe(&self.path),
            open: self.store.is_some(),
            problem: self.problem.clone(),
            latest_backup,
            min_length: key::MIN_LENGTH,
            demo_passphrase: key::DEMO.to_owned(),
        }
    }

    /// The open store, or `DB_LOCKED` while the passphrase has not been given.
    pub fn store(&mut self) -> Result<&mut Store> {
        self.store
            .as_mut()
            .ok_or_else(|| Error::new(ErrorCode::DbLocked, "err-db-locked", Vec::new()))
    }

    /// Creates the database (no file yet), empty or with the demo data, and opens it.
    pub fn create(
        &mut self,
        passphrase: String,
        confirm: String,
        demo: bool,
    ) -> Result<GateStatus> {
        self.closed()?;
        let key = Passphrase::confirmed(passphrase, confirm)?;
        let mut store = Store::create(&self.path, &key)?;
        if demo {
            if let Err(e) = store.load_demo(false) {
                // The file is ours and holds nothing yet: leave no half-made database.
                drop(store);
                remove_with_sides(&self.path);
                return Err(e);
            }
        }
        Ok(self.opened(store))
    }

    /// Opens the encrypted file with `passphrase`. A wrong one is an error and the screen
    /// stays; a right one on a damaged or newer file becomes the gate's problem.
    pub fn unlock(&mut self, passphrase: String, now: NaiveDateTime) -> Result<GateStatus> {
        self.closed()?;
        let key = Passphrase::unlock(passphrase);
        match Store::open_existing(&self.path, &key) {
            Ok(store) => {
                if let Err(e) = store.backup_auto(Occasion::Start, now) {
                    // The window still opens; the next start tries again.
                    tracing::error!(code = ?e.code, "the start backup failed");
                }
                Ok(self.opened(store))
            }
            Err(e) if Self::asks_again(&e) => Err(e),
            Err(e) => {
                self.problem = Some(e);
                self.key = Some(key);
                Ok(self.status())
            }
        }
    }

    /// Encrypts the plaintext database of an earlier CoopDesk with a new passphrase (the
    /// plaintext copy is removed once the encrypted file is verified), then opens it.
    pub fn convert(&mut self, passphrase: String, confirm: String) -> Result<GateStatus> {
        self.closed()?;
        let key = Passphrase::confirmed(passphrase, confirm)?;
        let store = Store::encrypt_plaintext(&self.path, &key)?;
        Ok(self.opened(store))
    }

    /// Puts the newest good copy in place of a damaged file (kept in `backups/`), then
    /// opens it.
    pub fn restore_latest(&mut self, now: NaiveDateTime) -> Result<GateStatus> {
        self.closed()?;
        let key = self
            .key
            .clone()
            .ok_or_else(|| Error::new(ErrorCode::DbLocked, "err-db-locked", Vec::new()))?;
        let copy = latest_good_copy(&self.path, &key).ok_or_else(|| {
            let dir = backup::backup_dir_of(&self.path);
            Error::new(
                ErrorCode::NotFound,
                "err-no-good-backup",
                i18n::args([("dir", dir.display().to_string())]),
            )
        })?;
        backup::restore_damaged(&self.path, &copy.path, Some(&key), now)?;
        let store = Store::open_existing(&self.path, &key)?;
        Ok(self.opened(store))
    }

    /// Works on another file from now on (the window was started on a file it cannot use).
    pub fn choose(&mut self, path: PathBuf) -> Result<GateStatus> {
        self.closed()?;
        *self = Self::new(path);
        Ok(self.status())
    }

    /// The screens before the database is open act only while it is not.
    fn closed(&self) -> Result<()> {
        match self.store {
            Some(_) => Err(Error::conflict("err-db-open", Vec::new())),
            None => Ok(()),
        }
    }

    fn opened(&mut self, store: Store) -> GateStatus {
        self.store = Some(store);
        self.problem = None;
        self.key = None;
        self.status()
    }

    /// Errors the user answers by typing again, rather than a file that cannot be used.
    fn asks_again(e: &Error) -> bool {
        matches!(
            e.code,
            ErrorCode::PassphraseWrong | ErrorCode::InvalidInput | ErrorCode::DbBusy
        )
    }
}

fn latest_good_copy(db: &Path, key: &Passphrase) -> Option<BackupInfo> {
    backup::copies_of(db)
        .into_iter()
        .find_map(|path| backup::check_candidate(&path, Some(key)).ok())
}

fn remove_with_sides(path: &Path) {
    for ext in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{ext}", path.display()));
    }
}
