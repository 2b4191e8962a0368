//! `document attendance|certificates` and `certificate verify`: the PDFs are written
//! atomically (temporary file, then rename), so a failure leaves no partial file.

use std::path::{Path, PathBuf};

use coopdesk_core::documents::{self, CertificateInfo};
use coopdesk_core::{Result, Store};
use serde::Serialize;

/// What a document command reports on stdout.
#[derive(Debug, Serialize)]
pub struct Written {
    pub session_id: i64,
    pub out: PathBuf,
    pub bytes: usize,
    /// Certificate numbers given by this run (certificates only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificates_issued: Option<usize>,
}

pub fn attendance(store: &Store, session: i64, out: &Path) -> Result<Written> {
    let pdf = documents::attendance_sheet(store.conn(), session)?;
    documents::save(out, &pdf)?;
    Ok(Written {
        session_id: session,
        out: out.to_owned(),
        bytes: pdf.len(),
        certificates_issued: None,
    })
}

/// Numbers the passed trainees who have none (committed first: a number printed on paper
/// must always be verifiable), then prints every certificate of the session.
pub fn certificates(store: &mut Store, session: i64, out: &Path) -> Result<Written> {
    let issued = store.write(|tx| documents::issue_certificates(tx, session))?;
    let pdf = documents::certificates(store.conn(), session)?;
    documents::save(out, &pdf)?;
    Ok(Written {
        session_id: session,
        out: out.to_owned(),
        bytes: pdf.len(),
        certificates_issued: Some(issued),
    })
}

pub fn verify(store: &Store, number: &str) -> Result<CertificateInfo> {
    documents::verify_certificate(store.conn(), number)
}
