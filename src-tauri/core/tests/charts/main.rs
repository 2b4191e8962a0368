//! Charts: the statistics equal direct SQL counts, every chart is valid SVG with its French
//! title, filter line and legend, the world map has a path per ISO country, PNGs come out
//! at the asked size, bad filters are refused in French, and the SVG of a tiny fixed store
//! is pinned by snapshots.

use std::sync::{Mutex, OnceLock};

use coopdesk_core::charts::data::{actions_by, Dim};
use coopdesk_core::charts::{self, ChartFilter, ChartName, HeatmapSort, SeriesSplit};
use coopdesk_core::{ErrorCode, Store};
use proptest::prelude::*;
use rusqlite::Connection;

mod tiny;

struct Demo {
    _dir: tempfile::TempDir,
    store: Mutex<Store>,
}

fn demo() -> &'static Demo {
    static DEMO: OnceLock<Demo> = OnceLock::new();
    DEMO.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = coopdesk_testkit::demo_store(&dir.path().join("charts.sqlite"));
        Demo {
            _dir: dir,
            store: Mutex::new(store),
        }
    })
}

fn with_demo<T>(f: impl FnOnce(&Connection) -> T) -> T {
    let store = demo().store.lock().unwrap_or_else(|e| e.into_inner());
    f(store.conn())
}

fn id(conn: &Connection, table: &str, code: &str) -> i64 {
    conn.query_row(
        &format!("SELECT id FROM {table} WHERE code = ?1"),
        [code],
        |r| r.get(0),
    )
    .expect(code)
}

/// The count of the filter, written independently of the core's SQL.
fn direct_count(conn: &Connection, f: &ChartFilter, extra: &str) -> i64 {
    let mut sql = "SELECT count(*) FROM technical_action a JOIN country c ON c.alpha2 = a.country
                   WHERE a.status != 'cancelled'"
        .to_owned();
    if let Some(y) = f.from {
        sql += &format!(" AND substr(a.start_date, 1, 4) >= '{y}'");
    }
    if let Some(y) = f.to {
        sql += &format!(" AND substr(a.start_date, 1, 4) <= '{y}'");
    }
    if let Some(k) = f.kind_id {
        sql += &format!(" AND a.kind_id = {k}");
    }
    if let Some(d) = f.domain_id {
        sql += &format!(" AND a.domain_id = {d}");
    }
    if let Some(s) = f.ssi_id {
        sql += &format!(" AND a.ssi_id = {s}");
    }
    if let Some(c) = &f.continent {
        sql += &format!(" AND c.continent = '{c}'");
    }
    sql += extra;
    conn.query_row(&sql, [], |r| r.get(0))
        .expect("direct count")
}

#[test]
fn statistics_equal_direct_sql_counts() {
    with_demo(|conn| {
        let training = id(conn, "action_kind", "training");
        let terrorism = id(conn, "domain", "terrorism");
        let filters = [
            ChartFilter::default(),
            ChartFilter {
                from: Some(2016),
                to: Some(2016),
                ..Default::default()
            },
            ChartFilter {
                from: Some(2012),
                to: Some(2016),
                kind_id: Some(training),
                ..Default::default()
            },
            ChartFilter {
                continent: Some("africa".into()),
                domain_id: Some(terrorism),
                ..Default::default()
            },
            ChartFilter {
                from: Some(2020),
                ssi_id: Some(1),
                ..Default::default()
            },
        ];
        for f in &filters {
            let rows = actions_by(conn, &[Dim::Country, Dim::Year], f).expect("stats");
            let total: i64 = rows.iter().map(|r| r.count).sum();
            assert_eq!(total, direct_count(conn, f, ""), "{f:?}");
            for r in rows.iter().step_by(37) {
                let (country, year) = (
                    r.country.as_deref().expect("country"),
                    r.year.expect("year"),
                );
                let extra = format!(
                    " AND a.country = '{country}' AND substr(a.start_date, 1, 4) = '{year}'"
                );
                assert_eq!(
                    r.count,
                    direct_count(conn, f, &extra),
                    "{f:?} {country} {year}"
                );
            }
            let by_kind = actions_by(conn, &[Dim::Kind], f).expect("by kind");
            for r in &by_kind {
                let kind = r.kind.as_deref().expect("kind");
                let extra =
                    format!(" AND a.kind_id = (SELECT id FROM action_kind WHERE code = '{kind}')");
                assert_eq!(r.count, direct_count(conn, f, &extra), "{f:?} {kind}");
            }
            let one = actions_by(conn, &[], f).expect("total");
            assert_eq!(one.len(), 1);
            assert_eq!(one[0].count, total);
        }
        // The 2016 figure of the design: 2,160 actions.
        let y2016 = ChartFilter {
            from: Some(2016),
            to: Some(2016),
            ..Default::default()
        };
        let rows = actions_by(conn, &[Dim::Year], &y2016).expect("2016");
        assert_eq!(rows.iter().map(|r| r.count).sum::<i64>(), 2160);
    });
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]
    #[test]
    fn random_filters_match_direct_sql(
        from in proptest::option::of(2005i32..2027),
        span in 0i32..8,
        kind in proptest::option::of(1i64..7),
        domain in proptest::option::of(1i64..9),
        continent in proptest::option::of(prop::sample::select(vec!["africa", "europe", "asia"])),
        dims in prop::sample::subsequence(Dim::ALL.to_vec(), 0..=3),
    ) {
        let f = ChartFilter {
            from,
            to: from.map(|y| y + span),
            kind_id: kind,
            domain_id: domain,
            continent: continent.map(str::to_owned),
            ..Default::default()
        };
        let (total, direct) = with_demo(|conn| {
            let rows = actions_by(conn, &dims, &f).expect("stats");
            (rows.iter().map(|r| r.count).sum::<i64>(), direct_count(conn, &f, ""))
        });
        prop_assert_eq!(total, direct);
    }
}

pub(crate) fn svg(conn: &Connection, name: ChartName, f: &ChartFilter) -> String {
    let svg = charts::render_svg(conn, name, f).expect("svg");
    roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("{name:?}: invalid XML: {e}"));
    svg
}

/// Every text of the SVG, entities decoded, one per line.
pub(crate) fn texts(svg: &str) -> String {
    let doc = roxmltree::Document::parse(svg).expect("xml");
    doc.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_chart_is_valid_svg_with_french_title_filters_and_legend() {
    let expected = [
        (
            ChartName::ActionsByCountryYear,
            "Actions de coopération technique par pays et par type",
            "Type d'action",
        ),
        (
            ChartName::ActionsHeatmap,
            "Actions de coopération technique par pays et par année",
            "Nombre d'actions",
        ),
        (
            ChartName::ActionsByYear,
            "Actions de coopération technique par année et par type",
            "Type d'action",
        ),
        (
            ChartName::ActionsWorldMap,
            "Actions de coopération technique par pays",
            "Aucune action",
        ),
        (
            ChartName::OperationalByYear,
            "Coopération opérationnelle : personnes localisées par année",
            "dont sous mandat d'arrêt",
        ),
        (
            ChartName::TraineesByState,
            "Stagiaires étrangers formés par le GIGN, par État et par année",
            "Autres États",
        ),
    ];
    with_demo(|conn| {
        let training = id(conn, "action_kind", "training");
        for (name, title, legend) in expected {
            let f = ChartFilter {
                from: Some(2012),
                to: Some(2016),
                ..Default::default()
            };
            let text = texts(&svg(conn, name, &f));
            assert!(text.contains(title), "{name:?}: title");
            assert!(text.contains(legend), "{name:?}: legend");
            assert!(text.contains("Période : 2012–2016"), "{name:?}: filters");
            // Numbers are French-formatted (narrow no-break space before the thousands).
            if matches!(
                name,
                ChartName::ActionsWorldMap | ChartName::OperationalByYear
            ) {
                assert!(text.contains('\u{202F}'), "{name:?}: French numbers");
            }
            let f = ChartFilter {
                kind_id: Some(training),
                from: Some(2016),
                to: Some(2016),
                ..f
            };
            let text = texts(&svg(conn, name, &f));
            let actions = !matches!(
                name,
                ChartName::OperationalByYear | ChartName::TraineesByState
            );
            assert_eq!(
                text.contains("Année : 2016 · Type : Formation"),
                actions,
                "{name:?}"
            );
        }
        let f = ChartFilter {
            heatmap_sort: HeatmapSort::Continent,
            series_split: SeriesSplit::Domain,
            continent: Some("africa".into()),
            ..Default::default()
        };
        assert!(texts(&svg(conn, ChartName::ActionsHeatmap, &f)).contains("Afrique"));
        assert!(texts(&svg(conn, ChartName::ActionsByYear, &f)).contains("Thématique"));
        // No data: a message instead of an empty frame.
        let none = ChartFilter {
            from: Some(1990),
            to: Some(1991),
            ..Default::default()
        };
        for name in ChartName::ALL {
            assert!(
                svg(conn, name, &none).contains("Aucune donnée")
                    || name == ChartName::ActionsWorldMap
            );
        }
    });
}

/// The yearly lines carry their figures: a tooltip on every point (the count a direct query
/// gives) and the last value of each line beside it.
#[test]
fn the_yearly_lines_tell_their_figures() {
    with_demo(|conn| {
        let f = ChartFilter {
            from: Some(2014),
            to: Some(2016),
            ..Default::default()
        };
        let drawn = svg(conn, ChartName::ActionsByYear, &f);
        let doc = roxmltree::Document::parse(&drawn).expect("xml");
        let tips: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("title"))
            .filter_map(|n| n.text())
            .collect();
        assert!(tips.len() >= 3, "{tips:?}");
        let (kind_id, kind): (i64, String) = conn
            .query_row(
                "SELECT k.id, k.name_fr FROM technical_action a JOIN action_kind k ON k.id = a.kind_id
                  WHERE a.status <> 'cancelled' GROUP BY k.id ORDER BY count(*) DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .expect("largest kind");
        let n = direct_count(
            conn,
            &ChartFilter {
                from: Some(2016),
                to: Some(2016),
                kind_id: Some(kind_id),
                ..Default::default()
            },
            "",
        );
        let figure = coopdesk_core::i18n::format_count(n);
        let expected = format!("{kind} en 2016 : {figure}");
        assert!(tips.contains(&expected.as_str()), "{expected} in {tips:?}");
        assert!(
            texts(&drawn).lines().any(|t| t == figure),
            "{figure} beside the line"
        );
    });
}

#[test]
fn the_world_map_has_a_path_per_iso_country_and_its_legend() {
    let f = ChartFilter {
        outline_covered: true,
        outline_residences: true,
        ..Default::default()
    };
    let text = with_demo(|conn| svg(conn, ChartName::ActionsWorldMap, &f));
    let doc = roxmltree::Document::parse(&text).expect("xml");
    let countries: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("path"))
        .filter_map(|n| n.attribute("data-iso"))
        .collect();
    assert!(countries.len() >= 200, "{}", countries.len());
    for small in ["CV", "KM", "MU", "SC", "SG", "MT", "BH"] {
        assert!(countries.contains(&small), "{small}");
    }
    let words = texts(&text);
    for legend in [
        "Nombre d'actions",
        "Aucune action",
        "Pays couvert par un SSI",
        "Pays de résidence d'un SSI",
    ] {
        assert!(words.contains(legend), "{legend}");
    }
    assert!(
        doc.descendants().any(|n| n.has_tag_name("circle")),
        "residence markers"
    );
}

#[test]
fn png_has_the_asked_size() {
    let png = with_demo(|conn| {
        charts::render_png(
            conn,
            ChartName::ActionsByYear,
            &ChartFilter::default(),
            600,
            380,
        )
    })
    .expect("png");
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let (w, h) = (
        u32::from_be_bytes([png[16], png[17], png[18], png[19]]),
        u32::from_be_bytes([png[20], png[21], png[22], png[23]]),
    );
    assert_eq!((w, h), (600, 380));
}

#[test]
fn bad_filters_are_refused_in_french() {
    with_demo(|conn| {
        let cases = [
            (
                ChartFilter {
                    from: Some(2017),
                    to: Some(2012),
                    ..Default::default()
                },
                "to",
                "postérieure",
            ),
            (
                ChartFilter {
                    continent: Some("atlantis".into()),
                    ..Default::default()
                },
                "continent",
                "Continent inconnu",
            ),
            (
                ChartFilter {
                    top_n: Some(0),
                    ..Default::default()
                },
                "top_n",
                "entre 1 et",
            ),
            (
                ChartFilter {
                    from: Some(99),
                    ..Default::default()
                },
                "from",
                "Année invalide",
            ),
        ];
        for (f, field, words) in cases {
            for name in [ChartName::ActionsHeatmap, ChartName::TraineesByState] {
                let err = charts::render_svg(conn, name, &f).expect_err("refused");
                assert_eq!(err.code, ErrorCode::InvalidInput);
                assert_eq!(err.field.as_deref(), Some(field));
                assert!(err.message.contains(words), "{}", err.message);
            }
            assert!(actions_by(conn, &[Dim::Year], &f).is_err());
        }
        let err = charts::render_svg(
            conn,
            ChartName::ActionsByYear,
            &ChartFilter {
                kind_id: Some(999),
                ..Default::default()
            },
        )
        .expect_err("unknown kind");
        assert_eq!(err.code, ErrorCode::NotFound);
        let err = charts::render_png(
            conn,
            ChartName::ActionsByYear,
            &ChartFilter::default(),
            0,
            10,
        )
        .expect_err("size");
        assert_eq!(err.field.as_deref(), Some("width"));
        assert_eq!(
            ChartName::parse("nope").map_err(|e| e.code),
            Err(ErrorCode::InvalidInput)
        );
        assert_eq!(
            ChartName::parse("actions-world-map").ok(),
            Some(ChartName::ActionsWorldMap)
        );
    });
}
