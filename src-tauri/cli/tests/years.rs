//! `year close|reopen|list` and `undo` from a terminal: a closed year refuses the import and
//! the revert of its records with `YEAR_CLOSED`; reopening needs a reason; an import is
//! undone whole with `undo --batch`.

mod support;
use support::{cli, demo_db, error, error_code, fixture, ok_json, sql_i64};

const COUNT: &str = "SELECT count(*) FROM technical_action";

#[test]
fn a_closed_year_refuses_an_import_and_a_revert_then_reopens_with_a_reason() {
    let (_dir, db) = demo_db();
    let closed = ok_json(&cli(&db, &["year", "close", "2024"]));
    assert_eq!(
        (closed["year"].as_i64(), closed["closed"].as_bool()),
        (Some(2024), Some(true))
    );
    assert_eq!(
        error_code(&cli(&db, &["year", "close", "2024"])),
        "CONFLICT"
    );
    let before = sql_i64(&db, COUNT);

    let file = fixture("actions-corrected.xlsx");
    let out = cli(&db, &["import", "actions", &file]);
    assert!(!out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("report");
    let errors = report["errors"].as_array().expect("errors");
    assert_eq!(errors.len(), 10);
    assert!(errors.iter().all(|e| e["code"] == "YEAR_CLOSED"
        && e["message"]
            .as_str()
            .is_some_and(|m| m.contains("2024 est clôturée"))));
    assert_eq!(sql_i64(&db, COUNT), before, "nothing written");

    // A revert of a 2024 action to its first version is refused too.
    let id = sql_i64(
        &db,
        "SELECT min(id) FROM technical_action WHERE start_date LIKE '2024%'",
    );
    let entry = sql_i64(
        &db,
        &format!("SELECT min(id) FROM audit WHERE kind = 'technical_action' AND record_id = {id}"),
    );
    let out = cli(
        &db,
        &[
            "revert",
            "technical_action",
            &id.to_string(),
            "--to",
            &entry.to_string(),
        ],
    );
    assert_eq!(
        error_code(&out),
        "YEAR_CLOSED",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let no_reason = cli(&db, &["year", "reopen", "2024"]);
    assert_eq!(error(&no_reason)["field"], "reason");
    let reopened = ok_json(&cli(
        &db,
        &["year", "reopen", "2024", "--reason", "Erratum"],
    ));
    assert_eq!(reopened["closed"], false);
    let list = ok_json(&cli(&db, &["year", "list"]));
    assert_eq!(list[0]["reason"], "Erratum");

    // Open again: the file imports, and `undo --batch` takes the whole import back.
    let imported = ok_json(&cli(&db, &["import", "actions", &file]));
    let batch = imported["batch_id"].as_i64().expect("batch");
    assert_eq!(sql_i64(&db, COUNT), before + 10);
    let undone = ok_json(&cli(&db, &["undo", "--batch", &batch.to_string()]));
    assert_eq!(undone["rows"], 10);
    assert_eq!(sql_i64(&db, COUNT), before);
    assert_eq!(error_code(&cli(&db, &["undo"])), "INVALID_INPUT");
}
