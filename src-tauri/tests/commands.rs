//! The commands through Tauri's IPC without a window (mock runtime): the JSON the UI gets,
//! from the gate (create, unlock, convert) to the data commands behind it.

use coopdesk_core::store::key::Passphrase;
use coopdesk_lib::AppState;
use serde_json::json;

mod ipc;
use ipc::{invoke, window, PASSPHRASE};

fn bytes(path: &std::path::Path) -> Vec<u8> {
    std::fs::read(path).expect("read file")
}

#[test]
fn a_new_database_is_created_at_the_gate_with_the_demo_data() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("new.sqlite");
    let (_app, w) = window(AppState::open(Some(path.clone())));
    let status = invoke(&w, "gate_status", json!({})).expect("status");
    assert_eq!(
        (status["file"].clone(), status["open"].clone()),
        (json!("missing"), json!(false))
    );
    assert_eq!(status["min_length"], 12);
    let locked = invoke(&w, "year_list", json!({})).expect_err("locked");
    assert_eq!(locked["code"], "DB_LOCKED");

    let create = |p: &str, c: &str| {
        invoke(
            &w,
            "gate_create",
            json!({ "passphrase": p, "confirm": c, "demo": true }),
        )
    };
    let weak = create("court", "court").expect_err("weak");
    assert_eq!(
        (weak["code"].clone(), weak["field"].clone()),
        (json!("INVALID_INPUT"), json!("passphrase"))
    );
    let differ = create(PASSPHRASE, "autre-phrase-longue").expect_err("mismatch");
    assert_eq!(differ["field"], "confirm");
    assert!(!path.exists(), "a refused form creates no file");

    let open = create(PASSPHRASE, PASSPHRASE).expect("created");
    assert_eq!(
        (open["file"].clone(), open["open"].clone()),
        (json!("encrypted"), json!(true))
    );
    assert!(!bytes(&path).starts_with(b"SQLite format 3"));
    let k = invoke(&w, "kpis", json!({ "year": 2016 })).expect("kpis");
    assert_eq!(
        (k["technical_actions"].clone(), k["ssi_count"].clone()),
        (json!(2160), json!(74))
    );
    let again = create(PASSPHRASE, PASSPHRASE).expect_err("exists");
    assert_eq!(again["code"], "CONFLICT", "the gate is open already");
}

#[test]
fn an_existing_database_opens_with_its_passphrase_only_and_can_be_rekeyed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("base.sqlite");
    drop(
        coopdesk_core::Store::create(&path, &Passphrase::unlock(PASSPHRASE.into()))
            .expect("create"),
    );
    let (_app, w) = window(AppState::open(Some(path.clone())));
    assert_eq!(
        invoke(&w, "gate_status", json!({})).expect("status")["file"],
        "encrypted"
    );
    let before = bytes(&path);
    let wrong =
        invoke(&w, "gate_unlock", json!({ "passphrase": "pas-la-bonne" })).expect_err("wrong");
    assert_eq!(
        (wrong["code"].clone(), wrong["field"].clone()),
        (json!("PASSPHRASE_WRONG"), json!("passphrase"))
    );
    assert_eq!(bytes(&path), before, "a wrong passphrase changes no byte");
    let open = invoke(&w, "gate_unlock", json!({ "passphrase": PASSPHRASE })).expect("unlock");
    assert_eq!(open["open"], true);
    assert_eq!(
        invoke(&w, "year_list", json!({})),
        Ok(json!({ "years": [], "current": null, "last_full": null }))
    );

    let change = |old: &str, new: &str, confirm: &str| {
        invoke(
            &w,
            "passphrase_change",
            json!({ "old": old, "passphrase": new, "confirm": confirm }),
        )
    };
    let bad_old = change(
        "pas-la-bonne",
        "nouvelle-phrase-2026",
        "nouvelle-phrase-2026",
    )
    .expect_err("old");
    assert_eq!(
        (bad_old["code"].clone(), bad_old["field"].clone()),
        (json!("PASSPHRASE_WRONG"), json!("old"))
    );
    change(PASSPHRASE, "nouvelle-phrase-2026", "nouvelle-phrase-2026").expect("changed");
    assert!(
        coopdesk_core::Store::open_existing(&path, &Passphrase::unlock(PASSPHRASE.into())).is_err()
    );
    assert!(coopdesk_core::Store::open_existing(
        &path,
        &Passphrase::unlock("nouvelle-phrase-2026".into())
    )
    .is_ok());
}

#[test]
fn errors_reach_the_ui_as_code_and_french_message() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_app, w) = window(AppState::open(Some(dir.path().join("db.sqlite"))));
    invoke(
        &w,
        "gate_create",
        json!({ "passphrase": PASSPHRASE, "confirm": PASSPHRASE, "demo": false }),
    )
    .expect("created empty");
    let err = invoke(&w, "kpis", json!({ "year": -3 })).expect_err("bad year");
    assert_eq!(err["code"], "INVALID_INPUT");
    assert_eq!(err["field"], "year");
    assert!(
        err["message"]
            .as_str()
            .is_some_and(|m| m.contains("Année invalide")),
        "{err}"
    );
    // A malformed argument is refused by Tauri before reaching the core.
    assert!(invoke(&w, "kpis", json!({ "year": "deux mille" })).is_err());
    assert!(invoke(&w, "kpis", json!({})).is_err());
    assert!(invoke(&w, "gate_unlock", json!({ "passphrase": 12 })).is_err());
}

#[test]
fn a_newer_database_is_a_problem_of_the_gate_and_stays_locked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("future.sqlite");
    let key = Passphrase::unlock(PASSPHRASE.into());
    let store = coopdesk_core::Store::create(&path, &key).expect("create");
    store
        .conn()
        .pragma_update(None, "user_version", 77)
        .expect("bump version");
    drop(store);
    let before = bytes(&path);
    let (_app, w) = window(AppState::open(Some(path.clone())));
    let status = invoke(&w, "gate_unlock", json!({ "passphrase": PASSPHRASE })).expect("status");
    assert_eq!(status["open"], false);
    assert_eq!(status["problem"]["code"], "DB_TOO_NEW");
    for cmd in ["year_list", "ssi_list", "activity_by_year"] {
        let err = invoke(&w, cmd, json!({})).expect_err(cmd);
        assert_eq!(err["code"], "DB_LOCKED", "{cmd}");
    }
    assert_eq!(bytes(&path), before, "nothing written to a newer file");
}

#[test]
fn a_plaintext_database_is_converted_after_the_user_confirms() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("ancienne.sqlite");
    drop(coopdesk_core::Store::open(&path).expect("plaintext"));
    let (_app, w) = window(AppState::open(Some(path.clone())));
    assert_eq!(
        invoke(&w, "gate_status", json!({})).expect("status")["file"],
        "plaintext"
    );
    let weak = invoke(
        &w,
        "gate_convert",
        json!({ "passphrase": "court", "confirm": "court" }),
    );
    assert_eq!(weak.expect_err("weak")["field"], "passphrase");
    assert!(
        bytes(&path).starts_with(b"SQLite format 3"),
        "still plaintext after a refusal"
    );
    let open = invoke(
        &w,
        "gate_convert",
        json!({ "passphrase": PASSPHRASE, "confirm": PASSPHRASE }),
    )
    .expect("converted");
    assert_eq!(
        (open["file"].clone(), open["open"].clone()),
        (json!("encrypted"), json!(true))
    );
    assert_eq!(
        invoke(&w, "year_list", json!({})),
        Ok(json!({ "years": [], "current": null, "last_full": null }))
    );
}

#[test]
fn the_db_argument_is_read_from_the_command_line() {
    let args = |a: &[&str]| coopdesk_lib::db_arg(a.iter().map(|s| s.to_string()));
    assert_eq!(
        args(&["--db", "/tmp/a.sqlite"]),
        Some("/tmp/a.sqlite".into())
    );
    assert_eq!(args(&["--db=/tmp/b.sqlite"]), Some("/tmp/b.sqlite".into()));
    assert_eq!(args(&["--verbose"]), None);
}

#[test]
fn the_journal_and_a_history_cross_the_ipc() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_app, w) = ipc::unlocked(dir.path().join("base.sqlite"), true);
    let page = invoke(
        &w,
        "journal",
        json!({ "filter": { "kind": "ssi" }, "offset": 0, "limit": 2 }),
    )
    .expect("journal");
    assert_eq!(page["entries"].as_array().map(Vec::len), Some(2));
    assert!(page["total"].as_i64().is_some_and(|t| t >= 74));
    let history = invoke(&w, "history", json!({ "kind": "ssi", "id": 1 })).expect("history");
    assert_eq!(history[0]["action"], "insert");
    assert_eq!(history[0]["kind_label"], "SSI");
    let users = invoke(&w, "journal_users", json!({})).expect("users");
    assert_eq!(users, json!([coopdesk_core::audit::os_user()]));
    let bad = invoke(&w, "history", json!({ "kind": "audit", "id": 1 })).expect_err("not a record");
    assert_eq!(
        (bad["code"].clone(), bad["field"].clone()),
        (json!("INVALID_INPUT"), json!("kind"))
    );
}
