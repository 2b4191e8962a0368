//! What this desk's database says a certificate number certifies: who holds it, for
//! which course, when and where.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use crate::documents::session::{dates_fr, place};
use crate::error::{Error, ErrorCode, Result};
use crate::i18n;
use crate::person;

/// What a certificate number certifies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct CertificateInfo {
    pub number: String,
    pub trainee_id: i64,
    /// "DIALLO Mamadou".
    pub trainee_name: String,
    /// The trainee's state, ISO alpha-2.
    pub state: String,
    /// Its French name.
    pub state_name: String,
    pub session_id: i64,
    pub course_title: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    /// "du 07/03/2016 au 18/03/2016".
    pub dates: String,
    pub city: String,
    /// Where the session ran, ISO alpha-2.
    pub place_country: String,
    /// "Satory, France".
    pub place: String,
}

/// The enrolment holding `number` (already normalised): its status and what it certifies.
pub(crate) fn find(conn: &Connection, number: &str) -> Result<Option<(String, CertificateInfo)>> {
    let number = number.to_owned();
    let row = conn
        .query_row(
            "SELECT e.status, t.id, t.last_name, t.first_name, t.country, tk.name_fr,
                    s.id, c.title, s.start_date, s.end_date, s.city, s.place_country, sk.name_fr
             FROM enrolment e
             JOIN trainee t ON t.id = e.trainee_id
             JOIN country tk ON tk.alpha2 = t.country
             JOIN session s ON s.id = e.session_id
             JOIN course c ON c.id = s.course_id
             JOIN country sk ON sk.alpha2 = s.place_country
             WHERE e.certificate_no = ?1",
            [&number],
            |r| {
                let start: NaiveDate = r.get(8)?;
                let end: NaiveDate = r.get(9)?;
                let city: String = r.get(10)?;
                let place_name: String = r.get(12)?;
                Ok((
                    r.get::<_, String>(0)?,
                    CertificateInfo {
                        number: number.clone(),
                        trainee_id: r.get(1)?,
                        trainee_name: person::formal_name(
                            &r.get::<_, String>(2)?,
                            &r.get::<_, String>(3)?,
                        ),
                        state: r.get(4)?,
                        state_name: r.get(5)?,
                        session_id: r.get(6)?,
                        course_title: r.get(7)?,
                        start_date: start,
                        end_date: end,
                        dates: dates_fr(start, end),
                        place: place(&city, &place_name),
                        city,
                        place_country: r.get(11)?,
                    },
                ))
            },
        )
        .optional()?;
    Ok(row)
}

/// A number as typed: spaces around it and letter case do not matter.
pub fn normalise(number: &str) -> String {
    number.trim().to_uppercase()
}

/// The certificate numbered `number` (spaces around it and letter case do not matter).
/// An unknown number, or one whose holder is no longer recorded as passed, is `NOT_FOUND`.
/// Revocations are the verdict's business ([`super::check`]).
pub fn verify_certificate(conn: &Connection, number: &str) -> Result<CertificateInfo> {
    let number = normalise(number);
    let row = find(conn, &number)?;
    match row {
        Some((status, info)) if status == "passed" => Ok(info),
        Some(_) => Err(Error::new(
            ErrorCode::NotFound,
            "err-certificate-revoked",
            i18n::args([("number", number)]),
        )),
        None => Err(Error::new(
            ErrorCode::NotFound,
            "err-certificate-unknown",
            i18n::args([("number", number)]),
        )
        .with_field("number")),
    }
}
