//! Session documents over the demo data, checked the way a reader would: the PDF text as
//! `pdftotext` extracts it, and every page rendered by `pdftoppm`.

#[path = "common/pdf.rs"]
mod pdf;
#[path = "documents/support.rs"]
mod support;

use std::collections::BTreeSet;
use std::time::Instant;

use chrono::NaiveDate;
use coopdesk_core::documents::{self, ON_SHEET};
use coopdesk_core::ErrorCode;

use support::{course_and_dates, demo_store, fr, ids, names, one, pdf_text, render_pages};

#[test]
fn attendance_sheet_lists_exactly_the_confirmed_trainees() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = demo_store(&dir);
    let conn = store.conn();
    // A session with trainees on the sheet and others who must not be on it.
    let session = ids(
        conn,
        "SELECT session_id FROM enrolment GROUP BY session_id
         HAVING sum(status IN ('requested', 'waiting', 'withdrawn')) > 0
            AND sum(status IN ('confirmed', 'attended', 'passed', 'failed')) > 2
         ORDER BY session_id LIMIT 1",
    )[0];
    let on_sheet = names(conn, session, &ON_SHEET, true);
    let off_sheet = names(conn, session, &ON_SHEET, false);
    assert!(!on_sheet.is_empty() && !off_sheet.is_empty());

    let started = Instant::now();
    let pdf = documents::attendance_sheet(conn, session).expect("attendance sheet");
    eprintln!(
        "attendance sheet: {:?}, {} bytes",
        started.elapsed(),
        pdf.len()
    );
    let text = pdf_text(dir.path(), "attendance.pdf", &pdf);

    for name in &on_sheet {
        assert!(text.contains(name.as_str()), "{name} missing:\n{text}");
    }
    for name in off_sheet.difference(&on_sheet) {
        assert!(!text.contains(name.as_str()), "{name} must not be listed");
    }
    let (title, start, end) = course_and_dates(conn, session);
    for expected in [
        "FEUILLE D’ÉMARGEMENT",
        "GIGN — Cellule relations internationales",
        title.as_str(),
        &format!("du {} au {}", fr(start), fr(end)),
        "Page 1 / ",
        "Document généré le",
    ] {
        assert!(
            text.contains(expected) || text.contains(&expected.replace('’', "'")),
            "{expected} missing:\n{text}"
        );
    }
    assert!(render_pages(dir.path(), "attendance.pdf", &pdf) >= 1);
}

#[test]
fn attendance_sheet_without_trainee_and_for_a_long_session() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = demo_store(&dir);
    // No trainee on the sheet: every enrolment of one session withdrawn.
    let session = ids(store.conn(), "SELECT id FROM session ORDER BY id LIMIT 1")[0];
    store
        .conn_mut()
        .execute(
            "UPDATE enrolment SET status = 'withdrawn', certificate_no = NULL WHERE session_id = ?1",
            [session],
        )
        .expect("withdraw all");
    let conn = store.conn();
    let pdf = documents::attendance_sheet(conn, session).expect("empty sheet");
    let text = pdf_text(dir.path(), "empty.pdf", &pdf);
    assert!(text.contains("Aucun stagiaire confirmé"), "{text}");
    assert_eq!(render_pages(dir.path(), "empty.pdf", &pdf), 1);

    // The longest session (a 15-day course): the days continue on further pages.
    let long = ids(
        conn,
        "SELECT id FROM session ORDER BY julianday(end_date) - julianday(start_date) DESC, id LIMIT 1",
    )[0];
    let start: NaiveDate = one(conn, "SELECT start_date FROM session WHERE id = ?1", long);
    let end: NaiveDate = one(conn, "SELECT end_date FROM session WHERE id = ?1", long);
    let duration: i64 = one(
        conn,
        "SELECT c.duration_days FROM session s JOIN course c ON c.id = s.course_id WHERE s.id = ?1",
        long,
    );
    let days = documents::session_days(start, end, duration).len();
    assert!(days > documents::MAX_DAYS_PER_PAGE, "{days} days");
    let started = Instant::now();
    let pdf = documents::attendance_sheet(conn, long).expect("long sheet");
    eprintln!("long attendance sheet: {:?}", started.elapsed());
    let text = pdf_text(dir.path(), "long.pdf", &pdf);
    assert!(text.contains(&format!("sur {days}")), "{text}");
    let pages = render_pages(dir.path(), "long.pdf", &pdf);
    assert!(pages >= 2, "{pages} pages");
    assert!(text.contains(&format!("Page {pages} / {pages}")), "{text}");

    // Unknown session: NOT_FOUND.
    let err = documents::attendance_sheet(conn, 999_999).expect_err("no such session");
    assert_eq!(err.code, ErrorCode::NotFound);
}

#[test]
fn same_data_and_date_give_the_same_pdf() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = demo_store(&dir);
    let day = NaiveDate::from_ymd_opt(2026, 11, 12).expect("date");
    let a = documents::attendance_sheet_on(store.conn(), 1, day).expect("first");
    let b = documents::attendance_sheet_on(store.conn(), 1, day).expect("second");
    assert!(a == b, "two renderings differ");
    assert!(a.starts_with(b"%PDF-"));
}

#[test]
fn certificates_are_numbered_once_printed_and_verifiable() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = demo_store(&dir);
    let session = ids(
        store.conn(),
        "SELECT session_id FROM enrolment WHERE status = 'passed'
         GROUP BY session_id HAVING count(*) >= 3 ORDER BY session_id LIMIT 1",
    )[0];
    let year: String = one(
        store.conn(),
        "SELECT substr(start_date, 1, 4) FROM session WHERE id = ?1",
        session,
    );
    // Forget this session's numbers, as if the trainees had just passed.
    store
        .conn_mut()
        .execute(
            "UPDATE enrolment SET certificate_no = NULL WHERE session_id = ?1",
            [session],
        )
        .expect("clear numbers");
    let conn = store.conn();
    let passed = names(conn, session, &["passed"], true);
    let err = documents::certificates(conn, session).expect_err("numbers missing");
    assert_eq!(err.code, ErrorCode::InvalidInput);

    let prefix = format!("GIGN-{year}-");
    let highest_before: i64 = conn
        .query_row(
            "SELECT max(CAST(substr(certificate_no, 11) AS INTEGER)) FROM enrolment
             WHERE certificate_no LIKE ?1 || '%'",
            [&prefix],
            |r| r.get::<_, Option<i64>>(0),
        )
        .expect("max")
        .unwrap_or(0);
    let issued = coopdesk_core::gign::certificate::issue(conn, session).expect("issue");
    assert_eq!(issued, passed.len());
    assert_eq!(
        coopdesk_core::gign::certificate::issue(conn, session).expect("again"),
        0
    );

    let all: Vec<String> = {
        let mut stmt = conn
            .prepare("SELECT certificate_no FROM enrolment WHERE certificate_no IS NOT NULL")
            .expect("numbers");
        let rows = stmt.query_map([], |r| r.get(0)).expect("numbers");
        rows.collect::<Result<_, _>>().expect("numbers")
    };
    let unique: BTreeSet<&String> = all.iter().collect();
    assert_eq!(unique.len(), all.len(), "certificate numbers are unique");
    let mut stmt = conn
        .prepare(
            "SELECT e.certificate_no, t.last_name, t.first_name
             FROM enrolment e JOIN trainee t ON t.id = e.trainee_id
             WHERE e.session_id = ?1 AND e.status = 'passed'",
        )
        .expect("session numbers");
    let numbered: Vec<(String, String)> = stmt
        .query_map([session], |r| {
            let last: String = r.get(1)?;
            let first: String = r.get(2)?;
            Ok((r.get(0)?, format!("{} {first}", last.to_uppercase())))
        })
        .expect("session numbers")
        .collect::<Result<_, _>>()
        .expect("session numbers");
    for (number, _) in &numbered {
        let seq: i64 = number
            .strip_prefix(&prefix)
            .and_then(|s| (s.len() == 4).then(|| s.parse().ok()).flatten())
            .unwrap_or_else(|| panic!("{number} is not {prefix}NNNN"));
        assert!(seq > highest_before, "{number} reuses the sequence");
    }

    let started = Instant::now();
    let pdf = documents::certificates(conn, session).expect("certificates");
    eprintln!("{} certificates: {:?}", numbered.len(), started.elapsed());
    let text = pdf_text(dir.path(), "certificates.pdf", &pdf);
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert_eq!(
        pages.len(),
        2 * passed.len(),
        "a front and a back per passed trainee"
    );

    let (title, start, end) = course_and_dates(conn, session);
    for (number, name) in &numbered {
        let page = pages
            .iter()
            .find(|p| p.contains(number.as_str()))
            .unwrap_or_else(|| panic!("no page for {number}"));
        for expected in [
            name.as_str(),
            &format!("«\u{202f}{title}\u{202f}»"),
            &format!("du {} au {}", fr(start), fr(end)),
            &format!("Vérifiable avec le numéro {number}"),
            "ATTESTATION DE STAGE",
            "Certificate of attendance",
            "Le commandant du GIGN",
        ] {
            // pdftotext gives the narrow no-break spaces of « » as plain spaces.
            let expected = expected.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(page.contains(&expected), "{expected} missing:\n{page}");
        }
        let info = coopdesk_core::certificates::verify_certificate(conn, &number.to_lowercase())
            .expect("verify");
        assert_eq!(&info.number, number);
        assert_eq!(&info.trainee_name, name);
        assert_eq!(info.course_title, title);
        assert_eq!((info.start_date, info.end_date), (start, end));
        assert_eq!(info.session_id, session);
        assert_eq!(info.state.len(), 2);
        assert!(!info.state_name.is_empty() && info.place.contains(&info.city));
    }
    assert_eq!(
        render_pages(dir.path(), "certificates.pdf", &pdf),
        2 * passed.len()
    );

    let err = coopdesk_core::certificates::verify_certificate(conn, "GIGN-1999-9999")
        .expect_err("unknown");
    assert_eq!(err.code, ErrorCode::NotFound);
    assert!(err.message.contains("GIGN-1999-9999"), "{}", err.message);
}

#[test]
fn numbers_are_never_reused_and_failed_sessions_print_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = demo_store(&dir);
    let conn = store.conn_mut();
    // Two passed trainees of one session lose their numbers; the session's year's
    // highest number is then erased with its holder.
    let session = ids(
        conn,
        "SELECT session_id FROM enrolment WHERE status = 'passed'
         GROUP BY session_id HAVING count(*) >= 2 ORDER BY session_id DESC LIMIT 1",
    )[0];
    let year: String = one(
        conn,
        "SELECT substr(start_date, 1, 4) FROM session WHERE id = ?1",
        session,
    );
    conn.execute(
        "UPDATE enrolment SET certificate_no = NULL WHERE session_id = ?1",
        [session],
    )
    .expect("clear");
    coopdesk_core::gign::certificate::issue(conn, session).expect("issue");
    let top: String = conn
        .query_row(
            "SELECT certificate_no FROM enrolment WHERE certificate_no LIKE ?1
             ORDER BY certificate_no DESC LIMIT 1",
            [format!("GIGN-{year}-%")],
            |r| r.get(0),
        )
        .expect("top");
    conn.execute("DELETE FROM enrolment WHERE certificate_no = ?1", [&top])
        .expect("erase the holder");
    conn.execute(
        "UPDATE enrolment SET certificate_no = NULL WHERE session_id = ?1 AND status = 'passed'",
        [session],
    )
    .expect("clear again");
    coopdesk_core::gign::certificate::issue(conn, session).expect("issue again");
    let reused: i64 = conn
        .query_row(
            "SELECT count(*) FROM enrolment WHERE certificate_no = ?1",
            [&top],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(reused, 0);
    let err =
        coopdesk_core::certificates::verify_certificate(conn, &top).expect_err("the erased number");
    assert_eq!(err.code, ErrorCode::NotFound);

    // A session where nobody passed: a clear French refusal.
    let none = ids(
        conn,
        "SELECT id FROM session WHERE id NOT IN
         (SELECT session_id FROM enrolment WHERE status = 'passed') ORDER BY id LIMIT 1",
    )[0];
    let err = documents::certificates(conn, none).expect_err("no certificate");
    assert_eq!(err.code, ErrorCode::InvalidInput);
    assert!(
        err.message.contains("aucun stagiaire reçu"),
        "{}",
        err.message
    );
    assert_eq!(
        coopdesk_core::gign::certificate::issue(conn, none).expect("nothing"),
        0
    );
}

#[test]
fn save_is_atomic() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("out.pdf");
    documents::save(&path, b"%PDF-first").expect("save");
    documents::save(&path, b"%PDF-second").expect("overwrite");
    assert_eq!(std::fs::read(&path).expect("read"), b"%PDF-second");
    let missing = dir.path().join("no-such-dir").join("out.pdf");
    let err = documents::save(&missing, b"%PDF-").expect_err("no directory");
    assert_eq!(err.code, ErrorCode::InvalidInput);
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .collect();
    assert_eq!(left.len(), 1, "no temporary file left: {left:?}");
}
