//! Course certificates (attestations de stage): numbering and the printed pages.
//!
//! A number reads `GIGN-<year of the session's start>-<4 digits>` and is unique across the
//! database (`enrolment.certificate_no` is UNIQUE). Within a year numbers follow each other;
//! the highest one ever issued is kept in `meta`, so that a number freed by the erasure of
//! a trainee is never given to someone else.

use std::collections::BTreeMap;

use chrono::Datelike;
use rusqlite::{params, Connection};
use serde::Serialize;
use typst_layout::PagedDocument;

use super::pdf;
use super::session::{self, Enrolled, SessionHead};
use crate::error::{Error, ErrorCode, Result};
use crate::i18n;
use crate::meta;
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

/// The prefix of every certificate number of `year`: `GIGN-2016-`.
pub fn number_prefix(year: i32) -> String {
    format!("GIGN-{year}-")
}

/// Gives a number to each passed enrolment of the session that has none yet, in the order
/// of the trainees' names. Returns how many were issued (0 when all already have one:
/// calling it again changes nothing). All numbers are written or none.
pub fn issue_certificates(conn: &Connection, session_id: i64) -> Result<usize> {
    let head = session::head(conn, session_id)?;
    // A savepoint nests inside a caller's transaction and works outside one too.
    conn.execute_batch("SAVEPOINT issue_certificates")?;
    match issue(conn, &head) {
        Ok(n) => {
            conn.execute_batch("RELEASE issue_certificates")?;
            Ok(n)
        }
        Err(e) => {
            // The first error is the one worth reporting; the rollback cannot make it worse.
            let _ =
                conn.execute_batch("ROLLBACK TO issue_certificates; RELEASE issue_certificates");
            Err(e)
        }
    }
}

fn issue(conn: &Connection, head: &SessionHead) -> Result<usize> {
    let pending: Vec<i64> = session::enrolled(conn, head.id, &["passed"])?
        .into_iter()
        .filter(|e| e.certificate_no.is_none())
        .map(|e| e.enrolment_id)
        .collect();
    if pending.is_empty() {
        return Ok(0);
    }
    let prefix = number_prefix(head.start.year());
    let key = format!("certificate_last_{prefix}");
    let recorded = meta::get(conn, &key)?
        .and_then(|v| v.parse::<u32>().ok())
        .unwrap_or(0);
    let mut last = recorded.max(highest_in_use(conn, &prefix)?);
    let mut stmt = conn.prepare(
        "UPDATE enrolment SET certificate_no = ?1 WHERE id = ?2 AND certificate_no IS NULL",
    )?;
    for id in &pending {
        last += 1;
        stmt.execute(params![format!("{prefix}{last:04}"), id])?;
    }
    meta::set(conn, &key, &last.to_string())?;
    Ok(pending.len())
}

/// The highest sequence number in use with `prefix` (0 when none).
fn highest_in_use(conn: &Connection, prefix: &str) -> Result<u32> {
    let mut stmt = conn
        .prepare("SELECT certificate_no FROM enrolment WHERE substr(certificate_no, 1, ?1) = ?2")?;
    let numbers = stmt
        .query_map(params![prefix.len() as i64, prefix], |r| {
            r.get::<_, String>(0)
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(numbers
        .iter()
        .filter_map(|n| n.strip_prefix(prefix))
        .filter(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
        .filter_map(|s| s.parse::<u32>().ok())
        .max()
        .unwrap_or(0))
}

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
