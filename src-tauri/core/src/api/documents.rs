//! Session documents written to files: the attendance sheet and the certificates.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::documents::{self, CertificateInfo};
use crate::error::Result;
use crate::Store;

/// What was written, for the caller to report.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Written {
    pub session_id: i64,
    pub out: PathBuf,
    pub bytes: usize,
    /// Certificate numbers given by this run (certificates only).
    pub certificates_issued: Option<usize>,
}

impl Store {
    /// Writes the session's attendance sheet (feuille d'émargement) as a PDF to `out`.
    pub fn attendance_pdf(&self, session_id: i64, out: &Path) -> Result<Written> {
        let pdf = documents::attendance_sheet(self.conn(), session_id)?;
        documents::save(out, &pdf)?;
        Ok(Written {
            session_id,
            out: out.to_owned(),
            bytes: pdf.len(),
            certificates_issued: None,
        })
    }

    /// Numbers the passed trainees who have none (committed first: a number printed on
    /// paper must always be verifiable), then writes every certificate of the session.
    pub fn certificates_pdf(&mut self, session_id: i64, out: &Path) -> Result<Written> {
        let issued = self.write(|tx| documents::issue_certificates(tx, session_id))?;
        let pdf = documents::certificates(self.conn(), session_id)?;
        documents::save(out, &pdf)?;
        Ok(Written {
            session_id,
            out: out.to_owned(),
            bytes: pdf.len(),
            certificates_issued: Some(issued),
        })
    }

    pub fn certificate_verify(&self, number: &str) -> Result<CertificateInfo> {
        documents::verify_certificate(self.conn(), number)
    }
}
