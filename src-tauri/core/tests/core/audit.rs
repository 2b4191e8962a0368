//! The audit trail: every domain table is audited (enumerated from the schema), each kind of
//! write through the store leaves its entry in the same transaction with the values before
//! and after, the entries cannot be changed or deleted, and the journal and a record's
//! history read them back field by field.

use coopdesk_core::audit::journal::{AuditAction, JournalFilter};
use coopdesk_core::reference::RefList;
use coopdesk_core::Store;

use crate::fixtures::{count, demo, small_network, sql_count, temp_store};

/// Every ordinary table of the schema but the audit itself, settings and the country list.
fn domain_tables(store: &Store) -> Vec<String> {
    store
        .conn()
        .prepare(
            "SELECT name FROM pragma_table_list
              WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'
                AND name NOT IN ('audit', 'audit_context', 'audit_batch', 'meta', 'country',
                                 'closed_year_report')
              ORDER BY name",
        )
        .and_then(|mut s| {
            s.query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()
        })
        .expect("tables")
}

fn entries(store: &Store, kind: &str, action: &str) -> i64 {
    sql_count(
        store,
        &format!("SELECT count(*) FROM audit WHERE kind = '{kind}' AND action = '{action}'"),
    )
}

#[test]
fn every_row_the_demo_writes_in_every_domain_table_has_its_entry() {
    let (_dir, store) = demo();
    let tables = domain_tables(&store);
    assert!(tables.len() >= 27, "{tables:?}");
    for table in &tables {
        let triggers = sql_count(
            &store,
            &format!(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = '{table}'
                   AND name LIKE 'audit_row_%'"
            ),
        );
        assert_eq!(triggers, 3, "{table}: insert, update and delete audited");
        // The journal names the kind of record and each field in French.
        let kind = format!("audit-kind-{table}");
        assert_ne!(coopdesk_core::i18n::tr(&kind, &[]), kind);
        let columns: Vec<String> = store
            .conn()
            .prepare("SELECT name FROM pragma_table_info(?1)")
            .and_then(|mut s| {
                s.query_map([table], |r| r.get(0))?
                    .collect::<rusqlite::Result<Vec<String>>>()
            })
            .expect("columns");
        for column in columns {
            let id = format!("audit-field-{column}");
            assert_ne!(coopdesk_core::i18n::tr(&id, &[]), id, "{table}.{column}");
        }
        // The demo writes through the store; what it wrote is in the journal, row for row
        // (the demo updates some rows after inserting them: inserts count the rows).
        assert_eq!(
            entries(&store, table, "insert") - entries(&store, table, "delete"),
            count(&store, table),
            "{table}"
        );
    }
    let batch = sql_count(&store, "SELECT count(DISTINCT batch_id) FROM audit");
    assert_eq!(batch, 1, "the demo is one batch");
}

#[test]
fn an_update_or_delete_on_any_domain_table_is_audited_whatever_the_path() {
    let (_dir, mut store) = demo();
    let tables = domain_tables(&store);
    let conn = store.conn_mut();
    conn.execute_batch("PRAGMA foreign_keys = OFF")
        .expect("fk off");
    for table in tables {
        let tx = conn.transaction().expect("tx");
        let before = sql_in(&tx, "SELECT count(*) FROM audit");
        let first_col: String = tx
            .query_row(
                &format!("SELECT name FROM pragma_table_info('{table}') ORDER BY cid LIMIT 1"),
                [],
                |r| r.get(0),
            )
            .expect("column");
        // Deleting one row (and nothing else): one entry, with the values before.
        let deleted = tx
            .execute(
                &format!("DELETE FROM \"{table}\" WHERE rowid IN (SELECT rowid FROM \"{table}\" LIMIT 1)"),
                [],
            )
            .or_else(|_| {
                // WITHOUT ROWID tables: by their first key column.
                tx.execute(
                    &format!(
                        "DELETE FROM \"{table}\" WHERE \"{first_col}\" = (SELECT \"{first_col}\" FROM \"{table}\" LIMIT 1)"
                    ),
                    [],
                )
            })
            .expect("delete");
        let after = sql_in(&tx, "SELECT count(*) FROM audit");
        assert_eq!(
            after - before,
            deleted as i64,
            "{table}: one entry per row deleted"
        );
        if deleted > 0 {
            let snapshot: Option<String> = tx
                .query_row(
                    "SELECT before FROM audit WHERE kind = ?1 AND action = 'delete' ORDER BY id DESC LIMIT 1",
                    [&table],
                    |r| r.get(0),
                )
                .expect("entry");
            assert!(
                snapshot.is_some_and(|s| s.contains(&format!("\"{first_col}\""))),
                "{table}: the values before"
            );
        }
        drop(tx); // rolled back
    }
}

fn sql_in(tx: &rusqlite::Transaction<'_>, sql: &str) -> i64 {
    tx.query_row(sql, [], |r| r.get(0)).expect(sql)
}

#[test]
fn the_audit_trail_is_append_only() {
    let (_dir, mut store) = temp_store();
    small_network(&mut store);
    assert!(count(&store, "audit") > 0);
    let conn = store.conn();
    for sql in [
        "UPDATE audit SET user = 'quelqu''un'",
        "DELETE FROM audit",
        "UPDATE audit SET after = NULL WHERE id = 1",
    ] {
        let err = conn.execute(sql, []).expect_err(sql);
        assert!(
            err.to_string().contains("audit_append_only"),
            "{sql}: {err}"
        );
    }
    assert!(count(&store, "audit") > 0);
}

#[test]
fn a_form_save_leaves_who_what_and_each_changed_field_in_the_history() {
    let (_dir, mut store) = temp_store();
    let ids = small_network(&mut store);
    let input = crate::cooperation::action(&ids, "AUD-1");
    let saved = store.action_create(&input).expect("create");
    let id = saved.id;
    let changed = coopdesk_core::cooperation::technical::ActionInput {
        title: "Formation antiterroriste avancée".into(),
        participants: 15,
        ..input.clone()
    };
    store.action_update(id, &changed).expect("update");
    // Saving the same values again changes nothing, and records nothing.
    store.action_update(id, &changed).expect("same values");

    let history = store.history("technical_action", id).expect("history");
    let actions: Vec<AuditAction> = history.iter().map(|e| e.action).collect();
    assert_eq!(actions, [AuditAction::Insert, AuditAction::Update]);
    let update = &history[1];
    assert_eq!(update.user, coopdesk_core::audit::os_user());
    assert_eq!(update.kind_label, "Action de coopération technique");
    let fields: Vec<(&str, Option<&str>, Option<&str>)> = update
        .changes
        .iter()
        .map(|c| (c.field.as_str(), c.before.as_deref(), c.after.as_deref()))
        .collect();
    assert_eq!(
        fields,
        [
            ("participants", Some("12"), Some("15")),
            (
                "title",
                Some("\"Formation antiterroriste\""),
                Some("\"Formation antiterroriste avancée\"")
            ),
        ]
    );
    assert_eq!(update.changes[0].label, "Participants");
    assert_eq!(update.changes[1].label, "Intitulé");

    store.actions_delete(&[id]).expect("delete");
    let history = store.history("technical_action", id).expect("history");
    let last = history.last().expect("entry");
    assert_eq!(last.action, AuditAction::Delete);
    assert!(last.changes.iter().any(|c| c.field == "reference"
        && c.before.as_deref() == Some("\"AUD-1\"")
        && c.after.is_none()));
}

#[test]
fn link_tables_belong_to_their_record_s_history() {
    let (_dir, mut store) = temp_store();
    let ids = small_network(&mut store);
    store.ssi_add_coverage(ids.dakar, "ML").expect("coverage");
    let history = store.history("ssi", ids.dakar).expect("history");
    assert!(
        history.iter().any(|e| e.kind == "ssi_coverage"
            && e.changes
                .iter()
                .any(|c| c.after.as_deref() == Some("\"ML\""))),
        "{history:#?}"
    );
}

#[test]
fn the_journal_filters_and_pages_in_the_core() {
    let (_dir, mut store) = temp_store();
    small_network(&mut store);
    store
        .reference_create(
            RefList::Domain,
            "JRN",
            "Domaine du journal",
            "Journal domain",
        )
        .expect("domain");
    let all = store
        .journal(&JournalFilter::default(), 0, 5)
        .expect("journal");
    assert_eq!(all.total, count(&store, "audit"));
    assert_eq!(all.entries.len(), 5);
    assert!(all.entries[0].id > all.entries[4].id, "newest first");
    let next = store
        .journal(&JournalFilter::default(), 5, 5)
        .expect("page 2");
    assert!(next.entries[0].id < all.entries[4].id);

    let found = store
        .journal(
            &JournalFilter {
                kind: Some("domain".into()),
                action: Some(AuditAction::Insert),
                text: Some("journal".into()),
                ..Default::default()
            },
            0,
            50,
        )
        .expect("filtered");
    assert_eq!(found.total, 1);
    let nobody = JournalFilter {
        user: Some("personne-de-ce-nom".into()),
        ..Default::default()
    };
    assert_eq!(store.journal(&nobody, 0, 50).expect("none").total, 0);
    let today = chrono::Utc::now().date_naive();
    let dated = JournalFilter {
        from: Some(today),
        to: Some(today),
        ..Default::default()
    };
    assert_eq!(store.journal(&dated, 0, 1).expect("today").total, all.total);
}

#[test]
fn a_record_goes_back_to_an_earlier_version_or_back_from_deletion() {
    use coopdesk_core::audit::revert::Reverted;
    use coopdesk_core::cooperation::technical::ActionInput;
    let (_dir, mut store) = temp_store();
    let ids = small_network(&mut store);
    let first = crate::cooperation::action(&ids, "REV-1");
    let id = store.action_create(&first).expect("create").id;
    let second = ActionInput {
        title: "Deuxième intitulé".into(),
        ..first.clone()
    };
    store.action_update(id, &second).expect("update");
    let created = store.history("technical_action", id).expect("history")[0].id;

    assert_eq!(
        store
            .revert("technical_action", id, created)
            .expect("revert"),
        Reverted::Restored
    );
    assert_eq!(store.action(id).expect("action").title, first.title);
    let history = store.history("technical_action", id).expect("history");
    assert_eq!(history.len(), 3, "the revert is itself audited");
    let batch: String = store
        .conn()
        .query_row(
            "SELECT b.kind FROM audit a JOIN audit_batch b ON b.id = a.batch_id WHERE a.id = ?1",
            [history[2].id],
            |r| r.get(0),
        )
        .expect("batch");
    assert_eq!(batch, "revert");

    // Deleted, then brought back under the same id with its last values.
    store.actions_delete(&[id]).expect("delete");
    let deletion = store.history("technical_action", id).expect("history")[3].id;
    assert_eq!(
        store
            .revert("technical_action", id, deletion)
            .expect("undelete"),
        Reverted::Recreated
    );
    assert_eq!(store.action(id).expect("back").title, first.title);

    // An entry of another record is refused.
    let other = store
        .action_create(&crate::cooperation::action(&ids, "REV-2"))
        .expect("other")
        .id;
    let err = store
        .revert("technical_action", other, created)
        .expect_err("not its entry");
    assert_eq!(err.field.as_deref(), Some("entry"));
    let err = store
        .revert("trainee", 1, created)
        .expect_err("not revertible yet");
    assert_eq!(err.field.as_deref(), Some("kind"));
}

#[test]
fn a_version_that_is_no_longer_valid_is_refused_with_the_reason() {
    use coopdesk_core::cooperation::technical::ActionInput;
    let (_dir, mut store) = temp_store();
    let ids = small_network(&mut store);
    let kind = store
        .reference_create(
            RefList::ActionKind,
            "TMP",
            "Type provisoire",
            "Temporary kind",
        )
        .expect("kind");
    let base = crate::cooperation::action(&ids, "REV-3");
    let id = store
        .action_create(&ActionInput {
            kind_id: kind,
            ..base.clone()
        })
        .expect("create")
        .id;
    let with_kind = store.history("technical_action", id).expect("history")[0].id;
    store.action_update(id, &base).expect("other kind");
    store
        .reference_delete(RefList::ActionKind, kind)
        .expect("kind removed");
    let before = store.action(id).expect("action");
    let entries = count(&store, "audit");

    let err = store
        .revert("technical_action", id, with_kind)
        .expect_err("kind gone");
    assert_eq!(err.field.as_deref(), Some("kind_id"), "{err:?}");
    assert!(
        err.message
            .starts_with("Cette version ne peut pas être rétablie"),
        "{}",
        err.message
    );
    assert_eq!(store.action(id).expect("action"), before, "nothing changed");
    assert_eq!(count(&store, "audit"), entries, "nor audited");
}
