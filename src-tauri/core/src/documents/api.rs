//! Printed documents: session documents, charts on paper and reports. Each is laid out once
//! by typst; the same pages are previewed (SVG), printed, or saved as a PDF file.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use typst_layout::PagedDocument;

use crate::charts::{ChartFilter, ChartName};
use crate::documents::{self, pdf};
use crate::error::Result;
use crate::gign::certificate;
use crate::reports;
use crate::today;
use crate::Store;

/// Which document to lay out, with what it needs.
#[derive(Debug, Clone, PartialEq, Deserialize, specta::Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DocumentRequest {
    /// The attendance sheet (feuille d'émargement) of a session.
    Attendance { session_id: i64 },
    /// The certificates of a session's passed trainees (numbers given to those without).
    Certificates { session_id: i64 },
    /// A chart of the Graphiques screen on an A4 landscape page.
    Chart {
        name: ChartName,
        filter: ChartFilter,
    },
    /// The annual report (rapport annuel) of a year.
    AnnualReport { year: i32 },
    /// The country sheet (fiche pays) of a country (ISO alpha-2) over a period of years
    /// (each end defaults to the first or last year with data).
    CountrySheet {
        country: String,
        from: Option<i32>,
        to: Option<i32>,
    },
}

/// The pages of a document, as self-contained SVG images, for the screen and the printer.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Preview {
    pub pages: Vec<String>,
    /// Certificate numbers given while laying out (certificates only).
    pub certificates_issued: Option<usize>,
}

/// What was written, for the caller to report.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Written {
    pub out: PathBuf,
    pub bytes: usize,
    pub pages: usize,
    /// Certificate numbers given by this run (certificates only).
    pub certificates_issued: Option<usize>,
}

/// Writes `layout` as a PDF file at `out` (replaced atomically) and says what was written.
pub(crate) fn save_pdf(
    layout: &PagedDocument,
    out: &Path,
    certificates_issued: Option<usize>,
) -> Result<Written> {
    let bytes = pdf::to_pdf(layout)?;
    documents::save(out, &bytes)?;
    Ok(Written {
        out: out.to_owned(),
        bytes: bytes.len(),
        pages: layout.pages().len(),
        certificates_issued,
    })
}

impl Store {
    /// Lays out `request`. Certificates are numbered first and that is committed before
    /// anything is shown: a number that reaches paper must always be verifiable.
    fn layout(&mut self, request: &DocumentRequest) -> Result<(PagedDocument, Option<usize>)> {
        match request {
            DocumentRequest::Attendance { session_id } => Ok((
                documents::attendance_layout(self.conn(), *session_id, today())?,
                None,
            )),
            DocumentRequest::Certificates { session_id } => {
                let issued = self.write(|tx| certificate::issue(tx, *session_id))?;
                let layout = documents::certificates_layout(self.conn(), *session_id)?;
                Ok((layout, Some(issued)))
            }
            DocumentRequest::Chart { name, filter } => Ok((
                documents::chart_layout(self.conn(), *name, filter, today())?,
                None,
            )),
            DocumentRequest::AnnualReport { year } => {
                Ok((reports::annual_layout(self.conn(), *year, today())?, None))
            }
            DocumentRequest::CountrySheet { country, from, to } => Ok((
                reports::country_layout(self.conn(), country, *from, *to, today())?,
                None,
            )),
        }
    }

    pub fn document_preview(&mut self, request: &DocumentRequest) -> Result<Preview> {
        let (layout, certificates_issued) = self.layout(request)?;
        Ok(Preview {
            pages: pdf::to_svg_pages(&layout),
            certificates_issued,
        })
    }

    /// Writes `request` as a PDF file at `out` (replaced atomically if it exists).
    pub fn document_save(&mut self, request: &DocumentRequest, out: &Path) -> Result<Written> {
        let (layout, certificates_issued) = self.layout(request)?;
        save_pdf(&layout, out, certificates_issued)
    }

    /// The session's attendance sheet as a PDF at `out`.
    pub fn attendance_pdf(&mut self, session_id: i64, out: &Path) -> Result<Written> {
        self.document_save(&DocumentRequest::Attendance { session_id }, out)
    }

    /// The session's certificates as a PDF at `out`.
    pub fn certificates_pdf(&mut self, session_id: i64, out: &Path) -> Result<Written> {
        self.document_save(&DocumentRequest::Certificates { session_id }, out)
    }
}
