//! `actions list` and `cases list`: the user's codes turned into the core's filters, then
//! every page of the result.

use coopdesk_core::operational::{CaseFilter, CaseRow};
use coopdesk_core::reference::{self, RefList};
use coopdesk_core::technical::{ActionFilter, ActionRow, ActionSort, MAX_PAGE};
use coopdesk_core::{i18n, ssi, Error, Result, Store};

use crate::args::ListFilter;

pub(crate) fn ids(
    store: &Store,
    f: &ListFilter,
    kinds: RefList,
) -> Result<(Option<i64>, Option<i64>, Option<i64>)> {
    let conn = store.conn();
    let ssi_id = match &f.ssi {
        Some(code) => {
            Some(ssi::id_by_code(conn, code)?.ok_or_else(|| Error::not_found("what-ssi", code))?)
        }
        None => None,
    };
    let kind_id = f
        .kind
        .as_deref()
        .map(|k| reference::id_by_code(conn, kinds, k))
        .transpose()?;
    let domain_id = f
        .domain
        .as_deref()
        .map(|d| reference::id_by_code(conn, RefList::Domain, d))
        .transpose()?;
    Ok((ssi_id, kind_id, domain_id))
}

pub fn actions(store: &Store, f: &ListFilter) -> Result<Vec<ActionRow>> {
    let (ssi_id, kind_id, domain_id) = ids(store, f, RefList::ActionKind)?;
    let filter = ActionFilter {
        year: f.year,
        country: f.country.clone(),
        ssi_id,
        kind_id,
        domain_id,
        ..Default::default()
    };
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
    let (ssi_id, kind_id, domain_id) = ids(store, f, RefList::CaseKind)?;
    let channel = channel
        .map(|c| {
            serde_json::from_value(serde_json::Value::String(c.to_lowercase())).map_err(|_| {
                Error::invalid("channel", "err-bad-choice", i18n::args([("value", c)]))
            })
        })
        .transpose()?;
    let filter = CaseFilter {
        year: f.year,
        country: f.country.clone(),
        ssi_id,
        kind_id,
        domain_id,
        channel,
        text: None,
    };
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
