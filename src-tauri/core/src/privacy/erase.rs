//! Erasing a trainee. Their identity (names, rank, languages) is replaced; their state, unit
//! and enrolments stay, so the anonymous figures — trainees by state and year, fill rates —
//! are the same after as before. The journal's entries about them are rewritten the same
//! way, in the one audited exception to its append-only rule (`audit_context.erasing`), and
//! the erasure itself is a batch of kind `erase`. `secure_delete` (on for every connection)
//! zeroes what SQLite frees, and a checkpoint then empties the WAL: the name is left nowhere
//! in the file. Copies made earlier keep it until they rotate out.

use rusqlite::params;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::{i18n, meta, person, validate, Store};

/// What an erased trainee's last name becomes.
pub const ERASED_NAME: &str = "[effacé]";
/// Years without activity after which a trainee is listed for review, unless set.
pub const REVIEW_YEARS_DEFAULT: i64 = 10;
const REVIEW_YEARS_KEY: &str = "privacy_review_years";

/// What an erasure did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct Erased {
    pub id: i64,
    /// Enrolments kept, anonymous.
    pub enrolments: i64,
    /// Journal entries rewritten without the identity.
    pub journal_entries: i64,
}

/// A trainee listed for review: no session ended within the period (nor any enrolment).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct InactiveTrainee {
    pub id: i64,
    pub name: String,
    pub country_name: String,
    /// The end of their last session (ISO date), none when never enrolled.
    pub last_activity: Option<String>,
    pub enrolments: i64,
}

/// `json_set` of the identity fields of a trainee's JSON snapshot.
const SCRUB: &str =
    "json_set({col}, '$.last_name', ?1, '$.first_name', '', '$.rank', '', '$.languages', '')";

impl Store {
    /// Erases person `kind`/`id`: only trainees are erased (an agent's record is the
    /// service's own, kept as long as the posting history).
    pub fn person_erase(&mut self, kind: &str, id: i64) -> Result<Erased> {
        match kind {
            "trainee" => self.trainee_erase(id),
            other => Err(Error::invalid(
                "kind",
                "err-erase-kind",
                i18n::args([("value", other)]),
            )),
        }
    }

    pub fn trainee_erase(&mut self, id: i64) -> Result<Erased> {
        validate::exists(self.conn(), "trainee", id, "id", "what-trainee")?;
        let erased = self.write_batch("erase", &format!("trainee {id}"), |tx, _| {
            tx.execute(
                "UPDATE trainee SET last_name = ?1, first_name = '', rank = '', languages = ''
                  WHERE id = ?2",
                params![ERASED_NAME, id],
            )?;
            tx.execute("UPDATE audit_context SET erasing = 1", [])?;
            let journal_entries = tx.execute(
                &format!(
                    "UPDATE audit SET before = CASE WHEN before IS NULL THEN NULL ELSE {} END,
                                      after = CASE WHEN after IS NULL THEN NULL ELSE {} END
                      WHERE kind = 'trainee' AND record_id = ?2",
                    SCRUB.replace("{col}", "before"),
                    SCRUB.replace("{col}", "after")
                ),
                params![ERASED_NAME, id],
            )?;
            tx.execute("UPDATE audit_context SET erasing = 0", [])?;
            let enrolments = tx.query_row(
                "SELECT count(*) FROM enrolment WHERE trainee_id = ?1",
                [id],
                |r| r.get(0),
            )?;
            Ok(Erased {
                id,
                enrolments,
                journal_entries: journal_entries as i64,
            })
        })?;
        // The WAL still holds the pages as they were: written back and emptied.
        self.conn()
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(erased)
    }

    /// Years without activity after which a trainee is listed for review.
    pub fn review_years(&self) -> Result<i64> {
        Ok(meta::get(self.conn(), REVIEW_YEARS_KEY)?
            .and_then(|v| v.parse().ok())
            .unwrap_or(REVIEW_YEARS_DEFAULT))
    }

    pub fn set_review_years(&mut self, years: i64) -> Result<()> {
        if !(1..=50).contains(&years) {
            return Err(Error::invalid(
                "years",
                "err-review-years",
                i18n::args([("value", years)]),
            ));
        }
        meta::set(self.conn(), REVIEW_YEARS_KEY, &years.to_string())
    }

    /// Trainees (not erased) whose last session ended more than `review_years` ago, or who
    /// never had one and were recorded that long ago; the longest inactive first.
    pub fn review_list(&self) -> Result<Vec<InactiveTrainee>> {
        let years = self.review_years()?;
        let limit = crate::today()
            .checked_sub_months(chrono::Months::new(12 * years as u32))
            .unwrap_or_default()
            .to_string();
        let mut stmt = self.conn().prepare(
            "WITH last AS (
                SELECT t.id, t.first_name || char(31) || t.last_name AS name, c.name_fr,
                       (SELECT max(s.end_date) FROM enrolment e JOIN session s ON s.id = e.session_id
                         WHERE e.trainee_id = t.id) AS last_session,
                       (SELECT min(substr(a.at, 1, 10)) FROM audit a
                         WHERE a.kind = 'trainee' AND a.record_id = t.id) AS recorded,
                       (SELECT count(*) FROM enrolment e WHERE e.trainee_id = t.id) AS enrolments
                  FROM trainee t JOIN country c ON c.alpha2 = t.country
                 WHERE t.last_name <> ?2)
             SELECT id, name, name_fr, last_session, enrolments FROM last
              WHERE coalesce(last_session, recorded, '0000') < ?1
              ORDER BY coalesce(last_session, recorded, '0000'), id",
        )?;
        let rows = stmt.query_map(params![limit, ERASED_NAME], |r| {
            let name: String = r.get(1)?;
            Ok(InactiveTrainee {
                id: r.get(0)?,
                name: person::display_name(&name),
                country_name: r.get(2)?,
                last_activity: r.get(3)?,
                enrolments: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
