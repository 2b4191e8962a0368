//! Technical and operational cooperation, programmes, funders and reference lists.

use crate::cooperation::operational::{self, CaseFilter, CaseInput, CasePage};
use crate::cooperation::programme::{self, FunderRow, ProgrammeRow};
use crate::cooperation::technical::{
    self, ActionFilter, ActionInput, ActionPage, ActionSort, Saved,
};
use crate::error::Result;
use crate::reference::{self, RefEntry, RefList};
use crate::Store;

impl Store {
    pub fn actions(
        &self,
        filter: &ActionFilter,
        sort: ActionSort,
        offset: i64,
        limit: i64,
    ) -> Result<ActionPage> {
        technical::list(self.conn(), filter, sort, offset, limit)
    }

    pub fn action(&self, id: i64) -> Result<ActionInput> {
        technical::get(self.conn(), id)
    }

    /// The reference the form suggests for a new action of `ssi_id` in `year`.
    pub fn action_next_reference(&self, ssi_id: i64, year: i32) -> Result<String> {
        technical::numbering::next(self.conn(), ssi_id, year)
    }

    pub fn action_create(&mut self, input: &ActionInput) -> Result<Saved> {
        self.write(|tx| technical::insert(tx, input))
    }

    pub fn action_update(&mut self, id: i64, input: &ActionInput) -> Result<Saved> {
        self.write(|tx| technical::update(tx, id, input))
    }

    pub fn action_duplicate(&mut self, id: i64) -> Result<Saved> {
        self.write(|tx| technical::duplicate(tx, id))
    }

    pub fn actions_delete(&mut self, ids: &[i64]) -> Result<usize> {
        self.write(|tx| technical::delete(tx, ids))
    }

    pub fn cases(&self, filter: &CaseFilter, offset: i64, limit: i64) -> Result<CasePage> {
        operational::list(self.conn(), filter, offset, limit)
    }

    pub fn case(&self, id: i64) -> Result<CaseInput> {
        operational::get(self.conn(), id)
    }

    pub fn case_create(&mut self, input: &CaseInput) -> Result<i64> {
        self.write(|tx| operational::insert(tx, input))
    }

    pub fn case_update(&mut self, id: i64, input: &CaseInput) -> Result<()> {
        self.write(|tx| operational::update(tx, id, input))
    }

    pub fn cases_delete(&mut self, ids: &[i64]) -> Result<usize> {
        self.write(|tx| operational::delete(tx, ids))
    }

    pub fn programmes(&self) -> Result<Vec<ProgrammeRow>> {
        programme::list(self.conn())
    }

    /// Sets a programme's budget for one year.
    pub fn programme_year_budget(&mut self, id: i64, year: i32, budget_cents: i64) -> Result<()> {
        self.write(|tx| programme::set_year_budget(tx, id, year, budget_cents))
    }

    pub fn funders(&self) -> Result<Vec<FunderRow>> {
        programme::funders(self.conn())
    }

    pub fn references(&self, list: RefList) -> Result<Vec<RefEntry>> {
        reference::list(self.conn(), list)
    }

    pub fn reference_create(
        &mut self,
        list: RefList,
        code: &str,
        name_fr: &str,
        name_en: &str,
    ) -> Result<i64> {
        self.write(|tx| reference::insert(tx, list, code, name_fr, name_en))
    }

    pub fn reference_rename(
        &mut self,
        list: RefList,
        id: i64,
        name_fr: &str,
        name_en: &str,
    ) -> Result<()> {
        self.write(|tx| reference::rename(tx, list, id, name_fr, name_en))
    }

    pub fn reference_delete(&mut self, list: RefList, id: i64) -> Result<()> {
        self.write(|tx| reference::delete(tx, list, id))
    }
}
