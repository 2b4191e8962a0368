//! Course certificates (attestations de stage): the printed pages. Their numbers are
//! given by `gign::certificate`.

use std::collections::BTreeMap;

use rusqlite::Connection;
use serde::Serialize;
use typst_layout::PagedDocument;

use super::pdf;
use super::session::{self, Enrolled, SessionHead};
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
}

#[derive(Serialize)]
struct Certificates {
    labels: BTreeMap<String, String>,
    course: String,
    /// The course title in quotes: « … ».
    course_quoted: String,
    pages: Vec<Page>,
}

/// One A4 page per passed trainee of the session, in French with the English translation.
/// Every passed trainee must already have a number ([`issue_certificates`]); a session
/// without any passed trainee is refused with `INVALID_INPUT`.
pub fn certificates(conn: &Connection, session_id: i64) -> Result<Vec<u8>> {
    pdf::to_pdf(&certificates_layout(conn, session_id)?)
}

/// The pages of [`certificates`], for a preview or a PDF.
pub fn certificates_layout(conn: &Connection, session_id: i64) -> Result<PagedDocument> {
    let head = session::head(conn, session_id)?;
    let passed = session::enrolled(conn, session_id, &["passed"])?;
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
    let data = Certificates {
        labels: pdf::labels(LABELS),
        course: head.course_title.clone(),
        course_quoted: i18n::tr("cert-course", &i18n::args([("course", &head.course_title)])),
        pages: passed.iter().map(|e| page(&head, e)).collect(),
    };
    pdf::compile("certificate.typ", &data)
}

fn page(head: &SessionHead, e: &Enrolled) -> Page {
    let number = e.certificate_no.clone().unwrap_or_default();
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
    Page {
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
    }
}
