//! Countries: ISO 3166-1 from keshvar, never a hand-typed list. The `country` table mirrors
//! it so that SQL can join and filter by continent; it is refreshed at every open.

use keshvar::{Alpha2, Continent, Country as KCountry, CountryIterator};
use rusqlite::{params, Connection};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::i18n;

pub(crate) const MIGRATION: &str = "
CREATE TABLE country (
    alpha2    TEXT PRIMARY KEY CHECK (length(alpha2) = 2),
    alpha3    TEXT NOT NULL UNIQUE,
    name_fr   TEXT NOT NULL,
    name_en   TEXT NOT NULL,
    continent TEXT NOT NULL
) STRICT, WITHOUT ROWID;
";

/// The one rule for a country's French name, on screen, in charts and in reports alike: the
/// usual short name. keshvar's is that already (« Bolivie », « Corée du Sud », « Tchéquie »)
/// except where it keeps the ISO list's inverted form (« Russie, Fédération de »): those are
/// put back the way a French reader writes them here.
const USUAL_FR: &[(&str, &str)] = &[
    ("AX", "Îles Åland"),
    ("CC", "Îles Cocos"),
    ("CX", "Île Christmas"),
    ("FK", "Îles Malouines"),
    ("FM", "Micronésie"),
    ("IR", "Iran"),
    ("LA", "Laos"),
    ("PS", "Palestine"),
    ("RE", "La Réunion"),
    ("RU", "Russie"),
    ("SB", "Îles Salomon"),
    ("SY", "Syrie"),
    ("VA", "Vatican"),
    ("VI", "Îles Vierges des États-Unis"),
];

/// A country as lists show it: its code and its name.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CountryRef {
    pub alpha2: String,
    pub name_fr: String,
}

/// A country as the application shows it.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Country {
    pub alpha2: String,
    pub alpha3: String,
    pub name_fr: String,
    pub name_en: String,
    /// Continent code: africa, antarctica, asia, australia, europe, north_america, south_america.
    pub continent: String,
}

impl Country {
    fn from_keshvar(c: &KCountry) -> Self {
        let name_en = c.iso_short_name().to_owned();
        let alpha2 = c.alpha2().to_string().to_uppercase();
        let name_fr = USUAL_FR
            .iter()
            .find(|(code, _)| *code == alpha2)
            .map(|(_, name)| (*name).to_owned())
            .or_else(|| c.translations().get("fr").map(|s| (*s).to_owned()))
            .unwrap_or_else(|| name_en.clone());
        Self {
            alpha2,
            alpha3: c.alpha3().to_string().to_uppercase(),
            name_fr,
            name_en,
            continent: continent_code(c.continent()).to_owned(),
        }
    }

    /// The French name of the continent.
    pub fn continent_fr(&self) -> String {
        continent_name(&self.continent)
    }
}

fn continent_code(c: Continent) -> &'static str {
    match c {
        Continent::Africa => "africa",
        Continent::Antarctica => "antarctica",
        Continent::Asia => "asia",
        Continent::Australia => "australia",
        Continent::Europe => "europe",
        Continent::NorthAmerica => "north_america",
        Continent::SouthAmerica => "south_america",
    }
}

/// French name of a continent code, from the Fluent catalogue.
pub fn continent_name(code: &str) -> String {
    i18n::tr(&format!("continent-{}", code.replace('_', "-")), &[])
}

/// Every ISO 3166-1 country keshvar knows.
pub fn all() -> Vec<Country> {
    CountryIterator::new()
        .map(|c| Country::from_keshvar(&c))
        .collect()
}

/// Looks a country up by its alpha-2 code, any case.
pub fn get(alpha2: &str) -> Option<Country> {
    let code = alpha2.trim().to_lowercase();
    Alpha2::try_from(code.as_str())
        .ok()
        .map(|a| Country::from_keshvar(&a.to_country()))
}

/// Validates an alpha-2 code for `field` and returns it upper-cased.
pub fn check(field: &str, alpha2: &str) -> Result<String> {
    // Only the code is checked: building a whole keshvar Country (with its translations)
    // per call made bulk inserts several times slower.
    let code = alpha2.trim();
    Alpha2::try_from(code.to_lowercase().as_str())
        .map(|_| code.to_uppercase())
        .map_err(|_| {
            Error::invalid(
                field,
                "err-unknown-country",
                i18n::args([("value", alpha2.to_owned())]),
            )
        })
}

/// Refreshes the `country` table from keshvar and the rule above (names may improve between
/// versions); rows already right are left alone.
pub(crate) fn sync_table(conn: &Connection) -> Result<()> {
    let known: std::collections::HashSet<(String, String, String, String, String)> = conn
        .prepare("SELECT alpha2, alpha3, name_fr, name_en, continent FROM country")?
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let countries: Vec<Country> = all()
        .into_iter()
        .filter(|c| {
            let row = (
                c.alpha2.clone(),
                c.alpha3.clone(),
                c.name_fr.clone(),
                c.name_en.clone(),
                c.continent.clone(),
            );
            !known.contains(&row)
        })
        .collect();
    if countries.is_empty() {
        return Ok(());
    }
    let mut stmt = conn.prepare(
        "INSERT INTO country (alpha2, alpha3, name_fr, name_en, continent) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (alpha2) DO UPDATE SET alpha3 = ?2, name_fr = ?3, name_en = ?4, continent = ?5",
    )?;
    for c in countries {
        stmt.execute(params![
            c.alpha2,
            c.alpha3,
            c.name_fr,
            c.name_en,
            c.continent
        ])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_names_and_continents_come_from_keshvar() {
        let ci = get("ci").expect("Côte d'Ivoire");
        assert_eq!(ci.alpha3, "CIV");
        assert_eq!(ci.name_fr, "Côte d'Ivoire");
        assert_eq!(ci.continent, "africa");
        assert_eq!(get("DE").map(|c| c.name_fr), Some("Allemagne".to_owned()));
        assert!(get("XX").is_none());
        assert!(all().len() >= 240);
    }

    #[test]
    fn french_names_are_the_usual_short_ones() {
        assert_eq!(get("RU").map(|c| c.name_fr), Some("Russie".to_owned()));
        assert_eq!(
            get("SB").map(|c| c.name_fr),
            Some("Îles Salomon".to_owned())
        );
        assert_eq!(
            get("KR").map(|c| c.name_fr),
            Some("Corée du Sud".to_owned())
        );
        // An inverted ISO form a new keshvar brings would show here; lists of islands keep
        // their commas.
        let inverted: Vec<String> = all()
            .into_iter()
            .filter(|c| c.name_fr.contains(", ") && !c.name_fr.contains(" et "))
            .map(|c| c.name_fr)
            .collect();
        assert!(inverted.is_empty(), "{inverted:?}");
    }

    #[test]
    fn check_rejects_unknown_codes_with_the_field() {
        let err = check("country", "ZZ").expect_err("unknown");
        assert_eq!(err.field.as_deref(), Some("country"));
        assert!(err.message.contains("ZZ"));
        assert_eq!(check("country", " fr ").ok().as_deref(), Some("FR"));
    }
}
