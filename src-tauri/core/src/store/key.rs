//! The passphrase and the encryption of the database file, with SQLCipher 4's defaults:
//! every page encrypted with AES-256 (CBC) and authenticated with HMAC-SHA512, the key
//! derived from the passphrase by PBKDF2-HMAC-SHA512 over 256 000 iterations with a random
//! 16-byte salt kept in the file's first bytes. A test pins these settings.
//!
//! The passphrase lives in memory only inside [`Passphrase`], wiped when dropped; it is
//! never logged, never in an error, never written anywhere but as SQLCipher's key.

use std::path::Path;

use rusqlite::Connection;
use zeroize::Zeroizing;

use crate::error::{Error, ErrorCode, Result};
use crate::i18n;

/// The shortest passphrase accepted.
pub const MIN_LENGTH: usize = 12;

/// The passphrase of the demo database, stated in the README.
pub const DEMO: &str = "demo-coopdesk-2016";

/// The first bytes of a plaintext SQLite file.
const PLAINTEXT_HEADER: &[u8] = b"SQLite format 3\0";

/// A passphrase, wiped from memory when dropped. `Debug` shows nothing of it.
#[derive(Clone)]
pub struct Passphrase(Zeroizing<String>);

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

impl Passphrase {
    /// A passphrase to unlock an existing database (any length: the file decides).
    pub fn unlock(text: String) -> Self {
        Self(Zeroizing::new(text))
    }

    /// A new passphrase: at least [`MIN_LENGTH`] characters, else `INVALID_INPUT` on
    /// `field`, with the rule in the message (never the passphrase).
    pub fn new(text: String, field: &str) -> Result<Self> {
        Self(Zeroizing::new(text)).strong(field)
    }

    /// This passphrase, if it is strong enough for a new database (see [`Passphrase::new`]).
    pub fn strong(self, field: &str) -> Result<Self> {
        if self.0.chars().count() < MIN_LENGTH {
            return Err(Error::invalid(
                field,
                "err-passphrase-weak",
                i18n::args([("min", MIN_LENGTH)]),
            ));
        }
        Ok(self)
    }

    /// A new passphrase typed twice (fields `passphrase` and `confirm`): strong enough, and
    /// the same both times.
    pub fn confirmed(text: String, confirm: String) -> Result<Self> {
        let secret = Self::new(text, "passphrase")?;
        if !secret.matches(&Self::unlock(confirm)) {
            return Err(Error::invalid(
                "confirm",
                "err-passphrase-mismatch",
                Vec::new(),
            ));
        }
        Ok(secret)
    }

    pub fn demo() -> Self {
        Self(Zeroizing::new(DEMO.to_owned()))
    }

    /// Compares in time independent of where the texts differ.
    pub fn matches(&self, other: &Passphrase) -> bool {
        let (a, b) = (self.0.as_bytes(), other.0.as_bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }

    pub(crate) fn text(&self) -> &str {
        &self.0
    }
}

/// Gives `conn` its key; the first read then tells whether it is the right one.
pub(crate) fn apply(conn: &Connection, key: &Passphrase) -> Result<()> {
    // SQLCipher writes its decryption failures to stderr by default: the CLI's stderr is
    // JSON only, and the error we return says it all.
    conn.pragma_update(None, "cipher_log_level", "NONE")?;
    if key.text().is_empty() {
        return Err(wrong_passphrase());
    }
    conn.pragma_update(None, "key", key.text())?;
    Ok(())
}

/// Changes the key of the database behind `conn` (SQLCipher rewrites every page in one
/// transaction: the file holds the old key or the new one, never a mix).
pub(crate) fn rekey(conn: &Connection, new: &Passphrase) -> Result<()> {
    conn.pragma_update(None, "rekey", new.text())?;
    Ok(())
}

/// True when the file at `path` is a plaintext SQLite database (an earlier CoopDesk's).
pub fn is_plaintext(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 16];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok_and(|()| head == PLAINTEXT_HEADER)
}

/// The error for a key that does not open the file: a wrong passphrase, or a file that is
/// not a CoopDesk database (SQLCipher cannot tell the two apart).
pub(crate) fn wrong_passphrase() -> Error {
    Error::new(
        ErrorCode::PassphraseWrong,
        "err-passphrase-wrong",
        Vec::new(),
    )
    .with_field("passphrase")
}
