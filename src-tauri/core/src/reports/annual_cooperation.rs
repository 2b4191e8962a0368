//! The annual report's sections on the SSI network, technical cooperation (by country,
//! kind, domain and funder, with the charts of the Graphiques screen) and operational
//! cooperation (persons located, arrest warrants).

use super::annual_data::Annual;
use super::blocks::{Block, Section, Table};
use super::format::{count, euros, share};
use super::groups::{self, ActionBy, ActionGroup, CaseBy, CaseGroup};
use super::network;
use crate::charts::{self, ChartFilter, ChartName, SeriesSplit};
use crate::country::continent_name;
use crate::error::Result;
use crate::i18n::{self, tr};

/// Countries listed one by one in the country tables; the rest are summed on one line.
const TOP_COUNTRIES: usize = 25;

fn chart(a: &Annual, name: ChartName, filter: ChartFilter) -> Result<Block> {
    Ok(Block::Chart {
        svg: charts::render_svg(a.conn, name, &filter)?,
    })
}

/// The filter of a chart of the report's year alone.
fn year_filter(a: &Annual) -> ChartFilter {
    ChartFilter {
        from: Some(a.year),
        to: Some(a.year),
        ..ChartFilter::default()
    }
}

/// The filter of a trend chart (the years up to the report's).
fn trend_filter(a: &Annual) -> ChartFilter {
    ChartFilter {
        from: Some(a.trend.from),
        to: Some(a.trend.to),
        ..ChartFilter::default()
    }
}

pub(super) fn network(a: &Annual) -> Result<Section> {
    let k = &a.now.kpis;
    let mut s = Section::new(
        "rep-sec-network",
        tr(
            "rep-network-text",
            &i18n::args([
                ("year", a.year.to_string()),
                ("ssis", count(k.ssi_count)),
                ("countries", count(k.countries_covered)),
                ("agents", count(a.now.agents)),
            ]),
        ),
    );
    let rows = network::by_continent(a.conn, a.years())?;
    let mut t = Table::new(
        "rep-network-table",
        "rep-col-continent",
        &[
            "rep-col-ssis",
            "rep-col-countries",
            "rep-col-agents",
            "rep-col-actions",
            "rep-col-located",
        ],
    );
    for r in &rows {
        t.row(vec![
            continent_name(&r.continent),
            count(r.ssis),
            count(r.countries),
            count(r.agents),
            count(r.actions),
            count(r.persons_located),
        ]);
    }
    t.total(vec![
        count(k.ssi_count),
        count(k.countries_covered),
        count(a.now.agents),
        count(k.technical_actions),
        count(k.persons_located),
    ]);
    s.push(t);
    s.push(Block::Text {
        text: tr("rep-network-note", &[]),
    });
    Ok(s)
}

/// "Formation | 840 | 38,9 % | 9 120 | 1 250 000,00 €" lines, the named groups first.
fn action_rows(t: &mut Table, groups: &[ActionGroup], total: i64, cost: bool, people: bool) {
    for g in groups {
        let mut cells = vec![
            g.name.clone().unwrap_or_else(|| tr("rep-no-funder", &[])),
            count(g.count),
            share(g.count, total),
        ];
        if people {
            cells.push(count(g.participants));
        }
        if cost {
            cells.push(euros(g.cost_cents));
        }
        t.row(cells);
    }
}

fn action_total(t: &mut Table, groups: &[ActionGroup], cost: bool, people: bool) {
    let (n, p, c) = groups::action_totals(groups);
    let mut cells = vec![count(n), share(n, n)];
    if people {
        cells.push(count(p));
    }
    if cost {
        cells.push(euros(c));
    }
    t.total(cells);
}

pub(super) fn technical(a: &Annual) -> Result<Section> {
    let (n, participants, cost) = a.now.actions;
    let mut s = Section::new(
        "rep-sec-technical",
        tr(
            "rep-technical-text",
            &i18n::args([
                ("year", a.year.to_string()),
                ("actions", count(n)),
                ("participants", count(participants)),
                ("cost", euros(cost)),
                ("previous", a.previous(a.before.actions.0, n)),
            ]),
        ),
    );
    let years = a.years();
    let kinds = groups::actions(a.conn, years, None, ActionBy::Kind)?;
    let mut t = Table::new(
        "rep-technical-by-kind",
        "rep-col-kind",
        &[
            "rep-col-actions",
            "rep-col-share",
            "rep-col-participants",
            "rep-col-cost",
        ],
    );
    action_rows(&mut t, &kinds, n, true, true);
    action_total(&mut t, &kinds, true, true);
    s.push(t);

    let domains = groups::actions(a.conn, years, None, ActionBy::Domain)?;
    let mut t = Table::new(
        "rep-technical-by-domain",
        "rep-col-domain",
        &["rep-col-actions", "rep-col-share", "rep-col-participants"],
    );
    action_rows(&mut t, &domains, n, false, true);
    action_total(&mut t, &domains, false, true);
    s.push(t);

    let funders = groups::actions(a.conn, years, None, ActionBy::Funder)?;
    let mut t = Table::new(
        "rep-technical-by-funder",
        "rep-col-funder",
        &["rep-col-actions", "rep-col-share", "rep-col-cost"],
    );
    action_rows(&mut t, &funders, n, true, false);
    action_total(&mut t, &funders, true, false);
    s.push(t);

    // The charts after the short tables (which fill the page they start on), before the
    // long country table they illustrate.
    let map = ChartFilter {
        outline_covered: true,
        ..year_filter(a)
    };
    s.push(chart(a, ChartName::ActionsWorldMap, map)?);
    s.push(chart(a, ChartName::ActionsByCountryYear, year_filter(a))?);

    let countries = groups::actions(a.conn, years, None, ActionBy::Country)?;
    let mut t = Table::new(
        "rep-technical-by-country",
        "rep-col-country",
        &[
            "rep-col-actions",
            "rep-col-share",
            "rep-col-participants",
            "rep-col-cost",
        ],
    );
    let (top, rest) = countries.split_at(countries.len().min(TOP_COUNTRIES));
    action_rows(&mut t, top, n, true, true);
    if !rest.is_empty() {
        let (rn, rp, rc) = groups::action_totals(rest);
        t.row(vec![
            tr(
                "rep-other-countries",
                &i18n::args([("count", count(rest.len() as i64))]),
            ),
            count(rn),
            share(rn, n),
            count(rp),
            euros(rc),
        ]);
    }
    action_total(&mut t, &countries, true, true);
    t.caption = tr(
        "rep-technical-by-country",
        &i18n::args([("count", count(countries.len() as i64))]),
    );
    s.push(t);

    let series = ChartFilter {
        series_split: SeriesSplit::Kind,
        ..trend_filter(a)
    };
    s.push(chart(a, ChartName::ActionsByYear, series)?);
    Ok(s)
}

fn case_table(
    caption: &str,
    first: &str,
    groups: &[CaseGroup],
    label: impl Fn(&str) -> String,
) -> Table {
    let mut t = Table::new(
        caption,
        first,
        &["rep-col-cases", "rep-col-located", "rep-col-warrants"],
    );
    for g in groups {
        t.row(vec![
            label(&g.name),
            count(g.cases),
            count(g.persons_located),
            count(g.arrest_warrants),
        ]);
    }
    let (n, l, w) = groups::case_totals(groups);
    t.total(vec![count(n), count(l), count(w)]);
    t
}

pub(super) fn operational(a: &Annual) -> Result<Section> {
    let k = &a.now.kpis;
    let mut s = Section::new(
        "rep-sec-operational",
        tr(
            "rep-operational-text",
            &i18n::args([
                ("year", a.year.to_string()),
                ("cases", count(a.now.activity.operational_cases)),
                ("located", count(k.persons_located)),
                ("warrants", count(k.arrest_warrants)),
                ("share", share(k.arrest_warrants, k.persons_located)),
                (
                    "previous",
                    a.previous(a.before.kpis.persons_located, k.persons_located),
                ),
            ]),
        ),
    );
    let years = a.years();
    let kinds = groups::cases(a.conn, years, None, CaseBy::Kind)?;
    s.push(case_table(
        "rep-operational-by-kind",
        "rep-col-case-kind",
        &kinds,
        str::to_owned,
    ));
    let channels = groups::cases(a.conn, years, None, CaseBy::Channel)?;
    s.push(case_table(
        "rep-operational-by-channel",
        "rep-col-channel",
        &channels,
        |c| tr(&format!("rep-channel-{c}"), &[]),
    ));
    let countries = groups::cases(a.conn, years, None, CaseBy::Country)?;
    let (top, rest) = countries.split_at(countries.len().min(TOP_COUNTRIES));
    let mut t = case_table(
        "rep-operational-by-country",
        "rep-col-country",
        top,
        str::to_owned,
    );
    if !rest.is_empty() {
        let (n, l, w) = groups::case_totals(rest);
        t.row(vec![
            tr(
                "rep-other-countries",
                &i18n::args([("count", count(rest.len() as i64))]),
            ),
            count(n),
            count(l),
            count(w),
        ]);
    }
    let (n, l, w) = groups::case_totals(&countries);
    t.total(vec![count(n), count(l), count(w)]);
    t.caption = tr(
        "rep-operational-by-country",
        &i18n::args([
            ("top", count(top.len() as i64)),
            ("count", count(countries.len() as i64)),
        ]),
    );
    s.push(t);
    s.push(chart(a, ChartName::OperationalByYear, trend_filter(a))?);
    Ok(s)
}
