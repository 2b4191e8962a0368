//! `person export|erase|review` from a terminal: the dossier as JSON, an erasure that needs
//! --confirm and leaves the trainee anonymous, the review list and its setting.

mod support;
use support::{cli, demo_db, error, ok_json, sql_i64};

#[test]
fn a_trainee_is_exported_then_erased_with_confirm_and_leaves_the_review_list() {
    let (dir, db) = demo_db();
    let review = ok_json(&cli(&db, &["person", "review"]));
    assert_eq!(review["years"], 10);
    let first = &review["trainees"][0];
    let id = first["id"].as_i64().expect("a trainee to review");
    let listed = review["trainees"].as_array().map(Vec::len).unwrap_or(0);

    let out = dir.path().join("dossier.json");
    let out_arg = out.to_string_lossy().into_owned();
    ok_json(&cli(
        &db,
        &[
            "person",
            "export",
            "trainee",
            &id.to_string(),
            "--out",
            &out_arg,
        ],
    ));
    let dossier: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&out).expect("written")).expect("json");
    assert_eq!(dossier["trainee"]["trainee"]["id"], id);
    assert!(dossier["journal"].as_array().is_some_and(|j| !j.is_empty()));
    // The same dossier on one printed page when the file ends in .pdf.
    let sheet = out.with_extension("pdf");
    let sheet_arg = sheet.to_string_lossy().into_owned();
    ok_json(&cli(
        &db,
        &[
            "person",
            "export",
            "trainee",
            &id.to_string(),
            "--out",
            &sheet_arg,
        ],
    ));
    let info = std::process::Command::new("pdfinfo")
        .arg(&sheet)
        .output()
        .expect("pdfinfo");
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    assert!(
        info.lines()
            .any(|l| l.starts_with("Pages:") && l.ends_with(" 1")),
        "{info}"
    );

    let refused = cli(&db, &["person", "erase", "trainee", &id.to_string()]);
    assert_eq!(error(&refused)["field"], "confirm");
    assert_eq!(
        error(&cli(&db, &["person", "erase", "agent", "1", "--confirm"]))["field"],
        "kind"
    );
    let erased = ok_json(&cli(
        &db,
        &["person", "erase", "trainee", &id.to_string(), "--confirm"],
    ));
    assert_eq!(erased["id"], id);
    let name = sql_i64(
        &db,
        &format!("SELECT count(*) FROM trainee WHERE id = {id} AND last_name = '[effacé]'"),
    );
    assert_eq!(name, 1);
    let after = ok_json(&cli(&db, &["person", "review", "--years", "10"]));
    assert_eq!(after["trainees"].as_array().map(Vec::len), Some(listed - 1));
    assert_eq!(
        error(&cli(&db, &["person", "review", "--years", "0"]))["field"],
        "years"
    );
}
