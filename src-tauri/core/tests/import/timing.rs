//! How long a 20 000-row import takes: demo actions written out under new references as
//! a French CSV and as an XLSX, then a dry run and a commit of each on its own copy of the
//! demo base. Prints the figures; asserts only the counts. Run it with
//! `cargo test -p coopdesk-core --test import -- --ignored --nocapture twenty_thousand`
//! (add `--release` for the optimised figures).

use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use coopdesk_core::import::ImportKind;
use coopdesk_core::Store;

use crate::fixtures::{demo_store, HEADERS};

const ROWS: usize = 20_000;

/// The text cells of `ROWS` demo actions, as a user's export would hold them.
fn demo_rows(store: &Store) -> Vec<[String; 13]> {
    let mut stmt = store
        .conn()
        .prepare(
            "SELECT a.title, s.code, c.name_fr, k.name_fr, d.name_fr, coalesce(p.code, ''),
                    coalesce(f.name, ''), a.start_date, a.end_date, a.participants, a.cost_cents,
                    a.status
               FROM technical_action a JOIN ssi s ON s.id = a.ssi_id
               JOIN country c ON c.alpha2 = a.country JOIN action_kind k ON k.id = a.kind_id
               JOIN domain d ON d.id = a.domain_id LEFT JOIN programme p ON p.id = a.programme_id
               LEFT JOIN funder f ON f.id = a.funder_id ORDER BY a.id LIMIT ?1",
        )
        .expect("query");
    let fr_date = |iso: String| {
        let p: Vec<&str> = iso.split('-').collect();
        format!("{}/{}/{}", p[2], p[1], p[0])
    };
    let status = |s: String| match s.as_str() {
        "planned" => "Prévue",
        "cancelled" => "Annulée",
        _ => "Réalisée",
    };
    let rows = stmt
        .query_map([ROWS as i64], |r| {
            let cents: i64 = r.get(10)?;
            Ok([
                String::new(),
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                fr_date(r.get(7)?),
                fr_date(r.get(8)?),
                r.get::<_, i64>(9)?.to_string(),
                format!("{},{:02} €", cents / 100, cents % 100),
                status(r.get(11)?).to_owned(),
            ])
        })
        .expect("rows")
        .collect::<Result<Vec<_>, _>>()
        .expect("rows");
    rows.into_iter()
        .enumerate()
        .map(|(i, mut row)| {
            row[0] = format!("BENCH-{i:05}");
            row
        })
        .collect()
}

fn write_csv(path: &Path, rows: &[[String; 13]]) {
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_path(path)
        .expect("csv");
    w.write_record(&HEADERS[..13]).expect("header");
    for row in rows {
        w.write_record(row).expect("row");
    }
    w.flush().expect("flush");
}

fn write_xlsx(path: &Path, rows: &[[String; 13]]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in HEADERS[..13].iter().enumerate() {
        sheet.write_string(0, c as u16, *h).expect("header");
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            sheet.write_string(r as u32 + 1, c as u16, v).expect("cell");
        }
    }
    book.save(path).expect("xlsx");
}

#[test]
#[ignore = "timing figures, run on demand"]
fn twenty_thousand_actions() {
    let (dir, store) = demo_store();
    let rows = demo_rows(&store);
    assert_eq!(rows.len(), ROWS);
    drop(store);
    let csv = dir.path().join("actions-20000.csv");
    let xlsx = dir.path().join("actions-20000.xlsx");
    write_csv(&csv, &rows);
    write_xlsx(&xlsx, &rows);
    for path in [&csv, &xlsx] {
        let (_copy, mut store) = demo_store();
        let cancel = AtomicBool::new(false);
        let started = Instant::now();
        let dry = store
            .import_run(ImportKind::Actions, path, None, false, &mut |_| {}, &cancel)
            .expect("dry run");
        let dry_time = started.elapsed();
        assert!(
            dry.errors.is_empty(),
            "{:?}",
            &dry.errors[..dry.errors.len().min(5)]
        );
        assert_eq!(dry.to_create as usize, ROWS);
        let started = Instant::now();
        let done = store
            .import_commit(ImportKind::Actions, path, None, &mut |_| {}, &cancel)
            .expect("commit");
        let commit_time = started.elapsed();
        assert_eq!(done.to_create as usize, ROWS);
        let started = Instant::now();
        let again = store
            .import_run(ImportKind::Actions, path, None, false, &mut |_| {}, &cancel)
            .expect("re-check");
        assert_eq!(again.unchanged as usize, ROWS);
        eprintln!(
            "{}: dry run {:.2?}, commit {:.2?}, re-import check {:.2?}",
            path.file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default(),
            dry_time,
            commit_time,
            started.elapsed()
        );
    }
}

/// What the audit trail costs: the same 20 000-row XLSX import committed on a copy of the
/// demo base with its audit triggers and on one without them; then the journal's share of
/// the demo database. Prints the figures. Run it with
/// `cargo test -p coopdesk-core --test import -- --ignored --nocapture audit_cost`.
#[test]
#[ignore = "timing figures, run on demand"]
fn audit_cost() {
    let (dir, store) = demo_store();
    let rows = demo_rows(&store);
    drop(store);
    let xlsx = dir.path().join("actions-20000.xlsx");
    write_xlsx(&xlsx, &rows);
    for audited in [true, false] {
        let (_copy, mut store) = demo_store();
        if !audited {
            let triggers: Vec<String> = store
                .conn()
                .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'audit_row_%'")
                .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
                .expect("triggers");
            for name in triggers {
                store
                    .conn()
                    .execute_batch(&format!("DROP TRIGGER \"{name}\""))
                    .expect("drop");
            }
        }
        let cancel = AtomicBool::new(false);
        let started = Instant::now();
        let done = store
            .import_commit(ImportKind::Actions, &xlsx, None, &mut |_| {}, &cancel)
            .expect("commit");
        assert_eq!(done.to_create as usize, ROWS);
        let entries: i64 = store
            .conn()
            .query_row(
                "SELECT count(*) FROM audit WHERE batch_id = ?1",
                [done.batch_id],
                |r| r.get(0),
            )
            .expect("entries");
        eprintln!(
            "commit of {ROWS} rows {}: {:.2?} ({entries} journal entries)",
            if audited {
                "with the audit trail"
            } else {
                "without it"
            },
            started.elapsed()
        );
    }
    let (copy, store) = demo_store();
    let path = copy.path().join("test.sqlite");
    let size = |store: &Store| {
        store
            .conn()
            .execute_batch("VACUUM; PRAGMA wal_checkpoint(TRUNCATE);")
            .expect("vacuum");
        std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0)
    };
    let with = size(&store);
    let entries: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM audit", [], |r| r.get(0))
        .expect("entries");
    store
        .conn()
        .execute_batch("DROP TRIGGER audit_append_only_delete; DELETE FROM audit;")
        .expect("journal removed");
    let without = size(&store);
    eprintln!(
        "demo database: {with} bytes, {without} without its {entries} journal entries (the journal: {:.0} % of the file)",
        (with - without) as f64 * 100.0 / with as f64
    );
}
