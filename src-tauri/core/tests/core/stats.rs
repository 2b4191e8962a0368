//! Headline figures against hand-counted answers.

use coopdesk_core::cooperation::operational::{self, CaseInput, Channel};
use coopdesk_core::cooperation::technical::{self, ActionInput, ActionStatus};
use coopdesk_core::ErrorCode;

use crate::fixtures::{d, small_network, temp_store};

#[test]
fn kpis_count_what_the_year_holds_and_nothing_else() {
    let (_dir, mut store) = temp_store();
    let ids = small_network(&mut store);
    store
        .write(|tx| {
            for (i, (date, status)) in [
                (d(2016, 1, 1), ActionStatus::Done),
                (d(2016, 12, 31), ActionStatus::Done),
                (d(2016, 6, 1), ActionStatus::Cancelled),
                (d(2015, 12, 31), ActionStatus::Done),
            ]
            .into_iter()
            .enumerate()
            {
                technical::insert(
                    tx,
                    &ActionInput {
                        reference: format!("TA-{i}"),
                        title: "Séminaire".into(),
                        ssi_id: ids.dakar,
                        country: "GM".into(),
                        kind_id: ids.action_kind,
                        domain_id: ids.domain,
                        programme_id: None,
                        funder_id: None,
                        start_date: date,
                        end_date: date,
                        beneficiary: String::new(),
                        participants: 10,
                        cost_cents: 0,
                        status,
                        evaluation: String::new(),
                    },
                )?;
            }
            for (i, (located, warrants)) in [(3, 1), (2, 2), (0, 0)].into_iter().enumerate() {
                operational::insert(
                    tx,
                    &CaseInput {
                        reference: format!("OC-{i}"),
                        ssi_id: ids.rabat,
                        country: "MA".into(),
                        kind_id: ids.case_kind,
                        domain_id: ids.domain,
                        opened_on: d(2016, 3, 1 + i as u32),
                        channel: Channel::None,
                        persons_located: located,
                        arrest_warrants: warrants,
                    },
                )?;
            }
            Ok(())
        })
        .expect("fixture");
    let k = store.kpis(2016).expect("kpis");
    assert_eq!(
        (
            k.ssi_count,
            k.countries_covered,
            k.technical_actions,
            k.persons_located,
            k.arrest_warrants
        ),
        (2, 3, 2, 5, 3)
    );
    assert_eq!((k.trainees, k.trainee_states), (0, 0));
    assert_eq!(k.cell_founded, "2007-09-01");
    assert_eq!(store.kpis(2015).expect("kpis").technical_actions, 1);
    assert_eq!(store.data_years().expect("years"), vec![2015, 2016]);
    let activity = store.activity_by_year().expect("activity");
    assert_eq!(activity.len(), 2);
    assert_eq!(
        (
            activity[1].year,
            activity[1].technical_actions,
            activity[1].operational_cases
        ),
        (2016, 2, 3)
    );
}

#[test]
fn an_absurd_year_is_refused() {
    let (_dir, store) = temp_store();
    assert_eq!(
        store.kpis(-4).expect_err("bad year").code,
        ErrorCode::InvalidInput
    );
    assert!(store.activity_by_year().expect("empty").is_empty());
}

#[test]
fn the_registry_lists_coverage_and_open_state() {
    let (_dir, mut store) = temp_store();
    small_network(&mut store);
    let list = store.ssi_list().expect("list");
    let dakar = list.iter().find(|s| s.code == "DAK").expect("Dakar");
    assert_eq!(
        dakar.covered_countries,
        vec!["GM".to_owned(), "SN".to_owned()]
    );
    assert_eq!(
        (dakar.covered_count, dakar.open, dakar.head.as_deref()),
        (2, true, None)
    );
    assert_eq!(dakar.residence_country_name, "Sénégal");
    assert_eq!(dakar.continent, "Afrique");
}

#[test]
fn the_year_lists_run_to_this_year_and_open_on_the_latest_active_one() {
    use coopdesk_core::stats::{year_list, YearChoice};
    let (_dir, mut store) = temp_store();
    let empty = year_list(store.conn(), d(2026, 12, 1)).expect("empty base");
    assert!(empty.years.is_empty());
    assert_eq!(empty.current, None);

    let ids = small_network(&mut store);
    let action = |reference: &str, start: chrono::NaiveDate, status: ActionStatus| ActionInput {
        start_date: start,
        end_date: start,
        status,
        ..crate::cooperation::action(&ids, reference)
    };
    store
        .action_create(&action("Y-1", d(2023, 5, 1), ActionStatus::Done))
        .expect("2023");
    store
        .action_create(&action("Y-2", d(2025, 5, 1), ActionStatus::Planned))
        .expect("2025, started, still planned");
    // A year of plans only, after this one: offered, marked, never opened on.
    store
        .action_create(&action("Y-3", d(2027, 3, 1), ActionStatus::Planned))
        .expect("2027");
    let list = year_list(store.conn(), d(2026, 12, 1)).expect("years");
    let offered: Vec<(i32, bool)> = list.years.iter().map(|y| (y.year, y.planned)).collect();
    assert_eq!(
        offered,
        [
            (2023, false),
            (2024, false),
            (2025, false),
            (2026, false),
            (2027, true)
        ],
        "every year to this one, with or without data"
    );
    assert_eq!(list.current, Some(2025));
    assert_eq!(list.last_full, Some(2025));
    // Seen from 1 January 2024, 2025 and 2027 are plans, and 2023 the latest year of work.
    let early = year_list(store.conn(), d(2024, 1, 1)).expect("years");
    assert_eq!(early.current, Some(2023));
    assert!(early.years.contains(&YearChoice {
        year: 2025,
        planned: true
    }));
}
