//! The passphrase from a terminal: `COOPDESK_PASSPHRASE` or `--passphrase-file`, `init` that
//! creates an encrypted file, and every refusal (missing, wrong, weak, plaintext, not a
//! database) as a JSON error with its code, exit 1 and the file's bytes unchanged.

mod support;
use support::{cli, cli_with, error_code, ok_json, PASSPHRASE};

fn bytes(path: &std::path::Path) -> Vec<u8> {
    std::fs::read(path).expect("read file")
}

#[test]
fn init_creates_an_encrypted_file_that_opens_only_with_its_passphrase() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("base.sqlite");
    let created = ok_json(&cli(&db, &["init"]));
    assert_eq!(created["database"], db.to_string_lossy().as_ref());
    assert!(!bytes(&db).starts_with(b"SQLite format 3"));
    // Plain SQLite (no key) cannot read it.
    let plain = rusqlite::Connection::open(&db).expect("open");
    plain
        .pragma_update(None, "cipher_log_level", "NONE")
        .expect("quiet");
    assert!(plain
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r
            .get::<_, i64>(0))
        .is_err());
    drop(plain);
    // Nor can the sqlite3 program.
    let sqlite3 = std::process::Command::new("sqlite3")
        .arg(&db)
        .arg("SELECT count(*) FROM sqlite_schema;")
        .output()
        .expect("run sqlite3 (apt install sqlite3)");
    assert!(!sqlite3.status.success());
    assert!(
        String::from_utf8_lossy(&sqlite3.stderr).contains("not a database"),
        "{}",
        String::from_utf8_lossy(&sqlite3.stderr)
    );

    let before = bytes(&db);
    let missing = cli_with(&db, &["ssi", "list"], None);
    assert_eq!(missing.status.code(), Some(1));
    assert_eq!(error_code(&missing), "PASSPHRASE_MISSING");
    let wrong = cli_with(&db, &["ssi", "list"], Some("pas-la-bonne-phrase"));
    assert_eq!(wrong.status.code(), Some(1));
    assert_eq!(error_code(&wrong), "PASSPHRASE_WRONG");
    assert_eq!(bytes(&db), before, "a refused passphrase changes no byte");

    // The same passphrase from a file, its final line break not part of it.
    let file = dir.path().join("phrase.txt");
    std::fs::write(&file, format!("{PASSPHRASE}\n")).expect("write");
    let listed = cli_with(
        &db,
        &["ssi", "list", "--passphrase-file", &file.to_string_lossy()],
        None,
    );
    assert_eq!(ok_json(&listed), serde_json::json!([]));
    let absent = dir.path().join("absente.txt");
    let unreadable = cli_with(
        &db,
        &[
            "ssi",
            "list",
            "--passphrase-file",
            &absent.to_string_lossy(),
        ],
        None,
    );
    assert_eq!(error_code(&unreadable), "BAD_FILE");
}

#[test]
fn a_weak_passphrase_creates_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("base.sqlite");
    let out = cli_with(&db, &["init", "--demo"], Some("court"));
    let err = support::error(&out);
    assert_eq!(err["code"], "INVALID_INPUT");
    assert_eq!(err["field"], "passphrase");
    assert!(
        !err["message"].as_str().unwrap_or("").contains("court"),
        "the passphrase is never quoted: {err}"
    );
    assert!(!db.exists());
}

#[test]
fn a_plaintext_base_is_refused_until_encrypted_then_opens_with_its_data() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("ancienne.sqlite");
    {
        let mut store = coopdesk_core::Store::open(&db).expect("plaintext store");
        store
            .conn_mut()
            .execute_batch(
                "INSERT INTO funder (name, kind) VALUES ('Bailleur témoin', 'bilateral');
                 PRAGMA wal_checkpoint(TRUNCATE);",
            )
            .expect("insert");
    }
    let before = bytes(&db);
    assert_eq!(error_code(&cli(&db, &["ssi", "list"])), "DB_PLAINTEXT");
    assert_eq!(bytes(&db), before);
    let weak = cli_with(&db, &["encrypt"], Some("court"));
    assert_eq!(error_code(&weak), "INVALID_INPUT");
    assert_eq!(bytes(&db), before, "a refused conversion leaves the file");

    ok_json(&cli(&db, &["encrypt"]));
    assert!(!bytes(&db).starts_with(b"SQLite format 3"));
    assert_eq!(
        support::sql_i64(
            &db,
            "SELECT count(*) FROM funder WHERE name = 'Bailleur témoin'"
        ),
        1
    );
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("clair") || n.contains("partial"))
        .collect();
    assert!(left.is_empty(), "no plaintext copy left: {left:?}");
}

#[test]
fn a_file_that_is_not_a_database_has_its_own_code() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("notes.sqlite");
    std::fs::write(&db, "compte rendu de réunion\n".repeat(100)).expect("write");
    let before = bytes(&db);
    assert_eq!(error_code(&cli(&db, &["ssi", "list"])), "DB_NOT_DATABASE");
    assert_eq!(error_code(&cli(&db, &["init"])), "DB_NOT_DATABASE");
    assert_eq!(bytes(&db), before);
}
