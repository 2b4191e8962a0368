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
        } else if ('\u{300}'..='\u{36f}').contains(&c) {
            // A combining accent (« e » then « ́ », as some files decompose « é ») goes away.
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

/// Teaches a connection the rule: `fold(text)` for searches (`fold(name) LIKE '%cote%'`) and
/// the `FR` collation for sorts (`ORDER BY name COLLATE FR`): « Bénin » before « Burkina
/// Faso », « Côte d'Ivoire » before « Croatie ». Ties on the folded text fall back to the
/// raw text, so an order is always the same.
pub(crate) fn register(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    use rusqlite::functions::FunctionFlags;
    conn.create_collation("FR", compare)?;
    conn.create_scalar_function(
        "fold",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| Ok(ctx.get::<Option<String>>(0)?.map(|s| fold(&s))),
    )
}

/// The order of the `FR` collation.
pub(crate) fn compare(a: &str, b: &str) -> std::cmp::Ordering {
    fold(a).cmp(&fold(b)).then_with(|| a.cmp(b))
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

    /// The window folds what it filters in memory (a country picker, the SSI table) with
    /// `foldForSearch`; both sides read these pairs, so the two can never drift apart.
    #[test]
    fn folds_as_the_shared_examples_say() {
        let pairs: Vec<(String, String)> =
            serde_json::from_str(include_str!("../../../ui/src/lib/fold.examples.json"))
                .expect("the shared examples are a JSON list of pairs");
        assert!(pairs.len() >= 10);
        for (input, folded) in pairs {
            assert_eq!(fold(&input), folded, "{input}");
        }
    }

    #[test]
    fn sql_searches_and_sorts_the_french_way() {
        let conn = rusqlite::Connection::open_in_memory().expect("memory");
        register(&conn).expect("register");
        conn.execute_batch(
            "CREATE TABLE t (name TEXT);
             INSERT INTO t VALUES ('Burkina Faso'), ('Bénin'), ('Croatie'), ('Côte d''Ivoire'), ('bénin');",
        )
        .expect("table");
        let sorted: Vec<String> = conn
            .prepare("SELECT name FROM t ORDER BY name COLLATE FR")
            .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
            .expect("sorted");
        assert_eq!(
            sorted,
            ["Bénin", "bénin", "Burkina Faso", "Côte d'Ivoire", "Croatie"]
        );
        let found: i64 = conn
            .query_row(
                "SELECT count(*) FROM t WHERE fold(name) LIKE '%' || fold('BENIN') || '%'",
                [],
                |r| r.get(0),
            )
            .expect("count");
        assert_eq!(found, 2);
    }

    #[test]
    fn a_code_is_made_from_a_french_name() {
        assert_eq!(code_from("Criminalité organisée"), "criminalite_organisee");
        assert_eq!(code_from("  Lutte anti-drogue "), "lutte_anti_drogue");
    }
}
