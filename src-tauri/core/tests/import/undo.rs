//! An import is one unit of the journal: « Annuler cet import » removes the rows it created
//! and puts back those it updated, all or nothing, refused once one of its rows changed
//! since; an import into a closed year is refused row by row, nothing written.

use coopdesk_core::cooperation::technical::ActionInput;
use coopdesk_core::import::ImportKind;
use coopdesk_core::{ErrorCode, Store};

use crate::fixtures::{demo_store, file, rows, write_xlsx, V};
use crate::{count, run};

const ACTIONS: ImportKind = ImportKind::Actions;

fn action_id(store: &Store, reference: &str) -> i64 {
    store
        .conn()
        .query_row(
            "SELECT id FROM technical_action WHERE reference = ?1",
            [reference],
            |r| r.get(0),
        )
        .expect(reference)
}

fn titles(store: &Store) -> Vec<String> {
    store
        .conn()
        .prepare("SELECT title FROM technical_action WHERE reference LIKE 'IMP-2024-%' ORDER BY reference")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .expect("titles")
}

#[test]
fn an_import_is_undone_whole_and_refused_while_one_of_its_rows_changed_since() {
    let (dir, mut store) = demo_store();
    let before = count(&store, "technical_action");
    let created = run(&mut store, ACTIONS, &file("actions-corrected.xlsx"), true).expect("import");
    assert_eq!(created.to_create, 10);
    let first = created
        .batch_id
        .expect("a committed import names its batch");
    let original = titles(&store);

    // A second file updates the ten titles.
    let mut changed = rows(false);
    for row in &mut changed {
        if let V::T(title) = &row[1] {
            row[1] = V::T(Box::leak(format!("{title} (révisé)").into_boxed_str()));
        }
    }
    let path = dir.path().join("actions-revisees.xlsx");
    write_xlsx(&path, &changed);
    let updated = run(&mut store, ACTIONS, &path, true).expect("update");
    assert_eq!(updated.to_update, 10);
    let second = updated.batch_id.expect("batch");

    // One of its rows edited by hand since: the undo is refused and changes nothing.
    let id = action_id(&store, "IMP-2024-003");
    let input = store.action(id).expect("action");
    store
        .action_update(
            id,
            &ActionInput {
                participants: 99,
                ..input
            },
        )
        .expect("edit");
    let audit = count(&store, "audit");
    let err = store.undo_batch(second).expect_err("changed since");
    assert_eq!(err.code, ErrorCode::Conflict);
    assert_eq!(count(&store, "audit"), audit, "nothing written");
    assert!(titles(&store).iter().all(|t| t.ends_with("(révisé)")));

    // The edit undone first, the update import is undone whole: the titles are back.
    store
        .undo_latest("technical_action", id)
        .expect("undo the edit");
    let undone = store.undo_batch(second).expect("undo the update");
    assert_eq!(undone.rows, 10);
    assert_eq!(titles(&store), original);
    // Then the first import: its ten actions are gone, the base is as before.
    store.undo_batch(first).expect("undo the creation");
    assert_eq!(count(&store, "technical_action"), before);
    let again = store.undo_batch(first).expect_err("twice");
    assert_eq!(again.code, ErrorCode::Conflict);

    // The journal shows both imports undone.
    let page = store
        .journal(
            &coopdesk_core::audit::journal::JournalFilter {
                batch_id: Some(first),
                ..Default::default()
            },
            0,
            5,
        )
        .expect("journal");
    let batch = page.entries[0].batch.as_ref().expect("batch");
    assert_eq!((batch.kind.as_str(), batch.undone), ("import", true));
    assert_eq!(batch.label, "actions-corrected.xlsx");
    assert_eq!(batch.kind_label, "Import");
}

#[test]
fn an_import_into_a_closed_year_is_refused_row_by_row_and_writes_nothing() {
    let (_dir, mut store) = demo_store();
    store.year_close(2024).expect("close");
    let before = count(&store, "technical_action");
    let path = file("actions-corrected.xlsx");
    let report = run(&mut store, ACTIONS, &path, false).expect("dry run");
    assert_eq!(report.errors.len(), 10, "{:?}", report.errors);
    for e in &report.errors {
        assert_eq!(e.code, ErrorCode::YearClosed);
        assert_eq!(e.column.as_deref(), Some("Date de début"));
        assert!(e.message.contains("2024 est clôturée"), "{}", e.message);
    }
    let refused = run(&mut store, ACTIONS, &path, true).expect_err("commit refused");
    assert_eq!(refused.code, ErrorCode::InvalidInput);
    assert_eq!(count(&store, "technical_action"), before);
}

#[test]
fn an_import_whose_year_was_closed_since_is_not_undone() {
    let (_dir, mut store) = demo_store();
    let before = count(&store, "technical_action");
    let report = run(&mut store, ACTIONS, &file("actions-corrected.xlsx"), true).expect("import");
    store.year_close(2024).expect("close");
    let err = store
        .undo_batch(report.batch_id.expect("batch"))
        .expect_err("closed year");
    assert_eq!(err.code, ErrorCode::YearClosed);
    assert!(err.message.contains("2024"), "{}", err.message);
    assert_eq!(
        count(&store, "technical_action"),
        before + 10,
        "nothing undone"
    );
}
