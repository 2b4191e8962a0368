//! The technical-actions screen on ten times the demo volume (about 380,000 actions over
//! 2007–2025): one page of 200 rows plus the totals of the filtered set, as the UI asks.
//! Run: `cargo bench -p coopdesk-core --bench actions_page`. Target: under 100 ms each.

mod common;

use coopdesk_core::cooperation::operational::CaseFilter;
use coopdesk_core::cooperation::technical::{ActionFilter, ActionSort, SortColumn};

use common::fixture;

fn main() {
    divan::main();
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
