//! What a file at a database's path is, read from its first bytes and its size only —
//! before any passphrase is tried, and without opening it as a database.

use std::path::Path;

use serde::Serialize;

use super::key;

/// What the file at the database's path is, read from its first bytes and size only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum FileState {
    /// No file (or an empty one): the database is to be created.
    Missing,
    /// A database encrypted by CoopDesk (or a file SQLCipher alone can judge).
    Encrypted,
    /// A plaintext database of an earlier CoopDesk, to convert.
    Plaintext,
    /// Not a database at all: its size cannot be a whole number of pages.
    NotDatabase,
}

/// Reads what the file at `path` is, without opening it as a database.
pub fn probe(path: &Path) -> FileState {
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => FileState::Missing,
        Err(_) => FileState::NotDatabase,
        Ok(m) if !m.is_file() => FileState::NotDatabase,
        Ok(m) if m.len() == 0 => FileState::Missing,
        Ok(_) if key::is_plaintext(path) => FileState::Plaintext,
        // SQLite files are whole pages of 512 to 65 536 bytes.
        Ok(m) if m.len() % 512 != 0 => FileState::NotDatabase,
        Ok(_) => FileState::Encrypted,
    }
}
