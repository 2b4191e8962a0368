//! People's names as stored and shown, for agents and trainees alike. Queries select
//! `first_name || char(31) || last_name`; [`display_name`] turns that into "Claire MARTIN".

/// "Claire MARTIN" from SQL's `first_name || char(31) || last_name`. Upper-casing happens
/// here because SQLite's `upper()` leaves accented letters alone ("CLéMENT").
pub fn display_name(first_sep_last: &str) -> String {
    match first_sep_last.split_once('\u{1f}') {
        Some((first, last)) => format!("{first} {}", last.to_uppercase()),
        None => first_sep_last.to_owned(),
    }
}

/// "DIALLO Mamadou": the family name in capitals, then the given name.
pub fn formal_name(last: &str, first: &str) -> String {
    format!("{} {}", last.to_uppercase(), first.trim())
}
