//! The list filters of the command line (codes as the user knows them) turned into the
//! core's filters, once for `… list` and `export …` alike.

use coopdesk_core::cooperation::operational::{CaseFilter, Channel};
use coopdesk_core::cooperation::technical::ActionFilter;
use coopdesk_core::network::ssi;
use coopdesk_core::reference::{self, RefList};
use coopdesk_core::{i18n, Error, Result, Store};

/// Filters shared by the lists (values as the user knows them: codes, not ids).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ListFilter {
    /// Année (date de début de l'action, date de l'affaire).
    #[arg(long)]
    pub year: Option<i32>,
    /// Pays, code ISO alpha-2.
    #[arg(long)]
    pub country: Option<String>,
    /// Code du SSI (ex. DAK).
    #[arg(long)]
    pub ssi: Option<String>,
    /// Code du type d'action ou d'affaire (ex. training, location).
    #[arg(long)]
    pub kind: Option<String>,
    /// Code de la thématique (ex. terrorism).
    #[arg(long)]
    pub domain: Option<String>,
}

impl ListFilter {
    /// The technical-actions filter.
    pub fn actions(&self, store: &Store) -> Result<ActionFilter> {
        let (ssi_id, kind_id, domain_id) = ids(store, self, RefList::ActionKind)?;
        Ok(ActionFilter {
            year: self.year,
            country: self.country.clone(),
            ssi_id,
            kind_id,
            domain_id,
            ..Default::default()
        })
    }

    /// The operational-cases filter; `channel` is none, interpol, europol or schengen.
    pub fn cases(&self, store: &Store, channel: Option<&str>) -> Result<CaseFilter> {
        let (ssi_id, kind_id, domain_id) = ids(store, self, RefList::CaseKind)?;
        Ok(CaseFilter {
            year: self.year,
            country: self.country.clone(),
            ssi_id,
            kind_id,
            domain_id,
            channel: parse_channel(channel)?,
            text: None,
        })
    }
}

fn parse_channel(value: Option<&str>) -> Result<Option<Channel>> {
    value
        .map(|c| {
            serde_json::from_value(serde_json::Value::String(c.to_lowercase())).map_err(|_| {
                Error::invalid("channel", "err-bad-choice", i18n::args([("value", c)]))
            })
        })
        .transpose()
}

fn ids(
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
