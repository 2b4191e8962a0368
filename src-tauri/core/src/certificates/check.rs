//! The verdict on a certificate, from its number (this desk's database) or from its QR code
//! (the signature, then this desk's revocations when the database is at hand).

use chrono::NaiveDate;
use ed25519_dalek::VerifyingKey;
use rusqlite::Connection;
use serde::Serialize;

use super::key;
use super::lookup::{self, CertificateInfo};
use super::payload::Read;
use super::revocation::{self, Revocation};
use crate::documents::session::dates_fr;
use crate::error::{Error, ErrorCode, Result};
use crate::i18n;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Signed by this key and not revoked (or, by number, held by this desk as passed).
    Authentic,
    /// A field was changed after signing, another key signed it, or the text is damaged.
    Forged,
    /// Genuine, but withdrawn since (or its holder no longer recorded as passed).
    Revoked,
}

/// What was checked: a number typed in, or a QR code read from a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum CheckSource {
    Number,
    QrCode,
}

/// The answer shown to whoever checks a certificate.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CertificateCheck {
    pub verdict: Verdict,
    /// « authentique », « falsifié », « révoqué ».
    pub verdict_label: String,
    /// One French sentence saying why.
    pub explanation: String,
    pub source: CheckSource,
    /// What the certificate says (the QR code's fields, or the database's for a number).
    pub number: String,
    pub holder: String,
    pub course: String,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    /// "du 07/03/2016 au 18/03/2016" (empty when the QR code's dates are unreadable).
    pub dates: String,
    pub place: String,
    /// Fingerprint of the key the QR code names (QR codes only).
    pub key_fingerprint: Option<String>,
    pub revocation: Option<Revocation>,
    /// What this desk's database holds for the number, when it holds it.
    pub record: Option<CertificateInfo>,
}

/// The verdict on `number` from this desk's database. An empty number is `INVALID_INPUT`,
/// an unknown one `NOT_FOUND`, both on field `number`.
pub fn check_number(conn: &Connection, number: &str) -> Result<CertificateCheck> {
    let number = lookup::normalise(number);
    if number.is_empty() {
        return Err(Error::invalid(
            "number",
            "err-certificate-number-missing",
            Vec::new(),
        ));
    }
    let Some((status, info)) = lookup::find(conn, &number)? else {
        return Err(Error::new(
            ErrorCode::NotFound,
            "err-certificate-unknown",
            i18n::args([("number", number.as_str())]),
        )
        .with_field("number"));
    };
    let revocation = revocation::find(conn, &number)?;
    let (verdict, explanation) = match (&revocation, status.as_str()) {
        (Some(r), _) => (Verdict::Revoked, revoked_because(r)),
        (None, "passed") => (Verdict::Authentic, i18n::tr("cert-check-number-ok", &[])),
        (None, _) => (
            Verdict::Revoked,
            i18n::tr("cert-check-no-longer-passed", &[]),
        ),
    };
    Ok(CertificateCheck {
        verdict_label: label(verdict),
        verdict,
        explanation,
        source: CheckSource::Number,
        number: info.number.clone(),
        holder: info.trainee_name.clone(),
        course: info.course_title.clone(),
        start_date: Some(info.start_date),
        end_date: Some(info.end_date),
        dates: info.dates.clone(),
        place: info.place.clone(),
        key_fingerprint: None,
        revocation,
        record: Some(info),
    })
}

/// The verdict on a QR code's text `read`, checked against `trusted` (this desk's public
/// key, or one a foreign unit was given). `conn`, when given, adds this desk's revocations
/// and record.
pub fn check_read(
    conn: Option<&Connection>,
    trusted: Option<&VerifyingKey>,
    read: &Read,
) -> Result<CertificateCheck> {
    let sealed = read.sealed.as_ref();
    let number = sealed
        .map(|s| lookup::normalise(&s.number))
        .unwrap_or_default();
    let (revocation, record) = match (conn, number.is_empty()) {
        (Some(conn), false) => (
            revocation::find(conn, &number)?,
            lookup::find(conn, &number)?.map(|(_, info)| info),
        ),
        _ => (None, None),
    };
    let (verdict, explanation) = match trusted {
        _ if sealed.is_none() => (Verdict::Forged, i18n::tr("cert-check-damaged", &[])),
        None => (Verdict::Forged, i18n::tr("cert-check-no-key", &[])),
        Some(key) if !read.signed_by(key) => {
            let ours = key::fingerprint(key);
            if read.key_id == ours {
                (Verdict::Forged, i18n::tr("cert-check-altered", &[]))
            } else {
                (
                    Verdict::Forged,
                    i18n::tr(
                        "cert-check-other-key",
                        &i18n::args([("theirs", read.key_id.as_str()), ("ours", ours.as_str())]),
                    ),
                )
            }
        }
        Some(_) => match &revocation {
            Some(r) => (Verdict::Revoked, revoked_because(r)),
            None => (Verdict::Authentic, i18n::tr("cert-check-signed", &[])),
        },
    };
    Ok(CertificateCheck {
        verdict_label: label(verdict),
        verdict,
        explanation,
        source: CheckSource::QrCode,
        number: sealed.map(|s| s.number.clone()).unwrap_or_default(),
        holder: sealed.map(|s| s.holder.clone()).unwrap_or_default(),
        course: sealed.map(|s| s.course.clone()).unwrap_or_default(),
        start_date: sealed.map(|s| s.start),
        end_date: sealed.map(|s| s.end),
        dates: sealed.map(|s| dates_fr(s.start, s.end)).unwrap_or_default(),
        place: sealed.map(|s| s.place.clone()).unwrap_or_default(),
        key_fingerprint: Some(read.key_id.clone()),
        revocation,
        record,
    })
}

fn revoked_because(r: &Revocation) -> String {
    i18n::tr(
        "cert-check-revoked",
        &i18n::args([
            ("date", crate::validate::fr_date(r.revoked_on).as_str()),
            ("reason", r.reason.as_str()),
        ]),
    )
}

fn label(verdict: Verdict) -> String {
    i18n::tr(
        match verdict {
            Verdict::Authentic => "cert-verdict-authentic",
            Verdict::Forged => "cert-verdict-forged",
            Verdict::Revoked => "cert-verdict-revoked",
        },
        &[],
    )
}
