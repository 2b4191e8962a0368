//! One error type for the whole application. It carries a stable code the UI maps to
//! behaviour, and a message already rendered in French from the Fluent catalogue.

use serde::Serialize;

use crate::i18n::{self, Args};

/// Stable error codes; the UI switches on these, never on the message text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ErrorCode {
    /// A value given by the user or a caller breaks a rule; `field` names it when known.
    InvalidInput,
    /// A referenced record does not exist.
    NotFound,
    /// The change would break a uniqueness or exclusivity rule.
    Conflict,
    /// The database was written by a newer CoopDesk.
    DbTooNew,
    /// The file is not a CoopDesk database or is damaged.
    DbCorrupt,
    /// The database file cannot be opened or written.
    DbIo,
    /// Another program (the command line, another window) holds the database: try again.
    DbBusy,
    /// The passphrase does not open the encrypted file (or the file is not a database).
    PassphraseWrong,
    /// The file is a plaintext database of an earlier CoopDesk: it must be encrypted first.
    DbPlaintext,
    /// The file exists but is not a database at all (a document, a truncated copy).
    DbNotDatabase,
    /// The database is not unlocked yet: the passphrase has not been given.
    DbLocked,
    /// No passphrase was given (command line: `COOPDESK_PASSPHRASE` or `--passphrase-file`).
    PassphraseMissing,
    /// A file given by the user cannot be read: unknown format, damaged, or not what was
    /// expected (an import file, for instance).
    BadFile,
    /// A long operation was cancelled by the user; nothing was changed.
    Cancelled,
    /// The record is dated in a closed year: its report was sent, its figures hold still.
    YearClosed,
    /// A bug: something that should not happen.
    Internal,
}

/// The error every core function returns. Serialised as `{code, message, field, fields}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type, thiserror::Error)]
#[serde(rename = "AppError")]
#[error("{code:?}: {message}")]
pub struct Error {
    pub code: ErrorCode,
    pub message: String,
    /// The input field at fault, for forms (`null` when the error is not about one field).
    pub field: Option<String>,
    /// Every field refused in the same submission, `field` first, so that a form shows all
    /// of them at once (empty when the error is not a form's).
    pub fields: Vec<FieldError>,
}

/// One refused field of a submission.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// An error whose message is the Fluent entry `id` rendered with `args`.
    pub fn new(code: ErrorCode, id: &str, args: Args) -> Self {
        let message = i18n::tr(id, &args);
        // Failures of the program or of the file are logged where they arise, with what
        // went wrong; a refused input is the user's to read, not the log's (it may quote
        // what they typed, names included).
        if matches!(
            code,
            ErrorCode::Internal
                | ErrorCode::DbIo
                | ErrorCode::DbCorrupt
                | ErrorCode::DbTooNew
                | ErrorCode::DbNotDatabase
        ) {
            tracing::error!(code = ?code, id, "{message}");
        }
        Self {
            code,
            message,
            field: None,
            fields: Vec::new(),
        }
    }

    /// A validation error about one field of a form or an input record.
    pub fn invalid(field: &str, id: &str, args: Args) -> Self {
        Self::new(ErrorCode::InvalidInput, id, args).with_field(field)
    }

    /// The field errors of one submission as one error: the first one's code, message and
    /// field, and every field in `fields` (the first refusal of each). `None` when empty.
    pub fn all(found: Vec<Error>) -> Option<Self> {
        let mut fields: Vec<FieldError> = Vec::new();
        for e in &found {
            if let Some(field) = &e.field {
                if !fields.iter().any(|f| &f.field == field) {
                    fields.push(FieldError {
                        field: field.clone(),
                        message: e.message.clone(),
                    });
                }
            }
        }
        let mut first = found.into_iter().next()?;
        first.fields = fields;
        Some(first)
    }

    pub fn not_found(what: &str, key: impl ToString) -> Self {
        Self::new(
            ErrorCode::NotFound,
            "err-not-found",
            i18n::args([("what", i18n::tr(what, &[])), ("key", key.to_string())]),
        )
    }

    pub fn conflict(id: &str, args: Args) -> Self {
        Self::new(ErrorCode::Conflict, id, args)
    }

    /// The write touches a record dated in closed `year`.
    pub fn year_closed(year: &str) -> Self {
        Self::new(
            ErrorCode::YearClosed,
            "err-year-closed",
            i18n::args([("year", year)]),
        )
    }

    pub fn with_field(mut self, field: &str) -> Self {
        self.field = Some(field.to_owned());
        self.fields = vec![FieldError {
            field: field.to_owned(),
            message: self.message.clone(),
        }];
        self
    }

    pub fn internal(detail: impl ToString) -> Self {
        Self::new(
            ErrorCode::Internal,
            "err-internal",
            i18n::args([("detail", detail.to_string())]),
        )
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode as Sqlite;
        // A closed year's trigger names the year and the field at fault in its message.
        if let rusqlite::Error::SqliteFailure(_, Some(message)) = &e {
            if let Some(refused) = closed_year_refusal(message) {
                return refused;
            }
        }
        match e.sqlite_error_code() {
            Some(Sqlite::DatabaseCorrupt | Sqlite::NotADatabase) => Self::new(
                ErrorCode::DbCorrupt,
                "err-db-corrupt",
                i18n::args([("detail", e.to_string())]),
            ),
            Some(
                Sqlite::CannotOpen
                | Sqlite::ReadOnly
                | Sqlite::DiskFull
                | Sqlite::SystemIoFailure
                | Sqlite::PermissionDenied,
            ) => Self::new(
                ErrorCode::DbIo,
                "err-db-io",
                i18n::args([("detail", e.to_string())]),
            ),
            Some(Sqlite::DatabaseBusy | Sqlite::DatabaseLocked) => {
                Self::new(ErrorCode::DbBusy, "err-db-busy", Vec::new())
            }
            Some(Sqlite::ConstraintViolation) => Self::new(
                ErrorCode::Conflict,
                "err-constraint",
                i18n::args([("detail", e.to_string())]),
            ),
            _ => Self::internal(e),
        }
    }
}

/// The `YEAR_CLOSED` error of a closed year's trigger (`reports/closed_year.rs`), whose
/// message reads `closed_year:YYYY:field` (the field may be empty).
fn closed_year_refusal(message: &str) -> Option<Error> {
    let rest = message.strip_prefix("closed_year:")?;
    let (year, field) = rest.split_once(':').unwrap_or((rest, ""));
    let err = Error::year_closed(year);
    Some(if field.is_empty() {
        err
    } else {
        err.with_field(field)
    })
}

impl From<rusqlite_migration::Error> for Error {
    fn from(e: rusqlite_migration::Error) -> Self {
        use rusqlite_migration::{Error as M, MigrationDefinitionError as D};
        match e {
            M::MigrationDefinition(D::DatabaseTooFarAhead) => {
                Self::new(ErrorCode::DbTooNew, "err-db-too-new", Vec::new())
            }
            M::RusqliteError { err, .. } => err.into(),
            other => Self::internal(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The UI depends on this exact shape; changing it is a breaking change.
    #[test]
    fn serialises_as_code_message_field() {
        let err = Error::invalid(
            "end_date",
            "err-date-order",
            i18n::args([("start", "02/01/2016"), ("end", "01/01/2016")]),
        );
        let json = serde_json::to_value(&err).expect("serialisable");
        assert_eq!(json["code"], "INVALID_INPUT");
        assert_eq!(json["field"], "end_date");
        let message = json["message"].as_str().expect("a string");
        assert!(message.contains("01/01/2016"), "{message}");
        assert!(message.contains("02/01/2016"), "{message}");
        assert_eq!(json["fields"][0]["field"], "end_date");
        assert_eq!(json["fields"][0]["message"], message);
        assert_eq!(json.as_object().map(|o| o.len()), Some(4));
    }

    #[test]
    fn the_field_errors_of_a_submission_travel_together() {
        let none = Error::all(Vec::new());
        assert!(none.is_none());
        let both = Error::all(vec![
            Error::invalid("end_date", "err-required", Vec::new()),
            Error::invalid("cost_cents", "err-required", Vec::new()),
            Error::invalid("end_date", "err-too-long", i18n::args([("max", 3)])),
        ])
        .expect("two refusals");
        assert_eq!(both.field.as_deref(), Some("end_date"));
        let fields: Vec<&str> = both.fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["end_date", "cost_cents"]);
    }

    #[test]
    fn codes_are_screaming_snake_case() {
        let json = serde_json::to_value(ErrorCode::DbTooNew).expect("serialisable");
        assert_eq!(json, "DB_TOO_NEW");
    }
}
