//! The line under each title that states the active filters, in French:
//! "Période : 2012–2016 · Type : Formation · Continent : Afrique".

use rusqlite::{Connection, OptionalExtension};

use super::ChartFilter;
use crate::error::{Error, Result};
use crate::i18n::{self, tr};

/// Which filters a chart takes into account (the others are not written).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Applies {
    /// Every filter of the technical actions.
    Actions,
    /// Period, SSI, domain, continent.
    Operational,
    /// Period and continent.
    Trainees,
}

fn name(conn: &Connection, sql: &str, id: i64, what: &str) -> Result<String> {
    conn.query_row(sql, [id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| Error::not_found(what, id))
}

fn item(id: &str, value: impl ToString) -> String {
    tr(id, &i18n::args([("value", value.to_string())]))
}

/// The period alone: "2012–2016", "depuis 2012", "toutes les années"…
pub(crate) fn period(filter: &ChartFilter) -> String {
    match (filter.from, filter.to) {
        (Some(a), Some(b)) if a == b => item("chart-filter-year", a),
        (Some(a), Some(b)) => item("chart-filter-period", format!("{a}–{b}")),
        (Some(a), None) => item(
            "chart-filter-period",
            tr("chart-period-since", &i18n::args([("from", a)])),
        ),
        (None, Some(b)) => item(
            "chart-filter-period",
            tr("chart-period-until", &i18n::args([("to", b)])),
        ),
        (None, None) => item("chart-filter-period", tr("chart-period-all", &[])),
    }
}

/// Every active filter the chart uses, joined by " · ", plus `extra` items.
pub(crate) fn filter_line(
    conn: &Connection,
    filter: &ChartFilter,
    applies: Applies,
    extra: &[String],
) -> Result<String> {
    let mut parts = vec![period(filter)];
    let actions = applies == Applies::Actions;
    if let (true, Some(id)) = (actions, filter.kind_id) {
        let n = name(
            conn,
            "SELECT name_fr FROM action_kind WHERE id = ?1",
            id,
            "what-action-kind",
        )?;
        parts.push(item("chart-filter-kind", n));
    }
    if let (true, Some(id)) = (applies != Applies::Trainees, filter.domain_id) {
        let n = name(
            conn,
            "SELECT name_fr FROM domain WHERE id = ?1",
            id,
            "what-domain",
        )?;
        parts.push(item("chart-filter-domain", n));
    }
    if let (true, Some(id)) = (applies != Applies::Trainees, filter.ssi_id) {
        let n = name(
            conn,
            "SELECT code || ' (' || city || ')' FROM ssi WHERE id = ?1",
            id,
            "what-ssi",
        )?;
        parts.push(item("chart-filter-ssi", n));
    }
    if let Some(c) = filter.continent() {
        parts.push(item(
            "chart-filter-continent",
            crate::country::continent_name(c),
        ));
    }
    if let (true, Some(id)) = (actions, filter.programme_id) {
        let n = name(
            conn,
            "SELECT name FROM programme WHERE id = ?1",
            id,
            "what-programme",
        )?;
        parts.push(item("chart-filter-programme", n));
    }
    if let (true, Some(id)) = (actions, filter.funder_id) {
        let n = name(
            conn,
            "SELECT name FROM funder WHERE id = ?1",
            id,
            "what-funder",
        )?;
        parts.push(item("chart-filter-funder", n));
    }
    parts.extend(extra.iter().cloned());
    Ok(parts.join(" · "))
}
