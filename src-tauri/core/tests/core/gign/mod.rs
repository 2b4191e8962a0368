//! GIGN courses: conflicts, the waiting list and its promotion, status changes, trainees.
//! When a session's attendance and results may be recorded, and the planning's first month:
//! `held.rs`. Partner units, exchanges and the French way of searching and sorting them:
//! `partners.rs`.

mod held;
mod partners;

use coopdesk_core::gign::course;
use coopdesk_core::gign::course::{Level, Mission, NewCourse};
use coopdesk_core::gign::enrolment::EnrolmentStatus;
use coopdesk_core::gign::request::{NewRequest, RequestKind, RequestStatus};
use coopdesk_core::gign::session::ConflictKind;
use coopdesk_core::gign::session::{NewSession, SessionStatus};
use coopdesk_core::gign::trainee::NewTrainee;
use coopdesk_core::{ErrorCode, Store};

use crate::fixtures::{d, temp_store};

/// A course and two instructors, for sessions to be planned on.
pub(crate) struct Plan {
    pub course: i64,
    pub alice: i64,
    pub bruno: i64,
}

pub(crate) fn plan(store: &mut Store) -> Plan {
    store
        .write(|tx| {
            let course = course::insert_course(
                tx,
                &NewCourse {
                    code: "NEG-1".into(),
                    title: "Négociation de crise".into(),
                    mission: Mission::Negotiation,
                    level: Level::Basic,
                    duration_days: 5,
                    capacity: 2,
                    prerequisites: String::new(),
                    description: String::new(),
                },
            )?;
            Ok(Plan {
                course,
                alice: course::insert_instructor(tx, "Capitaine Alice Moreau")?,
                bruno: course::insert_instructor(tx, "Adjudant Bruno Petit")?,
            })
        })
        .expect("plan")
}

pub(crate) fn session(p: &Plan, start: u32, place: &str, instructors: Vec<i64>) -> NewSession {
    NewSession {
        course_id: p.course,
        start_date: d(2025, 3, start),
        end_date: d(2025, 3, start + 4),
        place_country: place.into(),
        city: "Satory".into(),
        language: "français".into(),
        capacity: 2,
        cost_cents: 0,
        status: SessionStatus::Confirmed,
        request_id: None,
        instructor_ids: instructors,
    }
}

pub(crate) fn trainee(store: &mut Store, last: &str, country: &str) -> i64 {
    store
        .trainee_create(&NewTrainee {
            last_name: last.into(),
            first_name: "Amadou".into(),
            country: country.into(),
            unit_id: None,
            rank: "Lieutenant".into(),
            languages: "français".into(),
        })
        .expect("trainee")
        .id
}

fn kinds(conflicts: &[coopdesk_core::gign::session::Conflict]) -> Vec<ConflictKind> {
    conflicts.iter().map(|c| c.kind).collect()
}

#[test]
fn conflicts_are_computed_and_do_not_block() {
    let (_dir, mut store) = temp_store();
    let p = plan(&mut store);
    let first = store
        .session_create(&session(&p, 1, "FR", vec![p.alice]))
        .expect("first");
    assert!(first.conflicts.is_empty(), "{:?}", first.conflicts);
    let second = store
        .session_create(&session(&p, 3, "FR", vec![p.alice, p.bruno]))
        .expect("saved anyway");
    assert_eq!(
        kinds(&second.conflicts),
        vec![ConflictKind::InstructorOverlap]
    );
    assert!(
        second.conflicts[0].message.contains("Alice Moreau"),
        "{}",
        second.conflicts[0].message
    );
    assert_eq!(second.conflicts[0].other_session_id, Some(first.id));

    let mut abroad = session(&p, 20, "SN", vec![p.bruno]);
    abroad.end_date = d(2025, 3, 26);
    let saved = store.session_create(&abroad).expect("abroad");
    assert_eq!(
        kinds(&saved.conflicts),
        vec![
            ConflictKind::AbroadWithoutRequest,
            ConflictKind::DurationMismatch
        ]
    );
    let request = store
        .request_create(&NewRequest {
            reference: "DEM-SN-1".into(),
            country: "SN".into(),
            kind: RequestKind::Training,
            subject: "Négociation".into(),
            received_on: d(2026, 10, 1),
            status: RequestStatus::Accepted,
        })
        .expect("request");
    abroad.request_id = Some(request);
    abroad.end_date = d(2025, 3, 24);
    let fixed = store.session_update(saved.id, &abroad).expect("update");
    assert!(fixed.conflicts.is_empty(), "{:?}", fixed.conflicts);

    // Errors do block.
    let mut reversed = session(&p, 10, "FR", vec![]);
    reversed.end_date = d(2025, 3, 9);
    assert_eq!(
        store
            .session_create(&reversed)
            .expect_err("reversed")
            .field
            .as_deref(),
        Some("end_date")
    );
}

#[test]
fn the_waiting_list_fills_and_promotes_in_order() {
    let (_dir, mut store) = temp_store();
    let p = plan(&mut store);
    let s = store
        .session_create(&session(&p, 1, "FR", vec![]))
        .expect("session")
        .id;
    let ids: Vec<i64> = ["Diallo", "Traoré", "Keïta", "Sow"]
        .iter()
        .map(|n| trainee(&mut store, n, "ML"))
        .collect();
    let statuses: Vec<EnrolmentStatus> = ids
        .iter()
        .map(|t| store.enrol(s, *t).expect("enrol"))
        .collect();
    use EnrolmentStatus::*;
    assert_eq!(statuses, vec![Requested, Requested, Waiting, Waiting]);
    assert_eq!(
        store.enrol(s, ids[0]).expect_err("twice").code,
        ErrorCode::Conflict
    );

    let rows = store.enrolments(s).expect("rows");
    let id_of = |t: i64| {
        rows.iter()
            .find(|r| r.trainee_id == t)
            .map(|r| r.id)
            .expect("enrolment")
    };
    // Illegal jumps are refused.
    let err = store
        .enrolment_status(id_of(ids[0]), Passed)
        .expect_err("requested → passed");
    assert!(err.message.contains("réussi"), "{}", err.message);
    store
        .enrolment_status(id_of(ids[0]), Confirmed)
        .expect("confirm");
    // A waiting trainee cannot jump the queue while the session is full.
    assert_eq!(
        store
            .enrolment_status(id_of(ids[3]), Requested)
            .expect_err("full")
            .code,
        ErrorCode::Conflict
    );
    // A withdrawal frees a place: the first on the waiting list (Keïta) is promoted.
    let promoted = store
        .enrolment_status(id_of(ids[1]), Withdrawn)
        .expect("withdraw");
    assert_eq!(promoted, vec![id_of(ids[2])]);
    let rows = store.enrolments(s).expect("rows");
    let status_of = |t: i64| {
        rows.iter()
            .find(|r| r.trainee_id == t)
            .map(|r| r.status)
            .expect("row")
    };
    assert_eq!((status_of(ids[2]), status_of(ids[3])), (Requested, Waiting));
    // A larger session promotes the rest.
    let mut bigger = store.session(s).expect("session");
    bigger.capacity = 3;
    store.session_update(s, &bigger).expect("update");
    assert_eq!(
        store
            .enrolments(s)
            .expect("rows")
            .iter()
            .filter(|r| r.status == Waiting)
            .count(),
        0
    );

    // Attendance only on the session's days, only for confirmed trainees.
    let confirmed = id_of(ids[0]);
    store
        .attendance(confirmed, d(2025, 3, 2), true)
        .expect("present");
    assert_eq!(
        store
            .attendance(confirmed, d(2025, 4, 2), true)
            .expect_err("outside")
            .field
            .as_deref(),
        Some("day")
    );
    assert!(store
        .attendance(id_of(ids[3]), d(2025, 3, 2), true)
        .is_err());
    let rows = store.enrolments(s).expect("rows");
    assert_eq!(
        rows.iter()
            .find(|r| r.id == confirmed)
            .map(|r| r.present_days.clone()),
        Some(vec![d(2025, 3, 2)])
    );
    store
        .enrolment_status(confirmed, Attended)
        .expect("attended");
    store.enrolment_status(confirmed, Passed).expect("passed");
    assert!(
        store.enrolment_status(confirmed, Failed).is_err(),
        "passed is final"
    );
}

#[test]
fn trainee_overlap_and_over_capacity_are_flagged() {
    let (_dir, mut store) = temp_store();
    let p = plan(&mut store);
    let a = store
        .session_create(&session(&p, 1, "FR", vec![]))
        .expect("a")
        .id;
    let b = store
        .session_create(&session(&p, 4, "FR", vec![]))
        .expect("b")
        .id;
    let t = trainee(&mut store, "Coulibaly", "CI");
    store.enrol(a, t).expect("a");
    store.enrol(b, t).expect("b");
    let conflicts = store.session_conflicts(b).expect("conflicts");
    assert_eq!(kinds(&conflicts), vec![ConflictKind::TraineeOverlap]);
    let mut smaller = store.session(a).expect("a");
    smaller.capacity = 1;
    store.session_update(a, &smaller).expect("update");
    let other = trainee(&mut store, "Bamba", "CI");
    assert_eq!(
        store.enrol(a, other).expect("enrol"),
        EnrolmentStatus::Waiting
    );
}

#[test]
fn a_possible_duplicate_trainee_is_reported_and_history_is_kept() {
    let (_dir, mut store) = temp_store();
    let p = plan(&mut store);
    let t = trainee(&mut store, "Ndiaye", "SN");
    let again = store
        .trainee_create(&NewTrainee {
            last_name: "NDIAYE".into(),
            first_name: "amadou".into(),
            country: "SN".into(),
            unit_id: None,
            rank: String::new(),
            languages: String::new(),
        })
        .expect("created anyway");
    assert_eq!(again.warnings.len(), 1);
    assert!(
        again.warnings[0].contains("Doublon"),
        "{}",
        again.warnings[0]
    );
    let s = store
        .session_create(&session(&p, 1, "FR", vec![]))
        .expect("s")
        .id;
    store.enrol(s, t).expect("enrol");
    let detail = store.trainee(t).expect("detail");
    assert_eq!(detail.history.len(), 1);
    assert_eq!(detail.history[0].course_title, "Négociation de crise");
    assert_eq!(
        store
            .trainees("ndiaye", Some("SN"), None)
            .expect("search")
            .len(),
        2
    );
    assert_eq!(
        store.trainees("", None, Some(s)).expect("by session").len(),
        1
    );
}

#[test]
fn requests_follow_their_life_cycle() {
    let (_dir, mut store) = temp_store();
    let id = store
        .request_create(&NewRequest {
            reference: "DEM-1".into(),
            country: "JO".into(),
            kind: RequestKind::Expertise,
            subject: "Audit de l'unité d'intervention".into(),
            received_on: d(2026, 9, 1),
            status: RequestStatus::Received,
        })
        .expect("request");
    assert_eq!(
        store
            .request_status(id, RequestStatus::Delivered)
            .expect_err("skip")
            .code,
        ErrorCode::InvalidInput
    );
    for step in [
        RequestStatus::Studied,
        RequestStatus::Accepted,
        RequestStatus::Scheduled,
        RequestStatus::Delivered,
    ] {
        store.request_status(id, step).expect("step");
    }
    assert_eq!(
        store.requests(Some(2026)).expect("list")[0].status,
        RequestStatus::Delivered
    );
}

#[test]
fn the_demo_gign_figures_and_partners_read_back() {
    let (_dir, store) = crate::fixtures::demo();
    let y2016 = store
        .gign_by_year()
        .expect("stats")
        .into_iter()
        .find(|y| y.year == 2016)
        .expect("2016");
    assert_eq!((y2016.trainees, y2016.states), (100, 20));
    assert!(y2016.sessions_france > y2016.sessions_abroad && y2016.sessions_abroad > 0);
    assert!(
        y2016.fill_rate > 0.0 && y2016.fill_rate <= 1.0,
        "{}",
        y2016.fill_rate
    );
    let units = store.units().expect("units");
    let unit = units.iter().max_by_key(|u| u.trainees).expect("a unit");
    let detail = store.unit(unit.id).expect("detail");
    assert_eq!(detail.trainees.len() as i64, unit.trainees);
    assert_eq!(detail.exchanges.len() as i64, unit.exchanges);
    assert!(store
        .networks()
        .expect("networks")
        .iter()
        .any(|n| n.name.contains("ATLAS")));
    let sessions = store.sessions(Some(2016)).expect("sessions");
    assert!(sessions.len() >= 10);
    assert!(store.courses().expect("courses").len() >= 10);
}

#[test]
fn units_and_exchanges_are_recorded_and_rolled_up() {
    use coopdesk_core::gign::partner::{ExchangeKind, NewExchange, NewUnit};
    let (_dir, mut store) = temp_store();
    let unit = store
        .unit_create(&NewUnit {
            name: "Unité spéciale d'intervention".into(),
            country: "JO".into(),
            network_ids: vec![],
        })
        .expect("unit");
    let bad = NewExchange {
        kind: ExchangeKind::Retex,
        title: "Retour d'expérience".into(),
        start_date: d(2026, 5, 3),
        end_date: d(2026, 5, 2),
        country: "FR".into(),
        network_id: None,
        unit_ids: vec![unit],
    };
    assert_eq!(
        store
            .exchange_create(&bad)
            .expect_err("reversed")
            .field
            .as_deref(),
        Some("end_date")
    );
    let exchange = store
        .exchange_create(&NewExchange {
            end_date: d(2026, 5, 5),
            ..bad
        })
        .expect("exchange");
    let detail = store.unit(unit).expect("unit page");
    assert_eq!(detail.exchanges.len(), 1);
    assert_eq!(
        detail.exchanges[0].units,
        vec!["Unité spéciale d'intervention".to_owned()]
    );
    assert_eq!(store.exchange_delete(exchange).expect("delete"), 1);
    assert!(store.unit(unit).expect("unit page").exchanges.is_empty());
}
