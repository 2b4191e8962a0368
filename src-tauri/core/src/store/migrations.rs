//! The schema's history, oldest first. Never edit a released migration: add one.
//! Each table's SQL sits in the module that owns the table; a step that created several
//! tables at once joins their parts, in the order they were released.

use const_format::concatcp;
use rusqlite_migration::{Migrations, M};

use crate::certificates::revocation;
use crate::cooperation::{operational, programme, technical};
use crate::gign::{course, enrolment, partner, request, session, trainee};
use crate::network::{ssi, staff};
use crate::reports::closed_year;
use crate::{audit, country, meta, reference};

const STEPS: &[M<'static>] = &[
    M::up(meta::MIGRATION),
    M::up(country::MIGRATION),
    M::up(reference::MIGRATION),
    M::up(ssi::MIGRATION),
    M::up(staff::MIGRATION),
    M::up(programme::MIGRATION),
    M::up(technical::MIGRATION),
    M::up(operational::MIGRATION),
    M::up(request::MIGRATION),
    M::up(concatcp!(course::TABLES, session::TABLES)),
    M::up(partner::MIGRATION),
    M::up(concatcp!(trainee::TABLES, enrolment::TABLES)),
    M::up(enrolment::ATTENDANCE_TABLE),
    M::up(technical::SEARCH_MIGRATION),
    M::up(technical::STATS_MIGRATION),
    M::up(programme::BUDGET_MIGRATION),
    M::up(audit::MIGRATION),
    M::up(closed_year::MIGRATION),
    M::up(audit::TX_MIGRATION),
    M::up(revocation::MIGRATION),
];

pub const MIGRATIONS: Migrations<'static> = Migrations::from_slice(STEPS);

/// The schema version this binary writes (`PRAGMA user_version` once migrated).
pub(crate) const STEPS_COUNT: usize = STEPS.len();

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(MIGRATIONS.validate().is_ok(), "{:?}", MIGRATIONS.validate());
    }
}
