//! SVG snapshots of a tiny hand-made store (not the demo), so that they stay small and
//! stable: any change to a chart's drawing shows up as a reviewable diff.

use coopdesk_core::charts::data::{actions_by, Dim};
use coopdesk_core::charts::{ChartFilter, ChartName};
use coopdesk_core::Store;

use crate::{svg, texts};

/// A tiny fixed store: two kinds, two domains, one SSI, eight actions, three cases.
fn tiny() -> Store {
    let store = Store::open_in_memory().expect("store");
    store
        .conn()
        .execute_batch(
            "INSERT INTO domain (id, code, name_fr, name_en) VALUES
                 (1, 'terrorism', 'Terrorisme', 'Terrorism'), (2, 'cyber', 'Cybercriminalité', 'Cybercrime');
             INSERT INTO action_kind (id, code, name_fr, name_en) VALUES
                 (1, 'training', 'Formation', 'Training'), (2, 'seminar', 'Séminaire', 'Seminar');
             INSERT INTO case_kind (id, code, name_fr, name_en) VALUES (1, 'location', 'Localisation', 'Location');
             INSERT INTO ssi (id, code, city, residence_country, opened_on) VALUES (1, 'DAK', 'Dakar', 'SN', '2010-01-01');
             INSERT INTO ssi_coverage (ssi_id, country) VALUES (1, 'SN'), (1, 'ML');
             INSERT INTO technical_action (reference, title, ssi_id, country, kind_id, domain_id,
                     start_date, end_date, participants, cost_cents, status) VALUES
                 ('A1', 'a', 1, 'SN', 1, 1, '2015-03-01', '2015-03-02', 10, 0, 'done'),
                 ('A2', 'b', 1, 'SN', 2, 1, '2015-05-01', '2015-05-02', 10, 0, 'done'),
                 ('A3', 'c', 1, 'SN', 1, 2, '2016-03-01', '2016-03-02', 10, 0, 'done'),
                 ('A4', 'd', 1, 'ML', 1, 1, '2016-03-01', '2016-03-02', 10, 0, 'done'),
                 ('A5', 'e', 1, 'ML', 2, 2, '2017-03-01', '2017-03-02', 10, 0, 'planned'),
                 ('A6', 'f', 1, 'FR', 1, 1, '2017-03-01', '2017-03-02', 10, 0, 'done'),
                 ('A7', 'g', 1, 'SN', 1, 1, '2017-06-01', '2017-06-02', 10, 0, 'done'),
                 ('A8', 'h', 1, 'SN', 1, 1, '2017-07-01', '2017-07-02', 10, 0, 'cancelled');
             INSERT INTO operational_case (reference, ssi_id, country, kind_id, domain_id, opened_on,
                     channel, persons_located, arrest_warrants) VALUES
                 ('C1', 1, 'SN', 1, 1, '2015-02-01', 'interpol', 1200, 300),
                 ('C2', 1, 'ML', 1, 1, '2016-02-01', 'none', 2, 1),
                 ('C3', 1, 'SN', 1, 2, '2017-02-01', 'europol', 4, 0);",
        )
        .expect("tiny data");
    store
}

#[test]
fn snapshots_of_a_tiny_store() {
    let store = tiny();
    let conn = store.conn();
    let f = ChartFilter::default();
    let rows = actions_by(conn, &[Dim::Country, Dim::Kind], &f).expect("stats");
    assert_eq!(rows.iter().map(|r| r.count).sum::<i64>(), 7);
    insta::assert_snapshot!("bars", svg(conn, ChartName::ActionsByCountryYear, &f));
    insta::assert_snapshot!("heatmap", svg(conn, ChartName::ActionsHeatmap, &f));
    insta::assert_snapshot!("series", svg(conn, ChartName::ActionsByYear, &f));
    insta::assert_snapshot!("operational", svg(conn, ChartName::OperationalByYear, &f));
    let text = texts(&svg(conn, ChartName::OperationalByYear, &f));
    assert!(text.contains("1\u{202F}200"), "French thousands");
}
