//! The annual report (rapport annuel): the headline figures of the year, then the network,
//! technical and operational cooperation ([`super::annual_cooperation`]), the GIGN's
//! courses and partner exchanges ([`super::annual_gign`]), and the comparison with the
//! previous year.

use chrono::NaiveDate;
use rusqlite::Connection;

use super::annual_data::{Annual, Figures};
use super::blocks::{Block, Report, Section, Table, Tile};
use super::format::{change, count, difference, euros};
use super::groups::Years;
use super::{annual_cooperation, annual_gign};
use crate::error::{Error, Result};
use crate::i18n::{self, tr};
use crate::validate;

/// How many years the trend charts show, the report's year included.
const TREND_YEARS: i32 = 10;

/// The annual report of `year` as the template reads it. A year without any record is a
/// French `INVALID_INPUT` on `year`.
pub fn annual_report(conn: &Connection, year: i32, generated: NaiveDate) -> Result<Report> {
    validate::year(year)?;
    let years = super::data_years(conn, "year")?;
    let (first, last) = (years[0], years[years.len() - 1]);
    if !years.contains(&year) {
        return Err(Error::invalid(
            "year",
            "err-report-year-empty",
            i18n::args([
                ("year", year.to_string()),
                ("first", first.to_string()),
                ("last", last.to_string()),
            ]),
        ));
    }
    let a = Annual {
        conn,
        year,
        now: Figures::of(conn, year)?,
        before: Figures::of(conn, year - 1)?,
        trend: Years {
            from: (year - TREND_YEARS + 1).max(first),
            to: year,
        },
    };
    let args = i18n::args([("year", year.to_string())]);
    let mut report = super::frame(
        tr("rep-annual-title", &args),
        tr("rep-annual-subtitle", &[]),
        filters(conn, year)?,
        generated,
    );
    // A closed year prints what was sent: the sections frozen when it was closed.
    if let Some(frozen) = super::closed_year::frozen(conn, year)? {
        match serde_json::from_str(&frozen) {
            Ok(sections) => {
                report.sections = sections;
                return Ok(report);
            }
            // Written by another version of CoopDesk: the figures are computed afresh.
            Err(e) => tracing::warn!("frozen annual report of {year} unreadable: {e}"),
        }
    }
    report.sections = vec![
        headline(&a),
        annual_cooperation::network(&a)?,
        annual_cooperation::technical(&a)?,
        annual_cooperation::operational(&a)?,
        annual_gign::courses(&a)?,
        annual_gign::exchanges(&a)?,
        comparison(&a),
    ];
    Ok(report)
}

/// The period, and for a closed year that its figures are final (when and by whom).
fn filters(conn: &Connection, year: i32) -> Result<String> {
    let period = tr(
        "rep-annual-filters",
        &i18n::args([
            ("year", year.to_string()),
            ("previous", (year - 1).to_string()),
        ]),
    );
    Ok(match super::closed_year::get(conn, year)? {
        Some(state) if state.closed => {
            let on = state.closed_at.get(..10).unwrap_or(&state.closed_at);
            let on = NaiveDate::parse_from_str(on, "%Y-%m-%d")
                .map(|d| d.format("%d/%m/%Y").to_string())
                .unwrap_or_else(|_| on.to_owned());
            let closed = tr(
                "rep-annual-closed",
                &i18n::args([("date", on), ("user", state.closed_by)]),
            );
            format!("{period} · {closed}")
        }
        _ => period,
    })
}

fn headline(a: &Annual) -> Section {
    let (k, p) = (&a.now.kpis, &a.before.kpis);
    let mut s = Section::new(
        "rep-sec-headline",
        tr(
            "rep-headline-text",
            &i18n::args([
                ("year", a.year.to_string()),
                ("actions", count(k.technical_actions)),
                ("ssis", count(k.ssi_count)),
                ("countries", count(k.countries_covered)),
                ("located", count(k.persons_located)),
                ("warrants", count(k.arrest_warrants)),
                ("trainees", count(k.trainees)),
                ("states", count(k.trainee_states)),
            ]),
        ),
    );
    let tile = |value: i64, before: i64, label: &str| Tile {
        value: count(value),
        label: tr(label, &[]),
        detail: a.previous(before, value),
    };
    s.push(Block::Tiles {
        tiles: vec![
            tile(k.ssi_count, p.ssi_count, "rep-tile-ssis"),
            tile(
                k.countries_covered,
                p.countries_covered,
                "rep-tile-countries",
            ),
            tile(k.technical_actions, p.technical_actions, "rep-tile-actions"),
            tile(k.persons_located, p.persons_located, "rep-tile-located"),
            tile(k.arrest_warrants, p.arrest_warrants, "rep-tile-warrants"),
            tile(k.trainees, p.trainees, "rep-tile-trainees"),
        ],
    });
    s
}

/// Every figure of the year beside the previous year's, with the difference and the rate.
fn comparison(a: &Annual) -> Section {
    let (n, b) = (&a.now, &a.before);
    let mut s = Section::new(
        "rep-sec-comparison",
        tr(
            "rep-comparison-text",
            &i18n::args([
                ("year", a.year.to_string()),
                ("previous", (a.year - 1).to_string()),
            ]),
        ),
    );
    let mut t = Table::new("rep-comparison-table", "rep-col-indicator", &[]);
    t.caption = tr(
        "rep-comparison-table",
        &i18n::args([
            ("year", a.year.to_string()),
            ("previous", (a.year - 1).to_string()),
        ]),
    );
    for label in [
        (a.year - 1).to_string(),
        a.year.to_string(),
        tr("rep-col-difference", &[]),
        tr("rep-col-change", &[]),
    ] {
        t.columns.push(super::blocks::Column {
            label,
            align: super::blocks::Align::Right,
            wide: false,
        });
    }
    let counts: [(&str, i64, i64); 14] = [
        ("rep-cmp-ssis", b.kpis.ssi_count, n.kpis.ssi_count),
        (
            "rep-cmp-countries",
            b.kpis.countries_covered,
            n.kpis.countries_covered,
        ),
        ("rep-cmp-agents", b.agents, n.agents),
        (
            "rep-cmp-actions",
            b.kpis.technical_actions,
            n.kpis.technical_actions,
        ),
        ("rep-cmp-participants", b.actions.1, n.actions.1),
        ("rep-cmp-cost", b.actions.2, n.actions.2),
        (
            "rep-cmp-cases",
            b.activity.operational_cases,
            n.activity.operational_cases,
        ),
        (
            "rep-cmp-located",
            b.kpis.persons_located,
            n.kpis.persons_located,
        ),
        (
            "rep-cmp-warrants",
            b.kpis.arrest_warrants,
            n.kpis.arrest_warrants,
        ),
        ("rep-cmp-sessions", b.activity.sessions, n.activity.sessions),
        ("rep-cmp-trainees", b.kpis.trainees, n.kpis.trainees),
        (
            "rep-cmp-states",
            b.kpis.trainee_states,
            n.kpis.trainee_states,
        ),
        (
            "rep-cmp-requests",
            b.gign.requests_received,
            n.gign.requests_received,
        ),
        (
            "rep-cmp-exchanges",
            b.activity.exchanges,
            n.activity.exchanges,
        ),
    ];
    for (id, before, now) in counts {
        let money = id == "rep-cmp-cost";
        let show = |v: i64| if money { euros(v) } else { count(v) };
        let diff = if money {
            let sign = if now >= before { "+" } else { "\u{2212}" };
            format!("{sign}{}", euros((now - before).abs()))
        } else {
            difference(before, now)
        };
        t.row(vec![
            tr(id, &[]),
            show(before),
            show(now),
            diff,
            change(before, now),
        ]);
    }
    s.push(t);
    s
}
