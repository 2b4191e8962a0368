//! `coopdesk-cli import`: the JSON report on stdout, exit code 1 and nothing written when a
//! row is invalid, then the corrected file imported once.

use std::path::Path;

use serde_json::Value;

mod support;
use support::{cli, demo_db, fixture};

fn actions(db: &Path) -> i64 {
    let conn = support::open_db(db).expect("open");
    conn.query_row("SELECT count(*) FROM technical_action", [], |r| r.get(0))
        .expect("count")
}

#[test]
fn invalid_rows_exit_non_zero_with_the_report_then_the_corrected_file_imports_once() {
    let (_dir, db) = demo_db();
    let before = actions(&db);

    for dry in [true, false] {
        let errors = fixture("actions-errors.xlsx");
        let mut args = vec!["import", "actions", errors.as_str()];
        if dry {
            args.push("--dry-run");
        }
        let out = cli(&db, &args);
        assert!(!out.status.success(), "invalid rows fail");
        let report: Value = serde_json::from_slice(&out.stdout).expect("the report on stdout");
        let lines: Vec<(u64, &str)> = report["errors"]
            .as_array()
            .expect("errors")
            .iter()
            .map(|e| {
                (
                    e["line"].as_u64().unwrap_or(0),
                    e["column"].as_str().unwrap_or(""),
                )
            })
            .collect();
        assert_eq!(
            lines,
            [
                (7, "Pays"),
                (8, "Date de fin"),
                (9, "Participants"),
                (10, "Référence"),
                (11, "Intitulé")
            ]
        );
        assert_eq!(report["committed"], false);
        let err: Value = serde_json::from_slice(&out.stderr).expect("the error on stderr");
        assert_eq!(err["code"], "INVALID_INPUT");
        assert_eq!(actions(&db), before, "nothing written");
    }

    let corrected = fixture("actions-corrected.xlsx");
    let out = cli(&db, &["import", "actions", &corrected]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).expect("report");
    assert_eq!(
        (report["to_create"].as_u64(), report["committed"].as_bool()),
        (Some(10), Some(true))
    );
    assert_eq!(actions(&db), before + 10);

    let csv = fixture("actions-corrected.csv");
    let again: Value =
        serde_json::from_slice(&cli(&db, &["import", "actions", &csv]).stdout).expect("report");
    assert_eq!(
        (again["to_create"].as_u64(), again["unchanged"].as_u64()),
        (Some(0), Some(10))
    );
    assert_eq!(actions(&db), before + 10);
}

#[test]
fn an_unknown_kind_or_file_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("empty.sqlite");
    assert!(cli(&db, &["init"]).status.success());
    let out = cli(&db, &["import", "programmes", "x.csv"]);
    assert!(!out.status.success());
    let out = cli(&db, &["import", "actions", "/nonexistent/file.xlsx"]);
    let err: Value = serde_json::from_slice(&out.stderr).expect("error");
    assert_eq!(err["code"], "BAD_FILE");
    assert!(out.stdout.is_empty());
}
