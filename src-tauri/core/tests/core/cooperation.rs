//! Technical and operational cooperation: list filters against direct SQL counts, the
//! create / update / duplicate / delete cycle, and field-by-field refusals with nothing written.

use crate::fixtures::{count, d, demo, small_network, sql_count, temp_store, Ids};
use coopdesk_core::cooperation::operational::CaseFilter;
use coopdesk_core::cooperation::operational::{self, CaseInput, Channel};
use coopdesk_core::cooperation::technical::{self, ActionInput, ActionStatus};
use coopdesk_core::cooperation::technical::{ActionFilter, ActionSort, SortColumn};
use coopdesk_core::reference::RefList;
use coopdesk_core::ErrorCode;

pub(crate) fn action(ids: &Ids, reference: &str) -> ActionInput {
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

#[test]
fn action_filters_agree_with_direct_sql() {
    let (_dir, store) = demo();
    let dakar = store
        .ssi_list()
        .expect("list")
        .into_iter()
        .find(|s| s.code == "DAK")
        .expect("DAK");
    let training = store
        .references(RefList::ActionKind)
        .expect("kinds")
        .into_iter()
        .find(|k| k.code == "training")
        .expect("training kind");
    let cases: Vec<(ActionFilter, String)> = vec![
        (
            ActionFilter { year: Some(2016), ..Default::default() },
            "SELECT count(*) FROM technical_action WHERE start_date LIKE '2016-%'".into(),
        ),
        (
            ActionFilter { year: Some(2016), country: Some("sn".into()), ..Default::default() },
            "SELECT count(*) FROM technical_action WHERE start_date LIKE '2016-%' AND country = 'SN'".into(),
        ),
        (
            ActionFilter { continent: Some("africa".into()), kind_id: Some(training.id), ..Default::default() },
            format!(
                "SELECT count(*) FROM technical_action a JOIN country c ON c.alpha2 = a.country
                  WHERE c.continent = 'africa' AND a.kind_id = {}",
                training.id
            ),
        ),
        (
            ActionFilter {
                ssi_id: Some(dakar.id),
                from: Some(d(2012, 3, 1)),
                to: Some(d(2014, 6, 30)),
                ..Default::default()
            },
            format!(
                "SELECT count(*) FROM technical_action WHERE ssi_id = {}
                  AND start_date BETWEEN '2012-03-01' AND '2014-06-30'",
                dakar.id
            ),
        ),
        (
            ActionFilter { status: Some(coopdesk_core::cooperation::technical::ActionStatus::Cancelled), ..Default::default() },
            "SELECT count(*) FROM technical_action WHERE status = 'cancelled'".into(),
        ),
    ];
    for (filter, sql) in cases {
        let page = store
            .actions(&filter, ActionSort::default(), 0, 50)
            .expect("page");
        assert_eq!(page.total_count, sql_count(&store, &sql), "{filter:?}");
        assert!(page.rows.len() as i64 == page.total_count.min(50));
    }
    // Totals cover the whole filtered set, not just the page.
    let all_2016 = ActionFilter {
        year: Some(2016),
        ..Default::default()
    };
    let page = store
        .actions(&all_2016, ActionSort::default(), 0, 10)
        .expect("page");
    let participants = sql_count(
        &store,
        "SELECT sum(participants) FROM technical_action WHERE start_date LIKE '2016-%'",
    );
    assert_eq!(page.total_participants, participants);
    // Paging with a sort is stable and complete.
    let sort = ActionSort {
        column: SortColumn::Cost,
        descending: false,
    };
    let filter = ActionFilter {
        year: Some(2016),
        country: Some("SN".into()),
        ..Default::default()
    };
    let first = store.actions(&filter, sort, 0, 7).expect("first");
    let second = store.actions(&filter, sort, 7, 1000).expect("rest");
    let mut ids: Vec<i64> = first
        .rows
        .iter()
        .chain(&second.rows)
        .map(|r| r.id)
        .collect();
    let costs: Vec<i64> = first
        .rows
        .iter()
        .chain(&second.rows)
        .map(|r| r.cost_cents)
        .collect();
    assert!(costs.windows(2).all(|w| w[0] <= w[1]), "sorted by cost");
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!((ids.len(), n as i64), (n, first.total_count));
}

#[test]
fn bad_filters_are_refused() {
    let (_dir, store) = temp_store();
    let bad_country = ActionFilter {
        country: Some("Atlantide".into()),
        ..Default::default()
    };
    let err = store
        .actions(&bad_country, ActionSort::default(), 0, 10)
        .expect_err("country");
    assert_eq!(err.code, ErrorCode::InvalidInput);
    let reversed = ActionFilter {
        from: Some(d(2016, 5, 1)),
        to: Some(d(2016, 1, 1)),
        ..Default::default()
    };
    assert!(store
        .actions(&reversed, ActionSort::default(), 0, 10)
        .is_err());
    assert!(store
        .actions(&ActionFilter::default(), ActionSort::default(), -1, 10)
        .is_err());
}

#[test]
fn an_action_is_created_edited_duplicated_and_deleted() {
    let (_dir, mut store) = demo();
    let any = store
        .actions(&ActionFilter::default(), ActionSort::default(), 0, 1)
        .expect("page");
    let mut input = store.action(any.rows[0].id).expect("get");
    input.reference = "TEST-0001".into();
    input.title = "Stage d'essai".into();
    let saved = store.action_create(&input).expect("create");
    assert_eq!(store.action(saved.id).expect("get").title, "Stage d'essai");

    input.title = "Stage modifié".into();
    store.action_update(saved.id, &input).expect("update");
    assert_eq!(store.action(saved.id).expect("get").title, "Stage modifié");

    let copy = store.action_duplicate(saved.id).expect("duplicate");
    assert_eq!(
        store.action(copy.id).expect("get").reference,
        "TEST-0001-copie"
    );
    let again = store.action_duplicate(saved.id).expect("duplicate");
    assert_eq!(
        store.action(again.id).expect("get").reference,
        "TEST-0001-copie-2"
    );

    // Another action's reference cannot be taken by an update.
    let mut clash = input.clone();
    clash.reference = "TEST-0001".into();
    let err = store.action_update(copy.id, &clash).expect_err("taken");
    assert_eq!(
        (err.code, err.field.as_deref()),
        (ErrorCode::Conflict, Some("reference"))
    );

    // A delete naming one missing id deletes nothing.
    let err = store
        .actions_delete(&[saved.id, 999_999])
        .expect_err("missing id");
    assert_eq!(err.code, ErrorCode::NotFound);
    assert!(store.action(saved.id).is_ok());
    assert_eq!(
        store
            .actions_delete(&[saved.id, copy.id, again.id])
            .expect("delete"),
        3
    );
    assert_eq!(
        store.action(saved.id).expect_err("gone").code,
        ErrorCode::NotFound
    );
}

#[test]
fn an_action_outside_the_ssi_coverage_is_saved_with_a_warning() {
    let (_dir, mut store) = demo();
    let any = store
        .actions(&ActionFilter::default(), ActionSort::default(), 0, 1)
        .expect("page");
    let mut input = store.action(any.rows[0].id).expect("get");
    let ssi = store.ssi_detail(input.ssi_id).expect("ssi");
    let outside = store
        .countries()
        .into_iter()
        .find(|c| !ssi.coverage.iter().any(|k| k.alpha2 == c.alpha2))
        .expect("a country outside");
    input.reference = "HORS-ZONE".into();
    input.country = outside.alpha2.clone();
    let saved = store.action_create(&input).expect("saved anyway");
    assert_eq!(saved.warnings.len(), 1);
    assert!(
        saved.warnings[0].contains(&ssi.code),
        "{}",
        saved.warnings[0]
    );
    let filter = ActionFilter {
        text: Some("HORS-ZONE".into()),
        ..Default::default()
    };
    let page = store
        .actions(&filter, ActionSort::default(), 0, 10)
        .expect("page");
    assert_eq!(page.rows.len(), 1);
    assert!(!page.rows[0].in_coverage);
}

#[test]
fn case_filters_and_totals_agree_with_direct_sql() {
    let (_dir, mut store) = demo();
    let page = store
        .cases(
            &CaseFilter {
                year: Some(2016),
                ..Default::default()
            },
            0,
            20,
        )
        .expect("cases");
    assert_eq!(
        (page.total_persons_located, page.total_arrest_warrants),
        (1600, 347)
    );
    let morocco = CaseFilter {
        year: Some(2016),
        country: Some("MA".into()),
        ..Default::default()
    };
    let page = store.cases(&morocco, 0, 5000).expect("cases");
    let direct = sql_count(
        &store,
        "SELECT count(*) FROM operational_case WHERE opened_on LIKE '2016-%' AND country = 'MA'",
    );
    assert_eq!(page.total_count, direct);
    let mut case = store.case(page.rows[0].id).expect("case");
    case.arrest_warrants = case.persons_located + 1;
    let err = store
        .case_update(page.rows[0].id, &case)
        .expect_err("too many warrants");
    assert_eq!(err.field.as_deref(), Some("arrest_warrants"));
    assert_eq!(store.cases_delete(&[page.rows[0].id]).expect("delete"), 1);
}

#[test]
fn programmes_carry_a_budget_per_year_and_what_was_spent() {
    let (_dir, mut store) = demo();
    let programmes = store.programmes().expect("programmes");
    assert!(!programmes.is_empty());
    for p in &programmes {
        let budgeted: i64 = p.years.iter().map(|y| y.budget_cents).sum();
        assert_eq!(budgeted, p.budget_cents, "{}", p.code);
        let spent: i64 = p.years.iter().map(|y| y.spent_cents).sum();
        assert_eq!(spent, p.spent_cents, "{}", p.code);
        let actions: i64 = p.years.iter().map(|y| y.actions).sum();
        assert_eq!(actions, p.actions, "{}", p.code);
    }
    let p = &programmes[0];
    let year = p.years[0].year;
    store
        .programme_year_budget(p.id, year, 123_456)
        .expect("set");
    let again = store.programmes().expect("programmes");
    let row = again.iter().find(|q| q.id == p.id).expect("programme");
    assert_eq!(
        row.years
            .iter()
            .find(|y| y.year == year)
            .map(|y| y.budget_cents),
        Some(123_456)
    );
    assert_eq!(
        store
            .programme_year_budget(p.id, year, -1)
            .expect_err("negative")
            .field
            .as_deref(),
        Some("budget_cents")
    );
}
