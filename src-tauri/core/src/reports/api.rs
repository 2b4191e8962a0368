//! The reports printed for the hierarchy, written as PDF files: the annual report and the
//! country sheet (the same layouts the preview shows, see [`DocumentRequest`]).

use std::path::Path;

use crate::documents::{DocumentRequest, Written};
use crate::error::Result;
use crate::Store;

impl Store {
    /// Writes the annual report of `year` as a PDF at `out`.
    pub fn report_annual_pdf(&mut self, year: i32, out: &Path) -> Result<Written> {
        self.document_save(&DocumentRequest::AnnualReport { year }, out)
    }

    /// Writes the country sheet of `country` (ISO alpha-2) over `from`–`to` as a PDF at `out`.
    pub fn report_country_pdf(
        &mut self,
        country: &str,
        from: Option<i32>,
        to: Option<i32>,
        out: &Path,
    ) -> Result<Written> {
        let request = DocumentRequest::CountrySheet {
            country: country.to_owned(),
            from,
            to,
        };
        self.document_save(&request, out)
    }
}
