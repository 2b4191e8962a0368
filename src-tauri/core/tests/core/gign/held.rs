//! What happened at a session is recorded once it has happened, never on a draft; drafts
//! count in no figure. And the month the planning opens on.

use coopdesk_core::gign::enrolment::EnrolmentStatus;
use coopdesk_core::gign::session::{NewSession, SessionStatus};

use super::{plan, session, trainee};
use crate::fixtures::{d, temp_store};

#[test]
fn attendance_and_results_wait_for_the_session_and_drafts_count_nowhere() {
    use EnrolmentStatus::{Attended, Confirmed};
    let (_dir, mut store) = temp_store();
    let p = plan(&mut store);
    let today = chrono::Local::now().date_naive();
    let later = today + chrono::Days::new(60);
    let future = NewSession {
        start_date: later,
        end_date: later + chrono::Days::new(4),
        ..session(&p, 1, "FR", vec![])
    };
    let s = store.session_create(&future).expect("future session").id;
    let amadou = trainee(&mut store, "Diallo", "SN");
    store.enrol(s, amadou).expect("enrol");
    let id = store.enrolments(s).expect("rows")[0].id;
    store.enrolment_status(id, Confirmed).expect("confirmed");
    let err = store
        .attendance(id, later, true)
        .expect_err("a day to come");
    assert_eq!(err.field.as_deref(), Some("day"));
    assert!(err.message.contains("pas encore arrivé"), "{}", err.message);
    let err = store
        .enrolment_status(id, Attended)
        .expect_err("not started");
    assert_eq!(err.field.as_deref(), Some("status"));
    assert!(
        err.message.starts_with("La session commence le"),
        "{}",
        err.message
    );

    // A past session still a draft: nothing is recorded on it, and it counts nowhere.
    let draft = store
        .session_create(&NewSession {
            status: SessionStatus::Draft,
            ..session(&p, 10, "FR", vec![])
        })
        .expect("draft")
        .id;
    store.enrol(draft, amadou).expect("enrol");
    let on_draft = store.enrolments(draft).expect("rows")[0].id;
    store
        .enrolment_status(on_draft, Confirmed)
        .expect("confirmed");
    let err = store
        .attendance(on_draft, d(2025, 3, 11), true)
        .expect_err("draft");
    assert!(err.message.contains("brouillon"), "{}", err.message);
    let err = store
        .enrolment_status(on_draft, Attended)
        .expect_err("draft");
    assert!(err.message.contains("brouillon"), "{}", err.message);
    assert_eq!(store.kpis(2025).expect("kpis").trainees, 0);
    let year = store.gign_by_year().expect("gign");
    assert!(
        year.iter()
            .all(|y| y.year != 2025 || y.sessions_france == 0),
        "{year:?}"
    );
}

#[test]
fn the_planning_opens_on_this_month_or_the_next_with_a_session() {
    use coopdesk_core::gign::session::{opening_month, PlanningMonth};
    let (_dir, mut store) = temp_store();
    let p = plan(&mut store);
    let month = |year, month| PlanningMonth { year, month };
    let today = d(2026, 12, 1);
    assert_eq!(
        opening_month(store.conn(), today).expect("empty"),
        month(2026, 12)
    );
    store
        .session_create(&session(&p, 1, "FR", vec![]))
        .expect("March 2025");
    assert_eq!(
        opening_month(store.conn(), today).expect("past only"),
        month(2025, 3),
        "the last month that had a session"
    );
    store
        .session_create(&NewSession {
            start_date: d(2027, 2, 8),
            end_date: d(2027, 2, 12),
            ..session(&p, 1, "FR", vec![])
        })
        .expect("February 2027");
    assert_eq!(
        opening_month(store.conn(), today).expect("one to come"),
        month(2027, 2),
        "the next month with a session"
    );
    store
        .session_create(&NewSession {
            start_date: d(2026, 11, 30),
            end_date: d(2026, 12, 4),
            ..session(&p, 1, "FR", vec![])
        })
        .expect("running now");
    assert_eq!(
        opening_month(store.conn(), today).expect("running"),
        month(2026, 12),
        "a session runs this month"
    );
}
