//! How actions are numbered: `TA-{SSI}-{year}-{nnn}` (« TA-DAK-2016-014 »), counted per SSI
//! and year. The form suggests the next free one; the user may type another.

use rusqlite::{Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::validate;

/// The reference of the `n`-th action of `ssi_code` in `year`.
pub(crate) fn format(ssi_code: &str, year: i32, n: u32) -> String {
    format!("TA-{ssi_code}-{year}-{n:03}")
}

/// The next free reference of the SSI `ssi_id` in `year`: one after the highest number
/// already given, skipping any taken by hand.
pub fn next(conn: &Connection, ssi_id: i64, year: i32) -> Result<String> {
    validate::year(year)?;
    let code: String = conn
        .query_row("SELECT code FROM ssi WHERE id = ?1", [ssi_id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| Error::not_found("what-ssi", ssi_id).with_field("ssi_id"))?;
    let prefix = format!("TA-{code}-{year}-");
    let mut stmt = conn.prepare_cached(
        "SELECT substr(reference, ?2) FROM technical_action
          WHERE substr(reference, 1, ?3) = ?1",
    )?;
    let start = prefix.chars().count() as i64 + 1;
    let suffixes = stmt
        .query_map(rusqlite::params![prefix, start, start - 1], |r| {
            r.get::<_, String>(0)
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    // A reference typed by hand with letters after the prefix has no number to follow.
    let highest = suffixes
        .iter()
        .filter_map(|s| s.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    let mut n = highest.saturating_add(1);
    loop {
        let candidate = format(&code, year, n);
        let taken = conn
            .prepare_cached("SELECT 1 FROM technical_action WHERE reference = ?1")?
            .query_row([&candidate], |_| Ok(()))
            .optional()?
            .is_some();
        if !taken {
            return Ok(candidate);
        }
        n = n.saturating_add(1);
    }
}
