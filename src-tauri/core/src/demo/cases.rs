//! Operational cooperation cases. Each year's persons located and arrest warrants are met
//! exactly: cases are drawn until the located total is reached (the last one trimmed), then
//! the warrants are spread over the persons located. Cases are known by reference only.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::actions::domain_weights;
use super::network::{Post, Region};
use super::refs::Refs;
use super::rng::{open_span, ymd, Rng};
use crate::cooperation::operational::{self, CaseInput, Channel};
use crate::error::Result;

/// Persons located and, of them, under an arrest warrant, each year.
#[rustfmt::skip]
pub(crate) const PER_YEAR: [(i32, i64, i64); 19] = [
    (2007, 1210, 230), (2008, 1260, 246), (2009, 1310, 268), (2010, 1370, 274), (2011, 1420, 298),
    (2012, 1450, 312), (2013, 1500, 330), (2014, 1530, 324), (2015, 1570, 342), (2016, 1600, 347),
    (2017, 1640, 369), (2018, 1690, 389), (2019, 1720, 406), (2020, 1240, 300), (2021, 1480, 352),
    (2022, 1650, 404), (2023, 1710, 397), (2024, 1760, 401), (2025, 1780, 427),
];

/// Kinds, aligned with the case-kind list: information exchange, location of a wanted
/// person, assistance to a magistrate, international letter rogatory, investigation support.
const KIND_WEIGHTS: [u32; 5] = [16, 62, 6, 7, 9];
const LOCATION: usize = 1;

struct Draft {
    post: usize,
    day: NaiveDate,
    kind: usize,
    located: i64,
    warrants: i64,
}

/// Inserts every case; returns how many.
pub(crate) fn insert_cases(
    tx: &Transaction<'_>,
    mut rng: Rng,
    posts: &[Post],
    refs: &Refs,
) -> Result<usize> {
    let eu: BTreeSet<&str> = posts
        .iter()
        .flat_map(|p| p.countries.iter().copied())
        .filter(|c| {
            keshvar::Alpha2::try_from(c.to_lowercase().as_str())
                .is_ok_and(|a| a.to_country().eu_member())
        })
        .collect();
    let croatia_joined = ymd(2013, 7, 1)?;
    let mut written = 0;
    for (year, located, warrants) in PER_YEAR {
        let mut spans = Vec::new();
        for (i, post) in posts.iter().enumerate() {
            if let Some((from, to)) = open_span(year, post.opened, post.closed)? {
                let days = 1 + (to - from).num_days() as u64;
                spans.push((
                    i,
                    from,
                    to,
                    (post.weight() * region_factor(post.def.region) * days / 10) as u32,
                ));
            }
        }
        let weights: Vec<u32> = spans.iter().map(|s| s.3).collect();
        let mut drafts = Vec::new();
        let mut left = located;
        while left > 0 {
            let (post, from, to, _) = spans[rng.weighted(&weights)];
            let kind = rng.weighted(&KIND_WEIGHTS);
            let persons = match kind {
                LOCATION => [1, 2, 3, rng.range(4, 6)][rng.weighted(&[60, 25, 10, 5])],
                4 if rng.chance(0.3) => rng.range(1, 3),
                3 if rng.chance(0.2) => rng.range(1, 2),
                _ => 0,
            }
            .min(left);
            left -= persons;
            drafts.push(Draft {
                post,
                day: rng.working_day(from, to),
                kind,
                located: persons,
                warrants: 0,
            });
        }
        // One slot per person located; the first `warrants` after a shuffle had a warrant.
        let mut persons: Vec<usize> = drafts
            .iter()
            .enumerate()
            .flat_map(|(i, c)| std::iter::repeat_n(i, c.located as usize))
            .collect();
        rng.shuffle(&mut persons);
        for &i in persons.iter().take(warrants as usize) {
            drafts[i].warrants += 1;
        }
        drafts.sort_by_key(|c| (c.day, c.post, c.kind));
        for (n, case) in drafts.iter().enumerate() {
            let post = &posts[case.post];
            let country = if post.countries.len() > 1 && rng.chance(0.2) {
                rng.pick(&post.countries[1..])?
            } else {
                post.def.country
            };
            let in_eu = eu.contains(country) && (country != "HR" || case.day >= croatia_joined);
            let channel = if in_eu {
                [
                    Channel::None,
                    Channel::Interpol,
                    Channel::Europol,
                    Channel::Schengen,
                ][rng.weighted(&[30, 25, 25, 20])]
            } else {
                [Channel::None, Channel::Interpol][rng.weighted(&[55, 45])]
            };
            let domain = rng.weighted(&domain_weights(post.def.region));
            operational::insert(
                tx,
                &CaseInput {
                    reference: format!("OC-{year}-{:05}", n + 1),
                    ssi_id: post.id,
                    country: country.to_owned(),
                    kind_id: refs.case_kinds[case.kind],
                    domain_id: refs.domains[domain],
                    opened_on: case.day,
                    channel,
                    persons_located: case.located,
                    arrest_warrants: case.warrants,
                },
            )?;
            written += 1;
        }
    }
    Ok(written)
}

/// Where fugitives from France are most often found, in tenths.
fn region_factor(region: Region) -> u64 {
    match region {
        Region::WesternEurope => 24,
        Region::Maghreb => 22,
        Region::Balkans | Region::EasternEurope | Region::Americas => 12,
        Region::WestAfrica | Region::MiddleEast => 10,
        _ => 6,
    }
}
