//! `stats actions` and `chart NAME`: the user's codes turned into a chart filter, the
//! numbers behind the charts as CSV or JSON, the charts as SVG or PNG files (written
//! atomically: temporary file, then rename).

use std::path::PathBuf;

use coopdesk_core::charts::{self, data, ChartFilter, ChartName, HeatmapSort, SeriesSplit};
use coopdesk_core::documents::pdf;
use coopdesk_core::network::ssi;
use coopdesk_core::reference::{self, RefList};
use coopdesk_core::{documents, i18n, Error, Result, Store};
use serde::Serialize;

use crate::args::{ChartArgs, ChartFilterArgs, StatsArgs};

fn bad_choice(field: &str, value: &str) -> Error {
    Error::invalid(field, "err-bad-choice", i18n::args([("value", value)]))
}

/// The filter from the codes the user knows (kind and domain codes, SSI code…).
fn filter(store: &Store, f: &ChartFilterArgs) -> Result<ChartFilter> {
    let conn = store.conn();
    let code = |list: RefList, c: &Option<String>| {
        c.as_deref()
            .map(|c| reference::id_by_code(conn, list, c))
            .transpose()
    };
    let ssi_id = match &f.ssi {
        Some(c) => Some(ssi::id_by_code(conn, c)?.ok_or_else(|| Error::not_found("what-ssi", c))?),
        None => None,
    };
    Ok(ChartFilter {
        from: f.from,
        to: f.to,
        kind_id: code(RefList::ActionKind, &f.kind)?,
        domain_id: code(RefList::Domain, &f.domain)?,
        ssi_id,
        continent: f.continent.clone(),
        programme_id: f
            .programme
            .as_deref()
            .map(|p| data::programme_id(conn, p))
            .transpose()?,
        funder_id: f
            .funder
            .as_deref()
            .map(|n| data::funder_id(conn, n))
            .transpose()?,
        top_n: f.top,
        ..Default::default()
    })
}

/// `stats actions`: CSV or pretty JSON text.
pub fn stats_actions(store: &Store, a: &StatsArgs) -> Result<String> {
    let by = data::parse_dims(&a.by)?;
    let filter = filter(store, &a.filter)?;
    let rows = data::actions_by(store.conn(), &by, &filter)?;
    match a.format.as_str() {
        "csv" => Ok(data::to_csv(&by, &rows).trim_end().to_owned()),
        "json" => serde_json::to_string_pretty(&rows).map_err(Error::internal),
        other => Err(Error::invalid(
            "format",
            "err-chart-format",
            i18n::args([("value", other), ("formats", "csv, json")]),
        )),
    }
}

/// What `chart` reports on stdout.
#[derive(Debug, Serialize)]
pub struct Written {
    pub chart: &'static str,
    pub format: String,
    pub out: PathBuf,
    pub bytes: usize,
}

pub fn chart(store: &Store, a: &ChartArgs) -> Result<Written> {
    let name = ChartName::parse(&a.name)?;
    let mut filter = filter(store, &a.filter)?;
    filter.heatmap_sort = match a.sort.as_str() {
        "total" => HeatmapSort::Total,
        "continent" => HeatmapSort::Continent,
        other => return Err(bad_choice("sort", other)),
    };
    filter.series_split = match a.split.as_str() {
        "kind" => SeriesSplit::Kind,
        "domain" => SeriesSplit::Domain,
        other => return Err(bad_choice("split", other)),
    };
    filter.outline_covered = a.outline_covered;
    filter.outline_residences = a.outline_residences;
    let bytes = match a.format.as_str() {
        "svg" => charts::render_svg(store.conn(), name, &filter)?.into_bytes(),
        "png" => charts::render_png(store.conn(), name, &filter, a.width, a.height)?,
        "pdf" => pdf::to_pdf(&documents::chart_layout(
            store.conn(),
            name,
            &filter,
            coopdesk_core::today(),
        )?)?,
        other => {
            return Err(Error::invalid(
                "format",
                "err-chart-format",
                i18n::args([("value", other), ("formats", "svg, png, pdf")]),
            ))
        }
    };
    documents::save(&a.out, &bytes)?;
    Ok(Written {
        chart: name.code(),
        format: a.format.clone(),
        out: a.out.clone(),
        bytes: bytes.len(),
    })
}
