//! Deterministic demo data (fixed seed) for 2007–2025 that reproduces the public 2016 figures:
//! 74 SSIs covering 158 countries, 2,160 technical actions, 1,600 persons located of whom 347
//! under an arrest warrant, 100 GIGN trainees from 20 states. Every record goes through the
//! core's insert functions, so the demo also exercises their rules.
//!
//! Each area draws from its own random stream (see `rng.rs`), so the data is the same on
//! every run and every machine; nothing depends on the clock or on hash order.

mod actions;
mod api;
mod cases;
mod courses;
mod enrol;
mod exchanges;
mod names;
mod network;
mod partners;
mod plan;
mod refs;
mod requests;
mod rng;
mod staff;
mod training;

use std::collections::BTreeMap;

use rusqlite::Transaction;
use serde::Serialize;

use crate::error::Result;
use rng::Rng;

/// The seed of every stream; changing it changes all the demo data.
const SEED: u64 = 0x2007_0901_0074_0158;

/// What the generator wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub ssis: usize,
    pub technical_actions: usize,
    pub operational_cases: usize,
    pub trainees: usize,
    pub sessions: usize,
    pub agents: usize,
    pub postings: usize,
    pub programmes: usize,
    pub requests: usize,
    pub enrolments: usize,
    pub units: usize,
    pub exchanges: usize,
}

/// Deletes every record (reference lists included); the schema stays.
pub fn clear(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(
        "DELETE FROM closed_year; DELETE FROM certificate_revocation; DELETE FROM enrolment; DELETE FROM trainee; DELETE FROM exchange_unit; DELETE FROM exchange;
         DELETE FROM unit_network; DELETE FROM foreign_unit; DELETE FROM network;
         DELETE FROM session_instructor; DELETE FROM session; DELETE FROM instructor; DELETE FROM course;
         DELETE FROM request; DELETE FROM operational_case; DELETE FROM technical_action;
         DELETE FROM programme_country; DELETE FROM programme_funder; DELETE FROM programme;
         DELETE FROM posting; DELETE FROM agent; DELETE FROM ssi_coverage; DELETE FROM ssi;
         DELETE FROM funder; DELETE FROM case_kind; DELETE FROM action_kind; DELETE FROM domain;",
    )?;
    crate::certificates::key::forget(tx)?;
    crate::gign::certificate::forget_counters(tx)
}

/// Fills an empty database with the demo data (the caller checks that it is empty).
pub fn generate(tx: &Transaction<'_>) -> Result<Summary> {
    let stream = |area| Rng::new(SEED, area);
    let mut names = names::NameBook::new();
    let posts = network::insert_posts(tx)?;
    let refs = refs::insert_refs(tx, &mut stream(1), &posts)?;
    let staff = staff::insert_staff(tx, stream(2), &mut names, &posts, &refs)?;
    let country_names: BTreeMap<&str, String> = posts
        .iter()
        .flat_map(|p| p.countries.iter().copied())
        .map(|c| (c, refs::country_name(c)))
        .collect();
    let technical_actions = actions::insert_actions(tx, stream(3), &posts, &refs, &country_names)?;
    let operational_cases = cases::insert_cases(tx, stream(4), &posts, &refs)?;
    let partners = partners::insert_partners(tx)?;
    let (courses, instructors) = courses::insert_catalogue(tx, &mut stream(5), &mut names)?;
    let plan = plan::Planner {
        rng: stream(6),
        posts: &posts,
        partners: &partners,
        courses: &courses,
    }
    .plan()?;
    let training = enrol::Writer {
        tx,
        rng: stream(7),
        names: &mut names,
        partners: &partners,
        courses: &courses,
        instructors: &instructors,
    }
    .write(&plan)?;
    let exchanges = exchanges::insert_exchanges(tx, stream(8), &partners, &plan.expertise)?;
    Ok(Summary {
        ssis: posts.len(),
        technical_actions,
        operational_cases,
        trainees: training.trainees,
        sessions: training.sessions,
        agents: staff.agents,
        postings: staff.postings,
        programmes: refs.programmes.len(),
        requests: training.requests,
        enrolments: training.enrolments,
        units: partners.units.len(),
        exchanges,
    })
}
