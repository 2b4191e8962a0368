//! Rendering each chart on ten times the demo volume (about 380,000 actions over
//! 2007–2025), as SVG from the database, plus one PNG and one PDF page.
//! Run: `cargo bench -p coopdesk-core --bench charts`.

mod common;

use coopdesk_core::charts::{self, ChartFilter, ChartName};
use coopdesk_core::documents::{self, pdf};

use common::fixture;

fn main() {
    divan::main();
}

fn render(name: ChartName, filter: &ChartFilter) -> usize {
    let store = fixture().store.lock().expect("lock");
    charts::render_svg(store.conn(), name, filter)
        .expect("svg")
        .len()
}

#[divan::bench]
fn actions_by_country_year() -> usize {
    render(ChartName::ActionsByCountryYear, &ChartFilter::default())
}

#[divan::bench]
fn actions_heatmap() -> usize {
    render(ChartName::ActionsHeatmap, &ChartFilter::default())
}

#[divan::bench]
fn actions_by_year() -> usize {
    render(ChartName::ActionsByYear, &ChartFilter::default())
}

#[divan::bench]
fn actions_world_map() -> usize {
    let filter = ChartFilter {
        outline_covered: true,
        outline_residences: true,
        ..Default::default()
    };
    render(ChartName::ActionsWorldMap, &filter)
}

#[divan::bench]
fn operational_by_year() -> usize {
    render(ChartName::OperationalByYear, &ChartFilter::default())
}

#[divan::bench]
fn trainees_by_state() -> usize {
    render(ChartName::TraineesByState, &ChartFilter::default())
}

#[divan::bench]
fn actions_by_year_png_1200() -> usize {
    let store = fixture().store.lock().expect("lock");
    let filter = ChartFilter::default();
    charts::render_png(store.conn(), ChartName::ActionsByYear, &filter, 1200, 760)
        .expect("png")
        .len()
}

/// The chart on an A4 landscape page as PDF (what "Exporter en PDF" writes).
#[divan::bench]
fn actions_by_country_year_pdf() -> usize {
    let store = fixture().store.lock().expect("lock");
    let layout = documents::chart_layout(
        store.conn(),
        ChartName::ActionsByCountryYear,
        &ChartFilter::default(),
        coopdesk_core::today(),
    )
    .expect("layout");
    pdf::to_pdf(&layout).expect("pdf").len()
}
