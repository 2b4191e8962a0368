//! The demo data: the public 2016 figures come out exactly, every year has data, and the
//! generation is deterministic.

use std::time::Instant;

use coopdesk_core::stats::Kpis;
use coopdesk_core::{ErrorCode, Store};
use rusqlite::Connection;

fn demo_store(dir: &tempfile::TempDir, name: &str) -> Store {
    let mut store = Store::open(&dir.path().join(name)).expect("open the store");
    let started = Instant::now();
    let summary = store.load_demo(false).expect("demo data");
    eprintln!("demo generation: {:?} ({summary:?})", started.elapsed());
    store
}

fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).expect(sql)
}

/// Every row of the tables that matter, in a stable order, as one text.
fn dump(conn: &Connection) -> String {
    let queries = [
        "SELECT * FROM ssi ORDER BY id",
        "SELECT * FROM ssi_coverage ORDER BY ssi_id, country",
        "SELECT * FROM agent ORDER BY id",
        "SELECT * FROM posting ORDER BY id",
        "SELECT * FROM programme ORDER BY id",
        "SELECT * FROM programme_country ORDER BY programme_id, country",
        "SELECT * FROM technical_action ORDER BY id",
        "SELECT * FROM operational_case ORDER BY id",
        "SELECT * FROM request ORDER BY id",
        "SELECT * FROM session ORDER BY id",
        "SELECT * FROM session_instructor ORDER BY session_id, instructor_id",
        "SELECT * FROM trainee ORDER BY id",
        "SELECT * FROM enrolment ORDER BY id",
        "SELECT * FROM foreign_unit ORDER BY id",
        "SELECT * FROM exchange ORDER BY id",
        "SELECT * FROM exchange_unit ORDER BY exchange_id, unit_id",
    ];
    let mut out = String::new();
    for sql in queries {
        let mut stmt = conn.prepare(sql).expect(sql);
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).expect(sql);
        while let Some(row) = rows.next().expect(sql) {
            for i in 0..columns {
                let value: rusqlite::types::Value = row.get(i).expect("a value");
                out.push_str(&format!("{value:?}|"));
            }
            out.push('\n');
        }
    }
    out
}

fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[test]
fn demo_reproduces_2016_and_is_deterministic() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = demo_store(&dir, "a.sqlite");

    let k = store.kpis(2016).expect("kpis");
    assert_eq!(k.year, 2016);
    assert_eq!(k.ssi_count, 74);
    assert_eq!(k.countries_covered, 158);
    assert_eq!(k.technical_actions, 2160);
    assert_eq!(k.persons_located, 1600);
    assert_eq!(k.arrest_warrants, 347);
    assert_eq!(k.trainees, 100);
    assert_eq!(k.trainee_states, 20);
    assert_eq!(k.cell_founded, "2007-09-01");

    let conn = store.conn();
    // Cancelled actions and uncounted enrolments exist in 2016 and are left out.
    assert!(count(conn, "SELECT count(*) FROM technical_action WHERE status = 'cancelled' AND start_date LIKE '2016%'") > 0);
    assert!(
        count(
            conn,
            "SELECT count(*) FROM enrolment e JOIN session s ON s.id = e.session_id
              WHERE s.start_date LIKE '2016%' AND (e.status IN ('withdrawn', 'requested') OR s.status = 'cancelled')"
        ) > 0
    );
    // Every one of the 74 posts acted in 2016.
    assert_eq!(
        count(
            conn,
            "SELECT count(*) FROM ssi s WHERE s.opened_on <= '2016-12-31'
                AND (s.closed_on IS NULL OR s.closed_on >= '2016-01-01')
                AND EXISTS (SELECT 1 FROM technical_action a WHERE a.ssi_id = s.id
                            AND a.start_date BETWEEN '2016-01-01' AND '2016-12-31' AND a.status <> 'cancelled')"
        ),
        74
    );
    // Europol and Schengen only in EU countries; no case is named after a person.
    assert_eq!(
        count(conn, "SELECT count(*) FROM operational_case WHERE channel IN ('europol', 'schengen') AND country NOT IN ('AT','BE','BG','CY','CZ','DE','DK','EE','ES','FI','GR','HR','HU','IE','IT','LT','LU','LV','MT','NL','PL','PT','RO','SE','SI','SK')"),
        0
    );
    assert_eq!(
        count(
            conn,
            "SELECT count(*) FROM operational_case WHERE reference NOT LIKE 'OC-____-_____'"
        ),
        0
    );
    // Certificates are unique and only for passed enrolments.
    assert_eq!(count(conn, "SELECT count(*) FROM enrolment WHERE (status = 'passed') <> (certificate_no IS NOT NULL)"), 0);

    // Every year has data and differs from 2016 somewhere.
    let years = store.data_years().expect("years");
    for year in 2007..=2025 {
        assert!(years.contains(&year), "no data in {year}");
        let y: Kpis = store.kpis(year).expect("kpis");
        assert!(
            y.technical_actions > 0 && y.persons_located > 0 && y.trainees > 0,
            "{y:?}"
        );
        let same = (
            y.ssi_count,
            y.countries_covered,
            y.technical_actions,
            y.persons_located,
            y.arrest_warrants,
            y.trainees,
            y.trainee_states,
        ) == (
            k.ssi_count,
            k.countries_covered,
            k.technical_actions,
            k.persons_located,
            k.arrest_warrants,
            k.trainees,
            k.trainee_states,
        );
        assert!(year == 2016 || !same, "{year} looks like 2016: {y:?}");
    }
    assert_eq!(store.kpis(2021).expect("kpis").ssi_count, 77);
    assert!(store
        .activity_by_year()
        .expect("activity")
        .iter()
        .all(|a| a.exchanges > 0 && a.requests > 0));

    // The registry today: every open post has its attaché.
    let registry = store.ssi_list().expect("registry");
    assert_eq!(registry.iter().filter(|s| s.open).count(), 77);
    for row in registry.iter().filter(|s| s.open) {
        assert!(row.head.is_some(), "{} has no head", row.code);
        assert!(row.code.len() == 3 && row.staff_count >= 2, "{row:?}");
    }
    assert_eq!(
        count(store.conn(), "SELECT count(*) FROM ssi s WHERE s.closed_on IS NULL AND (SELECT count(*) FROM posting p WHERE p.ssi_id = s.id AND p.role = 'attache' AND p.end_date IS NULL) <> 1"),
        0
    );

    // A filled database is refused, then reloaded identically when forced.
    let before = dump(store.conn());
    eprintln!("demo rows checksum (FNV-1a): {:016x}", fnv1a(&before));
    let err = store.load_demo(false).expect_err("not empty");
    assert_eq!(err.code, ErrorCode::Conflict);
    let started = Instant::now();
    store.load_demo(true).expect("reload");
    eprintln!("demo reload: {:?}", started.elapsed());
    assert!(before == dump(store.conn()), "the reload differs");

    // A second database gets the very same rows.
    let other = demo_store(&dir, "b.sqlite");
    assert!(before == dump(other.conn()), "two generations differ");
}
