//! Who writes, and under which batch: set at the start of every transaction, read by the
//! audit triggers in the same transaction (one writer at a time, so never another's).

use rusqlite::Connection;

use crate::error::Result;

/// The name of the user running the program (`USER`, `LOGNAME`, `USERNAME`; else, as a
/// program started without a login environment, the name of its uid in `/etc/passwd`),
/// else « inconnu ». Later, with a shared database, the database user.
pub fn os_user() -> String {
    ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|u| !u.trim().is_empty()))
        .or_else(passwd_name)
        .unwrap_or_else(|| "inconnu".to_owned())
}

#[cfg(unix)]
fn passwd_name() -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let uid = std::fs::metadata("/proc/self").ok()?.uid().to_string();
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|line| {
        let mut fields = line.split(':');
        let name = fields.next()?;
        (fields.nth(1)? == uid).then(|| name.to_owned())
    })
}

#[cfg(not(unix))]
fn passwd_name() -> Option<String> {
    None
}

/// The next transaction number, read inside the write transaction (one writer at a time).
const NEXT_TX: &str = "(SELECT coalesce(max(tx), 0) + 1 FROM audit)";

/// Marks the writes of this transaction as `user`'s, outside any batch.
pub(crate) fn begin(conn: &Connection, user: &str) -> Result<()> {
    conn.execute(
        &format!("UPDATE audit_context SET user = ?1, batch = NULL, erasing = 0, tx = {NEXT_TX}"),
        [user],
    )?;
    Ok(())
}

/// Opens a batch (an import, a revert…): the writes of this transaction are one unit of the
/// journal, undone together. Returns the batch's id.
pub(crate) fn begin_batch(conn: &Connection, user: &str, kind: &str, label: &str) -> Result<i64> {
    conn.execute(
        "INSERT INTO audit_batch (at, user, kind, label)
         VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?1, ?2, ?3)",
        [user, kind, label],
    )?;
    let id = conn.last_insert_rowid();
    conn.execute(
        &format!("UPDATE audit_context SET user = ?1, batch = ?2, erasing = 0, tx = {NEXT_TX}"),
        rusqlite::params![user, id],
    )?;
    Ok(id)
}

/// Clears who writes, before the transaction commits: a write made later outside the store
/// (the sqlite3 shell) is journalled with no user, batch or transaction number, never as
/// part of the store's last write (which an undo or a revert would then take with it).
pub(crate) fn end(conn: &Connection) -> Result<()> {
    conn.execute(
        "UPDATE audit_context SET user = '', batch = NULL, erasing = 0, tx = NULL",
        [],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_user_is_named_even_without_a_login_environment() {
        let name = super::passwd_name();
        assert!(name.is_some_and(|n| !n.is_empty() && n != "inconnu"));
    }
}
