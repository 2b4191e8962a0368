//! SSIs, matched on their code. A row may list countries the SSI covers: they are added
//! to its coverage (an import never removes one), under the rule that a country has one
//! open SSI at a time.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};

use super::countries::{self, country};
use super::importer::{apply, Ctx, Done, Outcome, RowImporter};
use super::reader::Cell;
use super::row::RowView;
use super::values::{self, text, Parsed, Problem};
use super::ImportField as F;
use crate::error::Result;
use crate::i18n;
use crate::network::coverage;
use crate::network::ssi::{self, NewSsi};

pub(crate) struct Ssis;

struct Existing {
    id: i64,
    city: String,
    residence: String,
    opened_on: NaiveDate,
    closed_on: Option<NaiveDate>,
    coverage: Vec<String>,
}

fn existing(conn: &Connection, code: &str) -> Result<Option<Existing>> {
    let Some(id) = ssi::id_by_code(conn, code)? else {
        return Ok(None);
    };
    let mut stmt = conn.prepare("SELECT country FROM ssi_coverage WHERE ssi_id = ?1")?;
    let coverage = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(conn
        .query_row(
            "SELECT city, residence_country, opened_on, closed_on FROM ssi WHERE id = ?1",
            [id],
            |r| {
                Ok(Existing {
                    id,
                    city: r.get(0)?,
                    residence: r.get(1)?,
                    opened_on: r.get(2)?,
                    closed_on: r.get(3)?,
                    coverage,
                })
            },
        )
        .optional()?)
}

/// Countries separated by `;`, `|` or line breaks — or commas, when a piece is not itself
/// a country name (« Corée, République de » is one).
fn coverage(cell: &Cell) -> Parsed<Vec<String>> {
    let mut found = Vec::new();
    for piece in text(cell)
        .split([';', '|', '\n'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        if let Some(c) = countries::find(piece) {
            found.push(c);
            continue;
        }
        for name in piece.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let c = countries::find(name).ok_or_else(|| {
                Problem::with("err-import-coverage", i18n::args([("country", name)]))
            })?;
            found.push(c);
        }
    }
    Ok(found)
}

impl RowImporter for Ssis {
    fn row(&mut self, ctx: &mut Ctx<'_>, r: &mut RowView<'_>) -> Result<Option<Done>> {
        let code = r.required(F::Code, |c| Ok(text(c).to_uppercase()));
        let old = match &code {
            Some(code) => existing(ctx.tx, code)?,
            None => None,
        };
        let city = r.required(F::City, |c| Ok(text(c)));
        let residence = r.required(F::Country, country);
        let opened_on = r.required(F::OpenedOn, values::date);
        let closed_on = r.optional(
            F::ClosedOn,
            old.as_ref().and_then(|o| o.closed_on),
            values::date,
        );
        let covered = r.optional(F::Coverage, None, coverage);
        let unique = match &code {
            Some(code) => ctx.first_in_file(r, code.clone(), F::Code),
            None => false,
        };
        let (
            Some(code),
            Some(city),
            Some(residence_country),
            Some(opened_on),
            Ok(closed_on),
            Ok(covered),
            true,
        ) = (code, city, residence, opened_on, closed_on, covered, unique)
        else {
            return Ok(None);
        };
        let covered = covered.unwrap_or_default();
        let new = NewSsi {
            code,
            city,
            residence_country,
            opened_on,
            closed_on,
        };
        let (id, outcome) = match &old {
            Some(o)
                if o.city == new.city
                    && o.residence == new.residence_country
                    && o.opened_on == new.opened_on
                    && o.closed_on == new.closed_on
                    && covered.iter().all(|c| o.coverage.contains(c)) =>
            {
                return Ok(Some(Done::new(Outcome::Unchanged, Vec::new())));
            }
            Some(o) => match apply(r, ssi::update(ctx.tx, o.id, &new, &o.coverage))? {
                Some(()) => (o.id, Outcome::Updated),
                None => return Ok(None),
            },
            None => match apply(r, ssi::insert(ctx.tx, &new))? {
                Some(id) => (id, Outcome::Created),
                None => return Ok(None),
            },
        };
        for c in &covered {
            if let Err(e) = coverage::add(ctx.tx, id, c) {
                // The coverage column is at fault, whatever field the rule names.
                if e.code == crate::ErrorCode::Conflict || e.code == crate::ErrorCode::InvalidInput
                {
                    r.core(e, |_| Some(F::Coverage));
                    return Ok(None);
                }
                return Err(e);
            }
        }
        Ok(Some(Done::new(outcome, Vec::new())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coverage_lists_split_on_usual_separators() {
        let t = |s: &str| coverage(&Cell::Text(s.into()));
        assert_eq!(
            t("Sénégal; Mali ; Gambie"),
            Ok(vec!["SN".into(), "ML".into(), "GM".into()])
        );
        assert_eq!(t("SN, ML"), Ok(vec!["SN".into(), "ML".into()]));
        assert_eq!(
            t("Côte d'Ivoire\nLiberia"),
            Ok(vec!["CI".into(), "LR".into()])
        );
        assert_eq!(
            t("Sénégal, Atlantide").map_err(|p| p.id),
            Err("err-import-coverage")
        );
    }
}
