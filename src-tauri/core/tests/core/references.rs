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
