//! `coopdesk-cli report` as a script would use it: real binary, real database file; the PDF
//! it writes is read back with pdftotext.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

fn cli(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_coopdesk-cli"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("COOPDESK_DB")
        .output()
        .expect("run coopdesk-cli")
}

fn ok_json(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

fn error(out: &Output) -> Value {
    assert!(!out.status.success());
    assert!(out.stdout.is_empty(), "nothing on stdout on failure");
    serde_json::from_slice(&out.stderr).expect("JSON error on stderr")
}

fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("run pdftotext");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn report_commands_write_the_pdfs_and_refuse_bad_requests() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("demo.sqlite");
    ok_json(&cli(&db, &["init", "--demo"]));

    let annual = dir.path().join("rapport-2016.pdf");
    let path = annual.to_str().expect("UTF-8 path");
    let written = ok_json(&cli(
        &db,
        &["report", "annual", "--year", "2016", "--out", path],
    ));
    assert_eq!(written["out"], path);
    assert!(
        written["pages"].as_u64().is_some_and(|p| p >= 6),
        "{written}"
    );
    let text = pdf_text(&annual);
    assert!(
        text.contains("En 2016, 2 160 actions de coopération technique ont été menées par les 74 SSI du réseau, qui couvrent 158 pays."),
        "{text}"
    );

    let sheet = dir.path().join("fiche-SN.pdf");
    let path = sheet.to_str().expect("UTF-8 path");
    let written = ok_json(&cli(
        &db,
        &[
            "report",
            "country",
            "--country",
            "SN",
            "--from",
            "2012",
            "--to",
            "2016",
            "--out",
            path,
        ],
    ));
    assert!(written["bytes"].as_u64().is_some_and(|b| b > 10_000));
    assert!(pdf_text(&sheet).contains("Fiche pays : Sénégal"));

    let refused = dir.path().join("refusé.pdf");
    let path = refused.to_str().expect("UTF-8 path");
    for (args, field) in [
        (
            vec!["report", "annual", "--year", "2040", "--out", path],
            "year",
        ),
        (
            vec!["report", "country", "--country", "XX", "--out", path],
            "country",
        ),
        (
            vec![
                "report",
                "country",
                "--country",
                "SN",
                "--from",
                "2016",
                "--to",
                "2012",
                "--out",
                path,
            ],
            "to",
        ),
    ] {
        let err = error(&cli(&db, &args));
        assert_eq!(err["code"], "INVALID_INPUT", "{err}");
        assert_eq!(err["field"], field, "{err}");
    }
    assert!(!refused.exists());
}
