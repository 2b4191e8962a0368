//! `journal` and `history` from a terminal: the demo's writes are in the journal, filtered
//! and paged, as JSON or CSV; a record's history; bad arguments refused with their code.

mod support;
use support::{cli, demo_db, error_code, ok_json};

#[test]
fn the_journal_and_a_history_read_the_audit_trail() {
    let (_dir, db) = demo_db();
    let page = ok_json(&cli(&db, &["journal", "--kind", "ssi", "--limit", "3"]));
    assert_eq!(page["entries"].as_array().map(Vec::len), Some(3));
    let total = page["total"].as_i64().expect("total");
    assert!(total >= 74, "every SSI the demo created: {page}");
    assert_eq!(page["entries"][0]["kind_label"], "SSI");
    assert_eq!(page["entries"][0]["action"], "insert");

    let history = ok_json(&cli(&db, &["history", "ssi", "1"]));
    let entries = history.as_array().expect("entries");
    assert!(entries
        .iter()
        .any(|e| e["kind"] == "ssi" && e["action"] == "insert"));
    assert!(
        entries.iter().any(|e| e["kind"] == "ssi_coverage"),
        "its covered countries belong to its history"
    );

    let out = cli(
        &db,
        &[
            "journal", "--kind", "ssi", "--limit", "1", "--format", "csv",
        ],
    );
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("date;utilisateur;nature;enregistrement;action;champ;avant;après")
    );
    let first = lines.next().expect("a line per field");
    assert!(
        first.contains(";SSI;") && first.contains(";création;"),
        "{first}"
    );

    for args in [
        &["journal", "--kind", "inconnue"][..],
        &["journal", "--action", "purge"],
        &["journal", "--format", "xml"],
        &["history", "inconnue", "1"],
    ] {
        assert_eq!(error_code(&cli(&db, args)), "INVALID_INPUT", "{args:?}");
    }
}

#[test]
fn revert_brings_an_action_back_to_an_earlier_version() {
    let (_dir, db) = demo_db();
    let title = |db: &std::path::Path| {
        support::open_db(db)
            .and_then(|c| {
                c.query_row("SELECT title FROM technical_action WHERE id = 1", [], |r| {
                    r.get::<_, String>(0)
                })
            })
            .expect("title")
    };
    let original = title(&db);
    support::open_db(&db)
        .and_then(|c| {
            c.execute(
                "UPDATE technical_action SET title = 'Changé' WHERE id = 1",
                [],
            )
        })
        .expect("change");
    let history = ok_json(&cli(&db, &["history", "technical_action", "1"]));
    let first = history[0]["id"].as_i64().expect("entry id").to_string();
    let done = ok_json(&cli(
        &db,
        &["revert", "technical_action", "1", "--to", &first],
    ));
    assert_eq!(done["reverted"], "restored");
    assert_eq!(title(&db), original);
    assert_eq!(
        error_code(&cli(
            &db,
            &["revert", "technical_action", "2", "--to", &first]
        )),
        "INVALID_INPUT"
    );
}
