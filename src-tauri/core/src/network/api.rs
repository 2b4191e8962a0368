//! The network's operations for the shell and the command line: registry, coverage, staff.

use chrono::NaiveDate;

use super::coverage;
use super::ssi::{self, NewSsi, SsiRow};
use super::ssi_detail::{self, SsiDetail};
use super::staff::{self, AgentRow, NewAgent, NewPosting, PostingRow};
use crate::country::{self, Country};
use crate::error::Result;
use crate::{today, Store};

impl Store {
    /// The SSI registry as of today.
    pub fn ssi_list(&self) -> Result<Vec<SsiRow>> {
        ssi::list(self.conn(), today())
    }

    /// Every ISO country, sorted by French name (for pickers with type-ahead).
    pub fn countries(&self) -> Vec<Country> {
        let mut all = country::all();
        all.sort_by(|a, b| crate::text::compare(&a.name_fr, &b.name_fr));
        all
    }

    pub fn ssi_detail(&self, id: i64) -> Result<SsiDetail> {
        ssi_detail::detail(self.conn(), id)
    }

    /// Changes an SSI's code, city, residence and dates; its coverage stays (the residence
    /// country joins it).
    pub fn ssi_update(&mut self, id: i64, input: &NewSsi) -> Result<SsiDetail> {
        self.write(|tx| {
            let covered = coverage::countries(tx, id)?;
            ssi::update(tx, id, input, &covered)
        })?;
        self.ssi_detail(id)
    }

    pub fn ssi_add_coverage(&mut self, id: i64, country: &str) -> Result<SsiDetail> {
        self.write(|tx| coverage::add(tx, id, country))?;
        self.ssi_detail(id)
    }

    pub fn ssi_remove_coverage(&mut self, id: i64, country: &str) -> Result<SsiDetail> {
        self.write(|tx| coverage::remove(tx, id, country))?;
        self.ssi_detail(id)
    }

    pub fn agents(&self, text: &str) -> Result<Vec<AgentRow>> {
        staff::agents(self.conn(), text, today())
    }

    pub fn agent_postings(&self, agent_id: i64) -> Result<Vec<PostingRow>> {
        staff::postings_of_agent(self.conn(), agent_id)
    }

    pub fn agent_create(&mut self, new: &NewAgent) -> Result<i64> {
        self.write(|tx| staff::insert_agent(tx, new))
    }

    pub fn posting_create(&mut self, new: &NewPosting) -> Result<i64> {
        self.write(|tx| staff::insert_posting(tx, new))
    }

    pub fn posting_end(&mut self, id: i64, end_date: NaiveDate) -> Result<()> {
        self.write(|tx| staff::end_posting(tx, id, end_date))
    }

    pub fn posting_delete(&mut self, id: i64) -> Result<usize> {
        self.write(|tx| staff::delete_posting(tx, id))
    }
}
