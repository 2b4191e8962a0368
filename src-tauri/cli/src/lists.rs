//! `actions list` and `cases list`: the user's codes turned into the core's filters, then
//! every page of the result.

use coopdesk_core::cooperation::operational::CaseRow;
use coopdesk_core::cooperation::technical::{ActionRow, ActionSort, MAX_PAGE};
use coopdesk_core::{Result, Store};

use crate::filters::ListFilter;

pub fn actions(store: &Store, f: &ListFilter) -> Result<Vec<ActionRow>> {
    let filter = f.actions(store)?;
    let sort = ActionSort::default();
    let mut rows = Vec::new();
    loop {
        let page = store.actions(&filter, sort, rows.len() as i64, MAX_PAGE)?;
        let done =
            page.rows.is_empty() || rows.len() as i64 + page.rows.len() as i64 >= page.total_count;
        rows.extend(page.rows);
        if done {
            return Ok(rows);
        }
    }
}

pub fn cases(store: &Store, f: &ListFilter, channel: Option<&str>) -> Result<Vec<CaseRow>> {
    let filter = f.cases(store, channel)?;
    let mut rows = Vec::new();
    loop {
        let page = store.cases(&filter, rows.len() as i64, MAX_PAGE)?;
        let done =
            page.rows.is_empty() || rows.len() as i64 + page.rows.len() as i64 >= page.total_count;
        rows.extend(page.rows);
        if done {
            return Ok(rows);
        }
    }
}
