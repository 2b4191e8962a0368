//! `coopdesk-cli export` as a script would use it: real binary, real database file; the
//! file holds the rows `actions list` prints for the same filters.

mod support;
use support::{cli, demo_db, error, ok_json};

#[test]
fn export_writes_the_rows_of_the_list_command() {
    let (dir, db) = demo_db();
    let filters = ["--year", "2016", "--ssi", "DAK", "--kind", "training"];

    let listed = ok_json(&cli(&db, &[&["actions", "list"][..], &filters].concat()));
    let references: Vec<&str> = listed
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["reference"].as_str().expect("reference"))
        .collect();
    assert!(!references.is_empty());

    let csv = dir.path().join("dak.csv");
    let csv_arg = csv.to_str().expect("path");
    let args = [
        &["export", "actions"][..],
        &filters,
        &["--format", "csv", "--separator", ",", "--out", csv_arg],
    ]
    .concat();
    let written = ok_json(&cli(&db, &args));
    assert_eq!(written["format"], "csv_comma");
    assert_eq!(written["rows"], references.len());
    let text = std::fs::read_to_string(&csv).expect("CSV");
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
    assert!(lines.contains(&"SSI : DAK (Dakar)"), "{lines:?}");
    let header = lines
        .iter()
        .position(|l| l.starts_with("Référence,"))
        .expect("header");
    let exported: Vec<&str> = lines[header + 1..]
        .iter()
        .map(|l| l.split(',').next().expect("first field"))
        .collect();
    assert_eq!(exported, references);

    let xlsx = dir.path().join("dak.xlsx");
    let args = [
        &["export", "actions"][..],
        &filters,
        &["--out", xlsx.to_str().expect("path")],
    ]
    .concat();
    let written = ok_json(&cli(&db, &args));
    assert_eq!(written["format"], "xlsx", "XLSX by default");
    assert!(std::fs::read(&xlsx).expect("xlsx").starts_with(b"PK"));

    let ods = dir.path().join("units.ods");
    let written = ok_json(&cli(
        &db,
        &[
            "export",
            "units",
            "--format",
            "ods",
            "--out",
            ods.to_str().expect("path"),
        ],
    ));
    assert!(written["rows"].as_u64().expect("rows") > 0);
}

#[test]
fn bad_arguments_are_refused_and_write_nothing() {
    let (dir, db) = demo_db();
    let out = dir.path().join("x.pdf");
    let out_arg = out.to_str().expect("path");

    let e = error(&cli(
        &db,
        &["export", "cases", "--format", "pdf", "--out", out_arg],
    ));
    assert_eq!(e["code"], "INVALID_INPUT");
    assert_eq!(e["field"], "format");
    assert!(e["message"].as_str().expect("message").contains("« pdf »"));

    let e = error(&cli(
        &db,
        &["export", "cases", "--channel", "fax", "--out", out_arg],
    ));
    assert_eq!(e["field"], "channel");

    let e = error(&cli(
        &db,
        &["export", "actions", "--ssi", "ZZZ", "--out", out_arg],
    ));
    assert_eq!(e["code"], "NOT_FOUND");

    let e = error(&cli(
        &db,
        &["export", "trainees", "--state", "XX", "--out", out_arg],
    ));
    assert_eq!(e["code"], "INVALID_INPUT");
    assert!(!out.exists(), "nothing written");
}
