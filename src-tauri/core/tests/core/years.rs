//! Closed years: every write on an action, a case or an enrolment dated in a closed year is
//! refused with `YEAR_CLOSED` naming the year, nothing written; closing and reopening are
//! audited, reopening needs a reason; the annual report of a closed year says so and keeps
//! its figures whatever changes later in the other years.

use chrono::NaiveDate;
use coopdesk_core::cooperation::technical::ActionInput;
use coopdesk_core::reports::annual_report;
use coopdesk_core::{Error, ErrorCode, Store};

use crate::fixtures::{count, demo, sql_count};

fn id(store: &Store, sql: &str) -> i64 {
    sql_count(store, sql)
}

fn assert_closed(err: Error, field: Option<&str>) {
    assert_eq!(err.code, ErrorCode::YearClosed, "{err:?}");
    assert_eq!(err.field.as_deref(), field, "{err:?}");
    assert!(err.message.contains("2016 est clôturée"), "{}", err.message);
}

/// Rows of the tables a closed year protects, and the journal's length.
fn counts(store: &Store) -> [i64; 4] {
    ["technical_action", "operational_case", "enrolment", "audit"].map(|t| count(store, t))
}

#[test]
fn a_closed_year_refuses_every_write_on_its_actions_cases_and_enrolments() {
    let (_dir, mut store) = demo();
    let action = id(
        &store,
        "SELECT min(id) FROM technical_action WHERE start_date LIKE '2016%'",
    );
    let later = id(
        &store,
        "SELECT min(id) FROM technical_action WHERE start_date LIKE '2017%'",
    );
    let case = id(
        &store,
        "SELECT min(id) FROM operational_case WHERE opened_on LIKE '2016%'",
    );
    let enrolment = id(
        &store,
        "SELECT min(e.id) FROM enrolment e JOIN session s ON s.id = e.session_id
          WHERE s.start_date LIKE '2016%' AND e.status = 'passed'",
    );
    let session = id(
        &store,
        "SELECT min(id) FROM session WHERE start_date LIKE '2016%'",
    );
    let outsider = id(
        &store,
        &format!("SELECT min(id) FROM trainee WHERE id NOT IN (SELECT trainee_id FROM enrolment WHERE session_id = {session})"),
    );
    let state = store.year_close(2016).expect("close");
    assert!(state.closed);
    assert_eq!(state.closed_by, coopdesk_core::audit::os_user());
    let before = counts(&store);

    let input = store.action(action).expect("action");
    let copy = ActionInput {
        reference: "NOUVELLE-2016".into(),
        ..input.clone()
    };
    assert_closed(
        store.action_create(&copy).expect_err("create"),
        Some("start_date"),
    );
    let renamed = ActionInput {
        title: "Modifiée après l'envoi du rapport".into(),
        ..input.clone()
    };
    assert_closed(
        store.action_update(action, &renamed).expect_err("update"),
        Some("start_date"),
    );
    assert_closed(store.actions_delete(&[action]).expect_err("delete"), None);
    // Moving a 2017 action into 2016 changes 2016's figures too.
    let moved = ActionInput {
        start_date: NaiveDate::from_ymd_opt(2016, 12, 30).expect("date"),
        ..store.action(later).expect("later")
    };
    assert_closed(
        store.action_update(later, &moved).expect_err("move"),
        Some("start_date"),
    );

    let c = store.case(case).expect("case");
    assert_closed(
        store
            .case_create(&coopdesk_core::cooperation::operational::CaseInput {
                reference: "OC-NOUVELLE".into(),
                ..c.clone()
            })
            .expect_err("create case"),
        Some("opened_on"),
    );
    assert_closed(
        store.case_update(case, &c).expect_err("update case"),
        Some("opened_on"),
    );
    assert_closed(store.cases_delete(&[case]).expect_err("delete case"), None);

    assert_closed(
        store
            .enrolment_result(enrolment, "Très bien")
            .expect_err("result"),
        None,
    );
    assert_closed(
        store.enrol(session, outsider).expect_err("enrol"),
        Some("session_id"),
    );
    assert_eq!(
        counts(&store),
        before,
        "nothing written, not even in the journal"
    );

    // The other years stay open.
    store
        .action_update(
            later,
            &ActionInput {
                title: "Encore modifiable".into(),
                ..store.action(later).expect("later")
            },
        )
        .expect("2017 is open");
}

#[test]
fn closing_twice_is_refused_and_reopening_needs_a_reason_and_is_audited() {
    let (_dir, mut store) = demo();
    store.year_close(2016).expect("close");
    let twice = store.year_close(2016).expect_err("twice");
    assert_eq!(
        (twice.code, twice.field.as_deref()),
        (ErrorCode::Conflict, Some("year"))
    );
    let no_reason = store.year_reopen(2016, "  ").expect_err("no reason");
    assert_eq!(
        (no_reason.code, no_reason.field.as_deref()),
        (ErrorCode::InvalidInput, Some("reason"))
    );
    let bad = store.year_close(1800).expect_err("year out of range");
    assert_eq!(bad.field.as_deref(), Some("year"));

    let state = store
        .year_reopen(2016, "Erratum demandé par la DCI")
        .expect("reopen");
    assert!(!state.closed);
    assert_eq!(state.reason, "Erratum demandé par la DCI");
    let not_closed = store.year_reopen(2016, "encore").expect_err("not closed");
    assert_eq!(not_closed.code, ErrorCode::Conflict);
    assert_eq!(store.years_closed().expect("list"), vec![state]);

    let history = store.history("closed_year", 2016).expect("history");
    assert_eq!(history.len(), 2, "closed, then reopened");
    let reopened = &history[1];
    let reason = reopened
        .changes
        .iter()
        .find(|c| c.field == "reason")
        .expect("reason");
    assert_eq!(reason.label, "Motif");
    assert_eq!(
        reason.after.as_deref(),
        Some("\"Erratum demandé par la DCI\"")
    );

    // Reopened, 2016 is writable again.
    let action = id(
        &store,
        "SELECT min(id) FROM technical_action WHERE start_date LIKE '2016%'",
    );
    store.actions_delete(&[action]).expect("open again");
}

fn sections(store: &Store) -> serde_json::Value {
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
    let report = annual_report(store.conn(), 2016, today).expect("report");
    serde_json::to_value(&report.sections).expect("json")
}

#[test]
fn the_annual_report_of_a_closed_year_says_so_and_keeps_its_figures() {
    let (_dir, mut store) = demo();
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
    let open = sections(&store);
    let filters = annual_report(store.conn(), 2016, today)
        .expect("report")
        .filters;
    assert!(!filters.contains("clôturée"), "{filters}");

    store.year_close(2016).expect("close");
    let closed = annual_report(store.conn(), 2016, today).expect("report");
    assert!(
        closed.filters.contains("Année clôturée le"),
        "{}",
        closed.filters
    );
    assert_eq!(sections(&store), open, "closing changes no figure");

    // Later changes in the other years: 2015 (the comparison) and 2017.
    let y2015 = id(
        &store,
        "SELECT min(id) FROM technical_action WHERE start_date LIKE '2015%'",
    );
    let y2017 = id(
        &store,
        "SELECT min(id) FROM technical_action WHERE start_date LIKE '2017%'",
    );
    store
        .actions_delete(&[y2015, y2017])
        .expect("delete in other years");
    let case_2015 = id(
        &store,
        "SELECT min(id) FROM operational_case WHERE opened_on LIKE '2015%'",
    );
    store
        .cases_delete(&[case_2015])
        .expect("delete a 2015 case");
    assert_eq!(
        sections(&store),
        open,
        "the report of the closed year holds still"
    );

    // Open again, the same report shows the change in 2015: the freeze is what held it.
    store.year_reopen(2016, "Vérification").expect("reopen");
    assert_ne!(sections(&store), open);
}
