//! Helpers of the report tests: one demo database for the whole binary, and the PDF read
//! the way a reader would (pdftotext, pdfinfo, pdftoppm).

use std::path::PathBuf;
use std::sync::OnceLock;

use coopdesk_core::Store;

/// A store on the demo database, generated once for every test of the binary (each test
/// opens its own connection; the reports only read).
pub fn demo() -> Store {
    static DB: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = DB.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("demo.sqlite");
        coopdesk_testkit::demo_file(&path);
        (dir, path)
    });
    Store::open(path).expect("reopen the demo store")
}

/// A count written the French way, as pdftotext gives it back: `2 160`.
pub fn fr(n: i64) -> String {
    coopdesk_core::i18n::format_count(n).replace('\u{202F}', " ")
}
