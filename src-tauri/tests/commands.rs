//! The commands through Tauri's IPC without a window (mock runtime): the JSON the UI gets.

use coopdesk_lib::AppState;
use serde_json::json;

mod ipc;
use ipc::{invoke, window};

#[test]
fn a_new_database_gets_the_demo_data_and_answers_the_dashboard() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_app, w) = window(AppState::open(Some(dir.path().join("new.sqlite"))));
    let years = invoke(&w, "data_years", json!({})).expect("years");
    assert_eq!(years.as_array().and_then(|y| y.first()), Some(&json!(2007)));
    let k = invoke(&w, "kpis", json!({ "year": 2016 })).expect("kpis");
    assert_eq!(
        (k["technical_actions"].clone(), k["ssi_count"].clone()),
        (json!(2160), json!(74))
    );
    let list = invoke(&w, "ssi_list", json!({})).expect("ssi list");
    assert!(list.as_array().is_some_and(|l| l.len() >= 74));
    let activity = invoke(&w, "activity_by_year", json!({})).expect("activity");
    assert_eq!(
        activity.as_array().map(Vec::len),
        years.as_array().map(Vec::len)
    );
}

#[test]
fn an_existing_empty_database_stays_empty() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("empty.sqlite");
    drop(coopdesk_core::Store::open(&path).expect("create empty"));
    let (_app, w) = window(AppState::open(Some(path)));
    assert_eq!(invoke(&w, "data_years", json!({})), Ok(json!([])));
}

#[test]
fn errors_reach_the_ui_as_code_and_french_message() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_app, w) = window(AppState::open(Some(dir.path().join("db.sqlite"))));
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
}

#[test]
fn a_newer_database_is_refused_by_every_command() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("future.sqlite");
    drop(coopdesk_core::Store::open(&path).expect("create"));
    rusqlite::Connection::open(&path)
        .and_then(|c| c.pragma_update(None, "user_version", 77))
        .expect("bump version");
    let (_app, w) = window(AppState::open(Some(path)));
    for cmd in ["data_years", "ssi_list", "activity_by_year"] {
        let err = invoke(&w, cmd, json!({})).expect_err(cmd);
        assert_eq!(err["code"], "DB_TOO_NEW", "{cmd}");
    }
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
