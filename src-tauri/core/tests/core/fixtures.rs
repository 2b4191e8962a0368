//! A small, hand-made network to test rules and figures against known answers.

use chrono::NaiveDate;
use coopdesk_core::network::coverage;
use coopdesk_core::network::ssi::{self, NewSsi};
use coopdesk_core::reference::{self, RefList};
use coopdesk_core::Store;

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

/// A store in a temporary file (kept alive by the returned guard).
pub fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(&dir.path().join("test.sqlite")).expect("open");
    (dir, store)
}

pub struct Ids {
    pub dakar: i64,
    pub rabat: i64,
    pub domain: i64,
    pub action_kind: i64,
    pub case_kind: i64,
}

/// Two SSIs (Dakar covering SN + GM, Rabat covering MA) and one entry per reference list.
pub fn small_network(store: &mut Store) -> Ids {
    store
        .write(|tx| {
            let new = |code: &str, city: &str, country: &str| NewSsi {
                code: code.into(),
                city: city.into(),
                residence_country: country.into(),
                opened_on: d(2000, 1, 1),
                closed_on: None,
            };
            let dakar = ssi::insert(tx, &new("DAK", "Dakar", "SN"))?;
            coverage::add(tx, dakar, "GM")?;
            let rabat = ssi::insert(tx, &new("RAB", "Rabat", "MA"))?;
            Ok(Ids {
                dakar,
                rabat,
                domain: reference::insert(
                    tx,
                    RefList::Domain,
                    "terrorism",
                    "Terrorisme",
                    "Terrorism",
                )?,
                action_kind: reference::insert(
                    tx,
                    RefList::ActionKind,
                    "training",
                    "Formation",
                    "Training",
                )?,
                case_kind: reference::insert(
                    tx,
                    RefList::CaseKind,
                    "location",
                    "Localisation",
                    "Location",
                )?,
            })
        })
        .expect("small network")
}

/// A copy of the demo database (generated once per build, see coopdesk-testkit).
pub fn demo() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = coopdesk_testkit::demo_store(&dir.path().join("test.sqlite"));
    (dir, store)
}

pub fn sql_count(store: &Store, sql: &str) -> i64 {
    store
        .conn()
        .query_row(sql, [], |r| r.get(0))
        .expect("count")
}

pub fn count(store: &coopdesk_core::Store, table: &str) -> i64 {
    store
        .conn()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .expect("count")
}
