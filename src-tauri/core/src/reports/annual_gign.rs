//! The annual report's sections on the GIGN's courses for foreign trainees (courses,
//! trainees by state, requests) and on the exchanges with partner units.

use super::annual_data::Annual;
use super::blocks::{Block, Section, Table};
use super::courses;
use super::format::{count, percent, share};
use crate::charts::{self, data, ChartFilter, ChartName};
use crate::error::Result;
use crate::gign::partner_query::{self, ExchangeRow};
use crate::i18n::{self, tr};
use crate::validate::{enum_str, fr_date};

pub(super) fn courses(a: &Annual) -> Result<Section> {
    let (k, g) = (&a.now.kpis, &a.now.gign);
    let mut s = Section::new(
        "rep-sec-gign",
        tr(
            "rep-gign-text",
            &i18n::args([
                ("year", a.year.to_string()),
                ("sessions", count(g.sessions_france + g.sessions_abroad)),
                ("france", count(g.sessions_france)),
                ("abroad", count(g.sessions_abroad)),
                ("fill", percent(g.fill_rate)),
                ("trainees", count(k.trainees)),
                ("states", count(k.trainee_states)),
                ("previous", a.previous(a.before.kpis.trainees, k.trainees)),
            ]),
        ),
    );
    let list = courses::courses(a.conn, a.years())?;
    let mut t = Table::new(
        "rep-gign-by-course",
        "rep-col-course",
        &[
            "rep-col-sessions",
            "rep-col-abroad",
            "rep-col-places",
            "rep-col-trainees",
            "rep-col-states",
        ],
    );
    for c in &list {
        t.row(vec![
            c.title.clone(),
            count(c.sessions),
            count(c.abroad),
            count(c.places),
            count(c.trainees),
            count(c.states),
        ]);
    }
    let sum = |f: fn(&courses::CourseRow) -> i64| count(list.iter().map(f).sum());
    // Trainees and states are distinct over the year: a trainee of two courses counts once.
    t.total(vec![
        sum(|c| c.sessions),
        sum(|c| c.abroad),
        sum(|c| c.places),
        count(k.trainees),
        count(k.trainee_states),
    ]);
    s.push(t);

    let filter = ChartFilter {
        from: Some(a.year),
        to: Some(a.year),
        ..ChartFilter::default()
    };
    let mut states = data::trainees_by_state(a.conn, &filter)?;
    states.sort_by(|x, y| {
        y.trainees
            .cmp(&x.trainees)
            .then_with(|| crate::text::compare(&x.country_name, &y.country_name))
    });
    let mut left = Table::new(
        "rep-gign-by-state",
        "rep-col-state",
        &["rep-col-trainees", "rep-col-share"],
    );
    for st in &states {
        left.row(vec![
            st.country_name.clone(),
            count(st.trainees),
            share(st.trainees, k.trainees),
        ]);
    }
    left.total(vec![count(k.trainees), share(k.trainees, k.trainees)]);
    let requests = courses::requests_by_status(a.conn, a.years(), None)?;
    let mut right = Table::new("rep-gign-requests", "rep-col-status", &["rep-col-requests"]);
    for (status, n) in &requests {
        right.row(vec![tr(&format!("request-{status}"), &[]), count(*n)]);
    }
    right.total(vec![count(requests.iter().map(|(_, n)| n).sum())]);
    s.push(Block::Pair { left, right });

    let trend = ChartFilter {
        from: Some(a.trend.from),
        to: Some(a.trend.to),
        ..ChartFilter::default()
    };
    s.push(Block::Chart {
        svg: charts::render_svg(a.conn, ChartName::TraineesByState, &trend)?,
    });
    Ok(s)
}

/// "Échange tactique", "Séminaire de réseau"… for an exchange kind.
pub(super) fn exchange_kind(x: &ExchangeRow) -> String {
    let code = enum_str(x.kind).unwrap_or_default();
    tr(&format!("rep-exchange-{code}"), &[])
}

/// The exchanges as a dated list: date, kind, title (and network), place, partner units.
pub(super) fn exchange_list(caption: &str, list: &[ExchangeRow]) -> Table {
    let mut t = Table::text(
        caption,
        &[
            ("rep-col-date", false),
            ("rep-col-kind", false),
            ("rep-col-title", true),
            ("rep-col-place", false),
            ("rep-col-units", true),
        ],
    );
    for x in list.iter().rev() {
        let title = match &x.network {
            Some(n) => tr(
                "rep-exchange-in-network",
                &i18n::args([("title", x.title.clone()), ("network", n.clone())]),
            ),
            None => x.title.clone(),
        };
        t.row(vec![
            fr_date(x.start_date),
            exchange_kind(x),
            title,
            x.country_name.clone(),
            x.units.join(", "),
        ]);
    }
    t
}

pub(super) fn exchanges(a: &Annual) -> Result<Section> {
    let list = partner_query::exchanges(a.conn, Some(a.year), None)?;
    let (n, before) = (a.now.activity.exchanges, a.before.activity.exchanges);
    let mut s = Section::new(
        "rep-sec-exchanges",
        tr(
            "rep-exchanges-text",
            &i18n::args([
                ("year", a.year.to_string()),
                ("exchanges", count(n)),
                ("previous", a.previous(before, n)),
            ]),
        ),
    );
    let mut kinds: Vec<(String, i64)> = Vec::new();
    for x in &list {
        let kind = exchange_kind(x);
        match kinds.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, c)) => *c += 1,
            None => kinds.push((kind, 1)),
        }
    }
    kinds.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    let mut t = Table::new(
        "rep-exchanges-by-kind",
        "rep-col-kind",
        &["rep-col-exchanges", "rep-col-share"],
    );
    let total = list.len() as i64;
    for (kind, c) in &kinds {
        t.row(vec![kind.clone(), count(*c), share(*c, total)]);
    }
    t.total(vec![count(total), share(total, total)]);
    s.push(t);
    s.push(exchange_list("rep-exchanges-list", &list));
    Ok(s)
}
