//! Technical-cooperation actions, matched on their reference: a known reference updates
//! the action (or leaves it when nothing differs), a new one creates it.

use rusqlite::{Connection, OptionalExtension};

use super::countries;
use super::refs;
use super::row::RowView;
use super::run::{apply, Ctx, Done, Outcome, RowImporter};
use super::values::{self, text, Problem};
use super::ImportField as F;
use crate::error::Result;
use crate::technical::{self, ActionInput};

pub(crate) struct Actions;

/// The action with this reference, if any.
fn existing(conn: &Connection, reference: &str) -> Result<Option<(i64, ActionInput)>> {
    let id: Option<i64> = conn
        .query_row(
            "SELECT id FROM technical_action WHERE reference = ?1",
            [reference],
            |r| r.get(0),
        )
        .optional()?;
    id.map(|id| Ok((id, technical::get(conn, id)?))).transpose()
}

/// A country cell: ISO code or French or English name.
pub(crate) fn country(cell: &super::reader::Cell) -> values::Parsed<String> {
    countries::find(&text(cell)).ok_or_else(|| Problem::new("err-import-country"))
}

impl RowImporter for Actions {
    fn row(&mut self, ctx: &mut Ctx<'_>, r: &mut RowView<'_>) -> Result<Option<Done>> {
        let reference = r.required(F::Reference, |c| Ok(text(c)));
        let old = match &reference {
            Some(reference) => existing(ctx.tx, reference)?,
            None => None,
        };
        let keep = old.as_ref().map(|(_, a)| a);
        let known = &ctx.refs;
        let title = r.required(F::Title, |c| Ok(text(c)));
        let ssi_id = r.required(F::Ssi, |c| known.ssi.find(c));
        let country = r.required(F::Country, country);
        let kind_id = r.required(F::Kind, |c| known.action_kind.find(c));
        let domain_id = r.required(F::Domain, |c| known.domain.find(c));
        let programme_id = r.optional(F::Programme, keep.and_then(|a| a.programme_id), |c| {
            known.programme.find(c)
        });
        let funder_id = r.optional(F::Funder, keep.and_then(|a| a.funder_id), |c| {
            known.funder.find(c)
        });
        let start_date = r.required(F::StartDate, values::date);
        let end_date = r.required(F::EndDate, values::date);
        let participants = r.required(F::Participants, values::count);
        let cost_cents = r.required(F::Cost, values::cents);
        let status = r.required(F::Status, refs::status);
        let beneficiary = r.text(F::Beneficiary, keep.map_or("", |a| &a.beneficiary));
        let evaluation = r.text(F::Evaluation, keep.map_or("", |a| &a.evaluation));
        let unique = match &reference {
            Some(reference) => ctx.first_in_file(r, reference.clone(), F::Reference),
            None => false,
        };
        let (
            Some(reference),
            Some(title),
            Some(ssi_id),
            Some(country),
            Some(kind_id),
            Some(domain_id),
            Ok(programme_id),
            Ok(funder_id),
            Some(start_date),
            Some(end_date),
            Some(participants),
            Some(cost_cents),
            Some(status),
            true,
        ) = (
            reference,
            title,
            ssi_id,
            country,
            kind_id,
            domain_id,
            programme_id,
            funder_id,
            start_date,
            end_date,
            participants,
            cost_cents,
            status,
            unique,
        )
        else {
            return Ok(None);
        };
        let input = ActionInput {
            reference,
            title,
            ssi_id,
            country,
            kind_id,
            domain_id,
            programme_id,
            funder_id,
            start_date,
            end_date,
            beneficiary,
            participants,
            cost_cents,
            status,
            evaluation,
        };
        Ok(match old {
            Some((_, old)) if old == input => Some(Done::new(Outcome::Unchanged, Vec::new())),
            Some((id, _)) => apply(r, technical::update(ctx.tx, id, &input))?
                .map(|s| Done::new(Outcome::Updated, s.warnings)),
            None => apply(r, technical::insert(ctx.tx, &input))?
                .map(|s| Done::new(Outcome::Created, s.warnings)),
        })
    }
}
