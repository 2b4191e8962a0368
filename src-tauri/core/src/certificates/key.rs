//! This desk's signing key. Created on first use from the system's random source and kept
//! in `meta` — inside the encrypted database, never audited (the journal would copy it),
//! never in a dossier or an export. Only its public half leaves: as PEM (the standard
//! SubjectPublicKeyInfo form OpenSSL reads) and as a short fingerprint printed on paper.

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use ed25519_dalek::{SigningKey, VerifyingKey};
use rusqlite::Connection;
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::meta;

/// The `meta` key holding the secret key (64 hex digits).
const SECRET: &str = "certificate_signing_key";

/// DER prefix of an ed25519 SubjectPublicKeyInfo (RFC 8410): the 32 key bytes follow.
const SPKI_PREFIX: [u8; 12] = [
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00,
];

/// The desk's signing key, created (and stored) when there is none yet.
pub fn signing_key(conn: &Connection) -> Result<SigningKey> {
    if let Some(key) = stored(conn)? {
        return Ok(key);
    }
    let mut secret = Zeroizing::new([0u8; 32]);
    getrandom::fill(secret.as_mut()).map_err(Error::internal)?;
    let hex = Zeroizing::new(to_hex(secret.as_ref()));
    // Two windows creating a key at once: the first one written wins, both read it back.
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO NOTHING",
        [SECRET, hex.as_str()],
    )?;
    stored(conn)?.ok_or_else(|| Error::internal("signing key not stored"))
}

/// The public half, when a key exists (no certificate was ever signed otherwise).
pub fn public_key(conn: &Connection) -> Result<Option<VerifyingKey>> {
    Ok(stored(conn)?.map(|k| k.verifying_key()))
}

/// Forgets the key: only when every record is deleted (the demo reloaded), so that the
/// certificates of a former generation of data no longer verify against the new one.
pub(crate) fn forget(conn: &Connection) -> Result<()> {
    conn.execute("DELETE FROM meta WHERE key = ?1", [SECRET])?;
    Ok(())
}

fn stored(conn: &Connection) -> Result<Option<SigningKey>> {
    let Some(hex) = meta::get(conn, SECRET)?.map(Zeroizing::new) else {
        return Ok(None);
    };
    let bytes = from_hex(&hex)
        .and_then(|b| <[u8; 32]>::try_from(b).ok())
        .map(Zeroizing::new)
        .ok_or_else(|| Error::internal("the stored signing key is not 32 bytes of hex"))?;
    Ok(Some(SigningKey::from_bytes(&bytes)))
}

/// The first 16 hex digits of the public key: what the QR code names and the paper prints.
pub fn fingerprint(key: &VerifyingKey) -> String {
    to_hex(&key.to_bytes()[..8])
}

/// The public key in hex, in four groups of 16 digits (to read aloud or compare by eye).
pub fn grouped_hex(key: &VerifyingKey) -> String {
    let hex = to_hex(&key.to_bytes());
    hex.as_bytes()
        .chunks(16)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The public key as a PEM file (`-----BEGIN PUBLIC KEY-----`), as OpenSSL writes it.
pub fn to_pem(key: &VerifyingKey) -> String {
    let mut der = SPKI_PREFIX.to_vec();
    der.extend_from_slice(&key.to_bytes());
    format!(
        "-----BEGIN PUBLIC KEY-----\n{}\n-----END PUBLIC KEY-----\n",
        STANDARD.encode(der)
    )
}

/// A public key given by a user: a PEM file's text, or its 64 hex digits (spaces allowed).
/// Anything else is `INVALID_INPUT` on `key`.
pub fn parse_public(text: &str) -> Result<VerifyingKey> {
    let refused = || Error::invalid("key", "err-certificate-key", Vec::new());
    let bytes: Vec<u8> = if text.contains("-----BEGIN PUBLIC KEY-----") {
        let body: String = text
            .lines()
            .filter(|l| !l.starts_with("-----"))
            .flat_map(|l| l.chars())
            .filter(|c| !c.is_whitespace())
            .collect();
        let der = STANDARD.decode(body).map_err(|_| refused())?;
        der.strip_prefix(&SPKI_PREFIX[..])
            .map(<[u8]>::to_vec)
            .ok_or_else(refused)?
    } else {
        let hex: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        from_hex(&hex).ok_or_else(refused)?
    };
    let bytes = <[u8; 32]>::try_from(bytes).map_err(|_| refused())?;
    VerifyingKey::from_bytes(&bytes).map_err(|_| refused())
}

pub(crate) fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(hex: &str) -> Option<Vec<u8>> {
    if !hex.len().is_multiple_of(2) || !hex.is_ascii() {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;

    #[test]
    fn a_public_key_reads_back_from_its_pem_and_its_hex() {
        let key = SigningKey::from_bytes(&[7u8; 32]).verifying_key();
        assert_eq!(parse_public(&to_pem(&key)).ok(), Some(key));
        assert_eq!(parse_public(&grouped_hex(&key)).ok(), Some(key));
        for bad in [
            "",
            "zz",
            "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----",
        ] {
            let err = parse_public(bad).expect_err(bad);
            assert_eq!(
                (err.code, err.field.as_deref()),
                (ErrorCode::InvalidInput, Some("key"))
            );
        }
    }
}
