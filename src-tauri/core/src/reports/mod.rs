//! The reports printed for the hierarchy, laid out by typst (`templates/report.typ`):
//! the annual report (rapport annuel) of one year and the country sheet (fiche pays) of one
//! country over a period. Each is gathered here as a [`blocks::Report`] (every text French,
//! every number formatted) and laid out into pages the caller turns into a PDF or into
//! SVG pages for the preview (see [`crate::documents::pdf`]).

mod annual;
mod annual_cooperation;
mod annual_data;
mod annual_gign;
mod api;
pub mod blocks;
pub mod closed_year;
mod country;
mod country_data;
mod country_sections;
mod courses;
pub mod format;
pub mod groups;
mod network;

use chrono::NaiveDate;
use rusqlite::Connection;
use typst_layout::PagedDocument;

use crate::documents::pdf;
use crate::error::{Error, Result};
use crate::i18n::{self, tr};
use crate::validate::fr_date;

pub use annual::annual_report;
pub use country::country_sheet;

/// The annual report of `year`, dated `generated`, laid out.
pub fn annual_layout(conn: &Connection, year: i32, generated: NaiveDate) -> Result<PagedDocument> {
    pdf::compile("annual.typ", &annual_report(conn, year, generated)?)
}

/// The country sheet of `country` (ISO alpha-2) over `from`–`to` (by default every year
/// with data), dated `generated`, laid out.
pub fn country_layout(
    conn: &Connection,
    country: &str,
    from: Option<i32>,
    to: Option<i32>,
    generated: NaiveDate,
) -> Result<PagedDocument> {
    pdf::compile(
        "country.typ",
        &country_sheet(conn, country, from, to, generated)?,
    )
}

/// The frame every report shares: issuer, generation line, distribution line, page label.
pub(crate) fn frame(
    title: String,
    subtitle: String,
    filters: String,
    generated: NaiveDate,
) -> blocks::Report {
    blocks::Report {
        header: title.clone(),
        title,
        subtitle,
        filters,
        issuer: [tr("rep-issuer-1", &[]), tr("rep-issuer-2", &[])],
        generated: tr("doc-generated", &i18n::args([("date", fr_date(generated))])),
        restricted: tr("rep-restricted", &[]),
        page: tr(
            "doc-page",
            &i18n::args([("current", "%CURRENT%"), ("total", "%TOTAL%")]),
        ),
        sections: Vec::new(),
    }
}

/// Years with any record, or a French `INVALID_INPUT` on `field` when the base is empty.
pub(crate) fn data_years(conn: &Connection, field: &str) -> Result<Vec<i32>> {
    let years = crate::stats::data_years(conn)?;
    if years.is_empty() {
        return Err(Error::invalid(field, "err-report-no-data", Vec::new()));
    }
    Ok(years)
}
