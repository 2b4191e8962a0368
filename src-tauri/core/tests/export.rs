//! Exported lists over the demo data, read back the way another program would: XLSX and
//! ODS with calamine, CSV with the csv crate, and both spreadsheets converted by
//! LibreOffice, headless. The rows must equal what the list screens query.

#[path = "export/support.rs"]
mod support;

use std::time::Instant;

use coopdesk_core::cooperation::operational::{CaseFilter, CaseRow, Channel};
use coopdesk_core::cooperation::technical::{
    ActionFilter, ActionRow, ActionSort, ActionStatus, MAX_PAGE,
};
use coopdesk_core::export::{ExportFormat, ExportList};
use coopdesk_core::network::ssi::{SsiColumn, SsiSort};
use coopdesk_core::{ErrorCode, Store};

use support::{assert_line, demo_store, libreoffice_csv, read_csv, read_sheet, split, V};

fn text(s: &str) -> V {
    V::Text(s.to_owned())
}

fn opt(s: &Option<String>) -> V {
    s.as_deref().map_or(V::Empty, text)
}

fn all_actions(store: &Store, filter: &ActionFilter, sort: ActionSort) -> Vec<ActionRow> {
    let mut rows = Vec::new();
    loop {
        let page = store
            .actions(filter, sort, rows.len() as i64, MAX_PAGE)
            .expect("actions");
        let total = page.total_count as usize;
        rows.extend(page.rows);
        if rows.len() >= total {
            return rows;
        }
    }
}

/// An action as its exported row should read.
fn action_cells(a: &ActionRow) -> Vec<V> {
    let status = match a.status {
        ActionStatus::Planned => "prévue",
        ActionStatus::Done => "réalisée",
        ActionStatus::Cancelled => "annulée",
    };
    vec![
        text(&a.reference),
        text(&a.title),
        text(&a.ssi_code),
        text(&a.country_name),
        text(&a.country),
        text(&a.kind),
        text(&a.domain),
        opt(&a.programme),
        opt(&a.funder),
        V::Date(a.start_date),
        V::Date(a.end_date),
        V::Number(a.participants as f64),
        V::Number(a.cost_cents as f64 / 100.0),
        text(status),
        text(if a.in_coverage { "oui" } else { "non" }),
    ]
}

fn case_cells(c: &CaseRow) -> Vec<V> {
    let channel = match c.channel {
        Channel::None => "SSI seul",
        Channel::Interpol => "Interpol",
        Channel::Europol => "Europol",
        Channel::Schengen => "Schengen (SIS)",
    };
    vec![
        text(&c.reference),
        V::Date(c.opened_on),
        text(&c.ssi_code),
        text(&c.country_name),
        text(&c.country),
        text(&c.kind),
        text(&c.domain),
        text(channel),
        V::Number(c.persons_located as f64),
        V::Number(c.arrest_warrants as f64),
    ]
}

#[test]
fn actions_of_2016_read_back_from_xlsx_and_ods_equal_the_list() {
    let store = demo_store();
    let dir = tempfile::tempdir().expect("temp dir");
    let filter = ActionFilter {
        year: Some(2016),
        ..Default::default()
    };
    let sort = ActionSort::default();
    let expected: Vec<Vec<V>> = all_actions(&store, &filter, sort)
        .iter()
        .map(action_cells)
        .collect();
    assert!(expected.len() > MAX_PAGE as usize, "more than one page");
    let list = ExportList::Actions { filter, sort };
    for (format, name) in [(ExportFormat::Xlsx, "a.xlsx"), (ExportFormat::Ods, "a.ods")] {
        let out = dir.path().join(name);
        let started = Instant::now();
        let written = store.export_list(&list, format, &out).expect("export");
        eprintln!("{name}: {:?}, {} bytes", started.elapsed(), written.bytes);
        assert_eq!(written.rows, expected.len());
        assert_eq!(
            written.bytes as u64,
            std::fs::metadata(&out).expect("file").len()
        );
        let (preamble, header, rows) = split(read_sheet(&out), "Référence");
        assert_eq!(preamble[0], "Actions de coopération technique");
        assert_line(&preamble, "Année : 2016");
        assert!(preamble.iter().any(|l| l.starts_with("Exporté le ")));
        assert_eq!(header[9], text("Début"));
        assert_eq!(header[12], text("Coût"));
        assert_eq!(rows.len(), expected.len(), "{name}: every row");
        for (i, (got, want)) in rows.iter().zip(&expected).enumerate() {
            assert_eq!(got, want, "{name}: row {i}");
        }
    }
}

#[test]
fn cases_filtered_by_year_and_channel_read_back() {
    let store = demo_store();
    let dir = tempfile::tempdir().expect("temp dir");
    let filter = CaseFilter {
        year: Some(2016),
        channel: Some(Channel::Interpol),
        ..Default::default()
    };
    let page = store.cases(&filter, 0, MAX_PAGE).expect("cases");
    assert!(page.total_count > 0 && page.total_count < MAX_PAGE);
    let expected: Vec<Vec<V>> = page.rows.iter().map(case_cells).collect();
    let list = ExportList::Cases { filter };
    for (format, name) in [(ExportFormat::Xlsx, "c.xlsx"), (ExportFormat::Ods, "c.ods")] {
        let out = dir.path().join(name);
        store.export_list(&list, format, &out).expect("export");
        let (preamble, _, rows) = split(read_sheet(&out), "Référence");
        assert_line(&preamble, "Canal : Interpol");
        assert_eq!(rows, expected, "{name}");
    }
}

#[test]
fn csv_with_semicolon_and_with_comma() {
    let store = demo_store();
    let dir = tempfile::tempdir().expect("temp dir");
    let filter = ActionFilter {
        year: Some(2016),
        country: Some("sn".into()),
        ..Default::default()
    };
    let sort = ActionSort::default();
    let actions = all_actions(&store, &filter, sort);
    assert!(!actions.is_empty());
    let total_cents: i64 = actions.iter().map(|a| a.cost_cents).sum();
    let list = ExportList::Actions { filter, sort };
    for (format, separator, decimal) in [
        (ExportFormat::CsvSemicolon, b';', ','),
        (ExportFormat::CsvComma, b',', '.'),
    ] {
        let out = dir.path().join(format!("a-{}.csv", separator as char));
        store.export_list(&list, format, &out).expect("export");
        let records = read_csv(&out, separator);
        assert!(records.iter().any(|r| r == &["Pays : Sénégal (SN)"]));
        let at = records
            .iter()
            .position(|r| r.first().map(String::as_str) == Some("Référence"))
            .expect("header row");
        assert_eq!(records[at].len(), 15);
        let rows = &records[at + 1..];
        assert_eq!(rows.len(), actions.len());
        let mut sum = 0i64;
        for (r, a) in rows.iter().zip(&actions) {
            assert_eq!(r[0], a.reference);
            assert_eq!(r[9], a.start_date.format("%d/%m/%Y").to_string());
            assert_eq!(r[11], a.participants.to_string());
            let (euros, cents) = r[12].split_once(decimal).expect("decimal separator");
            assert_eq!(cents.len(), 2);
            sum +=
                euros.parse::<i64>().expect("euros") * 100 + cents.parse::<i64>().expect("cents");
        }
        assert_eq!(sum, total_cents, "every cent");
    }
}

#[test]
fn the_other_lists_export_their_rows() {
    let store = demo_store();
    let dir = tempfile::tempdir().expect("temp dir");
    let first_column = |list: &ExportList, header: &str| -> Vec<V> {
        let out = dir.path().join(format!("{}.xlsx", list.name()));
        let written = store
            .export_list(list, ExportFormat::Xlsx, &out)
            .expect("export");
        let (_, _, rows) = split(read_sheet(&out), header);
        assert_eq!(written.rows, rows.len());
        rows.into_iter().map(|r| r[0].clone()).collect()
    };

    let trainees = store.trainees("", Some("SN"), None).expect("trainees");
    assert!(!trainees.is_empty());
    let list = ExportList::Trainees {
        text: String::new(),
        state: Some("SN".into()),
        session_id: None,
    };
    let want: Vec<V> = trainees.iter().map(|t| text(&t.last_name)).collect();
    assert_eq!(first_column(&list, "Nom"), want);

    // The SSI screen's search and sort: "an" in a code, city or country, by staff, most first.
    let mut ssis: Vec<_> = store
        .ssi_list()
        .expect("ssi")
        .into_iter()
        .filter(|s| {
            [
                &s.code,
                &s.city,
                &s.residence_country_name,
                &s.residence_country,
            ]
            .iter()
            .any(|f| f.to_lowercase().contains("an"))
        })
        .collect();
    assert!(ssis.len() > 3 && ssis.len() < 74);
    ssis.sort_by(|a, b| b.staff_count.cmp(&a.staff_count).then(a.code.cmp(&b.code)));
    let list = ExportList::Ssi {
        text: "AN".into(),
        sort: Some(SsiSort {
            column: SsiColumn::StaffCount,
            descending: true,
        }),
    };
    let want: Vec<V> = ssis.iter().map(|s| text(&s.code)).collect();
    assert_eq!(first_column(&list, "Code"), want);

    let sessions = store.sessions(Some(2016)).expect("sessions");
    let want: Vec<V> = sessions.iter().map(|s| V::Date(s.start_date)).collect();
    assert_eq!(
        first_column(&ExportList::Sessions { year: Some(2016) }, "Début"),
        want
    );

    let requests = store.requests(Some(2016)).expect("requests");
    let want: Vec<V> = requests.iter().map(|r| text(&r.reference)).collect();
    assert_eq!(
        first_column(&ExportList::Requests { year: Some(2016) }, "Référence"),
        want
    );

    let units = store.units().expect("units");
    let want: Vec<V> = units.iter().map(|u| text(&u.name)).collect();
    assert_eq!(first_column(&ExportList::Units, "Nom"), want);

    let exchanges = store.exchanges(None).expect("exchanges");
    let want: Vec<V> = exchanges.iter().map(|x| V::Date(x.start_date)).collect();
    assert_eq!(
        first_column(&ExportList::Exchanges { year: None }, "Début"),
        want
    );

    // The catalogue as the screen shows it, archived courses only when asked for.
    let courses = store.courses().expect("courses");
    for archived in [false, true] {
        let want: Vec<V> = courses
            .iter()
            .filter(|c| archived || !c.archived)
            .map(|c| text(&c.code))
            .collect();
        assert!(!want.is_empty());
        assert_eq!(
            first_column(&ExportList::Courses { archived }, "Code"),
            want
        );
    }
}

#[test]
fn libreoffice_converts_the_xlsx_and_the_ods() {
    let store = demo_store();
    let dir = tempfile::tempdir().expect("temp dir");
    let filter = ActionFilter {
        year: Some(2016),
        ..Default::default()
    };
    let sort = ActionSort::default();
    let actions = all_actions(&store, &filter, sort);
    let list = ExportList::Actions { filter, sort };
    for (format, name) in [
        (ExportFormat::Xlsx, "lo.xlsx"),
        (ExportFormat::Ods, "lo.ods"),
    ] {
        let file = dir.path().join(name);
        store.export_list(&list, format, &file).expect("export");
        let out = dir.path().join(format!("{}-csv", list.name()));
        std::fs::create_dir_all(&out).expect("out dir");
        let started = Instant::now();
        let records = libreoffice_csv(&file, &out);
        eprintln!("LibreOffice {name} → CSV: {:?}", started.elapsed());
        assert_eq!(records[0][0], "Actions de coopération technique");
        let at = records
            .iter()
            .position(|r| r.first().map(String::as_str) == Some("Référence"))
            .expect("header row");
        let rows: Vec<&Vec<String>> = records[at + 1..]
            .iter()
            .filter(|r| r.iter().any(|c| !c.is_empty()))
            .collect();
        assert_eq!(rows.len(), actions.len(), "{name}: every row");
        for (r, a) in rows.iter().zip(&actions) {
            assert_eq!(r[0], a.reference);
            // The date cell is shown with its dd/mm/yyyy format: a real date.
            assert_eq!(r[9], a.start_date.format("%d/%m/%Y").to_string(), "{name}");
            assert!(r[12].contains('€'), "{name}: money format on {}", r[12]);
        }
    }
}

#[test]
fn a_bad_filter_or_place_writes_nothing() {
    let store = demo_store();
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("bad.xlsx");
    let list = ExportList::Actions {
        filter: ActionFilter {
            country: Some("XX".into()),
            ..Default::default()
        },
        sort: ActionSort::default(),
    };
    let e = store
        .export_list(&list, ExportFormat::Xlsx, &out)
        .expect_err("unknown country");
    assert_eq!(e.code, ErrorCode::InvalidInput);
    assert!(!out.exists());

    let missing = ExportList::Cases {
        filter: CaseFilter {
            ssi_id: Some(987_654),
            ..Default::default()
        },
    };
    let e = store
        .export_list(&missing, ExportFormat::Ods, &out)
        .expect_err("unknown SSI");
    assert_eq!(e.code, ErrorCode::NotFound);
    assert!(!out.exists());

    let nowhere = dir.path().join("no-such-dir").join("a.csv");
    let e = store
        .export_list(&ExportList::Units, ExportFormat::CsvComma, &nowhere)
        .expect_err("no such folder");
    assert_eq!(e.code, ErrorCode::InvalidInput);
    assert_eq!(e.field.as_deref(), Some("out"));
    assert!(e.message.contains("Impossible d'écrire"), "{}", e.message);
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 0);
}

#[test]
fn formats_parse_from_the_command_line() {
    assert_eq!(
        ExportFormat::parse("XLSX", ";").ok(),
        Some(ExportFormat::Xlsx)
    );
    assert_eq!(
        ExportFormat::parse("csv", ",").ok(),
        Some(ExportFormat::CsvComma)
    );
    let e = ExportFormat::parse("pdf", ";").expect_err("unknown format");
    assert_eq!(e.field.as_deref(), Some("format"));
    assert!(e.message.contains("« pdf »"), "{}", e.message);
    let e = ExportFormat::parse("csv", "|").expect_err("unknown separator");
    assert_eq!(e.field.as_deref(), Some("separator"));
}
