//! Certificates that prove themselves. Each printed certificate carries a QR code holding
//! what it certifies (number, holder, course, dates, place) signed with this desk's ed25519
//! key; the key is created once in the (encrypted) database and its public half is printed
//! on the back of every certificate and exported from the settings. Anyone holding the
//! public key checks a certificate offline: « authentique », « falsifié » (a field was
//! changed, or another key signed it) or « révoqué » (revocations are records of the
//! audit trail, `certificate_revocation`).
//!
//! - [`key`]: the signing key in `meta` (never audited, never exported), the public key as
//!   PEM and its fingerprint;
//! - [`payload`]: the signed text the QR code holds, written and read back;
//! - [`qr`]: the QR code as a PNG for the printed page;
//! - [`scan`]: finding the QR code in a picture (PNG, JPEG) or in a PDF's images;
//! - [`revocation`]: the revocation table and its rules;
//! - [`check`]: the verdict, from a number, a scan or a payload;
//! - [`lookup`]: what this desk's database says a number certifies.

mod api;
pub mod check;
pub mod key;
pub mod lookup;
pub mod payload;
pub mod qr;
pub mod revocation;
pub mod scan;

pub use api::{scan_with_key, KeyWritten, PublicKey};
pub use check::{CertificateCheck, CheckSource, Verdict};
pub use lookup::{verify_certificate, CertificateInfo};
pub use revocation::Revocation;
