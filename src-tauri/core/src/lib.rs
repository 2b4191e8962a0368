//! CoopDesk core: the domain of the GIGN international-relations cell and the SSI
//! network, its storage and its rules. It knows nothing of Tauri or of any UI: the
//! desktop shell and the command line both call the `impl Store` methods of each area.
//!
//! - the three areas own their tables, rules, queries and API: [`network`] (SSIs,
//!   coverage, agents and postings), [`cooperation`] (technical actions, operational
//!   cases, programmes and funders), [`gign`] (courses, sessions, enrolments, trainees,
//!   requests, partner units, networks, exchanges);
//! - shared by all: [`error`], [`i18n`], [`validate`], `filter`, [`country`],
//!   [`reference`], [`person`], [`store`], [`meta`]; the records' trust: [`audit`] (journal,
//!   history, revert, undo), [`privacy`] (a person's dossier, erasure, review list) and
//!   [`certificates`] (signed QR codes, verification, revocation);
//! - outputs that read from the areas: [`stats`], [`charts`], [`documents`], [`reports`]
//!   (which also closes a year once its report is sent: `reports::closed_year`),
//!   [`export`], [`import`], [`demo`].

pub mod cooperation;
pub mod gign;
pub mod network;

pub mod about;
pub mod audit;
pub mod certificates;
pub mod country;
pub mod error;
mod filter;
pub mod i18n;
pub mod meta;
pub mod person;
pub mod privacy;
pub mod reference;
pub mod store;
mod text;
pub mod validate;

pub mod charts;
pub mod demo;
pub mod documents;
pub mod export;
pub mod import;
pub mod reports;
pub mod stats;

pub use error::{Error, ErrorCode, Result};
pub use store::Store;

/// Today's date on this machine.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// The date and time on this machine (local time, as the user reads it).
pub fn now() -> chrono::NaiveDateTime {
    chrono::Local::now().naive_local()
}
