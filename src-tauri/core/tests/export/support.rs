//! Helpers of the export tests: one demo database per run, the files read back with
//! calamine and csv into comparable values, and LibreOffice's headless conversion.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use calamine::{open_workbook_auto, Data, DataType, Reader};
use chrono::NaiveDate;
use coopdesk_core::export::Cell;
use coopdesk_core::Store;

/// The demo database, generated once per run of this test binary (every test reads it).
pub fn demo_store() -> Store {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    let path = PATH.get_or_init(|| {
        let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("export-demo.sqlite");
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
        coopdesk_testkit::demo_file(&path);
        path
    });
    Store::open(path).expect("open the demo store")
}

/// A cell as both sides can state it: the exported table's typed value or what a reader
/// finds in the file.
#[derive(Debug, Clone, PartialEq)]
pub enum V {
    Text(String),
    Number(f64),
    Date(NaiveDate),
    Empty,
}

impl From<&Cell> for V {
    fn from(c: &Cell) -> Self {
        match c {
            Cell::Text(s) => V::Text(s.clone()),
            Cell::Integer(n) => V::Number(*n as f64),
            Cell::Money(cents) => V::Number(*cents as f64 / 100.0),
            Cell::Date(d) => V::Date(*d),
            Cell::Empty => V::Empty,
        }
    }
}

fn from_data(d: &Data) -> V {
    match d {
        Data::String(s) if s.is_empty() => V::Empty,
        Data::String(s) => V::Text(s.clone()),
        Data::Float(f) => V::Number(*f),
        Data::Int(n) => V::Number(*n as f64),
        Data::DateTime(_) | Data::DateTimeIso(_) => V::Date(d.as_date().expect("a date")),
        Data::Empty => V::Empty,
        other => panic!("unexpected cell {other:?}"),
    }
}

/// Every row of the first sheet of an XLSX or ODS file, typed.
pub fn read_sheet(path: &Path) -> Vec<Vec<V>> {
    let mut book = open_workbook_auto(path).expect("calamine opens the file");
    let range = book
        .worksheet_range_at(0)
        .expect("a first sheet")
        .expect("the sheet reads");
    assert_eq!(range.start(), Some((0, 0)), "the title is in A1");
    range
        .rows()
        .map(|row| {
            let mut cells: Vec<V> = row.iter().map(from_data).collect();
            while cells.last() == Some(&V::Empty) {
                cells.pop();
            }
            cells
        })
        .collect()
}

/// Splits read rows at the column headers (the row that starts with `first_header`):
/// (preamble lines, headers, data rows).
/// The sheet's preamble (title, filters, date) holds `line`.
pub fn assert_line(preamble: &[String], line: &str) {
    assert!(
        preamble.iter().any(|l| l == line),
        "{line:?} not in {preamble:?}"
    );
}

pub fn split(rows: Vec<Vec<V>>, first_header: &str) -> (Vec<String>, Vec<V>, Vec<Vec<V>>) {
    let at = rows
        .iter()
        .position(|r| r.first() == Some(&V::Text(first_header.to_owned())))
        .expect("the header row");
    let mut rest = rows.into_iter();
    let preamble = rest
        .by_ref()
        .take(at)
        .filter_map(|r| match r.first() {
            Some(V::Text(s)) => Some(s.clone()),
            _ => None,
        })
        .collect();
    let header = rest.next().expect("headers");
    (preamble, header, rest.collect())
}

/// The records of a CSV file (BOM checked and dropped), every record as written.
pub fn read_csv(path: &Path, separator: u8) -> Vec<Vec<String>> {
    let bytes = std::fs::read(path).expect("read the CSV");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 byte-order mark");
    csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(&bytes[3..])
        .records()
        .map(|r| r.expect("a CSV record").iter().map(str::to_owned).collect())
        .collect()
}

/// Converts `file` to CSV with LibreOffice, headless, in `out_dir`; returns the records.
/// A missing `soffice` fails the test: CI installs LibreOffice (setup.sh --tests).
pub fn libreoffice_csv(file: &Path, out_dir: &Path) -> Vec<Vec<String>> {
    let profile = tempfile::tempdir().expect("profile dir");
    let output = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .args(["--headless", "--norestore", "--convert-to"])
        // Comma, double quote, UTF-8, from line 1; cells as shown (formatted).
        .arg("csv:Text - txt - csv (StarCalc):44,34,76,1")
        .arg("--outdir")
        .arg(out_dir)
        .arg(file)
        .output()
        .expect("soffice (LibreOffice) must be installed: apt-get install libreoffice-calc-nogui");
    let stem = file.file_stem().expect("file name").to_string_lossy();
    let csv = out_dir.join(format!("{stem}.csv"));
    assert!(
        output.status.success() && csv.exists(),
        "LibreOffice converted {}: {}\n{}",
        file.display(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let text = std::fs::read_to_string(&csv).expect("LibreOffice's CSV is UTF-8");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("a CSV record").iter().map(str::to_owned).collect())
        .collect()
}
