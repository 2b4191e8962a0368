//! The technical-actions screen on ten times the demo volume (about 420,000 actions over
//! 2007–2025): one page of 200 rows plus the totals of the filtered set, as the UI asks.
//! Run: `cargo bench -p coopdesk-core --bench actions_page`. Target: under 100 ms each.

use std::sync::OnceLock;

use coopdesk_core::operational::CaseFilter;
use coopdesk_core::technical::{ActionFilter, ActionSort, SortColumn};
use coopdesk_core::Store;

fn main() {
    divan::main();
}

struct Fixture {
    _dir: tempfile::TempDir,
    store: std::sync::Mutex<Store>,
}

/// The demo data, then every action copied nine more times under new references.
fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store = Store::open(&dir.path().join("bench.sqlite")).expect("open");
        store.load_demo(false).expect("demo");
        store
            .write(|tx| {
                for copy in 1..10 {
                    tx.execute(
                        "INSERT INTO technical_action (reference, title, ssi_id, country, kind_id,
                             domain_id, programme_id, funder_id, start_date, end_date, beneficiary,
                             participants, cost_cents, status, evaluation)
                         SELECT reference || '-x' || ?1, title, ssi_id, country, kind_id, domain_id,
                                programme_id, funder_id, start_date, end_date, beneficiary,
                                participants, cost_cents, status, evaluation
                           FROM technical_action WHERE reference NOT LIKE '%-x%'",
                        [copy],
                    )?;
                }
                Ok(())
            })
            .expect("10x volume");
        store.conn().execute_batch("ANALYZE").expect("analyze");
        let n: i64 = store
            .conn()
            .query_row("SELECT count(*) FROM technical_action", [], |r| r.get(0))
            .expect("count");
        eprintln!("technical actions in the bench database: {n}");
        Fixture {
            _dir: dir,
            store: std::sync::Mutex::new(store),
        }
    })
}

fn page(filter: ActionFilter, sort: ActionSort, offset: i64) -> i64 {
    let store = fixture().store.lock().expect("lock");
    store
        .actions(&filter, sort, offset, 200)
        .expect("page")
        .total_count
}

#[divan::bench]
fn no_filter_first_page() -> i64 {
    page(ActionFilter::default(), ActionSort::default(), 0)
}

#[divan::bench]
fn year_2016() -> i64 {
    page(
        ActionFilter {
            year: Some(2016),
            ..Default::default()
        },
        ActionSort::default(),
        0,
    )
}

#[divan::bench]
fn year_country_sorted_by_cost() -> i64 {
    let sort = ActionSort {
        column: SortColumn::Cost,
        descending: true,
    };
    page(
        ActionFilter {
            year: Some(2016),
            country: Some("SN".into()),
            ..Default::default()
        },
        sort,
        0,
    )
}

#[divan::bench]
fn continent_and_text() -> i64 {
    let filter = ActionFilter {
        continent: Some("africa".into()),
        text: Some("terrorisme".into()),
        ..Default::default()
    };
    page(filter, ActionSort::default(), 0)
}

#[divan::bench]
fn deep_page_sorted_by_country() -> i64 {
    let sort = ActionSort {
        column: SortColumn::Country,
        descending: false,
    };
    page(ActionFilter::default(), sort, 200_000)
}

#[divan::bench]
fn cases_year_2016() -> i64 {
    let store = fixture().store.lock().expect("lock");
    store
        .cases(
            &CaseFilter {
                year: Some(2016),
                ..Default::default()
            },
            0,
            200,
        )
        .expect("cases")
        .total_count
}
