//! What the action form gets from the core: every refused field of a submission at once
//! (amounts in euros), and the next free reference of the SSI and year.

use crate::cooperation::action;
use crate::fixtures::{count, d, small_network, temp_store};
use coopdesk_core::cooperation::technical::ActionInput;
use coopdesk_core::ErrorCode;

#[test]
fn every_refused_field_comes_back_at_once_and_the_cost_in_euros() {
    let (_dir, mut store) = temp_store();
    let ids = small_network(&mut store);
    let bad = ActionInput {
        title: " ".into(),
        end_date: d(2016, 2, 1),
        cost_cents: -150_000,
        participants: -3,
        ssi_id: 999,
        ..action(&ids, "A1")
    };
    let err = store.action_create(&bad).expect_err("refused");
    let fields: Vec<&str> = err.fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(
        fields,
        ["title", "end_date", "participants", "cost_cents", "ssi_id"]
    );
    assert_eq!(err.field.as_deref(), Some("title"));
    let cost = &err.fields[3].message;
    assert_eq!(
        cost.replace(['\u{a0}', '\u{202f}'], " "),
        "Le montant ne peut pas être négatif (-1 500,00 €)."
    );
    assert_eq!(count(&store, "technical_action"), 0);

    // A taken reference is one more refusal of the same submission.
    store.action_create(&action(&ids, "A2")).expect("valid");
    let err = store
        .action_create(&ActionInput {
            participants: -1,
            ..action(&ids, "A2")
        })
        .expect_err("taken and negative");
    let fields: Vec<&str> = err.fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(fields, ["participants", "reference"]);
    assert_eq!(err.code, ErrorCode::InvalidInput);
}

#[test]
fn a_new_action_is_offered_the_next_free_reference_of_its_ssi_and_year() {
    let (_dir, mut store) = temp_store();
    let ids = small_network(&mut store);
    let next = |store: &coopdesk_core::Store, ssi, year| {
        store.action_next_reference(ssi, year).expect("next")
    };
    assert_eq!(next(&store, ids.dakar, 2016), "TA-DAK-2016-001");
    for reference in [
        "TA-DAK-2016-001",
        "TA-DAK-2016-007",
        "TA-DAK-2016-bis",
        "TA-DAK-2015-020",
    ] {
        store
            .action_create(&action(&ids, reference))
            .expect("saved");
    }
    assert_eq!(next(&store, ids.dakar, 2016), "TA-DAK-2016-008");
    assert_eq!(next(&store, ids.dakar, 2015), "TA-DAK-2015-021");
    assert_eq!(next(&store, ids.rabat, 2016), "TA-RAB-2016-001");
    let err = store.action_next_reference(999, 2016).expect_err("no SSI");
    assert_eq!(
        (err.code, err.field.as_deref()),
        (ErrorCode::NotFound, Some("ssi_id"))
    );
    let err = store
        .action_next_reference(ids.dakar, 99)
        .expect_err("bad year");
    assert_eq!(err.field.as_deref(), Some("year"));
}

#[test]
fn the_demo_numbers_its_actions_as_the_form_does() {
    let (_dir, store) = crate::fixtures::demo();
    let refs: Vec<String> = store
        .conn()
        .prepare("SELECT reference FROM technical_action ORDER BY random() LIMIT 50")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .expect("references");
    for r in refs {
        let parts: Vec<&str> = r.split('-').collect();
        assert!(
            parts.len() == 4 && parts[0] == "TA" && parts[3].len() == 3,
            "{r}"
        );
    }
}
