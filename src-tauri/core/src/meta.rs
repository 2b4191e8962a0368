//! Facts about the installation kept in the database itself (founding date of the cell…).

use rusqlite::{Connection, OptionalExtension};

use crate::error::Result;

pub(crate) const MIGRATION: &str = "
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('cell_founded', '2007-09-01');
";

/// The date the GIGN international-relations cell was created (ISO form).
pub const CELL_FOUNDED: &str = "cell_founded";

pub fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
        .optional()?)
}

pub fn set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2",
        [key, value],
    )?;
    Ok(())
}
