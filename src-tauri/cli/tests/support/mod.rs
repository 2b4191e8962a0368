//! What every command-line test needs: run the real binary on a database file, read its JSON
//! answer or error, and read back the PDFs it writes. Each test file uses part of it.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

/// The passphrase of every test database (the demo one, stated in the README).
pub const PASSPHRASE: &str = "demo-coopdesk-2016";

/// Runs the CLI on `db` with the test passphrase in `COOPDESK_PASSPHRASE`.
pub fn cli(db: &Path, args: &[&str]) -> Output {
    cli_with(db, args, Some(PASSPHRASE))
}

/// Runs the CLI on `db` with `passphrase` in `COOPDESK_PASSPHRASE` (unset when `None`).
pub fn cli_with(db: &Path, args: &[&str], passphrase: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_coopdesk-cli"));
    command
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("COOPDESK_DB")
        .env_remove("COOPDESK_PASSPHRASE");
    if let Some(passphrase) = passphrase {
        command.env("COOPDESK_PASSPHRASE", passphrase);
    }
    command.output().expect("run coopdesk-cli")
}

/// A read connection to the encrypted test database.
pub fn open_db(db: &Path) -> rusqlite::Result<rusqlite::Connection> {
    let conn = rusqlite::Connection::open(db)?;
    conn.pragma_update(None, "key", PASSPHRASE)?;
    Ok(conn)
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
    open_db(db)
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
    coopdesk_testkit::encrypted_demo_file(&db);
    (dir, db)
}

/// A spreadsheet of the core's import fixtures.
pub fn fixture(name: &str) -> String {
    let path: std::path::PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "..",
        "core",
        "tests",
        "fixtures",
        "import",
        name,
    ]
    .iter()
    .collect();
    path.to_string_lossy().into_owned()
}
