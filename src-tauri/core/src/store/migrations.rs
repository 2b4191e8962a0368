//! The schema's history, oldest first. Never edit a released migration: add one.

use rusqlite_migration::{Migrations, M};

use crate::{
    course, enrolment, meta, operational, partner, programme, reference, request, ssi, staff,
    technical, trainee,
};

const STEPS: &[M<'static>] = &[
    M::up(meta::MIGRATION),
    M::up(crate::country::MIGRATION),
    M::up(reference::MIGRATION),
    M::up(ssi::MIGRATION),
    M::up(staff::MIGRATION),
    M::up(programme::MIGRATION),
    M::up(technical::MIGRATION),
    M::up(operational::MIGRATION),
    M::up(request::MIGRATION),
    M::up(course::MIGRATION),
    M::up(partner::MIGRATION),
    M::up(trainee::MIGRATION),
    M::up(enrolment::MIGRATION),
    M::up(technical::SEARCH_MIGRATION),
    M::up(technical::STATS_MIGRATION),
    M::up(programme::BUDGET_MIGRATION),
];

pub const MIGRATIONS: Migrations<'static> = Migrations::from_slice(STEPS);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(MIGRATIONS.validate().is_ok(), "{:?}", MIGRATIONS.validate());
    }
}
