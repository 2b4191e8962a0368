//! Converting a plaintext database (an earlier CoopDesk's) into an encrypted one. The
//! encrypted copy is written beside it and verified (it opens with the passphrase, passes
//! `integrity_check`, holds as many rows in every table); only then does it take the
//! plaintext file's place. Until that point the plaintext file is untouched; after it, the
//! plaintext copy is removed. A failure at any step leaves the plaintext file as it was.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::key::{self, Passphrase};
use super::{io_error, Store};
use crate::error::{Error, Result};

impl Store {
    /// Encrypts the plaintext database at `path` with `key`, then opens it.
    pub fn encrypt_plaintext(path: &Path, key: &Passphrase) -> Result<Store> {
        let encrypted = sibling(path, ".chiffree.partial");
        let _ = std::fs::remove_file(&encrypted);
        let result = export(path, &encrypted, key).and_then(|counts| {
            verify(&encrypted, key, &counts)?;
            let aside = sibling(path, ".clair.partial");
            std::fs::rename(path, &aside).map_err(|e| io_error(path, e))?;
            if let Err(e) = std::fs::rename(&encrypted, path) {
                // Put the plaintext file back: nothing is lost.
                let _ = std::fs::rename(&aside, path);
                return Err(io_error(path, e));
            }
            Ok(aside)
        });
        let aside = match result {
            Ok(aside) => aside,
            Err(e) => {
                let _ = std::fs::remove_file(&encrypted);
                return Err(e);
            }
        };
        let store = Store::open_encrypted(path, key)?;
        std::fs::remove_file(&aside).map_err(|e| io_error(&aside, e))?;
        Ok(store)
    }
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    PathBuf::from(format!("{}{suffix}", path.display()))
}

/// Writes the encrypted copy with `sqlcipher_export`; returns the row count of every table.
fn export(plain: &Path, encrypted: &Path, key: &Passphrase) -> Result<Vec<(String, i64)>> {
    let conn = Connection::open(plain)?;
    let counts = row_counts(&conn)?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    conn.execute(
        "ATTACH DATABASE ?1 AS encrypted KEY ?2",
        [encrypted.to_string_lossy().as_ref(), key.text()],
    )?;
    conn.query_row("SELECT sqlcipher_export('encrypted')", [], |_| Ok(()))?;
    conn.pragma_update(Some("encrypted"), "user_version", version)?;
    conn.execute_batch("DETACH DATABASE encrypted")?;
    Ok(counts)
}

fn verify(encrypted: &Path, key: &Passphrase, expected: &[(String, i64)]) -> Result<()> {
    let conn = Connection::open(encrypted)?;
    key::apply(&conn, key)?;
    let check: String = conn.query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))?;
    if check != "ok" || row_counts(&conn)? != expected {
        return Err(Error::internal(
            "the encrypted copy differs from the plaintext database",
        ));
    }
    Ok(())
}

fn row_counts(conn: &Connection) -> Result<Vec<(String, i64)>> {
    let mut stmt = conn.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
          AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
    )?;
    let tables: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    tables
        .into_iter()
        .map(|t| {
            let n = conn.query_row(&format!("SELECT count(*) FROM \"{t}\""), [], |r| r.get(0))?;
            Ok((t, n))
        })
        .collect()
}
