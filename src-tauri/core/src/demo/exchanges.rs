//! Exchanges with foreign units: network seminars (ATLAS, special means, negotiators),
//! tactical and technical exchanges, lessons learned, training and expertise missions.

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::partners::{Partners, Unit};
use super::plan::Expertise;
use super::rng::{add_days, ymd, Rng};
use crate::error::Result;
use crate::gign::partner::{self, ExchangeKind, NewExchange};

const ATLAS_THEMES: &[&str] = &[
    "intervention simultanée sur plusieurs sites",
    "prise d'otages de masse",
    "intervention dans les transports",
    "menace des drones",
    "assistance mutuelle en cas de crise transfrontalière",
    "neutralisation d'un tireur actif",
];
const MS_THEMES: &[&str] = &[
    "accès en hauteur",
    "effraction explosive",
    "robots et drones d'intervention",
    "intervention subaquatique",
];
const NEG_THEMES: &[&str] = &[
    "négociation en situation terroriste",
    "négociation avec un forcené",
    "cellule de négociation et commandement",
    "négociation en langue étrangère",
];
const TECH_THEMES: &[&str] = &[
    "équipements de protection",
    "effraction",
    "tir de précision",
    "moyens d'observation",
    "véhicules d'intervention",
];
const RETEX_THEMES: &[&str] = &[
    "prise d'otages dans un commerce",
    "interpellation d'un individu retranché",
    "attaque terroriste contre une salle de spectacle",
    "détournement d'un autocar",
    "intervention à bord d'un navire",
    "évacuation de ressortissants",
];

struct Draft {
    kind: ExchangeKind,
    title: String,
    start: NaiveDate,
    days: i64,
    country: &'static str,
    network: Option<i64>,
    units: Vec<i64>,
}

/// Inserts every exchange; returns how many.
pub(crate) fn insert_exchanges(
    tx: &Transaction<'_>,
    mut rng: Rng,
    partners: &Partners,
    expertise: &[Expertise],
) -> Result<usize> {
    let european: Vec<&Unit> = partners
        .units
        .iter()
        .filter(|u| u.atlas || u.special_means || u.negotiators)
        .collect();
    let foreign: Vec<&Unit> = partners
        .units
        .iter()
        .filter(|u| !(u.atlas || u.special_means || u.negotiators))
        .collect();
    let end_of_data = ymd(2025, 12, 31)?;
    let mut written = 0;
    for year in 2007..=2025 {
        let (first, last) = if year == 2007 {
            (ymd(2007, 9, 10)?, ymd(2007, 12, 14)?)
        } else {
            (ymd(year, 1, 8)?, ymd(year, 12, 12)?)
        };
        let target = match year {
            2007 => 4,
            2020 => 9,
            _ => rng.range(15, 25) as usize,
        };
        let mut drafts = Vec::new();
        if year > 2007 {
            let n = &partners.networks;
            let seminars = [
                (n.atlas, "ATLAS", ATLAS_THEMES),
                (n.special_means, "des moyens spéciaux", MS_THEMES),
                (n.negotiators, "des négociateurs", NEG_THEMES),
            ];
            for (id, label, themes) in seminars {
                let members: Vec<&Unit> = partners
                    .units
                    .iter()
                    .filter(|u| {
                        (id == n.atlas && u.atlas)
                            || (id == n.special_means && u.special_means)
                            || (id == n.negotiators && u.negotiators)
                    })
                    .collect();
                let runs = if id == n.atlas && rng.chance(0.5) {
                    2
                } else {
                    1
                };
                for _ in 0..runs {
                    let mut chosen = members.clone();
                    rng.shuffle(&mut chosen);
                    chosen.truncate(rng.range(6, 12) as usize);
                    let host = if rng.chance(0.2) {
                        "FR"
                    } else {
                        chosen.first().map_or("FR", |u| u.country)
                    };
                    let title = format!("Séminaire du réseau {label} — {}", rng.pick(themes)?);
                    drafts.push(Draft {
                        kind: ExchangeKind::Seminar,
                        title,
                        start: rng.working_day(first, last),
                        days: rng.range(2, 3),
                        country: host,
                        network: Some(id),
                        units: chosen.iter().map(|u| u.id).collect(),
                    });
                }
            }
        }
        for e in expertise
            .iter()
            .filter(|e| chrono::Datelike::year(&e.day) == year && e.day <= end_of_data)
        {
            let unit = &partners.units[e.unit];
            let title = format!("Mission d'expertise au profit de l'unité « {} »", unit.name);
            drafts.push(Draft {
                kind: ExchangeKind::Expertise,
                title,
                start: e.day,
                days: rng.range(4, 9),
                country: unit.country,
                network: None,
                units: vec![unit.id],
            });
        }
        while drafts.len() < target {
            let kind = [
                ExchangeKind::Tactical,
                ExchangeKind::Technical,
                ExchangeKind::Retex,
                ExchangeKind::TrainingMission,
            ][rng.weighted(&[35, 25, 20, 20])];
            let pool = if kind == ExchangeKind::TrainingMission || rng.chance(0.25) {
                &foreign
            } else {
                &european
            };
            let unit: &Unit = rng.pick(pool)?;
            let at_home = kind == ExchangeKind::TrainingMission || rng.chance(0.5);
            let country = if at_home { unit.country } else { "FR" };
            let mut units = vec![unit.id];
            let title = match kind {
                ExchangeKind::Tactical => {
                    format!("Échange tactique avec l'unité « {} »", unit.name)
                }
                ExchangeKind::Technical => format!(
                    "Échange technique ({}) avec l'unité « {} »",
                    rng.pick(TECH_THEMES)?,
                    unit.name
                ),
                ExchangeKind::Retex => {
                    for _ in 0..rng.range(0, 2) {
                        units.push(rng.pick(&european)?.id);
                    }
                    format!("Retour d'expérience : {}", rng.pick(RETEX_THEMES)?)
                }
                _ => format!(
                    "Mission de formation au profit de l'unité « {} »",
                    unit.name
                ),
            };
            let days = if kind == ExchangeKind::TrainingMission {
                rng.range(5, 12)
            } else {
                rng.range(1, 4)
            };
            drafts.push(Draft {
                kind,
                title,
                start: rng.working_day(first, last),
                days,
                country,
                network: None,
                units,
            });
        }
        drafts.sort_by_key(|x| x.start);
        for x in drafts {
            let end = add_days(x.start, x.days - 1).min(end_of_data).max(x.start);
            partner::insert_exchange(
                tx,
                &NewExchange {
                    kind: x.kind,
                    title: x.title,
                    start_date: x.start,
                    end_date: end,
                    country: x.country.to_owned(),
                    network_id: x.network,
                    unit_ids: x.units,
                },
            )?;
            written += 1;
        }
    }
    Ok(written)
}
