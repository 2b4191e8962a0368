//! The store's certificate methods: checking, revoking, and the public key.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::check::{self, CertificateCheck};
use super::revocation::{self, Revocation};
use super::{key, scan};
use crate::error::Result;
use crate::{documents, today, Store};

/// This desk's public key, as printed and exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct PublicKey {
    /// First 16 hex digits, printed on every certificate.
    pub fingerprint: String,
    /// The whole key in four groups of 16 hex digits.
    pub hex: String,
    /// The PEM text (`-----BEGIN PUBLIC KEY-----`).
    pub pem: String,
}

/// A public key file written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct KeyWritten {
    pub out: PathBuf,
    pub fingerprint: String,
}

impl Store {
    /// The verdict on a certificate number typed in.
    pub fn certificate_check(&self, number: &str) -> Result<CertificateCheck> {
        check::check_number(self.conn(), number)
    }

    /// The verdict on the QR code found in `path` (PNG, JPEG or PDF), checked against this
    /// desk's key and revocations.
    pub fn certificate_scan(&self, path: &Path) -> Result<CertificateCheck> {
        let read = scan::scan_file(path)?;
        let ours = key::public_key(self.conn())?;
        check::check_read(Some(self.conn()), ours.as_ref(), &read)
    }

    /// Revokes the certificate `number` today, for `reason` (audited).
    pub fn certificate_revoke(&mut self, number: &str, reason: &str) -> Result<Revocation> {
        self.write(|tx| revocation::revoke(tx, number, reason, today()))
    }

    pub fn certificate_revocations(&self) -> Result<Vec<Revocation>> {
        revocation::list(self.conn())
    }

    /// This desk's public key (created with its private half if none exists yet).
    pub fn certificate_public_key(&self) -> Result<PublicKey> {
        let public = key::signing_key(self.conn())?.verifying_key();
        Ok(PublicKey {
            fingerprint: key::fingerprint(&public),
            hex: key::grouped_hex(&public),
            pem: key::to_pem(&public),
        })
    }

    /// Writes the public key as a PEM file at `out` (replaced atomically if it exists).
    pub fn certificate_key_export(&self, out: &Path) -> Result<KeyWritten> {
        let public = self.certificate_public_key()?;
        documents::save(out, public.pem.as_bytes())?;
        Ok(KeyWritten {
            out: out.to_owned(),
            fingerprint: public.fingerprint,
        })
    }
}

/// The verdict on the QR code in `path` against a public key given as text (PEM or hex),
/// without any database: what a foreign unit runs.
pub fn scan_with_key(path: &Path, key_text: &str) -> Result<CertificateCheck> {
    let trusted = key::parse_public(key_text)?;
    let read = scan::scan_file(path)?;
    check::check_read(None, Some(&trusted), &read)
}
