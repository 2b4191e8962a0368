//! Operational cases, matched on their reference (never on a person: none is stored).

use rusqlite::{Connection, OptionalExtension};

use super::countries::country;
use super::importer::{apply, Ctx, Done, Outcome, RowImporter};
use super::refs;
use super::row::RowView;
use super::values::{self, text};
use super::ImportField as F;
use crate::cooperation::operational::{self, CaseInput, Channel};
use crate::error::Result;

pub(crate) struct Cases;

fn existing(conn: &Connection, reference: &str) -> Result<Option<(i64, CaseInput)>> {
    let id: Option<i64> = conn
        .query_row(
            "SELECT id FROM operational_case WHERE reference = ?1",
            [reference],
            |r| r.get(0),
        )
        .optional()?;
    id.map(|id| Ok((id, operational::get(conn, id)?)))
        .transpose()
}

impl RowImporter for Cases {
    fn row(&mut self, ctx: &mut Ctx<'_>, r: &mut RowView<'_>) -> Result<Option<Done>> {
        let reference = r.required(F::Reference, |c| Ok(text(c)));
        let old = match &reference {
            Some(reference) => existing(ctx.tx, reference)?,
            None => None,
        };
        let known = &ctx.refs;
        let ssi_id = r.required(F::Ssi, |c| known.ssi.find(c));
        let country = r.required(F::Country, country);
        let kind_id = r.required(F::Kind, |c| known.case_kind.find(c));
        let domain_id = r.required(F::Domain, |c| known.domain.find(c));
        let opened_on = r.required(F::OpenedOn, values::date);
        // No channel column keeps the case's; an empty cell means the SSI alone.
        let keep = old.as_ref().map_or(Channel::None, |(_, c)| c.channel);
        let channel = r
            .optional(F::Channel, Some(keep), refs::channel)
            .map(|c| c.unwrap_or(Channel::None));
        let persons_located = r.required(F::PersonsLocated, values::count);
        let arrest_warrants = r.required(F::ArrestWarrants, values::count);
        let unique = match &reference {
            Some(reference) => ctx.first_in_file(r, reference.clone(), F::Reference),
            None => false,
        };
        // Every cell was read (each error is on the row); the record needs them all.
        let input = (move || {
            Some(CaseInput {
                reference: reference?,
                ssi_id: ssi_id?,
                country: country?,
                kind_id: kind_id?,
                domain_id: domain_id?,
                opened_on: opened_on?,
                channel: channel.ok()?,
                persons_located: persons_located?,
                arrest_warrants: arrest_warrants?,
            })
        })();
        let Some(input) = input.filter(|_| unique) else {
            return Ok(None);
        };
        Ok(match old {
            Some((_, old)) if old == input => Some(Done::new(Outcome::Unchanged, Vec::new())),
            Some((id, _)) => apply(r, operational::update(ctx.tx, id, &input))?
                .map(|()| Done::new(Outcome::Updated, Vec::new())),
            None => apply(r, operational::insert(ctx.tx, &input))?
                .map(|_| Done::new(Outcome::Created, Vec::new())),
        })
    }
}
