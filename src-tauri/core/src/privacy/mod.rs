//! Personal-data rights. For one trainee or one agent, everything CoopDesk holds about them
//! can be exported (`dossier.rs`: identity, enrolments and results or postings, and the
//! journal entries that concern them), as JSON or on one printed page (`sheet.rs`). A trainee can be erased (`erase.rs`): identity
//! replaced, enrolments kept so the anonymous counts do not move, and the name wiped from
//! the whole file — the journal included. The review list names the trainees without any
//! activity for a number of years (a setting, 10 by default).

mod dossier;
mod erase;
mod sheet;

pub use dossier::{AgentDossier, TraineeDossier};
pub use erase::{Erased, InactiveTrainee, ERASED_NAME, REVIEW_YEARS_DEFAULT};
