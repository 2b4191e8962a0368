//! The SSI network: coverage (one open SSI per country), heads and specialties, postings.

use crate::fixtures::{d, demo, small_network, temp_store};
use coopdesk_core::network::coverage;
use coopdesk_core::network::ssi::{self, NewSsi};
use coopdesk_core::network::staff::{self, Force, NewAgent, NewPosting, Role};
use coopdesk_core::ErrorCode;

#[test]
fn a_country_is_covered_by_one_open_ssi_at_a_time() {
    let (_dir, mut store) = temp_store();
    let ids = small_network(&mut store);
    let err = store
        .write(|tx| coverage::add(tx, ids.rabat, "gm"))
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
            coverage::add(tx, old, "GM")
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
fn coverage_can_be_edited_but_never_loses_the_residence_country() {
    let (_dir, mut store) = demo();
    let list = store.ssi_list().expect("list");
    let taken: Vec<String> = list
        .iter()
        .flat_map(|s| s.covered_countries.clone())
        .collect();
    let free = store
        .countries()
        .into_iter()
        .find(|c| !taken.contains(&c.alpha2))
        .expect("free country");
    let ssi = &list[0];
    let detail = store.ssi_add_coverage(ssi.id, &free.alpha2).expect("add");
    assert!(detail.coverage.iter().any(|c| c.alpha2 == free.alpha2));
    let other = list
        .iter()
        .find(|s| s.id != ssi.id && s.open)
        .expect("another open SSI");
    let err = store
        .ssi_add_coverage(other.id, &free.alpha2)
        .expect_err("taken");
    assert!(err.message.contains(&ssi.code), "{}", err.message);
    let detail = store
        .ssi_remove_coverage(ssi.id, &free.alpha2)
        .expect("remove");
    assert!(!detail.coverage.iter().any(|c| c.alpha2 == free.alpha2));
    let err = store
        .ssi_remove_coverage(ssi.id, &ssi.residence_country)
        .expect_err("residence");
    assert_eq!(err.field.as_deref(), Some("country"));
    assert!(!detail.postings.is_empty() && !detail.years.is_empty());
}

#[test]
fn agents_and_postings_are_listed() {
    let (_dir, store) = demo();
    let agents = store.agents("").expect("agents");
    assert!(agents.len() > 100);
    let posted = agents
        .iter()
        .find(|a| a.current.is_some())
        .expect("someone posted today");
    let history = store.agent_postings(posted.id).expect("history");
    assert_eq!(history.len() as i64, posted.postings);
}

#[test]
fn a_posting_is_created_ended_and_deleted() {
    use coopdesk_core::network::staff::{Force, NewAgent, NewPosting, Role};
    let (_dir, mut store) = demo();
    let ssi = store
        .ssi_list()
        .expect("list")
        .into_iter()
        .find(|s| s.open)
        .expect("open SSI");
    let agent = store
        .agent_create(&NewAgent {
            last_name: "Lefèvre".into(),
            first_name: "Anne".into(),
            force: Force::Police,
            grade: "Commandant".into(),
        })
        .expect("agent");
    let new = |role| NewPosting {
        agent_id: agent,
        ssi_id: ssi.id,
        role,
        specialty_id: None,
        start_date: d(2026, 1, 5),
        end_date: None,
    };
    // The SSI already has its head today: a second one is refused, an assistant is not.
    assert_eq!(
        store
            .posting_create(&new(Role::Attache))
            .expect_err("head")
            .code,
        ErrorCode::Conflict
    );
    let posting = store
        .posting_create(&new(Role::Assistant))
        .expect("assistant");
    let err = store
        .posting_end(posting, d(2025, 12, 31))
        .expect_err("before start");
    assert_eq!(err.field.as_deref(), Some("end_date"));
    store.posting_end(posting, d(2026, 6, 30)).expect("end");
    let history = store.agent_postings(agent).expect("history");
    assert_eq!(history[0].end_date, Some(d(2026, 6, 30)));
    assert_eq!(store.posting_delete(posting).expect("delete"), 1);
    assert!(store.agent_postings(agent).expect("history").is_empty());
}

#[test]
fn an_ssi_post_is_edited_and_keeps_its_coverage() {
    let (_dir, mut store) = temp_store();
    let ids = small_network(&mut store);
    let edited = NewSsi {
        code: "dkr".into(),
        city: "Dakar-Plateau".into(),
        residence_country: "SN".into(),
        opened_on: d(2001, 9, 1),
        closed_on: None,
    };
    let detail = store.ssi_update(ids.dakar, &edited).expect("edited");
    assert_eq!(
        (detail.code.as_str(), detail.city.as_str()),
        ("DKR", "Dakar-Plateau")
    );
    assert_eq!(detail.opened_on, d(2001, 9, 1));
    let covered: Vec<&str> = detail.coverage.iter().map(|c| c.alpha2.as_str()).collect();
    assert_eq!(
        covered.len(),
        2,
        "Senegal and Gambia stay covered: {covered:?}"
    );
    // The rules of creation hold: a code taken by another post, a closing before opening.
    let err = store
        .ssi_update(
            ids.dakar,
            &NewSsi {
                code: "RAB".into(),
                closed_on: Some(d(2000, 1, 1)),
                ..edited.clone()
            },
        )
        .expect_err("refused");
    let fields: Vec<&str> = err.fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(fields, ["closed_on", "code"]);
    assert_eq!(store.ssi_detail(ids.dakar).expect("unchanged").code, "DKR");
    assert_eq!(
        store.ssi_update(999, &edited).expect_err("none").code,
        ErrorCode::NotFound
    );
}
