//! Helpers of the document tests: demo store, SQL shortcuts, pdftotext and pdftoppm.

use std::collections::BTreeSet;
use std::path::Path;

use chrono::NaiveDate;
use coopdesk_core::Store;
use rusqlite::Connection;

pub fn demo_store(dir: &tempfile::TempDir) -> Store {
    coopdesk_testkit::demo_store(&dir.path().join("demo.sqlite"))
}

pub fn ids(conn: &Connection, sql: &str) -> Vec<i64> {
    let mut stmt = conn.prepare(sql).expect(sql);
    let rows = stmt.query_map([], |r| r.get(0)).expect(sql);
    rows.collect::<Result<_, _>>().expect(sql)
}

pub fn one<T: rusqlite::types::FromSql>(conn: &Connection, sql: &str, id: i64) -> T {
    conn.query_row(sql, [id], |r| r.get(0)).expect(sql)
}

/// The session's course title and dates, as the documents print them.
pub fn course_and_dates(conn: &Connection, session: i64) -> (String, NaiveDate, NaiveDate) {
    conn.query_row(
        "SELECT c.title, s.start_date, s.end_date FROM session s JOIN course c ON c.id = s.course_id
          WHERE s.id = ?1",
        [session],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .expect("session")
}

/// "NAME Firstname" of every trainee of `session` whose status is (or is not) in `statuses`.
pub fn names(conn: &Connection, session: i64, statuses: &[&str], wanted: bool) -> BTreeSet<String> {
    let list = statuses
        .iter()
        .map(|s| format!("'{s}'"))
        .collect::<Vec<_>>()
        .join(",");
    let not = if wanted { "" } else { "NOT" };
    let sql = format!(
        "SELECT t.last_name, t.first_name FROM enrolment e
         JOIN trainee t ON t.id = e.trainee_id
         WHERE e.session_id = ?1 AND e.status {not} IN ({list})"
    );
    let mut stmt = conn.prepare(&sql).expect("names");
    let rows = stmt
        .query_map([session], |r| {
            Ok(format!(
                "{} {}",
                r.get::<_, String>(0)?.to_uppercase(),
                r.get::<_, String>(1)?
            ))
        })
        .expect("names");
    rows.collect::<Result<_, _>>().expect("names")
}

/// The PDF's text, whitespace collapsed; pages separated by a form feed.
pub fn pdf_text(dir: &Path, name: &str, pdf: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, pdf).expect("write the PDF");
    super::pdf::pdf_text(&path)
}

/// Renders every page; returns how many PNG pages came out.
pub fn render_pages(dir: &Path, name: &str, pdf: &[u8]) -> usize {
    let path = dir.join(name);
    std::fs::write(&path, pdf).expect("write the PDF");
    super::pdf::render_pages(&path)
}

pub fn fr(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}
