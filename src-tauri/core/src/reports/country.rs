//! The country sheet (fiche pays): what the cell holds on one country over a period. This
//! file checks the request and writes the identity section (the country, its SSI and the
//! SSI's staff, the SSIs covering it); the other sections are in
//! [`super::country_sections`].

use chrono::NaiveDate;
use rusqlite::{params, Connection};

use super::blocks::{Block, Fact, Report, Section, Table};
use super::country_data::Sheet;
use super::country_sections;
use super::groups::Years;
use crate::country::{self, continent_name};
use crate::error::{Error, Result};
use crate::i18n::{self, tr};
use crate::network::ssi_detail::{self, SsiDetail};
use crate::validate;
use crate::validate::{enum_str, fr_date};

/// The country sheet of `country` (ISO alpha-2, any case) over `from`–`to` (each defaults
/// to the first or last year with data). An unknown country, a bad year, `from` after
/// `to`, or a country the base holds nothing about in the period is a French
/// `INVALID_INPUT` naming the field.
pub fn country_sheet(
    conn: &Connection,
    code: &str,
    from: Option<i32>,
    to: Option<i32>,
    generated: NaiveDate,
) -> Result<Report> {
    let alpha2 = country::check("country", code)?;
    let country = country::get(&alpha2).ok_or_else(|| {
        Error::invalid(
            "country",
            "err-unknown-country",
            i18n::args([("value", code.to_owned())]),
        )
    })?;
    for (field, year) in [("from", from), ("to", to)] {
        if let Some(y) = year {
            validate::year(y).map_err(|e| e.with_field(field))?;
        }
    }
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            return Err(Error::invalid(
                "to",
                "err-report-period",
                i18n::args([("from", f), ("to", t)]),
            ));
        }
    }
    let data = super::data_years(conn, "country")?;
    let (first, last) = (data[0], data[data.len() - 1]);
    let years = Years {
        from: from.unwrap_or(first).min(to.unwrap_or(i32::MAX)),
        to: to.unwrap_or(last).max(from.unwrap_or(i32::MIN)),
    };
    let sheet = Sheet {
        conn,
        country,
        years,
    };
    if records(&sheet)? == 0 {
        return Err(Error::invalid(
            "country",
            "err-report-country-empty",
            i18n::args([
                ("country", sheet.country.name_fr.clone()),
                ("period", sheet.period()),
            ]),
        ));
    }
    let mut report = super::frame(
        tr(
            "rep-country-title",
            &i18n::args([("country", sheet.country.name_fr.clone())]),
        ),
        tr("rep-country-subtitle", &[]),
        tr(
            "rep-country-filters",
            &i18n::args([
                ("period", sheet.period()),
                ("country", sheet.country.name_fr.clone()),
                ("code", sheet.country.alpha2.clone()),
            ]),
        ),
        generated,
    );
    report.sections = vec![
        identity(&sheet)?,
        country_sections::technical(&sheet)?,
        country_sections::operational(&sheet)?,
        country_sections::trainees(&sheet)?,
        country_sections::partners(&sheet)?,
        country_sections::requests(&sheet)?,
    ];
    Ok(report)
}

/// How many records of any kind concern the country in the period (0: nothing to print).
fn records(s: &Sheet) -> Result<i64> {
    Ok(s.conn.query_row(
        "SELECT (SELECT count(*) FROM technical_action WHERE country = ?3 AND start_date BETWEEN ?1 AND ?2)
              + (SELECT count(*) FROM operational_case WHERE country = ?3 AND opened_on BETWEEN ?1 AND ?2)
              + (SELECT count(*) FROM request WHERE country = ?3 AND received_on BETWEEN ?1 AND ?2)
              + (SELECT count(*) FROM exchange WHERE country = ?3 AND start_date BETWEEN ?1 AND ?2)
              + (SELECT count(*) FROM enrolment e JOIN trainee t ON t.id = e.trainee_id
                   JOIN session s ON s.id = e.session_id
                  WHERE t.country = ?3 AND s.start_date BETWEEN ?1 AND ?2)
              + (SELECT count(*) FROM ssi_coverage sc JOIN ssi s ON s.id = sc.ssi_id
                  WHERE sc.country = ?3 AND s.opened_on <= ?2
                    AND (s.closed_on IS NULL OR s.closed_on >= ?1))",
        params![s.years.first_day(), s.years.last_day(), s.code()],
        |r| r.get(0),
    )?)
}

/// SSIs open at some point of the period: residing in the country, and covering it.
fn ssis(s: &Sheet) -> Result<(Vec<i64>, Vec<String>)> {
    let open = "s.opened_on <= ?2 AND (s.closed_on IS NULL OR s.closed_on >= ?1)";
    let args = params![s.years.first_day(), s.years.last_day(), s.code()];
    let mut stmt = s.conn.prepare(&format!(
        "SELECT s.id FROM ssi s WHERE s.residence_country = ?3 AND {open} ORDER BY s.opened_on"
    ))?;
    let residing = stmt
        .query_map(args, |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let mut stmt = s.conn.prepare(&format!(
        "SELECT s.code || ' (' || s.city || ', ' || c.name_fr || ')'
           FROM ssi_coverage sc JOIN ssi s ON s.id = sc.ssi_id
           JOIN country c ON c.alpha2 = s.residence_country
          WHERE sc.country = ?3 AND {open} ORDER BY s.code"
    ))?;
    let covering = stmt
        .query_map(args, |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok((residing, covering))
}

fn identity(s: &Sheet) -> Result<Section> {
    let (residing, covering) = ssis(s)?;
    let details: Vec<SsiDetail> = residing
        .iter()
        .map(|id| ssi_detail::detail(s.conn, *id))
        .collect::<Result<_>>()?;
    let c = &s.country;
    let mut facts = vec![
        Fact::new(
            "rep-fact-country",
            format!("{} ({} · {})", c.name_fr, c.alpha2, c.alpha3),
        ),
        Fact::new("rep-fact-continent", continent_name(&c.continent)),
    ];
    let none = || tr("rep-none", &[]);
    let resident = details
        .iter()
        .map(|d| {
            let opened = match d.closed_on {
                Some(closed) => tr(
                    "rep-ssi-closed",
                    &i18n::args([("from", fr_date(d.opened_on)), ("to", fr_date(closed))]),
                ),
                None => tr(
                    "rep-ssi-open",
                    &i18n::args([("from", fr_date(d.opened_on))]),
                ),
            };
            format!("{} — {} ({opened})", d.code, d.city)
        })
        .collect::<Vec<_>>();
    facts.push(Fact::new(
        "rep-fact-ssi",
        if resident.is_empty() {
            none()
        } else {
            resident.join(" ; ")
        },
    ));
    for d in &details {
        let names: Vec<String> = d.coverage.iter().map(|c| c.name_fr.clone()).collect();
        facts.push(Fact {
            label: tr(
                "rep-fact-coverage",
                &i18n::args([("ssi", d.code.clone()), ("count", names.len().to_string())]),
            ),
            value: names.join(", "),
        });
    }
    facts.push(Fact::new(
        "rep-fact-covered-by",
        if covering.is_empty() {
            none()
        } else {
            covering.join(" ; ")
        },
    ));
    let mut section = Section::new(
        "rep-sec-identity",
        tr(
            "rep-identity-text",
            &i18n::args([("country", c.name_fr.clone()), ("period", s.period())]),
        ),
    );
    section.push(Block::Facts { facts });
    for d in &details {
        section.push(staff(s, d));
    }
    Ok(section)
}

/// The SSI's postings that overlap the period, current ones first.
fn staff(s: &Sheet, d: &SsiDetail) -> Table {
    let (first, last) = (s.years.first_day(), s.years.last_day());
    let mut t = Table::text(
        "rep-staff-table",
        &[
            ("rep-col-agent", true),
            ("rep-col-role", true),
            ("rep-col-force", false),
            ("rep-col-from", false),
            ("rep-col-to", false),
        ],
    );
    t.caption = tr("rep-staff-table", &i18n::args([("ssi", d.code.clone())]));
    t.empty = tr("rep-staff-empty", &[]);
    for p in &d.postings {
        let start = p.start_date.format("%Y-%m-%d").to_string();
        let end = p.end_date.map(|e| e.format("%Y-%m-%d").to_string());
        if start > last || end.as_deref().is_some_and(|e| e < first.as_str()) {
            continue;
        }
        let force = tr(
            &format!("rep-force-{}", enum_str(p.force).unwrap_or_default()),
            &[],
        );
        t.row(vec![
            p.agent.clone(),
            tr(
                &format!("rep-role-{}", enum_str(p.role).unwrap_or_default()),
                &[],
            ),
            if p.grade.is_empty() {
                force
            } else {
                format!("{force}, {}", p.grade)
            },
            fr_date(p.start_date),
            p.end_date
                .map(fr_date)
                .unwrap_or_else(|| tr("rep-in-post", &[])),
        ]);
    }
    t
}
