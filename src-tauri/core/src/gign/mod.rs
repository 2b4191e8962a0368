//! The GIGN's international side: the course catalogue, sessions and their conflicts,
//! enrolments and attendance, trainees and their records, foreign requests, partner
//! units, networks and exchanges, and the GIGN's yearly statistics.

mod api;
pub mod certificate;
pub mod course;
pub mod enrolment;
pub mod partner;
pub mod partner_query;
pub mod request;
pub mod session;
pub mod stats;
pub mod trainee;
pub mod trainee_record;
