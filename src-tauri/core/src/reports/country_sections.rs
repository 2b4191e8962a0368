//! The country sheet's sections after the identity: technical actions by year and kind,
//! operational results, trainees and their units, partner units and exchanges, requests.

use std::collections::{BTreeMap, BTreeSet};

use super::annual_gign::exchange_list;
use super::blocks::{Align, Column, Section, Table};
use super::country_data::Sheet;
use super::courses;
use super::format::{count, euros, share};
use super::groups::{self, ActionBy, CaseBy};
use crate::error::Result;
use crate::gign::partner_query;
use crate::gign::request;
use crate::i18n::{self, tr};
use crate::validate::{enum_str, fr_date};

/// The section's sentence: `<base>-text`, or `<base>-none` when there is nothing to count
/// ("Aucune demande…" rather than "0 demandes…").
fn text_id(base: &str, n: i64) -> String {
    format!("{base}-{}", if n == 0 { "none" } else { "text" })
}

fn args(s: &Sheet) -> i18n::Args {
    i18n::args([
        ("country", s.country.name_fr.clone()),
        ("period", s.period()),
    ])
}

pub(super) fn technical(s: &Sheet) -> Result<Section> {
    let kinds = groups::actions(s.conn, s.years, Some(s.code()), ActionBy::Kind)?;
    let (n, participants, cost) = groups::action_totals(&kinds);
    let mut a = args(s);
    a.extend(i18n::args([
        ("actions", count(n)),
        ("participants", count(participants)),
        ("cost", euros(cost)),
    ]));
    let mut section = Section::new(
        "rep-sec-technical",
        tr(&text_id("rep-country-technical", n), &a),
    );

    // Year × kind, the kinds in the order of their share over the period.
    let cells = groups::actions_by_year_and_kind(s.conn, s.years, s.code())?;
    let names: Vec<String> = kinds.iter().filter_map(|k| k.name.clone()).collect();
    let mut t = Table::new("rep-country-by-year-kind", "rep-col-year", &[]);
    for name in &names {
        t.columns.push(Column {
            label: name.clone(),
            align: Align::Right,
            wide: false,
        });
    }
    t.columns.push(Column {
        label: tr("rep-total", &[]),
        align: Align::Right,
        wide: false,
    });
    let mut by_year: BTreeMap<i32, Vec<i64>> = BTreeMap::new();
    for (year, kind, c) in &cells {
        let row = by_year.entry(*year).or_insert_with(|| vec![0; names.len()]);
        if let Some(i) = names.iter().position(|k| k == kind) {
            row[i] += c;
        }
    }
    for (year, row) in &by_year {
        let mut line = vec![year.to_string()];
        line.extend(row.iter().map(|c| count(*c)));
        line.push(count(row.iter().sum()));
        t.row(line);
    }
    if !by_year.is_empty() {
        let mut totals: Vec<String> = kinds.iter().map(|k| count(k.count)).collect();
        totals.push(count(n));
        t.total(totals);
    }
    section.push(t);

    let domains = groups::actions(s.conn, s.years, Some(s.code()), ActionBy::Domain)?;
    let mut t = Table::new(
        "rep-technical-by-domain",
        "rep-col-domain",
        &[
            "rep-col-actions",
            "rep-col-share",
            "rep-col-participants",
            "rep-col-cost",
        ],
    );
    for d in &domains {
        t.row(vec![
            d.name.clone().unwrap_or_default(),
            count(d.count),
            share(d.count, n),
            count(d.participants),
            euros(d.cost_cents),
        ]);
    }
    if !domains.is_empty() {
        t.total(vec![
            count(n),
            share(n, n),
            count(participants),
            euros(cost),
        ]);
    }
    section.push(t);
    Ok(section)
}

pub(super) fn operational(s: &Sheet) -> Result<Section> {
    let years = groups::cases(s.conn, s.years, Some(s.code()), CaseBy::Year)?;
    let (n, located, warrants) = groups::case_totals(&years);
    let mut a = args(s);
    a.extend(i18n::args([
        ("cases", count(n)),
        ("located", count(located)),
        ("warrants", count(warrants)),
    ]));
    let mut section = Section::new(
        "rep-sec-operational",
        tr(&text_id("rep-country-operational", n), &a),
    );
    let columns = ["rep-col-cases", "rep-col-located", "rep-col-warrants"];
    let mut left = Table::new("rep-country-cases-by-year", "rep-col-year", &columns);
    for y in &years {
        left.row(vec![
            y.name.clone(),
            count(y.cases),
            count(y.persons_located),
            count(y.arrest_warrants),
        ]);
    }
    let kinds = groups::cases(s.conn, s.years, Some(s.code()), CaseBy::Kind)?;
    let mut right = Table::new("rep-operational-by-kind", "rep-col-case-kind", &columns);
    for k in &kinds {
        right.row(vec![
            k.name.clone(),
            count(k.cases),
            count(k.persons_located),
            count(k.arrest_warrants),
        ]);
    }
    if n > 0 {
        left.total(vec![count(n), count(located), count(warrants)]);
        right.total(vec![count(n), count(located), count(warrants)]);
    }
    section.push(left);
    section.push(right);
    Ok(section)
}

pub(super) fn trainees(s: &Sheet) -> Result<Section> {
    let list = courses::trainees_of(s.conn, s.years, s.code())?;
    let people: BTreeSet<i64> = list.iter().map(|t| t.trainee_id).collect();
    let mut a = args(s);
    a.extend(i18n::args([
        ("trainees", count(people.len() as i64)),
        ("courses", count(list.len() as i64)),
    ]));
    let mut section = Section::new(
        "rep-sec-trainees",
        tr(&text_id("rep-country-trainees", list.len() as i64), &a),
    );
    let mut units: BTreeMap<String, (BTreeSet<i64>, i64)> = BTreeMap::new();
    for t in &list {
        let unit = t.unit.clone().unwrap_or_else(|| tr("rep-no-unit", &[]));
        let entry = units.entry(unit).or_default();
        entry.0.insert(t.trainee_id);
        entry.1 += 1;
    }
    let mut by_unit = Table::new(
        "rep-country-trainees-by-unit",
        "rep-col-unit",
        &["rep-col-trainees", "rep-col-courses"],
    );
    for (unit, (names, courses)) in &units {
        by_unit.row(vec![
            unit.clone(),
            count(names.len() as i64),
            count(*courses),
        ]);
    }
    if !units.is_empty() {
        by_unit.total(vec![count(people.len() as i64), count(list.len() as i64)]);
    }
    section.push(by_unit);
    let mut t = Table::text(
        "rep-country-trainees-list",
        &[
            ("rep-col-date", false),
            ("rep-col-trainee", true),
            ("rep-col-unit", true),
            ("rep-col-course", true),
            ("rep-col-result", false),
        ],
    );
    for c in &list {
        let name = if c.rank.is_empty() {
            c.name.clone()
        } else {
            format!("{}, {}", c.name, c.rank)
        };
        t.row(vec![
            fr_date_text(&c.start_date),
            name,
            c.unit.clone().unwrap_or_default(),
            c.course.clone(),
            tr(&format!("enrolment-{}", c.status), &[]),
        ]);
    }
    section.push(t);
    Ok(section)
}

/// An ISO date from SQL written dd/mm/yyyy (as is when it is not one).
fn fr_date_text(iso: &str) -> String {
    chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d")
        .map(fr_date)
        .unwrap_or_else(|_| iso.to_owned())
}

pub(super) fn partners(s: &Sheet) -> Result<Section> {
    let units: Vec<_> = partner_query::units(s.conn)?
        .into_iter()
        .filter(|u| u.country == s.code())
        .collect();
    let involved = exchanges_of(s)?;
    let (first, last) = (s.years.first_day(), s.years.last_day());
    let exchanges: Vec<_> = partner_query::exchanges(s.conn, None, None)?
        .into_iter()
        .filter(|x| {
            let start = x.start_date.format("%Y-%m-%d").to_string();
            start >= first && start <= last && (x.country == s.code() || involved.contains(&x.id))
        })
        .collect();
    let mut a = args(s);
    a.extend(i18n::args([
        ("units", count(units.len() as i64)),
        ("exchanges", count(exchanges.len() as i64)),
    ]));
    let mut section = Section::new(
        "rep-sec-partners",
        tr(
            &text_id(
                "rep-country-partners",
                (units.len() + exchanges.len()) as i64,
            ),
            &a,
        ),
    );
    let mut t = Table::text(
        "rep-country-units",
        &[
            ("rep-col-unit", true),
            ("rep-col-networks", true),
            ("rep-col-trainees", false),
            ("rep-col-exchanges", false),
        ],
    )
    .align(2, Align::Right)
    .align(3, Align::Right);
    t.empty = tr("rep-country-units-empty", &[]);
    for u in &units {
        t.row(vec![
            u.name.clone(),
            if u.networks.is_empty() {
                "–".to_owned()
            } else {
                u.networks.join(", ")
            },
            count(u.trainees),
            count(u.exchanges),
        ]);
    }
    section.push(t);
    section.push(exchange_list("rep-country-exchanges", &exchanges));
    Ok(section)
}

/// Ids of the exchanges a unit of the country took part in.
fn exchanges_of(s: &Sheet) -> Result<BTreeSet<i64>> {
    let mut stmt = s.conn.prepare(
        "SELECT DISTINCT eu.exchange_id FROM exchange_unit eu
           JOIN foreign_unit u ON u.id = eu.unit_id WHERE u.country = ?1",
    )?;
    let ids = stmt.query_map([s.code()], |r| r.get(0))?;
    Ok(ids.collect::<Result<_, _>>()?)
}

pub(super) fn requests(s: &Sheet) -> Result<Section> {
    let (from, to) = (s.years.from, s.years.to);
    let list: Vec<_> = request::list(s.conn, None)?
        .into_iter()
        .filter(|r| {
            use chrono::Datelike;
            r.country == s.code() && (from..=to).contains(&r.received_on.year())
        })
        .collect();
    let mut a = args(s);
    a.extend(i18n::args([("requests", count(list.len() as i64))]));
    let mut section = Section::new(
        "rep-sec-requests",
        tr(&text_id("rep-country-requests", list.len() as i64), &a),
    );
    let mut t = Table::text(
        "rep-country-requests",
        &[
            ("rep-col-received", false),
            ("rep-col-reference", false),
            ("rep-col-kind", false),
            ("rep-col-subject", true),
            ("rep-col-status", false),
        ],
    );
    for r in list.iter().rev() {
        t.row(vec![
            fr_date(r.received_on),
            r.reference.clone(),
            tr(
                &format!("rep-request-{}", enum_str(r.kind).unwrap_or_default()),
                &[],
            ),
            r.subject.clone(),
            tr(&format!("request-{}", r.status.as_str()), &[]),
        ]);
    }
    section.push(t);
    Ok(section)
}
