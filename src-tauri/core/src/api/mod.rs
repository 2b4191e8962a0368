//! The operations the desktop shell and the command line offer, as methods on [`Store`].
//! Both front ends call these and nothing else, so neither holds a rule of its own.

mod charts;
mod cooperation;
mod documents;
mod export;
mod import;
mod reports;
pub use charts::ChartFormat;
pub use documents::{DocumentRequest, Preview, Written};
pub use export::{write_table, ExportFormat, ExportList, Exported, SsiColumn, SsiSort};
mod gign;
mod network;

use chrono::{Local, NaiveDate};

use crate::error::{Error, ErrorCode, Result};
use crate::ssi::SsiRow;
use crate::stats::{ActivityYear, Kpis};
use crate::{demo, ssi, stats, Store};

impl Store {
    /// Fills an empty database with the demo data. A database that already holds records
    /// is refused unless `force`, which first deletes every record.
    pub fn load_demo(&mut self, force: bool) -> Result<demo::Summary> {
        let empty = self.is_empty()?;
        if !empty && !force {
            return Err(Error::new(ErrorCode::Conflict, "err-not-empty", Vec::new()));
        }
        // Clearing and generating in one transaction: a failure leaves the old data intact.
        self.write(|tx| {
            if !empty {
                demo::clear(tx)?;
            }
            demo::generate(tx)
        })
    }

    pub fn kpis(&self, year: i32) -> Result<Kpis> {
        stats::kpis(self.conn(), year)
    }

    pub fn data_years(&self) -> Result<Vec<i32>> {
        stats::data_years(self.conn())
    }

    pub fn activity_by_year(&self) -> Result<Vec<ActivityYear>> {
        stats::activity_by_year(self.conn())
    }

    /// The SSI registry as of today.
    pub fn ssi_list(&self) -> Result<Vec<SsiRow>> {
        ssi::list(self.conn(), today())
    }
}

/// Today's date on this machine.
pub fn today() -> NaiveDate {
    Local::now().date_naive()
}
