//! The network of internal-security services abroad: the SSIs and the countries they
//! cover, their staff (agents) and postings.

mod api;
pub mod coverage;
pub mod ssi;
pub mod ssi_detail;
pub mod staff;
