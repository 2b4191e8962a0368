//! The gate before the window's screens: what a file is, and each way in or out of it —
//! create, unlock, a damaged file replaced by its newest good copy, a file that is not a
//! database, another file chosen. Every refusal leaves the file's bytes as they were.

use std::path::Path;

use coopdesk_core::store::gate::{probe, FileState, Gate};
use coopdesk_core::store::key::Passphrase;
use coopdesk_core::{ErrorCode, Store};

const PASSPHRASE: &str = "demo-coopdesk-2016";

fn key() -> Passphrase {
    Passphrase::unlock(PASSPHRASE.into())
}

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).expect("read file")
}

fn now() -> chrono::NaiveDateTime {
    coopdesk_core::now()
}

/// Overwrites 8 KiB in the middle of the file, as a failing disk or a bad copy would.
fn damage(path: &Path) -> Vec<u8> {
    let mut data = bytes(path);
    let middle = (data.len() / 2) & !4095;
    for (i, b) in data[middle..middle + 8192].iter_mut().enumerate() {
        *b = (i * 7919 % 251) as u8;
    }
    std::fs::write(path, &data).expect("write");
    data
}

#[test]
fn what_a_file_is_is_read_from_its_first_bytes_and_size() {
    let dir = tempfile::tempdir().expect("temp dir");
    let at = |name: &str| dir.path().join(name);
    assert_eq!(probe(&at("absent.sqlite")), FileState::Missing);
    std::fs::write(at("vide.sqlite"), b"").expect("write");
    assert_eq!(probe(&at("vide.sqlite")), FileState::Missing);
    std::fs::write(at("notes.sqlite"), "compte rendu\n".repeat(50)).expect("write");
    assert_eq!(probe(&at("notes.sqlite")), FileState::NotDatabase);
    assert_eq!(probe(dir.path()), FileState::NotDatabase);
    drop(Store::open(&at("clair.sqlite")).expect("plaintext"));
    assert_eq!(probe(&at("clair.sqlite")), FileState::Plaintext);
    drop(Store::create(&at("chiffree.sqlite"), &key()).expect("encrypted"));
    assert_eq!(probe(&at("chiffree.sqlite")), FileState::Encrypted);
}

#[test]
fn a_damaged_encrypted_file_is_found_at_unlock_and_replaced_by_its_newest_good_copy() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("base.sqlite");
    let mut gate = Gate::new(path.clone());
    gate.create(PASSPHRASE.into(), PASSPHRASE.into(), true)
        .expect("created with the demo data");
    let store = gate.store().expect("open");
    let actions: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM technical_action", [], |r| r.get(0))
        .expect("count");
    store.backup_now(now()).expect("copy");
    store
        .conn()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .expect("checkpoint");
    drop(gate);

    let damaged = damage(&path);
    let mut gate = Gate::new(path.clone());
    let wrong = gate
        .unlock("pas-la-bonne".into(), now())
        .expect_err("wrong");
    assert_eq!(wrong.code, ErrorCode::PassphraseWrong);
    let status = gate.unlock(PASSPHRASE.into(), now()).expect("status");
    assert!(!status.open);
    let problem = status.problem.expect("a problem");
    assert_eq!(problem.code, ErrorCode::DbCorrupt, "{problem:?}");
    assert_eq!(bytes(&path), damaged, "the damaged file is not modified");
    let copy = status.latest_backup.expect("a good copy is offered");
    assert_eq!(copy.records.technical_actions, actions);
    assert_eq!(
        gate.store().err().map(|e| e.code),
        Some(ErrorCode::DbLocked)
    );

    let status = gate.restore_latest(now()).expect("restored");
    assert!(status.open);
    let restored: i64 = gate
        .store()
        .expect("open")
        .conn()
        .query_row("SELECT count(*) FROM technical_action", [], |r| r.get(0))
        .expect("count");
    assert_eq!(restored, actions);
    let kept = std::fs::read_dir(dir.path().join("backups"))
        .expect("backups")
        .filter_map(|e| e.ok())
        .find(|e| e.file_name().to_string_lossy().contains("endommagee"))
        .expect("the damaged file is kept aside");
    assert_eq!(bytes(&kept.path()), damaged);
}

#[test]
fn a_damaged_file_without_any_good_copy_offers_none_and_restores_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("base.sqlite");
    coopdesk_testkit::encrypted_demo_file(&path);
    let store = Store::open_encrypted(&path, &key()).expect("open");
    store
        .conn()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .expect("checkpoint");
    drop(store);
    let damaged = damage(&path);
    let mut gate = Gate::new(path.clone());
    let status = gate.unlock(PASSPHRASE.into(), now()).expect("status");
    assert!(status.latest_backup.is_none());
    let err = gate.restore_latest(now()).expect_err("nothing to restore");
    assert_eq!(err.code, ErrorCode::NotFound);
    assert_eq!(bytes(&path), damaged);
}

#[test]
fn a_file_that_is_not_a_database_is_a_problem_from_the_start_then_another_file_is_chosen() {
    let dir = tempfile::tempdir().expect("temp dir");
    let notes = dir.path().join("notes.sqlite");
    std::fs::write(&notes, "compte rendu\n".repeat(50)).expect("write");
    let before = bytes(&notes);
    let mut gate = Gate::new(notes.clone());
    let status = gate.status();
    assert_eq!(status.file, FileState::NotDatabase);
    assert_eq!(
        status.problem.map(|p| p.code),
        Some(ErrorCode::DbNotDatabase)
    );
    let err = gate
        .create(PASSPHRASE.into(), PASSPHRASE.into(), false)
        .expect_err("kept");
    assert_eq!(err.code, ErrorCode::DbIo);
    assert_eq!(bytes(&notes), before);

    let other = dir.path().join("autre.sqlite");
    drop(Store::create(&other, &key()).expect("create"));
    let status = gate.choose(other).expect("chosen");
    assert_eq!((status.file, status.problem), (FileState::Encrypted, None));
    assert!(gate.unlock(PASSPHRASE.into(), now()).expect("open").open);
    let again = gate.choose(notes).expect_err("not while open");
    assert_eq!(again.code, ErrorCode::Conflict);
}
