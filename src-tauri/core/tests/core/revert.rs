//! Revert: a record goes back to an earlier version of its history — its own fields and its
//! links (an SSI's coverage, a session's instructors, a programme's funders, countries and
//! yearly budgets) — or back from its deletion, through the forms' checks, itself audited;
//! a version no longer valid is refused with the reason and changes nothing.

use coopdesk_core::audit::revert::Reverted;
use coopdesk_core::cooperation::programme::{self, NewProgramme};
use coopdesk_core::gign::session::{NewSession, SessionStatus};
use coopdesk_core::gign::trainee::NewTrainee;
use coopdesk_core::reference::{self, Lateral, RefList};
use coopdesk_core::{ErrorCode, Store};

use crate::fixtures::{count, d, small_network, temp_store};
use crate::gign::plan;

/// The id of the first entry (oldest first) of a record's history that `pick` accepts
/// (given the entry's kind and its changes as JSON).
fn entry(store: &Store, kind: &str, id: i64, pick: impl Fn(&str, &str) -> bool) -> i64 {
    let history = store.history(kind, id).expect("history");
    history
        .iter()
        .find(|e| {
            let text = serde_json::to_string(&e.changes).expect("json");
            pick(&e.kind, &text)
        })
        .map(|e| e.id)
        .expect("entry")
}

fn covered(store: &Store, ssi: i64) -> Vec<String> {
    let mut codes: Vec<String> = store
        .ssi_detail(ssi)
        .expect("detail")
        .coverage
        .iter()
        .map(|c| c.alpha2.clone())
        .collect();
    codes.sort();
    codes
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
        .revert("agent", 1, created)
        .expect_err("not a kind with versions");
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

#[test]
fn an_ssi_s_coverage_goes_back_to_an_earlier_version_unless_another_ssi_took_a_country() {
    let (_dir, mut store) = temp_store();
    let ids = small_network(&mut store);
    store.ssi_add_coverage(ids.dakar, "ML").expect("add Mali");
    store
        .ssi_remove_coverage(ids.dakar, "GM")
        .expect("remove Gambia");
    assert_eq!(covered(&store, ids.dakar), ["ML", "SN"]);

    // Back to the coverage just after Gambia was added: Mali goes, Gambia comes back.
    let with_gambia = entry(&store, "ssi", ids.dakar, |k, t| {
        k == "ssi_coverage" && t.contains("GM")
    });
    assert!(store
        .history("ssi", ids.dakar)
        .expect("history")
        .iter()
        .all(|e| e.revertible));
    assert_eq!(
        store.revert("ssi", ids.dakar, with_gambia).expect("revert"),
        Reverted::Restored
    );
    assert_eq!(covered(&store, ids.dakar), ["GM", "SN"]);

    // Rabat covers Mali now: the version with Mali at Dakar is no longer valid.
    store
        .ssi_add_coverage(ids.rabat, "ML")
        .expect("Rabat takes Mali");
    let with_mali = entry(&store, "ssi", ids.dakar, |k, t| {
        k == "ssi_coverage" && t.contains("ML")
    });
    let entries = count(&store, "audit");
    let err = store
        .revert("ssi", ids.dakar, with_mali)
        .expect_err("Mali is Rabat's");
    assert_eq!(err.code, ErrorCode::Conflict);
    assert_eq!(err.field.as_deref(), Some("country"));
    assert!(
        err.message
            .starts_with("Cette version ne peut pas être rétablie"),
        "{}",
        err.message
    );
    assert!(err.message.contains("RAB"), "{}", err.message);
    assert_eq!(covered(&store, ids.dakar), ["GM", "SN"], "nothing changed");
    assert_eq!(count(&store, "audit"), entries, "nor audited");

    // The notice's undo takes back a coverage change too (a link row of the SSI).
    store.ssi_add_coverage(ids.dakar, "GN").expect("add Guinea");
    store.undo_latest("ssi", ids.dakar).expect("undo");
    assert_eq!(covered(&store, ids.dakar), ["GM", "SN"]);
}

#[test]
fn a_trainee_goes_back_to_an_earlier_version_through_the_form_s_checks() {
    let (_dir, mut store) = temp_store();
    let first = NewTrainee {
        last_name: "Diallo".into(),
        first_name: "Amadou".into(),
        country: "SN".into(),
        unit_id: None,
        rank: "Lieutenant".into(),
        languages: "français".into(),
    };
    let id = store.trainee_create(&first).expect("trainee").id;
    let created = store.history("trainee", id).expect("history")[0].id;
    let promoted = NewTrainee {
        rank: "Capitaine".into(),
        ..first.clone()
    };
    store.trainee_update(id, &promoted).expect("promoted");
    assert_eq!(
        store.revert("trainee", id, created).expect("revert"),
        Reverted::Restored
    );
    assert_eq!(
        store.trainee(id).expect("trainee").trainee.rank,
        "Lieutenant"
    );
    assert_eq!(store.history("trainee", id).expect("history").len(), 3);
    let err = store
        .revert("trainee", id + 1, created)
        .expect_err("not its entry");
    assert_eq!(err.field.as_deref(), Some("entry"));
}

#[test]
fn a_session_goes_back_with_its_instructors_and_back_from_deletion_with_its_enrolments() {
    let (_dir, mut store) = temp_store();
    let p = plan(&mut store);
    let first = NewSession {
        course_id: p.course,
        start_date: d(2027, 3, 1),
        end_date: d(2027, 3, 5),
        place_country: "FR".into(),
        city: "Satory".into(),
        language: "français".into(),
        capacity: 4,
        cost_cents: 0,
        status: SessionStatus::Confirmed,
        request_id: None,
        instructor_ids: vec![p.alice],
    };
    let id = store.session_create(&first).expect("session").id;
    let created = store.history("session", id).expect("history")[0].id;
    store
        .session_update(
            id,
            &NewSession {
                city: "Versailles".into(),
                instructor_ids: vec![p.alice, p.bruno],
                ..first.clone()
            },
        )
        .expect("update");
    assert_eq!(
        store.revert("session", id, created).expect("revert"),
        Reverted::Restored
    );
    assert_eq!(store.session(id).expect("session"), first);

    // Deleted with its enrolment, then brought back with it.
    let trainee = store
        .trainee_create(&NewTrainee {
            last_name: "Ndiaye".into(),
            first_name: "Awa".into(),
            country: "SN".into(),
            unit_id: None,
            rank: String::new(),
            languages: String::new(),
        })
        .expect("trainee")
        .id;
    store.enrol(id, trainee).expect("enrol");
    store.session_delete(id).expect("delete");
    let deletion = store
        .history("session", id)
        .expect("history")
        .into_iter()
        .rfind(|e| e.kind == "session")
        .expect("deletion");
    assert_eq!(
        store.revert("session", id, deletion.id).expect("undelete"),
        Reverted::Recreated
    );
    assert_eq!(store.session(id).expect("back"), first);
    let enrolled: Vec<i64> = store
        .enrolments(id)
        .expect("enrolments")
        .iter()
        .map(|e| e.trainee_id)
        .collect();
    assert_eq!(enrolled, [trainee]);
}

#[test]
fn a_programme_goes_back_with_its_yearly_budgets() {
    let (_dir, mut store) = temp_store();
    let id = store
        .write(|tx| {
            let funder = reference::insert_funder(tx, "Union européenne", Lateral::Multilateral)?;
            programme::insert(
                tx,
                &NewProgramme {
                    code: "EU-SAHEL".into(),
                    name: "Sécurité au Sahel".into(),
                    kind: Lateral::Multilateral,
                    budget_cents: 300_000,
                    start_date: d(2016, 1, 1),
                    end_date: Some(d(2018, 12, 31)),
                    funders: vec![(funder, 100.0)],
                    countries: vec!["ML".into(), "NE".into()],
                },
            )
        })
        .expect("programme");
    let budgets = |store: &Store| -> Vec<(i32, i64)> {
        let p = store
            .programmes()
            .expect("programmes")
            .into_iter()
            .find(|p| p.id == id);
        p.expect("programme")
            .years
            .iter()
            .map(|y| (y.year, y.budget_cents))
            .collect()
    };
    let spread = budgets(&store);
    assert_eq!(spread, [(2016, 100_000), (2017, 100_000), (2018, 100_000)]);
    store
        .programme_year_budget(id, 2017, 250_000)
        .expect("2017");
    let after_2017 = entry(&store, "programme", id, |k, t| {
        k == "programme_budget" && t.contains("250000")
    });
    store.programme_year_budget(id, 2018, 0).expect("2018");

    // Back to just after 2017 was changed (a link entry), then back to the creation.
    store
        .revert("programme", id, after_2017)
        .expect("revert to 2017's change");
    assert_eq!(
        budgets(&store),
        [(2016, 100_000), (2017, 250_000), (2018, 100_000)]
    );
    let created = store.history("programme", id).expect("history")[0].id;
    store
        .revert("programme", id, created)
        .expect("revert to creation");
    assert_eq!(budgets(&store), spread);
    let row = store
        .programmes()
        .expect("programmes")
        .into_iter()
        .find(|p| p.id == id);
    let countries: Vec<String> = row
        .expect("programme")
        .countries
        .into_iter()
        .map(|c| c.name_fr)
        .collect();
    assert_eq!(countries, ["Mali", "Niger"]);
    // The undo notice after a budget change takes it back.
    store.programme_year_budget(id, 2016, 1).expect("2016");
    store.undo_latest("programme", id).expect("undo");
    assert_eq!(budgets(&store), spread);
}

#[test]
fn a_write_made_outside_the_store_is_no_part_of_the_store_s_last_write() {
    let (_dir, mut store) = temp_store();
    let ids = small_network(&mut store);
    let first = crate::cooperation::action(&ids, "RAW-1");
    let id = store.action_create(&first).expect("create").id;
    store
        .conn()
        .execute(
            "UPDATE technical_action SET title = 'Changé à la main' WHERE id = ?1",
            [id],
        )
        .expect("a write with the sqlite3 shell");
    let history = store.history("technical_action", id).expect("history");
    assert_eq!(history.len(), 2, "journalled all the same");
    assert_eq!(history[1].user, "", "by no user of the store");
    let tx: Option<i64> = store
        .conn()
        .query_row("SELECT tx FROM audit WHERE id = ?1", [history[1].id], |r| {
            r.get(0)
        })
        .expect("tx");
    assert_eq!(tx, None, "in no transaction of the store");
    // The creation's version is the creation, not the change made after it.
    store
        .revert("technical_action", id, history[0].id)
        .expect("revert");
    assert_eq!(store.action(id).expect("action").title, first.title);
}
