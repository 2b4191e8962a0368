//! The GIGN's partners: the networks (ATLAS, special means, negotiators), the foreign
//! intervention units, and the states whose officers come to GIGN courses.

use std::collections::BTreeMap;

use rusqlite::Transaction;

use super::names::Area;
use crate::error::Result;
use crate::gign::partner::{self, NewUnit};

/// Network ids.
pub(crate) struct Networks {
    pub atlas: i64,
    pub special_means: i64,
    pub negotiators: i64,
}

/// A foreign unit once inserted.
pub(crate) struct Unit {
    pub id: i64,
    pub name: String,
    pub country: &'static str,
    pub atlas: bool,
    pub special_means: bool,
    pub negotiators: bool,
}

/// European units: country, name, members of the special-means and negotiators networks.
/// All but the British unit are ATLAS members.
#[rustfmt::skip]
const EUROPE: &[(&str, &str, bool, bool)] = &[
    ("DE", "Unité d'intervention de la police fédérale (GSG 9)", true, true),
    ("AT", "Unité d'intervention de la police fédérale (EKO Cobra)", true, true),
    ("BE", "Direction des unités spéciales de la police fédérale (DSU)", true, true),
    ("ES", "Groupe des opérations spéciales de la police nationale (GEO)", true, false),
    ("ES", "Unité spéciale d'intervention de la Garde civile (UEI)", false, true),
    ("IT", "Groupe d'intervention spéciale des carabiniers (GIS)", true, true),
    ("IT", "Noyau opérationnel central de sécurité de la police d'État (NOCS)", false, false),
    ("NL", "Unité spéciale d'intervention (DSI)", true, true),
    ("PT", "Groupe des opérations spéciales de la police de sécurité publique (GOE)", false, true),
    ("GR", "Unité spéciale antiterroriste (EKAM)", false, false),
    ("IE", "Unité d'intervention d'urgence de la Garda (ERU)", false, true),
    ("LU", "Unité spéciale de la police grand-ducale (USP)", false, false),
    ("DK", "Force d'intervention de la police danoise (AKS)", true, false),
    ("SE", "Force nationale d'intervention de la police suédoise (NI)", true, true),
    ("FI", "Unité d'intervention de la police d'Helsinki (Karhu)", false, true),
    ("PL", "Bureau des opérations antiterroristes de la police (BOA)", true, false),
    ("CZ", "Unité d'intervention rapide de la police (URNA)", true, false),
    ("SK", "Unité d'intervention de la police (Lynx)", false, false),
    ("HU", "Centre de lutte contre le terrorisme (TEK)", false, true),
    ("RO", "Service d'intervention et d'actions spéciales (SIAS)", true, true),
    ("BG", "Unité spéciale de lutte contre le terrorisme (SOBT)", false, false),
    ("HR", "Unité antiterroriste de la police (ATJ Lučko)", true, false),
    ("SI", "Unité spéciale de la police (SEP)", false, false),
    ("LT", "Unité d'intervention antiterroriste (Aras)", false, true),
    ("LV", "Unité antiterroriste de la police de sécurité (Omega)", false, false),
    ("EE", "Unité d'intervention de la police (K-Commando)", false, false),
    ("CY", "Unité spéciale antiterroriste de la police chypriote", false, false),
    ("MT", "Groupe d'intervention spéciale de la police maltaise", false, false),
    ("CH", "Groupe d'intervention de la police cantonale", true, true),
    ("NO", "Unité d'intervention de la police norvégienne", true, true),
    ("GB", "Unité d'intervention de la police métropolitaine", true, true),
];

/// States that send officers to GIGN courses: area, how often, units (empty: the usual
/// units of the area).
#[rustfmt::skip]
pub(crate) const STATES: &[(&str, Area, u32, &[&str])] = &[
    ("SN", Area::WestAfrica, 30, &["Groupe d'intervention de la Gendarmerie nationale", "Division des interventions de la Police nationale"]),
    ("CI", Area::WestAfrica, 28, &[]),
    ("ML", Area::WestAfrica, 26, &["Force spéciale antiterroriste", "Groupe d'intervention de la Gendarmerie nationale"]),
    ("NE", Area::WestAfrica, 24, &[]),
    ("BF", Area::WestAfrica, 24, &["Unité d'intervention polyvalente de la Gendarmerie", "Groupe d'intervention de la Gendarmerie nationale"]),
    ("TD", Area::CentralAfrica, 18, &[]),
    ("MR", Area::Arabic, 18, &["Groupement spécial d'intervention de la Gendarmerie nationale"]),
    ("CM", Area::CentralAfrica, 20, &[]),
    ("GA", Area::CentralAfrica, 14, &[]),
    ("BJ", Area::WestAfrica, 12, &[]),
    ("TG", Area::WestAfrica, 12, &[]),
    ("CD", Area::CentralAfrica, 10, &[]),
    ("DJ", Area::Arabic, 12, &[]),
    ("MG", Area::CentralAfrica, 8, &[]),
    ("MA", Area::Arabic, 26, &["Groupe d'intervention de la Gendarmerie royale", "Brigade d'intervention de la Sûreté nationale"]),
    ("TN", Area::Arabic, 24, &["Unité spéciale de la Garde nationale", "Brigade antiterroriste de la police"]),
    ("DZ", Area::Arabic, 10, &["Groupe d'intervention spéciale de la Gendarmerie nationale"]),
    ("EG", Area::Arabic, 8, &[]),
    ("LB", Area::Arabic, 22, &["Unité d'intervention des Forces de sécurité intérieure (Panthères)"]),
    ("JO", Area::Arabic, 16, &["Unité spéciale de la Gendarmerie jordanienne"]),
    ("AE", Area::Arabic, 16, &[]),
    ("SA", Area::Arabic, 10, &[]),
    ("QA", Area::Arabic, 12, &["Forces spéciales de sécurité intérieure (Lekhwiya)"]),
    ("IQ", Area::Arabic, 8, &[]),
    ("MX", Area::Hispanic, 16, &["Groupe des opérations spéciales de la Gendarmerie nationale"]),
    ("CO", Area::Hispanic, 16, &["Groupe d'opérations spéciales de la police nationale (GOES)"]),
    ("PE", Area::Hispanic, 10, &[]),
    ("CL", Area::Hispanic, 8, &["Groupe d'opérations spéciales des Carabiniers (GOPE)"]),
    ("DO", Area::Hispanic, 8, &[]),
    ("PA", Area::Hispanic, 6, &[]),
    ("BR", Area::Lusophone, 12, &["Commandement des opérations tactiques de la police fédérale"]),
    ("RS", Area::EastEurope, 12, &["Unité antiterroriste spéciale (SAJ)"]),
    ("AL", Area::EastEurope, 10, &[]),
    ("BA", Area::EastEurope, 8, &[]),
    ("ME", Area::EastEurope, 6, &[]),
    ("MD", Area::EastEurope, 8, &["Brigade à destination spéciale « Fulger »"]),
    ("UA", Area::EastEurope, 8, &[]),
    ("GE", Area::EastEurope, 8, &[]),
    ("KZ", Area::Asia, 6, &[]),
    ("ID", Area::Asia, 10, &["Détachement spécial antiterroriste de la police (Densus 88)"]),
    ("VN", Area::Asia, 6, &[]),
    ("MY", Area::Asia, 6, &[]),
    ("IN", Area::Asia, 6, &["Garde nationale de sécurité (NSG)"]),
    ("KE", Area::English, 8, &[]),
    ("NG", Area::English, 6, &[]),
    ("GH", Area::English, 6, &[]),
];

fn area_units(area: Area) -> &'static [&'static str] {
    match area {
        Area::WestAfrica | Area::CentralAfrica => &[
            "Groupe d'intervention de la Gendarmerie nationale",
            "Groupement mobile d'intervention de la Police nationale",
        ],
        Area::Arabic => &[
            "Unité spéciale d'intervention de la Garde nationale",
            "Brigade antiterroriste de la Sûreté nationale",
        ],
        Area::Hispanic => &[
            "Groupe d'opérations spéciales de la police nationale",
            "Unité antiterroriste de la police",
        ],
        Area::Lusophone => &["Bataillon d'opérations spéciales de la police militaire"],
        Area::EastEurope => &[
            "Unité spéciale d'intervention de la police",
            "Unité antiterroriste du ministère de l'Intérieur",
        ],
        Area::Asia => &[
            "Unité d'intervention antiterroriste de la police",
            "Unité spéciale de la police",
        ],
        Area::English => &[
            "Unité d'intervention de la police nationale",
            "Unité antiterroriste de la police",
        ],
    }
}

pub(crate) struct Partners {
    pub networks: Networks,
    pub units: Vec<Unit>,
    /// Unit indexes of each course-going state.
    pub by_state: BTreeMap<&'static str, Vec<usize>>,
}

pub(crate) fn insert_partners(tx: &Transaction<'_>) -> Result<Partners> {
    let networks = Networks {
        atlas: partner::insert_network(
            tx,
            "ATLAS",
            "Réseau ATLAS des unités d'intervention de l'Union européenne",
        )?,
        special_means: partner::insert_network(tx, "MS", "Réseau européen des moyens spéciaux")?,
        negotiators: partner::insert_network(tx, "NEG", "Réseau européen des négociateurs")?,
    };
    let mut units = Vec::new();
    for &(country, name, special_means, negotiators) in EUROPE {
        // ATLAS gathers the EU states' units, with Switzerland and Norway as associates.
        let atlas = country != "GB";
        let mut ids = Vec::new();
        for (member, id) in [
            (atlas, networks.atlas),
            (special_means, networks.special_means),
            (negotiators, networks.negotiators),
        ] {
            if member {
                ids.push(id);
            }
        }
        let id = partner::insert_unit(
            tx,
            &NewUnit {
                name: name.to_owned(),
                country: country.to_owned(),
                network_ids: ids,
            },
        )?;
        units.push(Unit {
            id,
            name: name.to_owned(),
            country,
            atlas,
            special_means,
            negotiators,
        });
    }
    let mut by_state: BTreeMap<&'static str, Vec<usize>> = BTreeMap::new();
    for &(country, area, _, own) in STATES {
        let names = if own.is_empty() {
            area_units(area)
        } else {
            own
        };
        for name in names {
            let id = partner::insert_unit(
                tx,
                &NewUnit {
                    name: (*name).to_owned(),
                    country: country.to_owned(),
                    network_ids: Vec::new(),
                },
            )?;
            by_state.entry(country).or_default().push(units.len());
            units.push(Unit {
                id,
                name: (*name).to_owned(),
                country,
                atlas: false,
                special_means: false,
                negotiators: false,
            });
        }
    }
    Ok(Partners {
        networks,
        units,
        by_state,
    })
}
