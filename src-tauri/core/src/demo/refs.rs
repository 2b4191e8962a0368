//! Reference lists (domains, kinds of action and case), funders and the technical-cooperation
//! programmes they finance.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};
use rusqlite::Transaction;

use super::network::{Post, Region};
use super::rng::{ymd, Rng};
use crate::cooperation::programme::{self, NewProgramme};
use crate::error::Result;
use crate::reference::{self, Lateral, RefList};

/// A domain (thématique) and the phrases that put it in a title.
pub(crate) struct DomainDef {
    pub code: &'static str,
    pub fr: &'static str,
    pub en: &'static str,
    /// "Formation …": "à la lutte contre le terrorisme".
    pub to: &'static str,
    /// "… en matière …": "de lutte contre le terrorisme".
    pub of: &'static str,
}

const fn dom(
    code: &'static str,
    fr: &'static str,
    en: &'static str,
    to: &'static str,
    of: &'static str,
) -> DomainDef {
    DomainDef {
        code,
        fr,
        en,
        to,
        of,
    }
}

#[rustfmt::skip]
pub(crate) const DOMAINS: &[DomainDef] = &[
    dom("drug_trafficking", "Trafic de stupéfiants", "Drug trafficking", "à la lutte contre le trafic de stupéfiants", "de lutte contre le trafic de stupéfiants"),
    dom("arms_trafficking", "Trafic d'armes", "Arms trafficking", "à la lutte contre le trafic d'armes", "de lutte contre le trafic d'armes"),
    dom("human_trafficking", "Traite des êtres humains", "Human trafficking", "à la lutte contre la traite des êtres humains", "de lutte contre la traite des êtres humains"),
    dom("irregular_immigration", "Immigration irrégulière", "Irregular immigration", "à la lutte contre l'immigration irrégulière", "de lutte contre l'immigration irrégulière"),
    dom("terrorism", "Terrorisme", "Terrorism", "à la lutte contre le terrorisme", "de lutte contre le terrorisme"),
    dom("cybercrime", "Cybercriminalité", "Cybercrime", "à la lutte contre la cybercriminalité", "de lutte contre la cybercriminalité"),
    dom("organised_crime", "Criminalité organisée", "Organised crime", "à la lutte contre la criminalité organisée", "de lutte contre la criminalité organisée"),
    dom("public_order", "Ordre public", "Public order", "au maintien de l'ordre public", "d'ordre public"),
    dom("forensics", "Police technique et scientifique", "Forensics", "à la police technique et scientifique", "de police technique et scientifique"),
    dom("special_intervention", "Intervention spécialisée", "Special intervention", "à l'intervention spécialisée", "d'intervention spécialisée"),
];

/// Index in [`DOMAINS`] of each domain, for readable weights.
pub(crate) mod d {
    pub const DRUGS: usize = 0;
    pub const ARMS: usize = 1;
    pub const HUMAN: usize = 2;
    pub const IMMIGRATION: usize = 3;
    pub const TERRORISM: usize = 4;
    pub const CYBER: usize = 5;
    pub const ORGANISED: usize = 6;
    pub const PUBLIC_ORDER: usize = 7;
    pub const FORENSICS: usize = 8;
    pub const INTERVENTION: usize = 9;
}

/// Kinds of technical action, in this order: see `actions.rs`.
#[rustfmt::skip]
const ACTION_KINDS: &[(&str, &str, &str)] = &[
    ("training", "Formation", "Training"),
    ("technical_advice", "Conseil technique / expertise", "Technical advice / expertise"),
    ("evaluation", "Évaluation", "Evaluation"),
    ("study_visit", "Visite d'étude", "Study visit"),
    ("seminar", "Séminaire", "Seminar"),
    ("equipment", "Équipement", "Equipment"),
];

/// Kinds of operational case, in this order: see `cases.rs`.
#[rustfmt::skip]
const CASE_KINDS: &[(&str, &str, &str)] = &[
    ("information_exchange", "Échange d'informations", "Information exchange"),
    ("person_location", "Localisation de personne recherchée", "Location of a wanted person"),
    ("magistrate_assistance", "Assistance à magistrat", "Assistance to a magistrate"),
    ("letter_rogatory", "Exécution de commission rogatoire internationale (CRI)", "Execution of an international letter rogatory"),
    ("investigation_support", "Appui à enquête", "Support to an investigation"),
];

/// Funder ids.
pub(crate) struct Funders {
    pub eu: i64,
    pub meae: i64,
    pub interior: i64,
    pub coe: i64,
    pub unodc: i64,
    pub expertise_france: i64,
}

/// A programme once inserted, for linking actions to it.
pub(crate) struct Prog {
    pub id: i64,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub countries: BTreeSet<&'static str>,
    /// The funder with the largest share.
    pub lead: i64,
}

impl Prog {
    pub(crate) fn serves(&self, country: &str, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end && self.countries.contains(country)
    }
}

pub(crate) struct Refs {
    /// Ids aligned with [`DOMAINS`].
    pub domains: Vec<i64>,
    pub action_kinds: Vec<i64>,
    pub case_kinds: Vec<i64>,
    pub funders: Funders,
    pub programmes: Vec<Prog>,
}

pub(crate) fn insert_refs(tx: &Transaction<'_>, rng: &mut Rng, posts: &[Post]) -> Result<Refs> {
    let mut domains = Vec::new();
    for dd in DOMAINS {
        domains.push(reference::insert(
            tx,
            RefList::Domain,
            dd.code,
            dd.fr,
            dd.en,
        )?);
    }
    let mut action_kinds = Vec::new();
    for (code, fr, en) in ACTION_KINDS {
        action_kinds.push(reference::insert(tx, RefList::ActionKind, code, fr, en)?);
    }
    let mut case_kinds = Vec::new();
    for (code, fr, en) in CASE_KINDS {
        case_kinds.push(reference::insert(tx, RefList::CaseKind, code, fr, en)?);
    }
    use Lateral::{Bilateral, Multilateral};
    let funders = Funders {
        eu: reference::insert_funder(tx, "Union européenne", Multilateral)?,
        meae: reference::insert_funder(
            tx,
            "Ministère de l'Europe et des Affaires étrangères (DCSD)",
            Bilateral,
        )?,
        interior: reference::insert_funder(tx, "Ministère de l'Intérieur (DCI)", Bilateral)?,
        coe: reference::insert_funder(tx, "Conseil de l'Europe", Multilateral)?,
        unodc: reference::insert_funder(
            tx,
            "Office des Nations unies contre la drogue et le crime (ONUDC)",
            Multilateral,
        )?,
        expertise_france: reference::insert_funder(tx, "Expertise France", Bilateral)?,
    };
    let programmes = insert_programmes(tx, rng, posts, &funders)?;
    Ok(Refs {
        domains,
        action_kinds,
        case_kinds,
        funders,
        programmes,
    })
}

/// Regional programme: code stem, name, funders with shares.
fn regional(region: Region, f: &Funders) -> (&'static str, &'static str, Vec<(i64, f64)>) {
    match region {
        Region::WesternEurope => ("FSI-POL", "Fonds pour la sécurité intérieure — coopération policière européenne", vec![(f.eu, 100.0)]),
        Region::Balkans => ("UE-BALK", "Programme régional de lutte contre la criminalité organisée dans les Balkans occidentaux", vec![(f.eu, 85.0), (f.coe, 15.0)]),
        Region::EasternEurope => ("UE-EST", "Partenariat oriental — gestion intégrée des frontières et sécurité intérieure", vec![(f.eu, 90.0), (f.meae, 10.0)]),
        Region::Maghreb => ("UE-MAGH", "Programme euro-méditerranéen de coopération policière (Maghreb)", vec![(f.eu, 100.0)]),
        Region::Sahel => ("UE-SAH", "Programme d'appui à la sécurité intérieure au Sahel", vec![(f.eu, 80.0), (f.meae, 20.0)]),
        Region::WestAfrica => ("ONUDC-AO", "Programme régional de lutte contre le trafic de cocaïne en Afrique de l'Ouest", vec![(f.unodc, 60.0), (f.eu, 40.0)]),
        Region::CentralAfrica => ("UE-AC", "Programme d'appui à la réforme du secteur de la sécurité en Afrique centrale", vec![(f.eu, 70.0), (f.meae, 30.0)]),
        Region::EastAfrica => ("UE-AE", "Programme régional de lutte contre le terrorisme en Afrique de l'Est et australe", vec![(f.eu, 100.0)]),
        Region::MiddleEast => ("UE-MO", "Programme de coopération antiterroriste au Proche et Moyen-Orient", vec![(f.eu, 60.0), (f.meae, 40.0)]),
        Region::Asia => ("ONUDC-AS", "Programme de lutte contre les drogues de synthèse et la cybercriminalité en Asie", vec![(f.unodc, 70.0), (f.eu, 30.0)]),
        Region::Americas => ("UE-AL", "Programme UE–Amérique latine contre la criminalité transnationale organisée", vec![(f.eu, 100.0)]),
        Region::Caribbean => ("UE-CAR", "Programme de lutte contre le narcotrafic dans la Caraïbe", vec![(f.eu, 60.0), (f.unodc, 40.0)]),
    }
}

/// Countries with a bilateral programme of their own, and what it supports.
#[rustfmt::skip]
const BILATERAL: &[(&str, &str)] = &[
    ("ML", "Appui à la police et à la gendarmerie nationales"),
    ("NE", "Appui aux forces de sécurité intérieure"),
    ("BF", "Appui à la lutte antiterroriste"),
    ("TD", "Appui à la sécurité des frontières"),
    ("MR", "Appui à la gendarmerie nationale"),
    ("SN", "Appui à la police des frontières"),
    ("CI", "Appui à la réforme du secteur de la sécurité"),
    ("CM", "Appui à la lutte contre la criminalité organisée"),
    ("CD", "Appui à la police nationale congolaise"),
    ("MG", "Appui à la gendarmerie nationale"),
    ("LB", "Appui aux forces de sécurité intérieure"),
    ("TN", "Appui à la garde nationale"),
    ("HT", "Appui à la police nationale d'Haïti"),
    ("MX", "Appui à la lutte contre les enlèvements"),
    ("CO", "Appui à la lutte contre le narcotrafic"),
    ("IQ", "Appui à la lutte antiterroriste"),
];

fn insert_programmes(
    tx: &Transaction<'_>,
    rng: &mut Rng,
    posts: &[Post],
    f: &Funders,
) -> Result<Vec<Prog>> {
    let mut out = Vec::new();
    let mut add = |rng: &mut Rng,
                   code: String,
                   name: String,
                   shares: Vec<(i64, f64)>,
                   span: (i32, i32),
                   countries: Vec<&'static str>,
                   budget: (i64, i64)|
     -> Result<()> {
        let (start, end) = (
            ymd(span.0, rng.range(1, 3) as u32 * 3 - 2, 1)?,
            ymd(span.1, 12, 31)?,
        );
        let lead = shares
            .iter()
            .fold((0, 0.0), |best, s| if s.1 > best.1 { *s } else { best })
            .0;
        let id = programme::insert(
            tx,
            &NewProgramme {
                code,
                name,
                kind: if shares.len() > 1
                    || shares
                        .iter()
                        .any(|s| s.0 == f.eu || s.0 == f.unodc || s.0 == f.coe)
                {
                    Lateral::Multilateral
                } else {
                    Lateral::Bilateral
                },
                budget_cents: rng.range(budget.0, budget.1) * 10_000_000,
                start_date: start,
                end_date: Some(end),
                funders: shares,
                countries: countries.iter().map(|c| (*c).to_owned()).collect(),
            },
        )?;
        out.push(Prog {
            id,
            start,
            end,
            countries: countries.into_iter().collect(),
            lead,
        });
        Ok(())
    };
    let regions = [
        Region::WesternEurope,
        Region::Balkans,
        Region::EasternEurope,
        Region::Maghreb,
        Region::Sahel,
        Region::WestAfrica,
        Region::CentralAfrica,
        Region::EastAfrica,
        Region::MiddleEast,
        Region::Asia,
        Region::Americas,
        Region::Caribbean,
    ];
    for region in regions {
        let (stem, name, shares) = regional(region, f);
        for (phase, first) in [2006, 2010, 2014, 2018, 2022].into_iter().enumerate() {
            let last = first + 3;
            let countries: Vec<&'static str> = posts
                .iter()
                .filter(|p| p.def.region == region && p.opened.year() <= last)
                .filter(|p| p.closed.is_none_or(|c| c.year() >= first))
                .flat_map(|p| p.countries.iter().copied())
                .collect();
            if countries.is_empty() {
                continue;
            }
            let code = format!("{stem}-{}", phase + 1);
            let full = format!("{name} (phase {})", phase + 1);
            add(
                rng,
                code,
                full,
                shares.clone(),
                (first, last),
                countries,
                (20, 150),
            )?;
        }
    }
    // Bilateral projects: Priority Solidarity Fund (FSP) until 2015, then DCSD projects.
    for (country, subject) in BILATERAL {
        for (first, last, label, stem) in [
            (2008, 2011, "FSP", "FSP"),
            (2012, 2015, "FSP", "FSP"),
            (2017, 2020, "Projet DCSD", "DCSD"),
            (2021, 2025, "Projet DCSD", "DCSD"),
        ] {
            if !rng.chance(0.7) {
                continue;
            }
            let shares = if rng.chance(0.3) {
                vec![(f.meae, 70.0), (f.interior, 30.0)]
            } else {
                vec![(f.meae, 100.0)]
            };
            let name = format!("{label} — {subject} ({})", country_name(country));
            add(
                rng,
                format!("{stem}-{country}-{first}"),
                name,
                shares,
                (first, last),
                vec![country],
                (5, 40),
            )?;
        }
    }
    // Implemented by Expertise France for the EU in crisis countries.
    let crisis: Vec<&'static str> = vec!["ML", "NE", "BF", "TD", "MR", "LB", "IQ", "TN"];
    add(
        rng,
        "EF-SAH-2016".into(),
        "Projet de renforcement des capacités antiterroristes (mis en œuvre par Expertise France)"
            .into(),
        vec![(f.expertise_france, 30.0), (f.eu, 70.0)],
        (2016, 2020),
        crisis.clone(),
        (60, 180),
    )?;
    add(
        rng,
        "EF-SEC-2021".into(),
        "Projet d'appui à la gestion des crises sécuritaires (mis en œuvre par Expertise France)"
            .into(),
        vec![(f.expertise_france, 40.0), (f.eu, 60.0)],
        (2021, 2025),
        crisis,
        (60, 180),
    )?;
    let ports: Vec<&'static str> = vec![
        "SN", "CI", "GH", "TG", "BJ", "MA", "PE", "CO", "EC", "BR", "PA", "DO", "JM", "PK", "TH",
    ];
    add(
        rng,
        "ONUDC-CCP".into(),
        "Programme mondial de contrôle des conteneurs".into(),
        vec![(f.unodc, 100.0)],
        (2009, 2025),
        ports,
        (40, 120),
    )?;
    Ok(out)
}

/// French name of a country, from the core's ISO list.
pub(crate) fn country_name(alpha2: &str) -> String {
    crate::country::get(alpha2)
        .map(|c| c.name_fr)
        .unwrap_or_else(|| alpha2.to_owned())
}
