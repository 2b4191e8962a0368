//! The import fixtures: ten actions typed the way French users do, once with five bad rows
//! and once corrected. The XLSX and ODS files hold real date and number cells as well as
//! text; the CSV (`;`, UTF-8 with BOM, French formats) is hand-written and committed as is.
//! Regenerate the spreadsheets with `UPDATE_FIXTURES=1 cargo test -p coopdesk-core --test import`.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use coopdesk_core::Store;

pub fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import")
}

pub fn file(name: &str) -> PathBuf {
    dir().join(name)
}

/// A cell of a generated spreadsheet.
#[derive(Clone)]
pub enum V {
    T(&'static str),
    N(f64),
    D(i32, u32, u32),
}

use V::{D, N, T};

pub const HEADERS: [&str; 14] = [
    "Référence",
    "Intitulé",
    "SSI",
    "Pays",
    "Type",
    "Domaine",
    "Programme",
    "Bailleur",
    "Date de début",
    "Date de fin",
    "Participants",
    "Coût (€)",
    "Statut",
    "Couleur",
];

/// The ten rows; with `errors`, rows 6 to 10 (lines 7 to 11) each carry one mistake.
#[rustfmt::skip]
pub fn rows(errors: bool) -> Vec<Vec<V>> {
    let e = |bad: V, good: V| if errors { bad } else { good };
    vec![
        vec![T("IMP-2024-001"), T("Formation des équipes d'intervention"), T("DAK"), T("Sénégal"), T("Formation"), T("Terrorisme"), T("ONUDC-AO-5"), T("Union européenne"), D(2024, 3, 4), D(2024, 3, 8), N(12.0), T("12 500,50 €"), T("Réalisée"), T("bleu")],
        vec![T("IMP-2024-002"), T("Audit des moyens cynophiles"), T("Abidjan"), T("Côte d'Ivoire"), T("Évaluation"), T("Trafic de stupéfiants"), T(""), T(""), T("15/04/2024"), T("19/04/2024"), N(8.0), T("1.234,5"), T("realisee"), T("")],
        vec![T("IMP-2024-003"), T("Séminaire sur la cybercriminalité"), T("KIN"), T("RDC"), T("Séminaire"), T("Cybercriminalité"), T(""), T(""), T("2024-06-01"), T("3/6/2024"), T("20"), T("1,234.5"), T("Prévue"), T("")],
        vec![T("IMP-2024-004"), T("Visite d'étude de la police britannique"), T("LON"), T("Royaume-Uni"), T("Visite d'étude"), T("Ordre public"), T(""), T(""), D(2024, 9, 10), D(2024, 9, 12), N(5.0), N(3000.0), T("Annulée"), T("")],
        vec![T("IMP-2024-005"), T("Conseil technique aux services américains"), T("WAS"), T("États-Unis"), T("Technical advice / expertise"), T("Forensics"), T(""), T(""), D(2024, 10, 7), D(2024, 10, 11), N(3.0), N(0.0), T("done"), T("")],
        vec![T("IMP-2024-006"), T("Formation au maintien de l'ordre"), T("DAK"), e(T("Atlantide"), T("GMB")), T("Formation"), T("Ordre public"), T(""), T(""), D(2024, 11, 4), D(2024, 11, 8), N(15.0), N(8000.0), T("Prévue"), T("")],
        vec![T("IMP-2024-007"), T("Équipement en moyens radio"), T("RAB"), T("Maroc"), T("Équipement"), T("Criminalité organisée"), T("UE-MAGH-5"), T("Union européenne"), D(2024, 5, 13), e(D(2024, 5, 10), D(2024, 5, 17)), N(0.0), T("45 000 €"), T("Réalisée"), T("")],
        vec![T("IMP-2024-008"), T("Stage de tir"), T("ABI"), T("CIV"), T("Formation"), T("Intervention spécialisée"), T(""), T(""), D(2024, 2, 5), D(2024, 2, 9), e(T("douze"), N(12.0)), N(6200.0), T("Réalisée"), T("")],
        vec![e(T("IMP-2024-002"), T("IMP-2024-009")), T("Séminaire régional sur la traite"), T("DAK"), T("SN"), T("Séminaire"), T("Traite des êtres humains"), T(""), T(""), D(2024, 12, 2), D(2024, 12, 4), N(30.0), N(9000.0), T("Prévue"), T("")],
        vec![T("IMP-2024-010"), e(T(""), T("Évaluation des besoins")), T("KIN"), T("Congo-Kinshasa"), T("Évaluation"), T("Terrorisme"), T(""), T(""), D(2024, 1, 22), D(2024, 1, 26), N(4.0), N(2500.0), T("Réalisée"), T("")],
    ]
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

pub fn write_xlsx(path: &Path, rows: &[Vec<V>]) {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let day = Format::new().set_num_format("dd/mm/yyyy");
    for (c, h) in HEADERS.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).expect("header");
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, v) in row.iter().enumerate() {
            let c = c as u16;
            match v {
                T("") => continue,
                T(s) => sheet.write_string(r, c, *s).map(|_| ()),
                N(n) => sheet.write_number(r, c, *n).map(|_| ()),
                D(y, m, d) => sheet
                    .write_with_format(r, c, &date(*y, *m, *d), &day)
                    .map(|_| ()),
            }
            .expect("cell");
        }
    }
    book.save(path).expect("save xlsx");
}

pub fn write_ods(path: &Path, rows: &[Vec<V>]) {
    use spreadsheet_ods::{Sheet, WorkBook};
    let mut book = WorkBook::new_empty();
    let mut sheet = Sheet::new("Actions");
    for (c, h) in HEADERS.iter().enumerate() {
        sheet.set_value(0, c as u32, *h);
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, v) in row.iter().enumerate() {
            let c = c as u32;
            match v {
                T("") => {}
                T(s) => sheet.set_value(r, c, *s),
                N(n) => sheet.set_value(r, c, *n),
                D(y, m, d) => sheet.set_value(r, c, date(*y, *m, *d)),
            }
        }
    }
    book.push_sheet(sheet);
    spreadsheet_ods::write_ods(&mut book, path).expect("save ods");
}

/// Rewrites the committed spreadsheets when `UPDATE_FIXTURES` is set.
#[test]
fn regenerate_when_asked() {
    if std::env::var_os("UPDATE_FIXTURES").is_none() {
        return;
    }
    std::fs::create_dir_all(dir()).expect("fixture dir");
    write_xlsx(&file("actions-errors.xlsx"), &rows(true));
    write_xlsx(&file("actions-corrected.xlsx"), &rows(false));
    write_ods(&file("actions-corrected.ods"), &rows(false));
}

/// A copy of the demo database (generated once per build), in its own temporary folder.
pub fn demo_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = coopdesk_testkit::demo_store(&dir.path().join("test.sqlite"));
    (dir, store)
}
