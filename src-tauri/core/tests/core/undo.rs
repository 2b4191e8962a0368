//! Undo: a save, an edit or a delete taken back whole, audited as a batch of its own; only
//! the desk's very last plain write, refused otherwise with nothing changed.

use coopdesk_core::cooperation::technical::ActionInput;
use coopdesk_core::gign::session::NewSession;
use coopdesk_core::ErrorCode;

use crate::fixtures::{count, demo, small_network, sql_count, temp_store};

#[test]
fn a_create_an_edit_and_a_delete_are_each_undone_whole() {
    let (_dir, mut store) = temp_store();
    let ids = small_network(&mut store);
    let input = crate::cooperation::action(&ids, "UNDO-1");
    let actions = count(&store, "technical_action");

    let created = store.action_create(&input).expect("create").id;
    let undone = store
        .undo_latest("technical_action", created)
        .expect("undo create");
    assert_eq!(undone.rows, 1);
    assert_eq!(
        count(&store, "technical_action"),
        actions,
        "the created action is gone"
    );
    let again = store
        .undo_latest("technical_action", created)
        .expect_err("twice");
    assert_eq!(again.code, ErrorCode::Conflict);

    let id = store.action_create(&input).expect("create").id;
    let edited = ActionInput {
        title: "Intitulé corrigé".into(),
        participants: 40,
        ..input.clone()
    };
    store.action_update(id, &edited).expect("edit");
    store
        .undo_latest("technical_action", id)
        .expect("undo edit");
    assert_eq!(
        store.action(id).expect("back"),
        input,
        "every field as before the edit"
    );

    let other = store
        .action_create(&crate::cooperation::action(&ids, "UNDO-2"))
        .expect("second")
        .id;
    store.actions_delete(&[id, other]).expect("delete both");
    let undone = store
        .undo_latest("technical_action", other)
        .expect("undo delete");
    assert_eq!(undone.rows, 2, "one delete of two actions, undone as one");
    assert_eq!(store.action(id).expect("back").reference, "UNDO-1");
    assert_eq!(store.action(other).expect("back").reference, "UNDO-2");
    // The undo is in the journal as a batch of its own, and its entries say what it did.
    let batch = sql_count(
        &store,
        &format!(
            "SELECT count(*) FROM audit WHERE batch_id = {} AND action = 'insert'",
            undone.batch_id
        ),
    );
    assert_eq!(batch, 2);
    let history = store.history("technical_action", id).expect("history");
    let last = history.last().expect("entry");
    assert_eq!(last.batch.as_ref().map(|b| b.kind.as_str()), Some("undo"));
    // The search index followed: the restored action is found again.
    let found = sql_count(
        &store,
        "SELECT count(*) FROM technical_action_fts WHERE technical_action_fts MATCH 'UNDO'",
    );
    assert_eq!(found, 2);
}

#[test]
fn an_undo_is_refused_when_the_data_changed_since_or_would_take_more_with_it() {
    let (_dir, mut store) = demo();
    let session_input: NewSession = store
        .session(sql_count(
            &store,
            "SELECT min(id) FROM session WHERE start_date LIKE '2024%'",
        ))
        .expect("session");
    let session = store.session_create(&session_input).expect("session").id;
    let trainee = sql_count(&store, "SELECT min(id) FROM trainee");
    store.enrol(session, trainee).expect("enrol");
    let before = (
        count(&store, "session"),
        count(&store, "enrolment"),
        count(&store, "audit"),
    );
    // Undoing the session's creation would delete the enrolment made since: it is no
    // longer the desk's last write, and nothing is undone.
    let err = store.undo_latest("session", session).expect_err("cascade");
    assert_eq!(err.code, ErrorCode::InvalidInput, "{err:?}");
    assert_eq!(
        (
            count(&store, "session"),
            count(&store, "enrolment"),
            count(&store, "audit")
        ),
        before,
        "nothing changed"
    );
}

#[test]
fn an_edit_before_a_closing_is_not_undone_after_it() {
    let (_dir, mut store) = demo();
    let id = sql_count(
        &store,
        "SELECT min(id) FROM technical_action WHERE start_date LIKE '2016%'",
    );
    let input = store.action(id).expect("action");
    store
        .action_update(
            id,
            &ActionInput {
                title: "Avant clôture".into(),
                ..input
            },
        )
        .expect("edit");
    store.year_close(2016).expect("close");
    // The close is the desk's last write now: undoing the edit is refused (the closed
    // year's own refusal of an undo is in tests/import/undo.rs).
    let err = store
        .undo_latest("technical_action", id)
        .expect_err("closed");
    assert_eq!(err.code, ErrorCode::InvalidInput);
    assert_eq!(store.action(id).expect("unchanged").title, "Avant clôture");
}

#[test]
fn only_the_desks_very_last_plain_write_is_undone() {
    let (_dir, mut store) = demo();
    // A record of the demo: its creation is the demo batch, never undone from a notice.
    let demo_action = sql_count(&store, "SELECT min(id) FROM technical_action");
    let err = store
        .undo_latest("technical_action", demo_action)
        .expect_err("demo batch");
    assert_eq!(err.code, ErrorCode::InvalidInput);
    let input = store.action(demo_action).expect("action");
    store
        .action_update(demo_action, &input)
        .expect("saved unchanged: nothing written");
    assert_eq!(
        store
            .undo_latest("technical_action", demo_action)
            .expect_err("still the demo")
            .code,
        ErrorCode::InvalidInput
    );
    // Two edits of two actions: the first is no longer the last write.
    let other = demo_action + 1;
    store
        .action_update(
            demo_action,
            &ActionInput {
                participants: 77,
                ..input
            },
        )
        .expect("edit");
    let second = store.action(other).expect("other");
    let before = second.participants;
    store
        .action_update(
            other,
            &ActionInput {
                participants: 78,
                ..second
            },
        )
        .expect("edit");
    let audit = count(&store, "audit");
    let err = store
        .undo_latest("technical_action", demo_action)
        .expect_err("not the last write");
    assert_eq!(err.code, ErrorCode::InvalidInput);
    assert_eq!(count(&store, "audit"), audit, "nothing written");
    store
        .undo_latest("technical_action", other)
        .expect("the last write");
    assert_eq!(store.action(other).expect("other").participants, before);
}
