//! The command line as a script would use it: real binary, real database file.

mod support;
use support::{cli, demo_db, error_code, ok_json, pdf_text, sql_i64};

#[test]
fn init_demo_then_kpis_and_ssi_list() {
    let (_dir, db) = demo_db();

    let k = ok_json(&cli(&db, &["kpis", "--year", "2016"]));
    let expected = [
        ("year", 2016),
        ("ssi_count", 74),
        ("countries_covered", 158),
        ("technical_actions", 2160),
        ("persons_located", 1600),
        ("arrest_warrants", 347),
        ("trainees", 100),
        ("trainee_states", 20),
    ];
    for (key, value) in expected {
        assert_eq!(k[key], value, "{key}");
    }

    let list = ok_json(&cli(&db, &["ssi", "list"]));
    let list = list.as_array().expect("array");
    assert!(list.len() >= 74);
    for ssi in list {
        assert!(ssi["code"].as_str().is_some_and(|c| !c.is_empty()));
        assert_eq!(ssi["residence_country"].as_str().map(str::len), Some(2));
        let covered = ssi["covered_countries"].as_array().expect("covered array");
        assert!(
            covered.iter().any(|c| c == &ssi["residence_country"]),
            "{ssi}"
        );
        assert!(ssi.get("head").is_some());
    }

    // Lists with filters, against the same figures.
    let cases = ok_json(&cli(&db, &["cases", "list", "--year", "2016"]));
    let cases = cases.as_array().expect("array");
    let located: i64 = cases
        .iter()
        .filter_map(|c| c["persons_located"].as_i64())
        .sum();
    let warrants: i64 = cases
        .iter()
        .filter_map(|c| c["arrest_warrants"].as_i64())
        .sum();
    assert_eq!((located, warrants), (1600, 347));

    let actions = ok_json(&cli(&db, &["actions", "list", "--year", "2016"]));
    let actions = actions.as_array().expect("array");
    let done = actions
        .iter()
        .filter(|a| a["status"] != "cancelled")
        .count();
    assert_eq!(done, 2160);
    let senegal = ok_json(&cli(
        &db,
        &[
            "actions",
            "list",
            "--year",
            "2016",
            "--country",
            "SN",
            "--ssi",
            "dak",
        ],
    ));
    let expected = actions
        .iter()
        .filter(|a| a["country"] == "SN" && a["ssi_code"] == "DAK")
        .count();
    assert_eq!(senegal.as_array().map(Vec::len), Some(expected));
    assert!(expected > 0);
    let trainings = ok_json(&cli(
        &db,
        &[
            "actions",
            "list",
            "--year",
            "2016",
            "--kind",
            "training",
            "--domain",
            "terrorism",
        ],
    ));
    assert!(trainings
        .as_array()
        .is_some_and(|t| !t.is_empty() && t.len() < actions.len()));

    assert_eq!(
        error_code(&cli(&db, &["actions", "list", "--kind", "sorcellerie"])),
        "NOT_FOUND"
    );
    assert_eq!(
        error_code(&cli(&db, &["cases", "list", "--channel", "pigeon"])),
        "INVALID_INPUT"
    );
    assert_eq!(
        error_code(&cli(&db, &["actions", "list", "--country", "Narnia"])),
        "INVALID_INPUT"
    );
}

#[test]
fn a_filled_database_is_not_overwritten_without_force() {
    let (_dir, db) = demo_db();
    assert_eq!(error_code(&cli(&db, &["init", "--demo"])), "CONFLICT");
    ok_json(&cli(&db, &["init", "--demo", "--force"]));
    let k = ok_json(&cli(&db, &["kpis", "--year", "2016"]));
    assert_eq!(k["technical_actions"], 2160, "reloaded, not doubled");
}

#[test]
fn bad_calls_get_a_json_error_and_change_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("absent.sqlite");
    assert_eq!(error_code(&cli(&db, &["kpis", "--year", "2016"])), "DB_IO");
    assert!(!db.exists(), "a reading command never creates a database");
    assert_eq!(
        error_code(&cli(&db, &["kpis", "--year", "deux-mille"])),
        "INVALID_INPUT"
    );
    assert_eq!(error_code(&cli(&db, &["frobnicate"])), "INVALID_INPUT");

    ok_json(&cli(&db, &["init"]));
    assert_eq!(
        error_code(&cli(&db, &["kpis", "--year", "-5"])),
        "INVALID_INPUT"
    );
    let empty = ok_json(&cli(&db, &["kpis", "--year", "2016"]));
    assert_eq!(empty["technical_actions"], 0);
}

#[test]
fn a_database_from_a_newer_version_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("future.sqlite");
    ok_json(&cli(&db, &["init"]));
    support::open_db(&db)
        .and_then(|c| c.pragma_update(None, "user_version", 500))
        .expect("bump version");
    assert_eq!(error_code(&cli(&db, &["ssi", "list"])), "DB_TOO_NEW");
}

#[test]
fn documents_attendance_and_certificates_then_verify() {
    let (dir, db) = demo_db();
    let session = sql_i64(
        &db,
        "SELECT session_id FROM enrolment WHERE status = 'passed'
         GROUP BY session_id ORDER BY session_id LIMIT 1",
    );
    let session_arg = session.to_string();

    let sheet = dir.path().join("émargement.pdf");
    let sheet_arg = sheet.to_string_lossy().into_owned();
    let written = ok_json(&cli(
        &db,
        &[
            "document",
            "attendance",
            "--session",
            &session_arg,
            "--out",
            &sheet_arg,
        ],
    ));
    assert!(
        written["pages"].as_u64().is_some_and(|p| p >= 1),
        "{written}"
    );
    let size = std::fs::metadata(&sheet).expect("PDF written").len();
    assert_eq!(written["bytes"].as_u64(), Some(size));
    assert!(pdf_text(&sheet).contains("FEUILLE D"));

    // Numbers cleared for the session: the command gives them, then prints.
    support::open_db(&db)
        .and_then(|c| {
            c.execute(
                "UPDATE enrolment SET certificate_no = NULL WHERE session_id = ?1",
                [session],
            )
        })
        .expect("clear numbers");
    let passed = sql_i64(
        &db,
        &format!(
            "SELECT count(*) FROM enrolment WHERE session_id = {session} AND status = 'passed'"
        ),
    );
    let certs = dir.path().join("attestations.pdf");
    let certs_arg = certs.to_string_lossy().into_owned();
    let args = [
        "document",
        "certificates",
        "--session",
        &session_arg,
        "--out",
        &certs_arg,
    ];
    let written = ok_json(&cli(&db, &args));
    assert_eq!(written["certificates_issued"].as_i64(), Some(passed));
    let again = ok_json(&cli(&db, &args));
    assert_eq!(again["certificates_issued"], 0, "numbers are given once");

    let number: String = support::open_db(&db)
        .and_then(|c| {
            c.query_row(
                "SELECT certificate_no FROM enrolment WHERE session_id = ?1 AND status = 'passed'
                 ORDER BY certificate_no LIMIT 1",
                [session],
                |r| r.get(0),
            )
        })
        .expect("a number");
    let text = pdf_text(&certs);
    assert!(text.contains(&number), "{number} not printed");
    let info = ok_json(&cli(&db, &["certificate", "verify", &number]));
    assert_eq!(info["number"], number.as_str());
    assert_eq!(info["verdict"], "authentic");
    assert_eq!(info["record"]["session_id"], session);
    let name = info["holder"].as_str().expect("name");
    assert!(text.contains(name), "{name} not printed");
    assert!(info["course"].as_str().is_some_and(|t| text.contains(t)));

    assert_eq!(
        error_code(&cli(&db, &["certificate", "verify", "GIGN-1900-0001"])),
        "NOT_FOUND"
    );
}

#[test]
fn document_failures_leave_no_file() {
    let (dir, db) = demo_db();
    let out = dir.path().join("rien.pdf");
    let out_arg = out.to_string_lossy().into_owned();
    let nobody_passed = sql_i64(
        &db,
        "SELECT id FROM session WHERE id NOT IN
         (SELECT session_id FROM enrolment WHERE status = 'passed') ORDER BY id LIMIT 1",
    )
    .to_string();
    let nowhere = dir.path().join("absent").join("x.pdf");
    let nowhere = nowhere.to_string_lossy();
    let refusals = [
        (
            "certificates",
            nobody_passed.as_str(),
            out_arg.as_str(),
            "INVALID_INPUT",
        ),
        ("attendance", "999999", out_arg.as_str(), "NOT_FOUND"),
        ("attendance", "1", &*nowhere, "INVALID_INPUT"),
    ];
    for (document, session, out, code) in refusals {
        let args = ["document", document, "--session", session, "--out", out];
        assert_eq!(error_code(&cli(&db, &args)), code, "{args:?}");
    }
    let files: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with("demo.sqlite"))
        .collect();
    assert!(files.is_empty(), "left behind: {files:?}");
}

#[test]
fn a_reader_that_stops_early_is_not_a_crash() {
    let (_dir, db) = demo_db();
    // As `coopdesk-cli actions list | head -1`: the pipe is closed before the output ends.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_coopdesk-cli"))
        .arg("--db")
        .arg(&db)
        .args(["actions", "list"])
        .env("COOPDESK_PASSPHRASE", support::PASSPHRASE)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run coopdesk-cli");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.success(), "{stderr}");
}
