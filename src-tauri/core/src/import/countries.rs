//! Countries as people type them in a spreadsheet: ISO alpha-2 or alpha-3 code, French or
//! English name (keshvar's, with its unofficial names), with or without accents, case or
//! punctuation, plus the short names French users write (RDC, Royaume-Uni, États-Unis…).

use std::collections::HashMap;
use std::sync::OnceLock;

use keshvar::CountryIterator;

use super::reader::Cell;
use super::values::{fold, text, Parsed, Problem};

/// Common names keshvar's official French and English ones miss, already folded.
#[rustfmt::skip]
const ALIASES: &[(&str, &[&str])] = &[
    ("GB", &["royaume uni", "uk", "grande bretagne", "great britain", "united kingdom", "angleterre", "england"]),
    ("US", &["etats unis", "etats unis d amerique", "usa", "us", "united states", "united states of america", "amerique"]),
    ("CD", &["rdc", "rd congo", "r d congo", "congo kinshasa", "republique democratique du congo", "drc", "dr congo", "democratic republic of the congo", "congo rdc", "congo democratique", "zaire"]),
    ("CG", &["congo", "congo brazzaville", "republique du congo", "republic of the congo", "congo brazza"]),
    ("CI", &["cote d ivoire", "cote divoire", "ivory coast", "rci"]),
    ("KR", &["coree du sud", "south korea", "coree", "korea", "republique de coree"]),
    ("KP", &["coree du nord", "north korea"]),
    ("RU", &["russie", "russia", "federation de russie", "russian federation"]),
    ("IR", &["iran", "republique islamique d iran"]),
    ("SY", &["syrie", "syria"]),
    ("LA", &["laos"]),
    ("VN", &["vietnam", "viet nam"]),
    ("BO", &["bolivie", "bolivia"]),
    ("VE", &["venezuela"]),
    ("TZ", &["tanzanie", "tanzania"]),
    ("MD", &["moldavie", "moldova"]),
    ("MK", &["macedoine", "macedoine du nord", "north macedonia", "macedonia", "arym"]),
    ("CZ", &["republique tcheque", "tchequie", "czech republic", "czechia"]),
    ("TR", &["turquie", "turkey", "turkiye"]),
    ("PS", &["palestine", "territoires palestiniens"]),
    ("TW", &["taiwan", "taiwan province de chine"]),
    ("BN", &["brunei"]),
    ("CV", &["cap vert", "cabo verde", "cape verde"]),
    ("SZ", &["eswatini", "swaziland"]),
    ("MM", &["birmanie", "myanmar", "burma"]),
    ("NL", &["pays bas", "hollande", "netherlands", "holland"]),
    ("AE", &["emirats arabes unis", "eau", "uae", "emirats"]),
    ("VA", &["vatican", "saint siege", "holy see"]),
    ("BA", &["bosnie", "bosnie herzegovine", "bosnia", "bosnia and herzegovina"]),
    ("CF", &["centrafrique", "rca", "republique centrafricaine", "central african republic"]),
    ("GQ", &["guinee equatoriale", "equatorial guinea"]),
    ("GW", &["guinee bissau", "guinea bissau"]),
    ("GN", &["guinee", "guinee conakry", "guinea"]),
    ("TL", &["timor oriental", "timor leste", "east timor"]),
    ("FM", &["micronesie", "micronesia"]),
    ("LY", &["libye", "libya"]),
    ("GM", &["gambie", "gambia", "the gambia"]),
];

/// Whose claim on a folded name wins: an alias over a code over a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Source {
    Unofficial,
    English,
    French,
    Alpha3,
    Alpha2,
    Alias,
}

/// Folded name → alpha-2, or `None` when two countries claim it at the same rank.
fn index() -> &'static HashMap<String, Option<String>> {
    static INDEX: OnceLock<HashMap<String, Option<String>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut claims: HashMap<String, (Source, Option<String>)> = HashMap::new();
        let mut claim = |name: &str, source: Source, alpha2: &str| {
            let key = fold(name);
            if key.is_empty() {
                return;
            }
            let code = Some(alpha2.to_owned());
            match claims.get(&key) {
                Some((s, _)) if *s > source => {}
                Some((s, c)) if *s == source && *c != code => {
                    claims.insert(key, (source, None));
                }
                _ => {
                    claims.insert(key, (source, code));
                }
            }
        };
        for c in CountryIterator::new() {
            let alpha2 = c.alpha2().to_string().to_uppercase();
            claim(&alpha2, Source::Alpha2, &alpha2);
            claim(&c.alpha3().to_string(), Source::Alpha3, &alpha2);
            if let Some(fr) = c.translations().get("fr") {
                claim(fr, Source::French, &alpha2);
            }
            claim(c.iso_short_name(), Source::English, &alpha2);
            claim(c.iso_long_name(), Source::English, &alpha2);
            for name in c.unofficial_name_list() {
                claim(name, Source::Unofficial, &alpha2);
            }
        }
        for (alpha2, names) in ALIASES {
            for name in *names {
                claim(name, Source::Alias, alpha2);
            }
        }
        claims.into_iter().map(|(k, (_, c))| (k, c)).collect()
    })
}

/// The alpha-2 code of the country `value` names, if exactly one.
pub fn find(value: &str) -> Option<String> {
    let key = fold(value);
    let index = index();
    if let Some(found) = index.get(&key) {
        return found.clone();
    }
    // « La Réunion », "the Gambia", « l'Inde »: a leading article changes nothing.
    ["la ", "le ", "les ", "l ", "the "]
        .iter()
        .find_map(|a| key.strip_prefix(a))
        .and_then(|rest| index.get(rest).cloned().flatten())
}

/// A country cell: ISO code or French or English name.
pub(crate) fn country(cell: &Cell) -> Parsed<String> {
    find(&text(cell)).ok_or_else(|| Problem::new("err-import-country"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_in_french_and_english_any_case_and_accents() {
        let cases = [
            ("SN", "SN"),
            ("sn", "SN"),
            ("SEN", "SN"),
            ("Sénégal", "SN"),
            ("senegal", "SN"),
            ("SENEGAL", "SN"),
            ("Allemagne", "DE"),
            ("Germany", "DE"),
            ("Royaume-Uni", "GB"),
            ("UK", "GB"),
            ("États-Unis", "US"),
            ("Etats Unis", "US"),
            ("USA", "US"),
            ("RDC", "CD"),
            ("Congo-Kinshasa", "CD"),
            ("République démocratique du Congo", "CD"),
            ("Congo", "CG"),
            ("Côte d'Ivoire", "CI"),
            ("Cote d'Ivoire", "CI"),
            ("Côte d’Ivoire", "CI"),
            ("COTE D IVOIRE", "CI"),
            ("Maroc", "MA"),
            ("Morocco", "MA"),
            ("Tchad", "TD"),
            ("Corée du Sud", "KR"),
            ("Russie", "RU"),
            ("Pays-Bas", "NL"),
            ("Guinée", "GN"),
            ("Guinée équatoriale", "GQ"),
            ("la Réunion", "RE"),
            ("Bénin", "BJ"),
            ("Mauritanie", "MR"),
        ];
        for (typed, code) in cases {
            assert_eq!(find(typed).as_deref(), Some(code), "{typed}");
        }
    }

    #[test]
    fn unknown_names_find_nothing() {
        for typed in ["Atlantide", "", "XX", "Wakanda", "12"] {
            assert_eq!(find(typed), None, "{typed}");
        }
    }
}
