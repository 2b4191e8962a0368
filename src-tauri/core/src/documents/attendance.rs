//! The attendance sheet (feuille d'émargement): A4 landscape, one line per confirmed
//! trainee, one box per day of the session to sign.

use chrono::{Datelike, NaiveDate, Weekday};
use rusqlite::Connection;
use serde::Serialize;
use typst_layout::PagedDocument;

use super::pdf;
use super::session::{self, Enrolled};
use crate::error::Result;
use crate::i18n;
use crate::validate::fr_date;

/// Enrolment statuses that put a trainee on the sheet: the seat is theirs. Requested,
/// waiting-list and withdrawn enrolments are left out.
pub const ON_SHEET: [&str; 4] = ["confirmed", "attended", "passed", "failed"];

/// At most this many day columns on one page: longer sessions continue on further pages,
/// the trainee list repeated, so that every box stays wide enough to sign.
pub const MAX_DAYS_PER_PAGE: usize = 10;

const LABELS: &[&str] = &[
    "doc-org-1",
    "doc-org-3",
    "att-title",
    "att-course",
    "att-dates",
    "att-place",
    "att-language",
    "att-instructors",
    "att-col-no",
    "att-col-trainee",
    "att-col-state",
    "att-empty",
    "att-instructor-row",
    "att-instruction",
];

#[derive(Serialize)]
struct Day {
    weekday: String,
    date: String,
    /// Saturday or Sunday (printed shaded).
    weekend: bool,
}

#[derive(Serialize)]
struct Group {
    label: String,
    days: Vec<Day>,
}

#[derive(Serialize)]
struct Sheet {
    labels: std::collections::BTreeMap<String, String>,
    course: String,
    dates: String,
    place: String,
    language: String,
    instructors: String,
    count: String,
    generated: String,
    page: String,
    groups: Vec<Group>,
    trainees: Vec<Enrolled>,
}

/// The attendance sheet of session `session_id` as PDF bytes, dated today.
pub fn attendance_sheet(conn: &Connection, session_id: i64) -> Result<Vec<u8>> {
    attendance_sheet_on(conn, session_id, chrono::Local::now().date_naive())
}

/// Same as [`attendance_sheet`] with an explicit generation date: the same data and date
/// give byte-identical PDFs.
pub fn attendance_sheet_on(
    conn: &Connection,
    session_id: i64,
    generated: NaiveDate,
) -> Result<Vec<u8>> {
    pdf::to_pdf(&attendance_layout(conn, session_id, generated)?)
}

/// The pages of [`attendance_sheet_on`], for a preview or a PDF.
pub fn attendance_layout(
    conn: &Connection,
    session_id: i64,
    generated: NaiveDate,
) -> Result<PagedDocument> {
    let head = session::head(conn, session_id)?;
    let trainees = session::enrolled(conn, session_id, &ON_SHEET)?;
    let days = session_days(head.start, head.end, head.duration_days);
    let sheet = Sheet {
        labels: pdf::labels(LABELS),
        course: head.course_title.clone(),
        dates: head.dates_fr(),
        place: head.place_fr(),
        language: head.language.clone(),
        instructors: session::instructors(conn, session_id)?.join(", "),
        count: count_label(trainees.len()),
        generated: i18n::tr("doc-generated", &i18n::args([("date", fr_date(generated))])),
        page: i18n::tr(
            "doc-page",
            &i18n::args([("current", "%CURRENT%"), ("total", "%TOTAL%")]),
        ),
        groups: groups(&days),
        trainees,
    };
    pdf::compile("attendance.typ", &sheet)
}

/// "Aucun stagiaire", "1 stagiaire", "12 stagiaires".
fn count_label(n: usize) -> String {
    let id = match n {
        0 => "att-count-0",
        1 => "att-count-1",
        _ => "att-count-n",
    };
    i18n::tr(id, &i18n::args([("count", n)]))
}

/// The days to sign, from `start` to `end`. Weekends are left out when the weekdays alone
/// hold the course's `duration_days`; otherwise the training runs over them and every
/// calendar day gets a column.
pub fn session_days(start: NaiveDate, end: NaiveDate, duration_days: i64) -> Vec<NaiveDate> {
    let all: Vec<NaiveDate> = start.iter_days().take_while(|d| *d <= end).collect();
    let weekdays: Vec<NaiveDate> = all.iter().copied().filter(|d| !is_weekend(*d)).collect();
    if !weekdays.is_empty() && weekdays.len() as i64 >= duration_days {
        weekdays
    } else {
        all
    }
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Splits the days into pages of at most [`MAX_DAYS_PER_PAGE`] columns, as evenly as
/// possible (15 days make 8 + 7, not 10 + 5).
fn groups(days: &[NaiveDate]) -> Vec<Group> {
    let pages = days.len().div_ceil(MAX_DAYS_PER_PAGE).max(1);
    let per_page = days.len().div_ceil(pages).max(1);
    let total = days.len();
    days.chunks(per_page)
        .enumerate()
        .map(|(i, chunk)| Group {
            label: match pages {
                1 => String::new(),
                _ => i18n::tr(
                    "att-days",
                    &i18n::args([
                        ("first", i * per_page + 1),
                        ("last", i * per_page + chunk.len()),
                        ("total", total),
                    ]),
                ),
            },
            days: chunk.iter().map(|d| day(*d)).collect(),
        })
        .collect()
}

fn day(d: NaiveDate) -> Day {
    Day {
        weekday: i18n::tr(
            &format!("doc-weekday-{}", d.weekday().number_from_monday()),
            &[],
        ),
        date: d.format("%d/%m").to_string(),
        weekend: is_weekend(d),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    #[test]
    fn weekends_are_skipped_unless_the_session_runs_on_them() {
        // Monday 7 March 2016 to Friday 18 March, a ten-day course: ten working days.
        assert_eq!(session_days(d(2016, 3, 7), d(2016, 3, 18), 10).len(), 10);
        // Wednesday to the second Sunday after for a 15-day course: the weekdays (13) are
        // not enough, so the training runs over weekends and every day is kept.
        assert_eq!(session_days(d(2007, 11, 21), d(2007, 12, 9), 15).len(), 19);
        // A weekend course keeps its weekend.
        assert_eq!(session_days(d(2016, 3, 5), d(2016, 3, 6), 2).len(), 2);
        assert_eq!(session_days(d(2016, 3, 7), d(2016, 3, 7), 1).len(), 1);
    }

    #[test]
    fn long_sessions_are_split_evenly() {
        let days = session_days(d(2016, 3, 7), d(2016, 3, 25), 15);
        assert_eq!(days.len(), 15);
        let g = groups(&days);
        assert_eq!(
            g.iter().map(|g| g.days.len()).collect::<Vec<_>>(),
            vec![8, 7]
        );
        assert!(g[1].label.contains("15"), "{}", g[1].label);
        assert_eq!(groups(&days[..10]).len(), 1);
    }
}
