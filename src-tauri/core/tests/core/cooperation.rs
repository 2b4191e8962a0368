//! Technical and operational cooperation over the demo data: list filters against direct
//! SQL counts, and the create / update / duplicate / delete cycle.

use coopdesk_core::operational::CaseFilter;
use coopdesk_core::reference::RefList;
use coopdesk_core::technical::{ActionFilter, ActionSort, SortColumn};
use coopdesk_core::{ErrorCode, Store};

use crate::fixtures::{d, temp_store};

fn demo() -> (tempfile::TempDir, Store) {
    let (dir, mut store) = temp_store();
    store.load_demo(false).expect("demo");
    (dir, store)
}

fn sql_count(store: &Store, sql: &str) -> i64 {
    store
        .conn()
        .query_row(sql, [], |r| r.get(0))
        .expect("count")
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
            ActionFilter { status: Some(coopdesk_core::technical::ActionStatus::Cancelled), ..Default::default() },
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
    use coopdesk_core::staff::{Force, NewAgent, NewPosting, Role};
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
