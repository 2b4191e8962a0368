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

/// A database left by the first released schema (version 12) upgrades in place, and what it
/// held is found by the features added since (the text search index is back-filled).
#[test]
fn a_version_12_database_upgrades_and_keeps_its_data() {
    use coopdesk_core::cooperation::technical::{ActionFilter, ActionSort};
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("v12.sqlite");
    {
        let mut conn = Connection::open(&path).expect("raw open");
        conn.pragma_update(None, "foreign_keys", true).expect("fk");
        MIGRATIONS.to_version(&mut conn, 12).expect("schema 12");
        conn.execute_batch(
            "INSERT INTO country (alpha2, alpha3, name_fr, name_en, continent)
                 VALUES ('SN', 'SEN', 'Sénégal', 'Senegal', 'africa');
             INSERT INTO ssi (id, code, city, residence_country, opened_on) VALUES (1, 'DAK', 'Dakar', 'SN', '2000-01-01');
             INSERT INTO ssi_coverage (ssi_id, country) VALUES (1, 'SN');
             INSERT INTO action_kind (id, code, name_fr, name_en) VALUES (1, 'training', 'Formation', 'Training');
             INSERT INTO domain (id, code, name_fr, name_en) VALUES (1, 'terrorism', 'Terrorisme', 'Terrorism');
             INSERT INTO technical_action (reference, title, ssi_id, country, kind_id, domain_id, start_date,
                 end_date, beneficiary, participants, cost_cents, status)
             VALUES ('TA-OLD-1', 'Séminaire régional', 1, 'SN', 1, 1, '2016-02-01', '2016-02-03',
                 'Gendarmerie sénégalaise', 30, 100000, 'done');",
        )
        .expect("old data");
    }
    let store = Store::open(&path).expect("upgrade");
    let version: i64 = store
        .conn()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("pragma");
    assert!(version > 12);
    assert_eq!(store.kpis(2016).expect("kpis").technical_actions, 1);
    // Accents and case do not matter to the search.
    let filter = ActionFilter {
        text: Some("SENEGAL".into()),
        ..Default::default()
    };
    let page = store
        .actions(&filter, ActionSort::default(), 0, 10)
        .expect("search");
    assert_eq!(
        page.rows
            .iter()
            .map(|r| r.reference.as_str())
            .collect::<Vec<_>>(),
        vec!["TA-OLD-1"]
    );
}
