//! The reports printed for the hierarchy, written as PDF files: the annual report and the
//! country sheet (the same layouts the preview shows, see [`DocumentRequest`]); closing and
//! reopening a year once its report is sent.

use std::path::Path;

use super::closed_year::{self, YearState};
use crate::documents::{DocumentRequest, Written};
use crate::error::{Error, Result};
use crate::Store;

impl Store {
    /// Every year ever closed, latest first.
    pub fn years_closed(&self) -> Result<Vec<YearState>> {
        closed_year::list(self.conn())
    }

    /// Closes `year` and freezes its annual report as it reads now.
    pub fn year_close(&mut self, year: i32) -> Result<YearState> {
        let user = self.user().to_owned();
        self.write(|tx| {
            let state = closed_year::close(tx, year, &user)?;
            let report = super::annual_report(tx, year, crate::today())?;
            let sections = serde_json::to_string(&report.sections).map_err(Error::internal)?;
            closed_year::freeze(tx, year, &sections)?;
            Ok(state)
        })
    }

    /// Reopens `year` (its report is computed afresh again); `reason` is required.
    pub fn year_reopen(&mut self, year: i32, reason: &str) -> Result<YearState> {
        self.write(|tx| closed_year::reopen(tx, year, reason))
    }

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
