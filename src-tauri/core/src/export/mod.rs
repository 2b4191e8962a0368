//! Lists written to XLSX, ODS and CSV files: the rows a list screen shows, with its filters
//! and the date in a header, dates and numbers as typed cells.
//!
//! Each list is first turned into a neutral [`Table`] by the same queries the screens use
//! (every row, not one page); the writers only lay the table out.

mod api;
mod cooperation;
mod csv;
mod filters;
mod gign;
mod lists;
mod network;
mod ods;
pub mod table;
mod xlsx;

use chrono::NaiveDateTime;
use rusqlite::Connection;

use crate::error::Result;
pub use api::{write_table, ExportFormat, Exported};
pub use lists::ExportList;
pub use table::{Cell, Column, Kind, Table};

/// The table of `list` under its filters, dated `generated`.
pub fn table(conn: &Connection, list: &ExportList, generated: NaiveDateTime) -> Result<Table> {
    let mut table = match list {
        ExportList::Actions { filter, sort } => cooperation::actions(conn, filter, *sort)?,
        ExportList::Cases { filter } => cooperation::cases(conn, filter)?,
        ExportList::Trainees {
            text,
            state,
            session_id,
        } => gign::trainees(conn, text, state.as_deref(), *session_id)?,
        ExportList::Ssi { text, sort } => network::ssi(conn, text, *sort, generated.date())?,
        ExportList::Sessions { year } => gign::sessions(conn, *year)?,
        ExportList::Requests { year } => gign::requests(conn, *year)?,
        ExportList::Units => gign::units(conn)?,
        ExportList::Courses { archived } => gign::courses(conn, *archived)?,
        ExportList::Exchanges { year } => gign::exchanges(conn, *year)?,
    };
    table.generated = generated;
    Ok(table)
}

pub fn xlsx(table: &Table) -> Result<Vec<u8>> {
    xlsx::write(table)
}

pub fn ods(table: &Table) -> Result<Vec<u8>> {
    ods::write(table)
}

/// UTF-8 CSV with `separator` (`;` or `,`).
pub fn csv(table: &Table, separator: u8) -> Result<Vec<u8>> {
    csv::write(table, separator)
}
