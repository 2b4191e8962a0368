//! The import commands through Tauri's IPC (mock runtime): the report the dialog gets,
//! progress sent on a channel, and the cancel command answering without the store's lock.

use serde_json::{json, Value};

mod ipc;
use ipc::{invoke, unlocked};

fn fixture(name: &str) -> String {
    format!(
        "{}/core/tests/fixtures/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn detect_dry_run_and_commit_through_the_ipc() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_app, w) = unlocked(dir.path().join("demo.sqlite"), true);
    let errors = fixture("actions-errors.xlsx");

    let preview = invoke(
        &w,
        "import_detect",
        json!({ "kind": "actions", "path": errors }),
    )
    .expect("preview");
    assert_eq!(preview["unknown_columns"], json!(["Couleur"]));
    assert_eq!(preview["columns"][0]["field"], "reference");

    let body = |path: &str| json!({ "kind": "actions", "path": path, "mapping": null, "onProgress": "__CHANNEL__:7" });
    let report = invoke(&w, "import_dry_run", body(&errors)).expect("dry run");
    assert_eq!(report["errors"].as_array().map(Vec::len), Some(5));
    assert_eq!(report["errors"][0]["line"], 7);
    assert_eq!(report["errors"][0]["column"], "Pays");

    let refused = invoke(&w, "import_commit", body(&errors)).expect_err("refused");
    assert_eq!(refused["code"], "INVALID_INPUT");

    let done =
        invoke(&w, "import_commit", body(&fixture("actions-corrected.ods"))).expect("import");
    assert_eq!(
        (done["to_create"].clone(), done["committed"].clone()),
        (json!(10), json!(true))
    );
    assert_eq!(invoke(&w, "import_cancel", json!({})), Ok(Value::Null));
}
