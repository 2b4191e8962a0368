//! Personal-data rights: a trainee's or an agent's dossier holds what is kept about them;
//! erasing a trainee leaves their name nowhere in the file (journal and WAL included) and
//! the anonymous figures as they were; the review list follows its setting.

use coopdesk_core::gign::trainee::NewTrainee;
use coopdesk_core::privacy::ERASED_NAME;
use coopdesk_core::{ErrorCode, Store};

use crate::fixtures::{count, sql_count};

fn demo() -> (tempfile::TempDir, Store, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("clair.sqlite");
    let store = coopdesk_testkit::demo_store(&path);
    (dir, store, path)
}

/// The file and its WAL, as bytes.
fn bytes(path: &std::path::Path) -> Vec<u8> {
    let mut all = std::fs::read(path).expect("file");
    all.extend(std::fs::read(format!("{}-wal", path.display())).unwrap_or_default());
    all
}

fn found(haystack: &[u8], needle: &str) -> bool {
    memchr::memmem::find(haystack, needle.as_bytes()).is_some()
}

/// A trainee of our own (a name found nowhere else), enrolled in two 2016 sessions.
fn unique_trainee(store: &mut Store) -> (i64, String) {
    let name = "Wojciechowska-Kerbrat".to_owned();
    let id = store
        .trainee_create(&NewTrainee {
            last_name: name.clone(),
            first_name: "Anaïs-Zélie".into(),
            country: "SN".into(),
            unit_id: None,
            rank: "Lieutenant".into(),
            languages: "fr, wo".into(),
        })
        .expect("trainee")
        .id;
    let sessions: Vec<i64> = store
        .conn()
        .prepare("SELECT id FROM session WHERE start_date LIKE '2016%' ORDER BY id")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .expect("sessions");
    let enrolled = sessions
        .into_iter()
        .filter(|s| store.enrol(*s, id).is_ok())
        .take(2)
        .count();
    assert_eq!(enrolled, 2, "two sessions took the trainee");
    (id, name)
}

#[test]
fn an_erased_trainee_is_found_nowhere_in_the_file_and_the_figures_hold() {
    let (_dir, mut store, path) = demo();
    let (id, name) = unique_trainee(&mut store);
    // A change first: the journal holds the name twice more (before and after).
    let detail = store.trainee(id).expect("trainee");
    let t = &detail.trainee;
    let edited = NewTrainee {
        last_name: t.last_name.clone(),
        first_name: t.first_name.clone(),
        country: t.country.clone(),
        unit_id: t.unit_id,
        rank: "Capitaine".into(),
        languages: detail.languages.clone(),
    };
    store.trainee_update(id, &edited).expect("update");
    store
        .conn()
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .expect("checkpoint");
    assert!(
        found(&bytes(&path), &name),
        "the name is in the file before"
    );
    let figures = (
        store.gign_by_year().expect("gign"),
        store.kpis(2016).expect("kpis"),
        count(&store, "enrolment"),
    );

    let erased = store.trainee_erase(id).expect("erase");
    assert!(erased.enrolments >= 2);
    assert!(erased.journal_entries >= 3, "{erased:?}");
    assert!(!found(&bytes(&path), &name), "the name is left nowhere");
    assert_eq!(
        (
            store.gign_by_year().expect("gign"),
            store.kpis(2016).expect("kpis"),
            count(&store, "enrolment"),
        ),
        figures,
        "the anonymous figures are the same"
    );
    let after = store.trainee(id).expect("still there");
    assert_eq!(after.trainee.last_name, ERASED_NAME);
    assert_eq!(
        after.trainee.country, t.country,
        "the state stays for the counts"
    );
    assert_eq!(
        after.history.len(),
        detail.history.len(),
        "its sessions stay"
    );
    let left = sql_count(
        &store,
        &format!(
            "SELECT count(*) FROM audit WHERE before LIKE '%{name}%' OR after LIKE '%{name}%'"
        ),
    );
    assert_eq!(left, 0);
    let batch = sql_count(
        &store,
        "SELECT count(*) FROM audit_batch WHERE kind = 'erase'",
    );
    assert_eq!(batch, 1, "the erasure is in the journal");
    // The journal is still append-only once the erasure is over.
    let err = store
        .conn()
        .execute("UPDATE audit SET user = 'x' WHERE id = 1", [])
        .expect_err("append-only");
    assert!(err.to_string().contains("audit_append_only"));
}

#[test]
fn a_dossier_holds_identity_sessions_and_journal_and_is_written_as_json() {
    let (dir, mut store, _path) = demo();
    let (id, name) = unique_trainee(&mut store);
    let dossier = store.trainee_dossier(id).expect("dossier");
    assert_eq!(dossier.trainee.trainee.last_name, name);
    assert!(dossier.trainee.history.len() >= 2);
    assert!(dossier
        .journal
        .iter()
        .any(|e| e.kind == "trainee" && e.record_id == Some(id)));
    assert!(dossier.journal.iter().any(|e| e.kind == "enrolment"));

    let out = dir.path().join("dossier.json");
    store.person_export("trainee", id, &out).expect("export");
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&out).expect("file")).expect("json");
    assert_eq!(json["trainee"]["trainee"]["last_name"], name.as_str());

    let agent = sql_count(&store, "SELECT min(agent_id) FROM posting");
    let a = store.agent_dossier(agent).expect("agent");
    assert!(!a.postings.is_empty());
    assert!(a.journal.iter().any(|e| e.kind == "agent"));
    let bad = store.person_export("ssi", 1, &out).expect_err("kind");
    assert_eq!(
        (bad.code, bad.field.as_deref()),
        (ErrorCode::InvalidInput, Some("kind"))
    );
    let missing = store.trainee_dossier(999_999).expect_err("missing");
    assert_eq!(missing.code, ErrorCode::NotFound);
}

#[test]
fn the_review_list_follows_its_setting_and_loses_an_erased_trainee() {
    let (_dir, mut store, _path) = demo();
    assert_eq!(store.review_years().expect("years"), 10);
    let listed = store.review_list().expect("list");
    assert!(!listed.is_empty());
    let limit = (coopdesk_core::today()
        .format("%Y")
        .to_string()
        .parse::<i32>()
        .expect("year")
        - 10)
        .to_string();
    assert!(listed
        .iter()
        .all(|t| t.last_activity.as_deref().is_some_and(|d| d[..4] <= *limit)));
    store.set_review_years(5).expect("5 years");
    assert!(store.review_list().expect("list").len() > listed.len());
    assert_eq!(
        store.set_review_years(0).expect_err("0").field.as_deref(),
        Some("years")
    );
    store.set_review_years(10).expect("back");
    store.trainee_erase(listed[0].id).expect("erase");
    let after = store.review_list().expect("list");
    assert_eq!(after.len(), listed.len() - 1);
    assert!(after.iter().all(|t| t.id != listed[0].id));
}

fn pdf_facts(path: &std::path::Path) -> (usize, String) {
    let text = std::process::Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext");
    let text = String::from_utf8(text.stdout).expect("utf-8");
    let pages = text.split('\u{c}').filter(|p| !p.trim().is_empty()).count();
    (pages, text.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[test]
fn a_dossier_prints_on_one_page_with_identity_sessions_certificates_postings_and_journal() {
    let (dir, mut store, _) = demo();
    // The trainee with the most sessions, one of them passed with a certificate.
    let id: i64 = store
        .conn()
        .query_row(
            "SELECT trainee_id FROM enrolment GROUP BY trainee_id
              HAVING sum(certificate_no IS NOT NULL) > 0 ORDER BY count(*) DESC, trainee_id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .expect("a trainee");
    let last_name = store.trainee(id).expect("trainee").trainee.last_name;
    store
        .conn_mut()
        .execute("UPDATE trainee SET rank = 'Capitaine' WHERE id = ?1", [id])
        .expect("an edit for the journal");
    let out = dir.path().join("dossier.pdf");
    let written = store.person_pdf("trainee", id, &out).expect("pdf");
    let (pages, text) = pdf_facts(&out);
    assert_eq!((written.pages, pages), (1, 1), "one page");
    let detail = store.trainee(id).expect("trainee");
    assert!(text.contains("Dossier d'un stagiaire"), "{text}");
    assert!(
        text.contains(&last_name) && text.contains("Capitaine"),
        "{text}"
    );
    for s in detail.history.iter().take(12) {
        assert!(
            text.contains(s.course_title.split_whitespace().next().unwrap_or("")),
            "{}",
            s.course_title
        );
        if let Some(no) = &s.certificate_no {
            assert!(text.contains(no), "{no} printed");
        }
    }
    assert!(
        text.contains("Journal des modifications") && text.contains("modification"),
        "{text}"
    );

    let agent: i64 = store
        .conn()
        .query_row(
            "SELECT agent_id FROM posting GROUP BY agent_id ORDER BY count(*) DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .expect("an agent");
    let out = dir.path().join("agent.pdf");
    assert_eq!(
        store.person_pdf("agent", agent, &out).expect("pdf").pages,
        1
    );
    let (_, text) = pdf_facts(&out);
    let dossier = store.agent_dossier(agent).expect("dossier");
    assert!(
        text.contains("Dossier d'un agent") && text.contains("Affectations"),
        "{text}"
    );
    for p in &dossier.postings {
        assert!(text.contains(&p.ssi_code), "{}", p.ssi_code);
    }
    let err = store.person_pdf("ssi", 1, &out).expect_err("kind");
    assert_eq!(err.field.as_deref(), Some("kind"));
}
