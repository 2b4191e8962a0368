//! The encrypted file: unreadable without its passphrase (no SQLite header, no name in its
//! bytes, its WAL and its copies alike), SQLCipher 4's settings pinned, a wrong passphrase
//! refused with its own code and the file unchanged, a passphrase changed, and a plaintext
//! database converted with nothing lost.

use std::path::{Path, PathBuf};

use coopdesk_core::gign::trainee::NewTrainee;
use coopdesk_core::store::backup::check_candidate;
use coopdesk_core::store::key::Passphrase;
use coopdesk_core::{ErrorCode, Store};

const NAME: &str = "Quetzalcoatlus";

fn key(text: &str) -> Passphrase {
    Passphrase::new(text.to_owned(), "passphrase").expect("strong enough")
}

fn with_trainee(store: &mut Store) {
    store
        .trainee_create(&NewTrainee {
            last_name: NAME.into(),
            first_name: "Aïcha".into(),
            country: "SN".into(),
            unit_id: None,
            rank: String::new(),
            languages: String::new(),
        })
        .expect("trainee");
}

/// The file and every file beside it (WAL, shm, copies), recursively.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn assert_unreadable(path: &Path) {
    let bytes = std::fs::read(path).expect("read");
    assert!(
        !bytes.starts_with(b"SQLite format 3"),
        "{path:?} is plaintext"
    );
    let name = NAME.as_bytes();
    assert!(
        !bytes.windows(name.len()).any(|w| w == name),
        "{path:?} holds the trainee's name"
    );
}

#[test]
fn the_file_its_wal_and_its_copies_are_unreadable_without_the_passphrase() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("base.sqlite");
    let pass = key("cheval agrafe pile correcte");
    let mut store = Store::open_encrypted(&path, &pass).expect("create");
    assert!(store.is_encrypted());
    with_trainee(&mut store);
    store
        .backup_to(&dir.path().join("copie.sqlite"))
        .expect("copy");
    store
        .backup_auto(
            coopdesk_core::store::backup::Occasion::Start,
            coopdesk_core::now(),
        )
        .expect("automatic copy");
    // While open, the WAL holds the last writes; after a checkpoint, the file does.
    for file in files(dir.path()) {
        assert_unreadable(&file);
    }
    store
        .conn()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .expect("checkpoint");
    drop(store);
    let all = files(dir.path());
    assert!(all.len() >= 3, "{all:?}");
    for file in all {
        assert_unreadable(&file);
    }
    // Plain SQLite (no key) cannot read it.
    let plain = rusqlite::Connection::open(&path).expect("open");
    assert!(plain
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r
            .get::<_, i64>(0))
        .is_err());
    // With the passphrase, the data is there, and copies open with it too.
    let again = Store::open_encrypted(&path, &pass).expect("unlock");
    assert_eq!(again.trainees(NAME, None, None).expect("search").len(), 1);
    let copy = coopdesk_core::store::backup::check_candidate(
        &dir.path().join("copie.sqlite"),
        Some(&pass),
    )
    .expect("the copy opens with the passphrase");
    assert_eq!(copy.records.trainees, 1);
}

#[test]
fn sqlcipher_4_settings_are_the_ones_stated_in_the_readme() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open_encrypted(&dir.path().join("base.sqlite"), &Passphrase::demo())
        .expect("create");
    let one = |sql: &str| -> String { store.conn().query_row(sql, [], |r| r.get(0)).expect(sql) };
    assert!(
        one("PRAGMA cipher_version").starts_with("4."),
        "{}",
        one("PRAGMA cipher_version")
    );
    assert!(one("PRAGMA cipher_provider")
        .to_lowercase()
        .contains("openssl"));
    let mut stmt = store
        .conn()
        .prepare("PRAGMA cipher_settings")
        .expect("settings");
    let settings: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .expect("settings")
        .collect::<Result<_, _>>()
        .expect("settings");
    for expected in [
        "PRAGMA kdf_iter = 256000;",
        "PRAGMA cipher_page_size = 4096;",
        "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;",
        "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;",
        "PRAGMA cipher_use_hmac = 1;",
    ] {
        assert!(
            settings.iter().any(|s| s == expected),
            "{expected} not in {settings:?}"
        );
    }
}

#[test]
fn a_wrong_passphrase_is_refused_with_its_code_and_the_file_is_unchanged() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("base.sqlite");
    let pass = key("cheval agrafe pile correcte");
    let mut store = Store::open_encrypted(&path, &pass).expect("create");
    with_trainee(&mut store);
    drop(store);
    let before = std::fs::read(&path).expect("read");
    for wrong in ["cheval agrafe pile correctE", "", "x"] {
        let err = Store::open_encrypted(&path, &Passphrase::unlock(wrong.into()))
            .err()
            .expect("wrong passphrase");
        assert_eq!(err.code, ErrorCode::PassphraseWrong, "{err:?}");
        assert_eq!(err.field.as_deref(), Some("passphrase"));
        assert!(
            !err.message.contains(wrong) || wrong.len() < 2,
            "no passphrase in the message"
        );
        assert_eq!(
            std::fs::read(&path).expect("read"),
            before,
            "file unchanged"
        );
    }
    let weak = Passphrase::new("court".into(), "new").expect_err("too short");
    assert_eq!(
        (weak.code, weak.field.as_deref()),
        (ErrorCode::InvalidInput, Some("new"))
    );
    assert!(format!("{:?}", pass).contains('…') && !format!("{pass:?}").contains("cheval"));
}

#[test]
fn the_passphrase_is_changed_with_the_old_one_asked_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("base.sqlite");
    let (old, new) = (
        key("premiere phrase secrete"),
        key("seconde phrase secrete"),
    );
    let mut store = Store::open_encrypted(&path, &old).expect("create");
    with_trainee(&mut store);
    let refused = store
        .change_passphrase(&key("pas la bonne phrase"), &new)
        .expect_err("old passphrase checked");
    assert_eq!(
        (refused.code, refused.field.as_deref()),
        (ErrorCode::PassphraseWrong, Some("old"))
    );
    // A copy in backups/ (re-keyed with the database) and one exported elsewhere (not).
    let auto = store.backup_now(coopdesk_core::now()).expect("copy").path;
    let exported = dir.path().join("exportee.sqlite");
    store.backup_to(&exported).expect("export");
    assert_eq!(store.change_passphrase(&old, &new).expect("re-key"), 1);
    with_trainee(&mut store);
    assert_eq!(
        check_candidate(&auto, Some(&new))
            .expect("the copy in backups/ opens with the new passphrase")
            .records
            .trainees,
        1
    );
    assert!(
        check_candidate(&auto, Some(&old)).is_err(),
        "and no longer with the old one"
    );
    assert_unreadable(&auto);
    let other = store
        .backup_check(&exported)
        .expect_err("another passphrase");
    assert_eq!(
        (other.code, other.field.as_deref()),
        (ErrorCode::PassphraseWrong, Some("path"))
    );
    assert!(
        other.message.contains("autre phrase secrète"),
        "{}",
        other.message
    );
    drop(store);
    assert_eq!(
        Store::open_encrypted(&path, &old).err().map(|e| e.code),
        Some(ErrorCode::PassphraseWrong)
    );
    let started = std::time::Instant::now();
    let reopened = Store::open_encrypted(&path, &new).expect("new passphrase");
    eprintln!(
        "unlock (key derivation, quick_check, migrations): {:?}",
        started.elapsed()
    );
    assert_eq!(
        reopened.trainees(NAME, None, None).expect("search").len(),
        2
    );
    assert_unreadable(&path);
}

#[test]
fn a_plaintext_database_is_converted_with_nothing_lost_and_no_plaintext_left() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("ancienne.sqlite");
    let mut plain = coopdesk_testkit::demo_store(&path);
    with_trainee(&mut plain);
    let kpis = plain.kpis(2016).expect("kpis");
    drop(plain);
    let pass = key("cheval agrafe pile correcte");
    let refused = Store::open_encrypted(&path, &pass)
        .err()
        .expect("plaintext refused");
    assert_eq!(refused.code, ErrorCode::DbPlaintext);

    let store = Store::encrypt_plaintext(&path, &pass).expect("converted");
    assert!(store.is_encrypted());
    assert_eq!(store.kpis(2016).expect("kpis"), kpis, "nothing lost");
    assert_eq!(store.trainees(NAME, None, None).expect("search").len(), 1);
    drop(store);
    let left: Vec<PathBuf> = files(dir.path());
    assert_eq!(left, vec![path.clone()], "no plaintext copy left: {left:?}");
    assert_unreadable(&path);
}

#[test]
fn no_trainee_or_agent_name_of_the_demo_data_is_in_any_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("base.sqlite");
    coopdesk_testkit::encrypted_demo_file(&path);
    let store = Store::open_encrypted(&path, &Passphrase::demo()).expect("open");
    let names: Vec<String> = store
        .conn()
        .prepare(
            // Long enough not to turn up by chance in megabytes of ciphertext.
            "SELECT * FROM (SELECT DISTINCT last_name FROM trainee
                             WHERE length(last_name) >= 7 ORDER BY id LIMIT 10)
             UNION SELECT * FROM (SELECT DISTINCT last_name FROM agent
                                   WHERE length(last_name) >= 7 ORDER BY id LIMIT 10)",
        )
        .and_then(|mut s| {
            s.query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()
        })
        .expect("names");
    assert!(names.len() >= 15, "{names:?}");
    store
        .backup_auto(
            coopdesk_core::store::backup::Occasion::Start,
            coopdesk_core::now(),
        )
        .expect("automatic copy");
    let check = |when: &str| {
        let all = files(dir.path());
        // Temporary tables and sorts stay in memory (temp_store = MEMORY); a copy's
        // `.partial` file is renamed once complete: only these files exist.
        for file in &all {
            let name = file
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            assert!(
                name.starts_with("base.sqlite") || name.starts_with("coopdesk-"),
                "unexpected file {when}: {file:?}"
            );
            let bytes = std::fs::read(file).expect("read");
            assert!(!bytes.starts_with(b"SQLite format 3"), "{file:?} {when}");
            for n in &names {
                assert!(
                    memchr::memmem::find(&bytes, n.as_bytes()).is_none(),
                    "{file:?} holds the name {n} {when}"
                );
            }
        }
        all.len()
    };
    // Open: the database, its WAL and shm, the copy.
    assert!(check("while open") >= 3);
    drop(store);
    check("once closed");
}
