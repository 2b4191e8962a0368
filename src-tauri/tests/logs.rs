//! The log file: failures are there with the command they came from, and nothing the user
//! typed — a trainee's name, a passphrase — ever is.

use coopdesk_lib::{logging, AppState};
use serde_json::json;

mod ipc;
use ipc::{invoke, window};

const NAME: &str = "Zébulonnatorix";
const SECRET: &str = "cheval-agrafe-pile-7";

#[test]
fn the_log_records_failures_but_never_what_the_user_typed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let logs = dir.path().join("logs");
    let guard = logging::init(&logs).expect("log started");

    // An empty database created with the secret as passphrase (refused once: typed
    // differently), where a trainee is created, then refused twice: a bad state, and a
    // name far too long that quotes the secret.
    let db = dir.path().join("base.sqlite");
    let (_app, w) = window(AppState::open(Some(db)));
    let create = |confirm: &str| {
        invoke(
            &w,
            "gate_create",
            json!({ "passphrase": SECRET, "confirm": confirm, "demo": false }),
        )
    };
    create("cheval-agrafe-pile-8").expect_err("typed differently");
    create(SECRET).expect("created");
    invoke(&w, "gate_unlock", json!({ "passphrase": SECRET })).expect_err("already open");
    let trainee = |last: &str, country: &str| {
        json!({ "input": {
            "last_name": last, "first_name": NAME, "country": country,
            "unit_id": null, "rank": "", "languages": SECRET,
        }})
    };
    invoke(&w, "trainee_create", trainee(NAME, "SN")).expect("created");
    let refused = invoke(&w, "trainee_create", trainee(NAME, "ZZ")).expect_err("bad state");
    assert_eq!(refused["code"], "INVALID_INPUT");
    invoke(&w, "trainee_create", trainee(&NAME.repeat(20), "SN")).expect_err("too long");

    // A database that cannot be opened (a folder): every command answers its error.
    let (_broken_app, broken) = window(AppState::open(Some(dir.path().to_path_buf())));
    let err = invoke(&broken, "kpis", json!({ "year": 2016 })).expect_err("no database");
    let code = err["code"].as_str().unwrap_or_default().to_owned();
    assert!(code.starts_with("DB_"), "{err}");

    drop(guard); // flushes the file
    let mut text = String::new();
    for entry in std::fs::read_dir(&logs).expect("log folder") {
        let path = entry.expect("entry").path();
        text.push_str(&std::fs::read_to_string(&path).expect("log file"));
    }
    assert!(text.contains("DbNotDatabase"), "{text}");
    assert!(
        text.contains("trainee_create") && text.contains("command refused"),
        "{text}"
    );
    assert!(text.contains("kpis"), "{text}");
    assert!(
        !text.contains("Zébulon") && !text.contains("ZÉBULON"),
        "{text}"
    );
    assert!(!text.contains(SECRET), "{text}");
}
