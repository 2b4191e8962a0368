//! Validation rules: typed errors, French messages, and nothing written on failure.

use coopdesk_core::operational::{self, CaseInput, Channel};
use coopdesk_core::ssi::{self, NewSsi};
use coopdesk_core::staff::{self, Force, NewAgent, NewPosting, Role};
use coopdesk_core::technical::{self, ActionInput, ActionStatus};
use coopdesk_core::ErrorCode;

use crate::fixtures::{d, small_network, temp_store, Ids};

fn action(ids: &Ids, reference: &str) -> ActionInput {
    ActionInput {
        reference: reference.into(),
        title: "Formation antiterroriste".into(),
        ssi_id: ids.dakar,
        country: "SN".into(),
        kind_id: ids.action_kind,
        domain_id: ids.domain,
        programme_id: None,
        funder_id: None,
        start_date: d(2016, 3, 1),
        end_date: d(2016, 3, 5),
        beneficiary: "Gendarmerie nationale sénégalaise".into(),
        participants: 12,
        cost_cents: 1_250_050,
        status: ActionStatus::Done,
        evaluation: String::new(),
    }
}

fn count(store: &coopdesk_core::Store, table: &str) -> i64 {
    store
        .conn()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .expect("count")
}

#[test]
fn a_country_is_covered_by_one_open_ssi_at_a_time() {
    let (_dir, mut store) = temp_store();
    let ids = small_network(&mut store);
    let err = store
        .write(|tx| ssi::add_coverage(tx, ids.rabat, "gm"))
        .expect_err("Gambia is Dakar's");
    assert_eq!(err.code, ErrorCode::Conflict);
    assert!(
        err.message.contains("Gambie") && err.message.contains("DAK"),
        "{}",
        err.message
    );
    // An SSI closed before another opens may have covered the same country.
    store
        .write(|tx| {
            let old = ssi::insert(
                tx,
                &NewSsi {
                    code: "BJL".into(),
                    city: "Banjul".into(),
                    residence_country: "FR".into(),
                    opened_on: d(1990, 1, 1),
                    closed_on: Some(d(1999, 12, 31)),
                },
            )?;
            ssi::add_coverage(tx, old, "GM")
        })
        .expect("no overlap with Dakar (opened 2000)");
}

#[test]
fn one_head_per_ssi_at_a_time_and_liaison_officers_need_a_specialty() {
    let (_dir, mut store) = temp_store();
    let ids = small_network(&mut store);
    let result = store.write(|tx| {
        let agent = |last: &str| NewAgent {
            last_name: last.into(),
            first_name: "Claire".into(),
            force: Force::Gendarmerie,
            grade: "Colonel".into(),
        };
        let a = staff::insert_agent(tx, &agent("Clément"))?;
        let b = staff::insert_agent(tx, &agent("Durand"))?;
        let posting = |agent_id, role, start, end| NewPosting {
            agent_id,
            ssi_id: ids.dakar,
            role,
            specialty_id: None,
            start_date: start,
            end_date: end,
        };
        staff::insert_posting(
            tx,
            &posting(a, Role::Attache, d(2014, 9, 1), Some(d(2017, 8, 31))),
        )?;
        let clash = staff::insert_posting(tx, &posting(b, Role::Attache, d(2017, 8, 1), None));
        let after = staff::insert_posting(tx, &posting(b, Role::Attache, d(2017, 9, 1), None));
        let liaison =
            staff::insert_posting(tx, &posting(a, Role::LiaisonOfficer, d(2018, 1, 1), None));
        Ok((clash, after, liaison))
    });
    let (clash, after, liaison) = result.expect("transaction");
    let clash = clash.expect_err("two heads");
    assert_eq!(clash.code, ErrorCode::Conflict);
    assert!(
        clash.message.contains("Claire CLÉMENT"),
        "{}",
        clash.message
    );
    assert!(after.is_ok());
    assert_eq!(
        liaison.expect_err("no specialty").field.as_deref(),
        Some("specialty_id")
    );
}

#[test]
fn bad_actions_are_refused_field_by_field_and_nothing_is_written() {
    let (_dir, mut store) = temp_store();
    let ids = small_network(&mut store);
    let cases: Vec<(ActionInput, &str, ErrorCode)> = vec![
        (
            ActionInput {
                end_date: d(2016, 2, 1),
                ..action(&ids, "A1")
            },
            "end_date",
            ErrorCode::InvalidInput,
        ),
        (
            ActionInput {
                participants: -3,
                ..action(&ids, "A2")
            },
            "participants",
            ErrorCode::InvalidInput,
        ),
        (
            ActionInput {
                country: "XX".into(),
                ..action(&ids, "A3")
            },
            "country",
            ErrorCode::InvalidInput,
        ),
        (
            ActionInput {
                title: "  ".into(),
                ..action(&ids, "A4")
            },
            "title",
            ErrorCode::InvalidInput,
        ),
        (
            ActionInput {
                ssi_id: 999,
                ..action(&ids, "A5")
            },
            "ssi_id",
            ErrorCode::NotFound,
        ),
        (
            ActionInput {
                domain_id: 999,
                ..action(&ids, "A6")
            },
            "domain_id",
            ErrorCode::NotFound,
        ),
    ];
    for (new, field, code) in cases {
        let err = store
            .write(|tx| technical::insert(tx, &new))
            .expect_err(field);
        assert_eq!(
            (err.code, err.field.as_deref()),
            (code, Some(field)),
            "{}",
            err.message
        );
        assert!(!err.message.is_empty());
    }
    assert_eq!(count(&store, "technical_action"), 0);
    store
        .write(|tx| technical::insert(tx, &action(&ids, "A7")))
        .expect("valid");
    let dup = store
        .write(|tx| technical::insert(tx, &action(&ids, "A7")))
        .expect_err("duplicate");
    assert_eq!(
        (dup.code, dup.field.as_deref()),
        (ErrorCode::Conflict, Some("reference"))
    );
    assert_eq!(count(&store, "technical_action"), 1);
}

#[test]
fn a_failed_write_rolls_back_everything_it_did() {
    let (_dir, mut store) = temp_store();
    let ids = small_network(&mut store);
    let err = store
        .write(|tx| {
            technical::insert(tx, &action(&ids, "OK-1"))?;
            technical::insert(
                tx,
                &ActionInput {
                    participants: -1,
                    ..action(&ids, "BAD")
                },
            )
        })
        .expect_err("second insert fails");
    assert_eq!(err.code, ErrorCode::InvalidInput);
    assert_eq!(count(&store, "technical_action"), 0);
}

#[test]
fn warrants_cannot_exceed_persons_located() {
    let (_dir, mut store) = temp_store();
    let ids = small_network(&mut store);
    let case = |located, warrants| CaseInput {
        reference: format!("OC-{located}-{warrants}"),
        ssi_id: ids.rabat,
        country: "MA".into(),
        kind_id: ids.case_kind,
        domain_id: ids.domain,
        opened_on: d(2016, 5, 2),
        channel: Channel::Interpol,
        persons_located: located,
        arrest_warrants: warrants,
    };
    let err = store
        .write(|tx| operational::insert(tx, &case(1, 2)))
        .expect_err("2 > 1");
    assert_eq!(err.field.as_deref(), Some("arrest_warrants"));
    assert!(err.message.contains("mandats"), "{}", err.message);
    store
        .write(|tx| operational::insert(tx, &case(2, 2)))
        .expect("2 = 2");
    assert_eq!(count(&store, "operational_case"), 1);
}
