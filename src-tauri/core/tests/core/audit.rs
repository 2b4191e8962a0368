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
    assert_eq!(update.changes[1].after_text, None, "a text reads as it is");

    // The creation names what its ids and codes point to.
    let named = |field: &str| {
        let c = history[0].changes.iter().find(|c| c.field == field);
        c.and_then(|c| c.after_text.clone())
    };
    assert_eq!(named("ssi_id").as_deref(), Some("DAK (Dakar)"));
    assert_eq!(named("country").as_deref(), Some("Sénégal"));
    assert_eq!(named("kind_id").as_deref(), Some("Formation"));
    assert_eq!(named("domain_id").as_deref(), Some("Terrorisme"));

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
                .any(|c| c.after.as_deref() == Some("\"ML\"")
                    && c.after_text.as_deref() == Some("Mali"))),
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
