//! Course certificates (attestations de stage): the printed pages. Their numbers are
//! given by `gign::certificate`.

use std::collections::BTreeMap;

use rusqlite::Connection;
use serde::Serialize;
use typst_layout::PagedDocument;

use ed25519_dalek::SigningKey;

use super::pdf;
use super::session::{self, Enrolled, SessionHead};
use crate::certificates::payload::{self, Sealed};
use crate::certificates::{key, qr, revocation};
use crate::error::{Error, ErrorCode, Result};
use crate::i18n;
use crate::validate::fr_date;

const LABELS: &[&str] = &[
    "doc-org-1",
    "doc-org-2",
    "doc-org-3",
    "cert-title",
    "cert-title-en",
    "cert-intro",
    "cert-intro-en",
    "cert-body",
    "cert-body-en",
    "cert-signature",
    "cert-signature-en",
    "cert-back-title",
    "cert-back-title-en",
    "cert-back-intro",
    "cert-back-intro-en",
    "cert-back-how",
    "cert-back-how-en",
    "cert-back-verdicts",
    "cert-back-verdicts-en",
];

#[derive(Serialize)]
struct Page {
    name: String,
    detail: String,
    state_fr: String,
    state_en: String,
    when_fr: String,
    when_en: String,
    number_fr: String,
    number_en: String,
    issued: String,
    verify_fr: String,
    verify_en: String,
    /// The signed QR code, a PNG file's bytes (the template reads them with `bytes()`).
    qr: Vec<u8>,
}

#[derive(Serialize)]
struct Certificates {
    labels: BTreeMap<String, String>,
    course: String,
    /// The course title in quotes: « … ».
    course_quoted: String,
    pages: Vec<Page>,
    /// The public key for the back of every page: fingerprint line, hex, PEM.
    key_fr: String,
    key_en: String,
    key_hex: String,
    key_pem: String,
    qr_fr: String,
    qr_en: String,
}

/// Two A4 pages per passed trainee of the session (to print on both sides), in French with
/// the English translation: the certificate with its signed QR code, and on the back how to
/// verify it with the public key. Every passed trainee must already have a number
/// (`gign::certificate::issue`); revoked certificates are not printed; a session without
/// any passed trainee is refused with `INVALID_INPUT`.
pub fn certificates(conn: &Connection, session_id: i64) -> Result<Vec<u8>> {
    pdf::to_pdf(&certificates_layout(conn, session_id)?)
}

/// The pages of [`certificates`], for a preview or a PDF.
pub fn certificates_layout(conn: &Connection, session_id: i64) -> Result<PagedDocument> {
    let head = session::head(conn, session_id)?;
    let mut passed = session::enrolled(conn, session_id, &["passed"])?;
    let mut revoked = Vec::new();
    for e in &passed {
        if let Some(no) = &e.certificate_no {
            if revocation::find(conn, no)?.is_some() {
                revoked.push(no.clone());
            }
        }
    }
    passed.retain(|e| {
        e.certificate_no
            .as_ref()
            .is_none_or(|no| !revoked.contains(no))
    });
    if passed.is_empty() {
        return Err(Error::invalid(
            "session_id",
            "err-no-passed-trainee",
            i18n::args([("session", session_id)]),
        ));
    }
    let unnumbered = passed.iter().filter(|e| e.certificate_no.is_none()).count();
    if unnumbered > 0 {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            "err-certificate-unnumbered",
            i18n::args([("count", unnumbered as i64), ("session", session_id)]),
        ));
    }
    let signer = key::signing_key(conn)?;
    let public = signer.verifying_key();
    let fingerprint = key::fingerprint(&public);
    let with_key = |id: &str| i18n::tr(id, &i18n::args([("fingerprint", fingerprint.as_str())]));
    let pages = passed
        .iter()
        .map(|e| page(&head, e, &signer))
        .collect::<Result<Vec<_>>>()?;
    let data = Certificates {
        labels: pdf::labels(LABELS),
        course: head.course_title.clone(),
        course_quoted: i18n::tr("cert-course", &i18n::args([("course", &head.course_title)])),
        pages,
        key_fr: with_key("cert-back-key"),
        key_en: with_key("cert-back-key-en"),
        key_hex: key::grouped_hex(&public),
        key_pem: key::to_pem(&public),
        qr_fr: with_key("cert-qr"),
        qr_en: with_key("cert-qr-en"),
    };
    pdf::compile("certificate.typ", &data)
}

fn page(head: &SessionHead, e: &Enrolled, signer: &SigningKey) -> Result<Page> {
    let number = e.certificate_no.clone().unwrap_or_default();
    let sealed = Sealed {
        number: number.clone(),
        holder: e.name.clone(),
        course: head.course_title.clone(),
        start: head.start,
        end: head.end,
        place: head.place_fr(),
    };
    let qr = qr::png(&payload::encode(&sealed, signer))?;
    let tr = |id: &str, args: i18n::Args| i18n::tr(id, &args);
    let when_en = if head.start == head.end {
        tr(
            "cert-when-single-en",
            i18n::args([("date", fr_date(head.start)), ("place", head.place_en())]),
        )
    } else {
        tr(
            "cert-when-en",
            i18n::args([
                ("start", fr_date(head.start)),
                ("end", fr_date(head.end)),
                ("place", head.place_en()),
            ]),
        )
    };
    Ok(Page {
        name: e.name.clone(),
        detail: [e.rank.as_str(), e.unit.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        state_fr: tr("cert-state", i18n::args([("state", &e.state_fr)])),
        state_en: tr("cert-state-en", i18n::args([("state", &e.state_en)])),
        when_fr: tr(
            "cert-when",
            i18n::args([("dates", head.dates_fr()), ("place", head.place_fr())]),
        ),
        when_en,
        number_fr: tr("cert-number", i18n::args([("number", &number)])),
        number_en: tr("cert-number-en", i18n::args([("number", &number)])),
        issued: tr("cert-issued", i18n::args([("date", fr_date(head.end))])),
        verify_fr: tr("cert-verify", i18n::args([("number", &number)])),
        verify_en: tr("cert-verify-en", i18n::args([("number", &number)])),
        qr,
    })
}
