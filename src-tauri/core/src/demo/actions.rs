//! Technical-cooperation actions: 2,160 in 2016 spread over the 74 posts, growing from
//! about 1,400 in 2007, a dip in 2020, a few cancelled ones every year (not counted).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::network::{Post, Region};
use super::refs::{d, Refs, DOMAINS};
use super::rng::{add_days, apportion, open_span, Rng};
use crate::cooperation::technical::{self, numbering, ActionInput, ActionStatus};
use crate::error::Result;

/// Actions done each year from 2007 (cancelled ones come on top).
#[rustfmt::skip]
pub(crate) const PER_YEAR: [(i32, i64); 19] = [
    (2007, 1400), (2008, 1470), (2009, 1540), (2010, 1610), (2011, 1690), (2012, 1770),
    (2013, 1850), (2014, 1940), (2015, 2040), (2016, 2160), (2017, 2220), (2018, 2270),
    (2019, 2330), (2020, 1380), (2021, 1860), (2022, 2250), (2023, 2310), (2024, 2380),
    (2025, 2340),
];

/// A range of values, both ends included.
type Span = (i64, i64);

/// Kinds, aligned with the action-kind list: (weight, days, participants, cost in euros).
#[rustfmt::skip]
const KINDS: [(u32, Span, Span, Span); 6] = [
    (40, (3, 10), (8, 30), (3_000, 25_000)), // training
    (18, (2, 5), (5, 12), (1_500, 12_000)),  // technical advice / expertise
    (7, (3, 7), (5, 10), (2_000, 10_000)),   // evaluation
    (12, (3, 6), (5, 15), (5_000, 20_000)),  // study visit
    (15, (1, 3), (15, 40), (4_000, 30_000)), // seminar
    (8, (0, 1), (5, 20), (5_000, 60_000)),   // equipment
];

const TITLES: [&str; 6] = [
    "Formation {to}",
    "Mission d'expertise en matière {of}",
    "Évaluation des besoins en matière {of}",
    "Visite d'étude en France en matière {of}",
    "Séminaire régional en matière {of}",
    "Remise d'équipements en matière {of}",
];

const EVALUATIONS: &[&str] = &[
    "Objectifs atteints.",
    "Objectifs atteints ; action à renouveler l'an prochain.",
    "Bonne participation ; les stagiaires demandent un module avancé.",
    "Objectifs partiellement atteints : niveau hétérogène des participants.",
    "Très bonne implication du service bénéficiaire.",
    "Résultats satisfaisants ; suivi à assurer par le SSI.",
];

const CANCELLED: &[&str] = &[
    "Annulée : contexte sécuritaire.",
    "Annulée à la demande du service bénéficiaire.",
    "Annulée : financement non confirmé.",
    "Reportée sine die : indisponibilité des formateurs.",
];

pub(crate) struct Action {
    pub post: usize,
    pub day: NaiveDate,
    pub cancelled: bool,
}

/// Inserts every action; returns how many.
pub(crate) fn insert_actions(
    tx: &Transaction<'_>,
    mut rng: Rng,
    posts: &[Post],
    refs: &Refs,
    names: &BTreeMap<&str, String>,
) -> Result<usize> {
    let mut written = 0;
    for (year, total) in PER_YEAR {
        let mut spans = Vec::new();
        for (i, post) in posts.iter().enumerate() {
            if let Some((from, to)) = open_span(year, post.opened, post.closed)? {
                spans.push((
                    i,
                    from,
                    to,
                    post.weight() * (1 + (to - from).num_days() as u64),
                ));
            }
        }
        let weights: Vec<u64> = spans.iter().map(|s| s.3).collect();
        let counts = apportion(total, &weights, 1);
        let cancelled = apportion(total / 35 + rng.range(0, 15), &weights, 0);
        let mut drafts = Vec::new();
        for ((&(post, from, to, _), done), cancelled) in spans.iter().zip(&counts).zip(&cancelled) {
            for n in 0..done + cancelled {
                drafts.push(Action {
                    post,
                    day: rng.working_day(from, to),
                    cancelled: n >= *done,
                });
            }
        }
        drafts.sort_by_key(|a| (a.day, a.post, a.cancelled));
        let mut numbers = vec![0u32; posts.len()];
        for action in &drafts {
            let post = &posts[action.post];
            numbers[action.post] += 1;
            let reference = numbering::format(post.def.code, year, numbers[action.post]);
            let new = draft(&mut rng, post, action, refs, names, reference)?;
            technical::insert(tx, &new)?;
            written += 1;
        }
    }
    Ok(written)
}

fn draft(
    rng: &mut Rng,
    post: &Post,
    action: &Action,
    refs: &Refs,
    names: &BTreeMap<&str, String>,
    reference: String,
) -> Result<ActionInput> {
    let country = if post.countries.len() > 1 && rng.chance(0.3) {
        rng.pick(&post.countries[1..])?
    } else {
        post.def.country
    };
    let kind = rng.weighted(&KINDS.map(|k| k.0));
    let (_, days, people, euros) = KINDS[kind];
    let domain = rng.weighted(&domain_weights(post.def.region));
    let dd = &DOMAINS[domain];
    let service = rng.pick(services(domain))?;
    let country_name = names.get(country).map_or(country, String::as_str);
    let beneficiary = format!("{service} ({country_name})");
    let title = format!(
        "{} — {beneficiary}",
        TITLES[kind].replace("{to}", dd.to).replace("{of}", dd.of)
    );
    let programme = if rng.chance(0.42) {
        let fits: Vec<usize> = (0..refs.programmes.len())
            .filter(|&i| refs.programmes[i].serves(country, action.day))
            .collect();
        match fits.is_empty() {
            true => None,
            false => Some(&refs.programmes[rng.pick(&fits)?]),
        }
    } else {
        None
    };
    let f = &refs.funders;
    let funder = match programme {
        Some(p) => Some(p.lead),
        None => [
            Some(f.meae),
            Some(f.interior),
            Some(f.expertise_france),
            None,
        ][rng.weighted(&[55, 35, 5, 5])],
    };
    let evaluation = match (action.cancelled, rng.chance(0.7)) {
        (true, _) => rng.pick(CANCELLED)?.to_owned(),
        (false, true) => rng.pick(EVALUATIONS)?.to_owned(),
        (false, false) => String::new(),
    };
    Ok(ActionInput {
        reference,
        title,
        ssi_id: post.id,
        country: country.to_owned(),
        kind_id: refs.action_kinds[kind],
        domain_id: refs.domains[domain],
        programme_id: programme.map(|p| p.id),
        funder_id: funder,
        start_date: action.day,
        end_date: add_days(action.day, rng.range(days.0, days.1)),
        beneficiary,
        participants: rng.range(people.0, people.1),
        cost_cents: rng.range(euros.0 / 10, euros.1 / 10) * 1_000,
        status: if action.cancelled {
            ActionStatus::Cancelled
        } else {
            ActionStatus::Done
        },
        evaluation,
    })
}

/// Themes by region, in the order of [`DOMAINS`].
pub(crate) fn domain_weights(region: Region) -> [u32; 10] {
    let mut w = [10; 10];
    let mut tilt = |i: usize, v: u32| w[i] = v;
    match region {
        Region::WesternEurope => {
            tilt(d::CYBER, 25);
            tilt(d::ORGANISED, 22);
            tilt(d::TERRORISM, 20);
        }
        Region::Balkans => {
            tilt(d::ARMS, 24);
            tilt(d::ORGANISED, 24);
            tilt(d::HUMAN, 16);
        }
        Region::EasternEurope => {
            tilt(d::ORGANISED, 22);
            tilt(d::CYBER, 18);
            tilt(d::IMMIGRATION, 16);
        }
        Region::Maghreb => {
            tilt(d::TERRORISM, 24);
            tilt(d::IMMIGRATION, 22);
            tilt(d::DRUGS, 20);
        }
        Region::Sahel => {
            tilt(d::TERRORISM, 34);
            tilt(d::ARMS, 18);
            tilt(d::INTERVENTION, 18);
        }
        Region::WestAfrica => {
            tilt(d::DRUGS, 24);
            tilt(d::HUMAN, 16);
            tilt(d::PUBLIC_ORDER, 16);
        }
        Region::CentralAfrica => {
            tilt(d::PUBLIC_ORDER, 24);
            tilt(d::FORENSICS, 16);
            tilt(d::ARMS, 14);
        }
        Region::EastAfrica => {
            tilt(d::TERRORISM, 22);
            tilt(d::HUMAN, 16);
            tilt(d::PUBLIC_ORDER, 14);
        }
        Region::MiddleEast => {
            tilt(d::TERRORISM, 30);
            tilt(d::INTERVENTION, 18);
            tilt(d::CYBER, 14);
        }
        Region::Asia => {
            tilt(d::CYBER, 22);
            tilt(d::DRUGS, 18);
            tilt(d::HUMAN, 18);
        }
        Region::Americas | Region::Caribbean => {
            tilt(d::DRUGS, 32);
            tilt(d::ORGANISED, 20);
            tilt(d::FORENSICS, 14);
        }
    }
    w
}

/// The foreign services that benefit from an action of a domain.
fn services(domain: usize) -> &'static [&'static str] {
    match domain {
        d::DRUGS => &[
            "Office central des stupéfiants",
            "Douanes",
            "Police nationale",
            "Gendarmerie nationale",
        ],
        d::ARMS => &[
            "Direction de la police judiciaire",
            "Douanes",
            "Gendarmerie nationale",
        ],
        d::HUMAN | d::IMMIGRATION => &[
            "Police aux frontières",
            "Direction de la police judiciaire",
            "Gendarmerie nationale",
        ],
        d::TERRORISM => &[
            "Unité antiterroriste",
            "Direction du renseignement intérieur",
            "Police nationale",
            "Gendarmerie nationale",
        ],
        d::CYBER => &[
            "Service de lutte contre la cybercriminalité",
            "Direction de la police judiciaire",
        ],
        d::PUBLIC_ORDER => &[
            "Direction de la sécurité publique",
            "Gendarmerie nationale",
            "Garde nationale",
            "École nationale de police",
        ],
        d::FORENSICS => &[
            "Laboratoire de police scientifique",
            "Direction de la police judiciaire",
        ],
        d::INTERVENTION => &[
            "Unité d'intervention de la police",
            "Groupe d'intervention de la gendarmerie",
            "Garde nationale",
        ],
        _ => &[
            "Police nationale",
            "Gendarmerie nationale",
            "Ministère de l'Intérieur",
        ],
    }
}
