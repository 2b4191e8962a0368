//! Reference lists shared by every area.

use crate::fixtures::demo;
use coopdesk_core::reference::RefList;
use coopdesk_core::ErrorCode;

#[test]
fn a_reference_entry_in_use_cannot_be_deleted() {
    let (_dir, mut store) = demo();
    let domain = store.references(RefList::Domain).expect("domains")[0].clone();
    let err = store
        .reference_delete(RefList::Domain, domain.id)
        .expect_err("in use");
    assert_eq!(err.code, ErrorCode::Conflict);
    assert!(err.message.contains("action"), "{}", err.message);
    let id = store
        .reference_create(
            RefList::Domain,
            "piracy",
            "Piraterie maritime",
            "Maritime piracy",
        )
        .expect("add");
    store
        .reference_rename(RefList::Domain, id, "Piraterie", "Piracy")
        .expect("rename");
    assert!(store
        .references(RefList::Domain)
        .expect("list")
        .iter()
        .any(|e| e.name_fr == "Piraterie"));
    store
        .reference_delete(RefList::Domain, id)
        .expect("unused entry deleted");
}

#[test]
fn a_new_entry_s_code_is_made_from_its_french_name_unless_given() {
    let (_dir, mut store) = crate::fixtures::temp_store();
    let first = store
        .reference_create(RefList::Domain, "", "Criminalité organisée", "")
        .expect("first");
    let second = store
        .reference_create(RefList::Domain, " ", "Criminalité  organisée", "")
        .expect("second");
    let codes: Vec<(i64, String)> = store
        .references(RefList::Domain)
        .expect("list")
        .into_iter()
        .map(|e| (e.id, e.code))
        .collect();
    assert!(
        codes.contains(&(first, "criminalite_organisee".to_owned())),
        "{codes:?}"
    );
    assert!(
        codes.contains(&(second, "criminalite_organisee_2".to_owned())),
        "{codes:?}"
    );
    let err = store
        .reference_create(RefList::Domain, "criminalite_organisee", "Autre", "")
        .expect_err("a code given twice");
    assert_eq!(err.field.as_deref(), Some("code"));
}

#[test]
fn a_list_is_in_french_alphabetical_order_accents_aside() {
    let (_dir, mut store) = crate::fixtures::temp_store();
    for name in ["Visite d'étude", "Évaluation", "Formation", "équipement"] {
        store
            .reference_create(RefList::ActionKind, "", name, "")
            .expect("entry");
    }
    let names: Vec<String> = store
        .references(RefList::ActionKind)
        .expect("list")
        .into_iter()
        .map(|e| e.name_fr)
        .collect();
    assert_eq!(
        names,
        ["équipement", "Évaluation", "Formation", "Visite d'étude"]
    );
}
