//! A spreadsheet file read into rows of cells, each row keeping its line number in the
//! sheet (the header's line is usually 1), so that messages point where the user looks.
//!
//! XLSX, XLS, XLSB and ODS through calamine (first sheet holding data); CSV and TXT with
//! the separator sniffed from the header line (`;`, `,` or tab). CSV text may be UTF-8
//! (with or without BOM), UTF-16 with a BOM, or — when it is not valid UTF-8 — Windows-1252,
//! the encoding Excel uses for "CSV (séparateur : point-virgule)" on a French Windows.

use std::path::Path;

use calamine::{open_workbook_auto, Data, Reader};
use chrono::NaiveDate;

use crate::error::{Error, ErrorCode, Result};
use crate::i18n;

/// One cell as the file holds it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Date(NaiveDate),
    Bool(bool),
}

/// A data row: its line in the sheet and its cells (possibly fewer than the headers).
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub line: u32,
    pub cells: Vec<Cell>,
}

/// The header row and the non-empty rows below it.
#[derive(Debug, Clone)]
pub(crate) struct Table {
    pub header_line: u32,
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
}

impl Cell {
    fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }
}

pub(crate) fn bad_file(id: &str, path: &Path, detail: impl ToString) -> Error {
    tracing::warn!(id, "an import file was refused");
    Error::new(
        ErrorCode::BadFile,
        id,
        i18n::args([
            ("path", path.display().to_string()),
            ("detail", detail.to_string()),
        ]),
    )
}

/// Reads `path`, choosing the reader by its extension. `score` says how many known fields a
/// row of cell texts names: the header is the best-scoring of the first non-empty rows,
/// so a title above the table is skipped.
pub(crate) fn read(path: &Path, score: &dyn Fn(&[String]) -> usize) -> Result<Table> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_lowercase)
        .unwrap_or_default();
    let rows = match ext.as_str() {
        "csv" | "txt" | "tsv" => {
            let bytes = std::fs::read(path).map_err(|e| bad_file("err-import-read", path, e))?;
            csv_rows(&decode(&bytes)).map_err(|e| bad_file("err-import-read", path, e))?
        }
        "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => sheet_rows(path)?,
        _ => return Err(bad_file("err-import-format", path, ext)),
    };
    table(rows, score).ok_or_else(|| bad_file("err-import-no-header", path, ""))
}

/// The cell as the user sees it, for messages: dates as dd/mm/yyyy, decimals with a comma.
pub(crate) fn display(cell: &Cell) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(t) => t.trim().to_owned(),
        Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
        Cell::Number(n) => n.to_string().replace('.', ","),
        Cell::Date(d) => d.format("%d/%m/%Y").to_string(),
        Cell::Bool(b) => i18n::tr(if *b { "import-true" } else { "import-false" }, &[]),
    }
}

fn texts(row: &Row) -> Vec<String> {
    row.cells.iter().map(display).collect()
}

/// How many of the first non-empty rows may hold the header.
const HEADER_SEARCH: usize = 10;

/// Splits off the header row, drops the rows above it and the empty ones.
fn table(rows: Vec<Row>, score: &dyn Fn(&[String]) -> usize) -> Option<Table> {
    let mut rows: Vec<Row> = rows
        .into_iter()
        .filter(|r| r.cells.iter().any(|c| !c.is_empty()))
        .collect();
    // The first row of the highest score (the first row when none names a field).
    let (at, _) = rows
        .iter()
        .take(HEADER_SEARCH)
        .enumerate()
        .map(|(i, r)| (i, score(&texts(r))))
        .fold(None, |best: Option<(usize, usize)>, (i, n)| match best {
            Some((_, m)) if m >= n => best,
            _ => Some((i, n)),
        })?;
    let rest = rows.split_off(at + 1);
    let header = rows.pop()?;
    let mut headers = texts(&header);
    let rows = rest;
    let width = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    // Data beyond the last header cell still deserves a column (reported as unknown).
    while headers.len() < width {
        headers.push(String::new());
    }
    while headers.last().is_some_and(String::is_empty)
        && rows
            .iter()
            .all(|r| r.cells.get(headers.len() - 1).is_none_or(Cell::is_empty))
    {
        headers.pop();
    }
    Some(Table {
        header_line: header.line,
        headers,
        rows,
    })
}

fn sheet_rows(path: &Path) -> Result<Vec<Row>> {
    let mut book = open_workbook_auto(path).map_err(|e| bad_file("err-import-read", path, e))?;
    let names = book.sheet_names();
    for name in names {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| bad_file("err-import-read", path, e))?;
        let Some((top, left)) = range.start() else {
            continue;
        };
        // Keep the sheet's own columns: a table starting in column C still has A and B empty.
        let pad = left as usize;
        return Ok(range
            .rows()
            .enumerate()
            .map(|(i, cells)| Row {
                line: top + i as u32 + 1,
                cells: std::iter::repeat_n(Cell::Empty, pad)
                    .chain(cells.iter().map(cell))
                    .collect(),
            })
            .collect());
    }
    Ok(Vec::new())
}

fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(dt) => match dt.as_datetime() {
            Some(d) if dt.is_datetime() => Cell::Date(d.date()),
            _ => Cell::Number(dt.as_f64()),
        },
        Data::DateTimeIso(s) => s
            .get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .map_or_else(|| Cell::Text(s.clone()), Cell::Date),
        Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Text(e.to_string()),
    }
}

/// The text of a CSV file, whatever of the usual encodings it is in.
pub(crate) fn decode(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8_lossy(rest).into_owned();
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    }
}

fn utf16(bytes: &[u8], word: fn([u8; 2]) -> u16) -> String {
    let units: Vec<u16> = bytes.chunks_exact(2).map(|p| word([p[0], p[1]])).collect();
    String::from_utf16_lossy(&units)
}

/// Windows-1252: Latin-1 plus typographic characters (€, œ, quotes…) in 0x80–0x9F.
fn windows_1252(b: u8) -> char {
    const HIGH: [u16; 32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
        0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ];
    match b {
        0x80..=0x9F => char::from_u32(u32::from(HIGH[usize::from(b - 0x80)])).unwrap_or('\u{FFFD}'),
        _ => char::from(b),
    }
}

/// The separator most used on the first non-empty line, quoted text aside.
fn sniff_separator(text: &str) -> u8 {
    let line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut counts = [(b';', 0), (b',', 0), (b'\t', 0)];
    let mut quoted = false;
    for c in line.bytes() {
        if c == b'"' {
            quoted = !quoted;
        } else if !quoted {
            for (sep, n) in &mut counts {
                if c == *sep {
                    *n += 1;
                }
            }
        }
    }
    // Ties go to `;`, the French spreadsheets' separator (listed first).
    counts
        .iter()
        .fold(
            (b';', 0),
            |best, &(s, n)| if n > best.1 { (s, n) } else { best },
        )
        .0
}

fn csv_rows(text: &str) -> std::result::Result<Vec<Row>, csv::Error> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sniff_separator(text))
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record?;
        // The reader skips blank lines but reports the position before them.
        let line = record.position().map_or(0, |p| {
            let rest = text.as_bytes().get(p.byte() as usize..).unwrap_or_default();
            let blank = rest
                .iter()
                .take_while(|b| matches!(b, b'\r' | b'\n'))
                .filter(|b| **b == b'\n')
                .count();
            p.line() + blank as u64
        }) as u32;
        rows.push(Row {
            line,
            cells: record
                .iter()
                .map(|s| {
                    if s.trim().is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(s.to_owned())
                    }
                })
                .collect(),
        });
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_bom_utf16_and_windows_1252() {
        assert_eq!(decode(b"\xEF\xBB\xBFa;b"), "a;b");
        assert_eq!(decode(b"Co\xfbt (\x80);Intitul\xe9"), "Coût (€);Intitulé");
        assert_eq!(decode(&[0xFF, 0xFE, b'O', 0, 0xE9, 0]), "Oé");
        assert_eq!(decode("déjà".as_bytes()), "déjà");
    }

    #[test]
    fn sniffs_the_separator_and_keeps_line_numbers() {
        assert_eq!(sniff_separator("a;b;c\n1,5;2;3"), b';');
        assert_eq!(sniff_separator("a,b,c"), b',');
        assert_eq!(sniff_separator("a\tb\tc"), b'\t');
        assert_eq!(sniff_separator("\"x;y\",b,c"), b',');
        let rows = csv_rows("Ref;Titre\n\nA;\"deux\nlignes\"\nB;x\n").expect("csv");
        let t = table(rows, &|_| 0).expect("a header");
        assert_eq!(t.headers, ["Ref", "Titre"]);
        assert_eq!(t.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [3, 5]);
        assert_eq!(t.rows[0].cells[1], Cell::Text("deux\nlignes".into()));
    }
}
