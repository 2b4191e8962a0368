//! Cooperation run by the network: technical actions, operational cases, and the
//! programmes and funders that pay for actions.

mod api;
pub mod operational;
pub mod programme;
pub mod technical;

use rusqlite::Connection;

use crate::error::Result;
use crate::reference::{self, RefList};
use crate::validate::{self, Checks};

/// What an action and a case share: an SSI that exists, a kind of `kinds` and a domain that
/// exist, and a reference no other record of `table` has (`except`: the one edited).
pub(crate) fn check_shared(
    c: &mut Checks,
    conn: &Connection,
    (table, reference, except): (&str, &str, Option<i64>),
    ssi_id: i64,
    (kinds, kind_id): (RefList, i64),
    domain_id: i64,
) -> Result<()> {
    c.take(validate::exists(conn, "ssi", ssi_id, "ssi_id", "what-ssi"))?;
    c.take(reference::check(conn, kinds, kind_id, "kind_id"))?;
    c.take(reference::check(
        conn,
        RefList::Domain,
        domain_id,
        "domain_id",
    ))?;
    if !c.refused("reference") {
        c.take(validate::unique_except(
            conn,
            table,
            "reference",
            reference,
            "reference",
            except,
        ))?;
    }
    Ok(())
}
