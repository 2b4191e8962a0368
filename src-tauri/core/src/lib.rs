//! CoopDesk core: the domain of the GIGN international-relations cell and the SSI
//! network, its storage and its rules. It knows nothing of Tauri or of any UI: the
//! desktop shell and the command line both call the functions re-exported here.

pub mod api;
pub mod charts;
pub mod country;
pub mod course;
pub mod demo;
pub mod documents;
pub mod enrolment;
pub mod error;
pub mod export;
mod filter;
pub mod i18n;
pub mod import;
pub mod meta;
pub mod operational;
pub mod partner;
pub mod partner_query;
pub mod programme;
pub mod reference;
pub mod reports;
pub mod request;
pub mod session;
pub mod ssi;
pub mod ssi_detail;
pub mod staff;
pub mod stats;
pub mod stats_gign;
pub mod store;
pub mod technical;
pub mod trainee;
pub mod trainee_record;
pub mod validate;

pub use error::{Error, ErrorCode, Result};
pub use store::Store;
