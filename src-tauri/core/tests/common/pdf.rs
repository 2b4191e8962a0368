//! A PDF read the way a reader would: its text (pdftotext), its page count (pdfinfo), and
//! every page rendered (pdftoppm). Shared by the document, preview and report tests.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

/// The PDF's text with every run of white space (narrow no-break spaces included) made
/// one plain space; pages separated by a form feed.
pub fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("run pdftotext");
    assert!(out.status.success(), "pdftotext failed on {path:?}");
    String::from_utf8(out.stdout)
        .expect("UTF-8 text")
        .split('\u{c}')
        .map(|page| page.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\u{c}")
}

/// The PDF's text in reading layout (`pdftotext -layout`), one line per printed line,
/// white space collapsed within each line: a table row reads as one line.
pub fn pdf_layout_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(path)
        .arg("-")
        .output()
        .expect("run pdftotext");
    assert!(out.status.success(), "pdftotext -layout failed on {path:?}");
    String::from_utf8(out.stdout)
        .expect("UTF-8 text")
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The page count pdfinfo reads.
pub fn page_count(path: &Path) -> usize {
    let out = Command::new("pdfinfo")
        .arg(path)
        .output()
        .expect("run pdfinfo");
    assert!(out.status.success(), "pdfinfo failed on {path:?}");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count")
}

/// Renders every page at 30 dpi; returns how many non-empty PNG pages came out.
pub fn render_pages(path: &Path) -> usize {
    let dir = path.parent().expect("a folder");
    let stem = format!(
        "{}-page",
        path.file_stem().expect("a name").to_string_lossy()
    );
    let status = Command::new("pdftoppm")
        .args(["-r", "30", "-png"])
        .arg(path)
        .arg(dir.join(&stem))
        .status()
        .expect("run pdftoppm");
    assert!(status.success(), "pdftoppm failed on {path:?}");
    std::fs::read_dir(dir)
        .expect("list")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(&stem))
        .filter(|e| e.metadata().map(|m| m.len() > 0).unwrap_or(false))
        .count()
}
