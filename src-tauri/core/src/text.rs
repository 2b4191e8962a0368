//! Comparing French text the way a reader does: case, accents and punctuation aside. One
//! rule for the searches, the sorts, the import's matching of headers and names, and the
//! codes made from a name.

/// Lower case, accents and punctuation removed, words separated by one space:
/// « Côte d'Ivoire » and "COTE D IVOIRE" both give "cote d ivoire".
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if let Some(plain) = unaccent(c) {
            out.push_str(plain);
        } else if c.is_alphanumeric() {
            // Other scripts are kept as they are.
            out.push(c);
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The unaccented form of an accented lower-case Latin letter.
fn unaccent(c: char) -> Option<&'static str> {
    const MAP: &[(&str, &str)] = &[
        ("àáâãäåāăą", "a"),
        ("çćčĉċ", "c"),
        ("ďđ", "d"),
        ("èéêëēĕėęě", "e"),
        ("ĝğġģ", "g"),
        ("ìíîïĩīĭįı", "i"),
        ("ķ", "k"),
        ("ĺļľŀł", "l"),
        ("ñńņňŉ", "n"),
        ("òóôõöøōŏő", "o"),
        ("ŕŗř", "r"),
        ("śŝşšș", "s"),
        ("ţťŧț", "t"),
        ("ùúûüũūŭůűų", "u"),
        ("ŵ", "w"),
        ("ýÿŷ", "y"),
        ("źżž", "z"),
        ("œ", "oe"),
        ("æ", "ae"),
        ("ß", "ss"),
    ];
    MAP.iter()
        .find(|(from, _)| from.contains(c))
        .map(|(_, to)| *to)
}

/// A code made from a name, for a list whose entries need one: « Criminalité organisée »
/// gives `criminalite_organisee`.
pub(crate) fn code_from(name: &str) -> String {
    fold(name).replace(' ', "_")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_punctuation() {
        assert_eq!(fold("  Côte d’Ivoire "), "cote d ivoire");
        assert_eq!(fold("COÛT (€)"), "cout");
        assert_eq!(fold("Date de début"), "date de debut");
        assert_eq!(fold("Œuvre — ÉTÉ"), "oeuvre ete");
    }

    #[test]
    fn a_code_is_made_from_a_french_name() {
        assert_eq!(code_from("Criminalité organisée"), "criminalite_organisee");
        assert_eq!(code_from("  Lutte anti-drogue "), "lutte_anti_drogue");
    }
}
