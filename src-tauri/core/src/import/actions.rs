//! Technical-cooperation actions, matched on their reference: a known reference updates
//! the action (or leaves it when nothing differs), a new one creates it.

use rusqlite::{Connection, OptionalExtension};

use super::countries::country;
use super::importer::{apply, Ctx, Done, Outcome, RowImporter};
use super::refs;
use super::row::RowView;
use super::values::{self, text};
use super::ImportField as F;
use crate::cooperation::technical::{self, ActionInput};
use crate::error::Result;

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
        // Every cell was read (each error is on the row); the record needs them all.
        let input = (move || {
            Some(ActionInput {
                reference: reference?,
                title: title?,
                ssi_id: ssi_id?,
                country: country?,
                kind_id: kind_id?,
                domain_id: domain_id?,
                programme_id: programme_id.ok()?,
                funder_id: funder_id.ok()?,
                start_date: start_date?,
                end_date: end_date?,
                beneficiary,
                participants: participants?,
                cost_cents: cost_cents?,
                status: status?,
                evaluation,
            })
        })();
        let Some(input) = input.filter(|_| unique) else {
            return Ok(None);
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
