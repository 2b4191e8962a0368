//! Rendering each chart on ten times the demo volume (about 420,000 actions over
//! 2007–2025), as SVG from the database, plus one PNG.
//! Run: `cargo bench -p coopdesk-core --bench charts`.

use std::sync::OnceLock;

use coopdesk_core::charts::{self, ChartFilter, ChartName};
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
