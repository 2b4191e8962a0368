//! Opening, migrating and refusing databases.

use coopdesk_core::store::MIGRATIONS;
use coopdesk_core::{ErrorCode, Store};
use rusqlite::Connection;

use crate::fixtures::temp_store;

#[test]
fn a_new_file_is_migrated_in_wal_mode_with_foreign_keys() {
    let (_dir, store) = temp_store();
    let conn = store.conn();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .expect("pragma");
    assert_eq!(mode, "wal");
    let fk: i64 = conn
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .expect("pragma");
    assert_eq!(fk, 1);
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("pragma");
    assert!(version >= 12, "user_version {version}");
    let countries: i64 = conn
        .query_row("SELECT count(*) FROM country", [], |r| r.get(0))
        .expect("count");
    assert!(countries >= 240, "{countries}");
    assert!(store.is_empty().expect("empty"));
}

#[test]
fn reopening_keeps_data_and_schema() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("db.sqlite");
    {
        let mut store = Store::open(&path).expect("open");
        crate::fixtures::small_network(&mut store);
    }
    let store = Store::open(&path).expect("reopen");
    assert!(!store.is_empty().expect("not empty"));
    assert_eq!(store.ssi_list().expect("list").len(), 2);
}

#[test]
fn a_database_from_a_newer_coopdesk_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("future.sqlite");
    drop(Store::open(&path).expect("create"));
    {
        let conn = Connection::open(&path).expect("raw open");
        conn.pragma_update(None, "user_version", 999)
            .expect("bump version");
    }
    let err = Store::open(&path).err().expect("refused");
    assert_eq!(err.code, ErrorCode::DbTooNew);
    assert!(
        err.message.contains("version plus récente"),
        "{}",
        err.message
    );
    let conn = Connection::open(&path).expect("raw open");
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("pragma");
    assert_eq!(version, 999);
}

#[test]
fn a_file_that_is_not_a_database_is_refused_with_a_clear_code() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("notes.sqlite");
    let garbage = b"Ceci n'est pas une base SQLite, juste un tableur renomme.".repeat(100);
    std::fs::write(&path, &garbage).expect("write");
    let err = Store::open(&path).err().expect("refused");
    assert_eq!(err.code, ErrorCode::DbCorrupt);
    assert_eq!(
        std::fs::read(&path).expect("read back"),
        garbage,
        "file left unchanged"
    );
}

#[test]
fn migrations_validate() {
    assert!(MIGRATIONS.validate().is_ok());
}
