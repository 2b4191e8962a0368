//! What every command-line test needs: run the real binary on a database file, read its JSON
//! answer or error, and read back the PDFs it writes. Each test file uses part of it.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

pub fn cli(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_coopdesk-cli"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("COOPDESK_DB")
        .output()
        .expect("run coopdesk-cli")
}

pub fn ok_json(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

/// A failed command prints `{code, message}` on stderr, nothing on stdout, and exits non-zero.
pub fn error(out: &Output) -> Value {
    assert!(!out.status.success());
    assert!(out.stdout.is_empty(), "nothing on stdout on failure");
    let err: Value = serde_json::from_slice(&out.stderr).expect("JSON error on stderr");
    assert!(
        err["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{err}"
    );
    err
}

pub fn error_code(out: &Output) -> String {
    error(out)["code"].as_str().expect("code").to_owned()
}

/// The first value of a one-column SQL query on the database file.
pub fn sql_i64(db: &Path, sql: &str) -> i64 {
    rusqlite::Connection::open(db)
        .and_then(|c| c.query_row(sql, [], |r| r.get(0)))
        .expect(sql)
}

/// The PDF's text as pdftotext extracts it, whitespace collapsed.
pub fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("run pdftotext");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A temporary folder with `demo.sqlite` created by `init --demo` (kept while the guard lives).
pub fn demo_db() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("demo.sqlite");
    ok_json(&cli(&db, &["init", "--demo"]));
    (dir, db)
}
