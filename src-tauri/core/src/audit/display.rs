//! How a value of the journal reads: a country's French name for its ISO code, the code or
//! name of the record an id points to (« DAK (Dakar) » for `ssi_id` 60). The raw values
//! stay beside it; a record deleted since has no name, and its id shows.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};
use serde_json::Value;

use crate::error::Result;
use crate::{country, person};

/// The fields holding an ISO country code.
const COUNTRY_FIELDS: &[&str] = &["country", "residence_country", "place_country"];

/// The query naming the record that `field` points to in a record of `kind`.
fn lookup(kind: &str, field: &str) -> Option<&'static str> {
    Some(match (kind, field) {
        (_, "ssi_id") => "SELECT code || ' (' || city || ')' FROM ssi WHERE id = ?1",
        ("technical_action", "kind_id") => "SELECT name_fr FROM action_kind WHERE id = ?1",
        ("operational_case", "kind_id") => "SELECT name_fr FROM case_kind WHERE id = ?1",
        (_, "domain_id") => "SELECT name_fr FROM domain WHERE id = ?1",
        (_, "programme_id") => "SELECT code || ' — ' || name FROM programme WHERE id = ?1",
        (_, "funder_id") => "SELECT name FROM funder WHERE id = ?1",
        (_, "course_id") => "SELECT code || ' — ' || title FROM course WHERE id = ?1",
        (_, "instructor_id") => "SELECT name FROM instructor WHERE id = ?1",
        (_, "unit_id") => "SELECT name FROM foreign_unit WHERE id = ?1",
        (_, "network_id") => "SELECT code || ' — ' || name FROM network WHERE id = ?1",
        (_, "request_id") => "SELECT reference FROM request WHERE id = ?1",
        // People as every list shows them: « Awa NDIAYE » (person::display_name).
        (_, "agent_id") => "SELECT first_name || char(31) || last_name FROM agent WHERE id = ?1",
        (_, "trainee_id") => {
            "SELECT first_name || char(31) || last_name FROM trainee WHERE id = ?1"
        }
        (_, "session_id") => {
            "SELECT c.code || char(31) || s.start_date FROM session s
               JOIN course c ON c.id = s.course_id WHERE s.id = ?1"
        }
        _ => return None,
    })
}

/// `value` of field `field` in a record of `kind`, named for reading, when the core knows a
/// better name than the value itself.
pub(super) fn text(
    conn: &Connection,
    kind: &str,
    field: &str,
    value: &Value,
) -> Result<Option<String>> {
    if COUNTRY_FIELDS.contains(&field) {
        return Ok(value.as_str().and_then(country::get).map(|c| c.name_fr));
    }
    let (Some(sql), Some(id)) = (lookup(kind, field), value.as_i64()) else {
        return Ok(None);
    };
    let name: Option<String> = conn
        .prepare_cached(sql)?
        .query_row([id], |r| r.get(0))
        .optional()?;
    Ok(name.map(|n| match field {
        "agent_id" | "trainee_id" => person::display_name(&n),
        "session_id" => session_name(&n),
        _ => n,
    }))
}

/// « NEG-1 du 01/03/2027 » from the course's code and the session's first day.
fn session_name(joined: &str) -> String {
    let (code, start) = joined.split_once('\u{1f}').unwrap_or((joined, ""));
    match NaiveDate::parse_from_str(start, "%Y-%m-%d") {
        Ok(day) => crate::i18n::tr(
            "audit-session-name",
            &crate::i18n::args([
                ("course", code.to_owned()),
                ("start", day.format("%d/%m/%Y").to_string()),
            ]),
        ),
        Err(_) => code.to_owned(),
    }
}
