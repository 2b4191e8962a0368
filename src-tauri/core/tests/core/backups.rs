//! The protected file: a damaged database is refused at open, a busy one answers its own
//! code, copies are consistent and rotated, and a restore checks its candidate first and
//! keeps the current data as a copy. Every refusal leaves the files as they were.

use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime};
use coopdesk_core::store::backup::{check_candidate, Occasion};
use coopdesk_core::{ErrorCode, Store};

use crate::fixtures::count;

fn at(y: i32, m: u32, d: u32, h: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .and_then(|d| d.and_hms_opt(h, 0, 0))
        .expect("valid date")
}

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).expect("read file")
}

/// A small database with one SSI and its references (fast to copy many times).
fn small(dir: &Path) -> Store {
    let mut store = Store::open(&dir.join("base.sqlite")).expect("open");
    crate::fixtures::small_network(&mut store);
    store
}

#[test]
fn a_file_damaged_in_its_middle_is_refused_at_open_and_left_untouched() {
    let (dir, store) = crate::fixtures::demo();
    let path = dir.path().join("test.sqlite");
    store
        .conn()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .expect("checkpoint");
    drop(store);
    let damaged = dir.path().join("damaged.sqlite");
    let mut data = bytes(&path);
    let middle = data.len() / 2;
    for (i, b) in data[middle..middle + 8192].iter_mut().enumerate() {
        *b = (i * 7919 % 251) as u8;
    }
    std::fs::write(&damaged, &data).expect("write");
    let err = Store::open(&damaged).err().expect("damaged file refused");
    assert_eq!(err.code, ErrorCode::DbCorrupt, "{err:?}");
    assert!(err.message.contains("endommagé"), "{}", err.message);
    assert_eq!(bytes(&damaged), data, "the damaged file is not modified");
}

#[test]
fn a_database_held_by_another_program_answers_busy_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut first = small(dir.path());
    let mut second = Store::open(&dir.path().join("base.sqlite")).expect("second handle");
    let before = count(&second, "funder");
    first
        .conn_mut()
        .execute_batch(
            "BEGIN IMMEDIATE; INSERT INTO funder (name, kind) VALUES ('Tenu', 'bilateral');",
        )
        .expect("first writer holds the file");
    let err = second
        .write(|tx| {
            tx.execute(
                "INSERT INTO funder (name, kind) VALUES ('Attendu', 'bilateral')",
                [],
            )?;
            Ok(())
        })
        .expect_err("busy");
    assert_eq!(err.code, ErrorCode::DbBusy, "{err:?}");
    assert!(err.message.contains("autre programme"), "{}", err.message);
    first
        .conn_mut()
        .execute_batch("ROLLBACK")
        .expect("rollback");
    assert_eq!(count(&second, "funder"), before);
}

#[test]
fn a_backup_is_a_consistent_copy_and_a_restore_brings_its_data_back() {
    let (dir, mut store) = crate::fixtures::demo();
    let actions = count(&store, "technical_action");
    let copy = dir.path().join("copie.sqlite");
    let info = store.backup_to(&copy).expect("backup");
    assert_eq!(info.records.technical_actions, actions);
    assert_eq!(info.records.ssis, count(&store, "ssi"));
    assert_eq!(info.bytes, std::fs::metadata(&copy).expect("copy").len());
    assert_eq!(check_candidate(&copy, None).expect("a good copy"), info);

    store
        .write(|tx| Ok(tx.execute("DELETE FROM technical_action WHERE id <= 100", [])?))
        .expect("delete");
    assert_eq!(count(&store, "technical_action"), actions - 100);
    let restored = store
        .restore_from(&copy, at(2026, 12, 1, 10))
        .expect("restore");
    assert_eq!(restored.records.technical_actions, actions);
    assert_eq!(
        count(&store, "technical_action"),
        actions,
        "the data of the copy"
    );
    // What was there before the restore is kept as a copy, with its 100 fewer actions.
    let kept = store.backups().expect("list");
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(kept[0]
        .path
        .to_string_lossy()
        .contains("avant-restauration"));
    assert_eq!(kept[0].records.technical_actions, actions - 100);
}

#[test]
fn a_restore_refuses_what_is_not_a_good_copy_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = small(dir.path());
    let db = dir.path().join("base.sqlite");
    let good = dir.path().join("bonne.sqlite");
    store.backup_to(&good).expect("backup");

    let text = dir.path().join("notes.sqlite");
    std::fs::write(&text, "pas une base\n".repeat(400)).expect("write");
    let newer = dir.path().join("future.sqlite");
    std::fs::copy(&good, &newer).expect("copy");
    rusqlite::Connection::open(&newer)
        .and_then(|c| c.pragma_update(None, "user_version", 999))
        .expect("newer");
    let damaged = dir.path().join("abimee.sqlite");
    // A whole page in the middle overwritten: no b-tree page survives that.
    let mut data = bytes(&good);
    let page = (data.len() / 4096 / 2) * 4096;
    for b in &mut data[page..page + 4096] {
        *b = 0x5a;
    }
    std::fs::write(&damaged, &data).expect("write");
    let missing = dir.path().join("absente.sqlite");

    let funders = count(&store, "funder");
    let cases = [
        (&text, ErrorCode::BadFile),
        (&newer, ErrorCode::DbTooNew),
        (&damaged, ErrorCode::DbCorrupt),
        (&missing, ErrorCode::BadFile),
    ];
    for (candidate, code) in cases {
        let checked = store.backup_check(candidate).expect_err("checked first");
        assert_eq!(checked.code, code, "{candidate:?}");
        let err = store
            .restore_from(candidate, at(2026, 12, 1, 10))
            .expect_err("refused");
        assert_eq!(err.code, code, "{candidate:?}: {err:?}");
        assert_eq!(err.field.as_deref(), Some("path"));
        assert_eq!(count(&store, "funder"), funders, "{candidate:?}");
    }
    assert!(
        store.backups().expect("list").is_empty(),
        "no copy made on a refusal"
    );
    assert!(db.exists());
}

#[test]
fn automatic_copies_are_made_at_start_once_a_day_and_rotated() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = small(dir.path());
    // Forty days of use, two starts a day.
    let first = NaiveDate::from_ymd_opt(2026, 10, 1).expect("date");
    for day in 0..40 {
        let date = first + chrono::Days::new(day);
        for hour in [8, 14] {
            let now = date.and_hms_opt(hour, 0, 0).expect("time");
            assert!(store
                .backup_auto(Occasion::Start, now)
                .expect("start")
                .is_some());
        }
        let evening = date.and_hms_opt(20, 0, 0).expect("time");
        assert!(
            store
                .backup_auto(Occasion::Daily, evening)
                .expect("daily")
                .is_none(),
            "one a day"
        );
    }
    let kept = store.backups().expect("list");
    let days: Vec<NaiveDate> = kept.iter().map(|b| b.created.date()).collect();
    // Both copies of the last day, the last copy of each of the 6 days before, then the
    // last of each of 4 earlier weeks.
    assert_eq!(kept.len(), 2 + 6 + 4, "{days:?}");
    let last = first + chrono::Days::new(39);
    assert_eq!((days[0], days[1]), (last, last));
    for (i, day) in days.iter().skip(1).take(7).enumerate() {
        assert_eq!(*day, last - chrono::Days::new(i as u64));
    }
    let hour = |b: &coopdesk_core::store::backup::BackupInfo| b.created.format("%H").to_string();
    assert_eq!((hour(&kept[0]), hour(&kept[1])), ("14".into(), "08".into()));
    assert!(kept.iter().skip(2).all(|b| hour(b) == "14"));
    assert!(
        days.windows(2).all(|w| w[0] >= w[1]),
        "newest first: {days:?}"
    );

    // A daily copy on a day without one is made.
    let next = (last + chrono::Days::new(1))
        .and_hms_opt(9, 0, 0)
        .expect("time");
    assert!(store
        .backup_auto(Occasion::Daily, next)
        .expect("daily")
        .is_some());
}

#[test]
fn a_database_about_to_be_upgraded_is_copied_first_as_it_was() {
    use coopdesk_core::store::MIGRATIONS;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("v12.sqlite");
    {
        let mut conn = rusqlite::Connection::open(&path).expect("raw open");
        MIGRATIONS.to_version(&mut conn, 12).expect("schema 12");
    }
    let store = Store::open(&path).expect("upgrade");
    let copies = store.backups().expect("list");
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert!(copies[0]
        .path
        .to_string_lossy()
        .contains("avant-mise-a-jour"));
    assert_eq!(copies[0].schema_version, 12, "the copy is the old schema");
    // Opened again, already up to date: no new copy.
    drop(store);
    let again = Store::open(&path).expect("open");
    assert_eq!(again.backups().expect("list").len(), 1);
}

#[test]
fn the_copy_made_before_a_restore_survives_the_copies_made_after_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = small(dir.path());
    let copy = dir.path().join("copie.sqlite");
    store.backup_to(&copy).expect("copy");
    store
        .restore_from(&copy, at(2026, 12, 1, 9))
        .expect("restore");
    for hour in 10..20 {
        store
            .backup_auto(Occasion::Start, at(2026, 12, 1, hour))
            .expect("copy");
    }
    store
        .backup_auto(Occasion::Start, at(2026, 12, 2, 8))
        .expect("next day");
    let kept = store.backups().expect("list");
    assert!(
        kept.iter()
            .any(|b| b.path.to_string_lossy().contains("avant-restauration")),
        "{kept:?}"
    );
}
