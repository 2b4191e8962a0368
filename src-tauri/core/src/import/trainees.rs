//! Foreign trainees. They have no reference number, so a row is matched on the natural
//! key the trainee screen already uses to spot duplicates: family name, given name and
//! state — here compared without regard to case, accents or punctuation.

use std::collections::HashMap;

use rusqlite::Connection;

use super::countries::country;
use super::importer::{apply, Ctx, Done, Outcome, RowImporter};
use super::reader::Cell;
use super::row::RowView;
use super::values::{fold, text};
use super::ImportField as F;
use crate::error::{ErrorCode, Result};
use crate::gign::trainee::NewTrainee;
use crate::gign::trainee_record;
use crate::i18n;

/// The trainees already in the base, by natural key.
pub(crate) struct Trainees {
    known: HashMap<String, Vec<(i64, NewTrainee)>>,
}

fn key(last: &str, first: &str, country: &str) -> String {
    format!("{}|{}|{}", fold(last), fold(first), country)
}

impl Trainees {
    pub fn load(conn: &Connection) -> Result<Self> {
        let mut stmt = conn.prepare(
            "SELECT id, last_name, first_name, country, unit_id, rank, languages FROM trainee",
        )?;
        let mut known: HashMap<String, Vec<(i64, NewTrainee)>> = HashMap::new();
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                NewTrainee {
                    last_name: r.get(1)?,
                    first_name: r.get(2)?,
                    country: r.get(3)?,
                    unit_id: r.get(4)?,
                    rank: r.get(5)?,
                    languages: r.get(6)?,
                },
            ))
        })?;
        for row in rows {
            let (id, t) = row?;
            known
                .entry(key(&t.last_name, &t.first_name, &t.country))
                .or_default()
                .push((id, t));
        }
        Ok(Self { known })
    }
}

impl RowImporter for Trainees {
    fn row(&mut self, ctx: &mut Ctx<'_>, r: &mut RowView<'_>) -> Result<Option<Done>> {
        let last_name = r.required(F::LastName, |c| Ok(text(c)));
        let first_name = r.required(F::FirstName, |c| Ok(text(c)));
        let country = r.required(F::Country, country);
        let (Some(last_name), Some(first_name), Some(country)) = (last_name, first_name, country)
        else {
            return Ok(None);
        };
        let k = key(&last_name, &first_name, &country);
        let old = match self.known.get(&k).map(Vec::as_slice) {
            None | Some([]) => None,
            Some([one]) => Some(one.clone()),
            Some(many) => {
                let message = i18n::tr(
                    "err-import-trainee-ambiguous",
                    &i18n::args([("count", many.len())]),
                );
                r.error(Some(F::LastName), message, ErrorCode::Conflict);
                return Ok(None);
            }
        };
        let keep = old.as_ref().map(|(_, t)| t);
        let known = &ctx.refs;
        let unit_id = r.optional(F::Unit, keep.and_then(|t| t.unit_id), |c| {
            // A unit of the trainee's state first: names repeat across countries.
            let local = Cell::Text(format!("{} {country}", text(c)));
            known.unit.find(&local).or_else(|_| known.unit.find(c))
        });
        let rank = r.text(F::Rank, keep.map_or("", |t| &t.rank));
        let languages = r.text(F::Languages, keep.map_or("", |t| &t.languages));
        if !ctx.first_in_file(r, k, F::LastName) {
            return Ok(None);
        }
        let Ok(unit_id) = unit_id else {
            return Ok(None);
        };
        let input = NewTrainee {
            last_name,
            first_name,
            country,
            unit_id,
            rank,
            languages,
        };
        Ok(match old {
            Some((_, old)) if old == input => Some(Done::new(Outcome::Unchanged, Vec::new())),
            Some((id, _)) => apply(r, trainee_record::update(ctx.tx, id, &input))?
                .map(|()| Done::new(Outcome::Updated, Vec::new())),
            None => apply(r, trainee_record::create(ctx.tx, &input))?
                .map(|s| Done::new(Outcome::Created, s.warnings)),
        })
    }
}
