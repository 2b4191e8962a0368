//! The text a certificate's QR code holds, one field a line, the signature last:
//!
//! ```text
//! COOPDESK-ATTESTATION-1
//! N=GIGN-2016-0001
//! T=DIALLO Mamadou
//! C=Intervention en milieu clos
//! D=2016-03-07/2016-03-18
//! L=Satory, France
//! K=<fingerprint of the public key>
//! S=<ed25519 signature of every byte above, base64url without padding>
//! ```
//!
//! Plain UTF-8 lines, so that any ed25519 tool can check it: the message is the text up to
//! and including the line break before `S=`.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use chrono::NaiveDate;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};

use super::key;

/// The first line: what the text is, and the version of its layout.
pub const HEADER: &str = "COOPDESK-ATTESTATION-1";

/// What a certificate certifies, as printed and as signed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    pub number: String,
    pub holder: String,
    pub course: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub place: String,
}

/// The signed text of `sealed`, ready for the QR code.
pub fn encode(sealed: &Sealed, signer: &SigningKey) -> String {
    let message = message(sealed, &key::fingerprint(&signer.verifying_key()));
    let signature = signer.sign(message.as_bytes());
    format!(
        "{message}S={}",
        URL_SAFE_NO_PAD.encode(signature.to_bytes())
    )
}

fn message(s: &Sealed, fingerprint: &str) -> String {
    // A line break inside a value would shift the fields: none is kept.
    let line = |v: &str| v.replace(['\r', '\n'], " ");
    format!(
        "{HEADER}\nN={}\nT={}\nC={}\nD={}/{}\nL={}\nK={fingerprint}\n",
        line(&s.number),
        line(&s.holder),
        line(&s.course),
        s.start,
        s.end,
        line(&s.place),
    )
}

/// A QR code's text read back. `sealed` is `None` when a field is missing or unreadable.
#[derive(Debug, Clone)]
pub struct Read {
    pub sealed: Option<Sealed>,
    /// Fingerprint of the key that claims to have signed it.
    pub key_id: String,
    message: Vec<u8>,
    signature: Option<Signature>,
}

impl Read {
    /// The signed bytes: every line before `S=`.
    pub fn message(&self) -> &[u8] {
        &self.message
    }

    /// The signature's 64 bytes, when the text has a readable one.
    pub fn signature(&self) -> Option<[u8; 64]> {
        self.signature.as_ref().map(Signature::to_bytes)
    }

    /// True when `key` signed exactly this text.
    pub fn signed_by(&self, key: &VerifyingKey) -> bool {
        self.signature
            .as_ref()
            .is_some_and(|s| key.verify_strict(&self.message, s).is_ok())
    }
}

/// Reads a QR code's bytes. `None` when they are not a CoopDesk certificate's text at all
/// (another QR code); a text of ours that was tampered with still reads, for the verdict.
pub fn read(bytes: &[u8]) -> Option<Read> {
    let text = std::str::from_utf8(bytes).ok()?;
    let first = text.lines().next()?;
    if first.trim_end() != HEADER {
        return None;
    }
    let (message, signature) = match text.rfind("\nS=") {
        Some(at) => (&text[..=at], Some(text[at + 3..].trim())),
        None => (text, None),
    };
    let field = |name: &str| {
        message
            .lines()
            .find_map(|l| l.strip_prefix(name).and_then(|l| l.strip_prefix('=')))
            .map(str::to_owned)
    };
    let dates = field("D").and_then(|d| {
        let (start, end) = d.split_once('/')?;
        Some((start.parse().ok()?, end.parse().ok()?))
    });
    let sealed = (|| {
        let (start, end) = dates?;
        Some(Sealed {
            number: field("N")?,
            holder: field("T")?,
            course: field("C")?,
            start,
            end,
            place: field("L")?,
        })
    })();
    let signature = signature
        .and_then(|s| URL_SAFE_NO_PAD.decode(s).ok())
        .and_then(|b| <[u8; 64]>::try_from(b).ok())
        .map(|b| Signature::from_bytes(&b));
    Some(Read {
        sealed,
        key_id: field("K").unwrap_or_default(),
        message: message.as_bytes().to_vec(),
        signature,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sealed() -> Sealed {
        Sealed {
            number: "GIGN-2016-0001".into(),
            holder: "DIALLO Mamadou".into(),
            course: "Intervention spécialisée".into(),
            start: NaiveDate::from_ymd_opt(2016, 3, 7).expect("date"),
            end: NaiveDate::from_ymd_opt(2016, 3, 18).expect("date"),
            place: "Satory, France".into(),
        }
    }

    #[test]
    fn a_signed_text_reads_back_and_any_changed_byte_breaks_its_signature() {
        let signer = SigningKey::from_bytes(&[3u8; 32]);
        let key = signer.verifying_key();
        let text = encode(&sealed(), &signer);
        let read = read(text.as_bytes()).expect("ours");
        assert_eq!(read.sealed, Some(sealed()));
        assert_eq!(read.key_id, key::fingerprint(&key));
        assert!(read.signed_by(&key));
        let other = SigningKey::from_bytes(&[4u8; 32]).verifying_key();
        assert!(!read.signed_by(&other));
        let forged = text.replace("DIALLO", "DIALLA");
        assert!(!super::read(forged.as_bytes())
            .expect("still ours")
            .signed_by(&key));
        assert!(super::read(b"https://example.org").is_none());
    }
}
