//! The training plan drawn before anything is written: requests, sessions and their
//! enrolment slots, year by year. `training.rs` and `requests.rs` fill it, `enrol.rs`
//! writes it.

use chrono::NaiveDate;

use super::courses::Course;
use super::network::Post;
use super::partners::Partners;
use super::rng::Rng;
use crate::gign::enrolment::EnrolmentStatus;
use crate::gign::request::{RequestKind, RequestStatus};
use crate::gign::session::SessionStatus;

pub(crate) struct Req {
    pub country: &'static str,
    pub kind: RequestKind,
    pub subject: String,
    pub received: NaiveDate,
    pub status: RequestStatus,
}

/// A delivered expertise request, to be matched by an exchange.
pub(crate) struct Expertise {
    pub unit: usize,
    pub day: NaiveDate,
}

pub(crate) struct Slot {
    pub state: &'static str,
    pub status: EnrolmentStatus,
}

pub(crate) struct Sess {
    pub course: usize,
    pub start: NaiveDate,
    pub place: &'static str,
    pub city: &'static str,
    pub language: &'static str,
    pub status: SessionStatus,
    pub request: Option<usize>,
    pub slots: Vec<Slot>,
}

pub(crate) struct Plan {
    pub requests: Vec<Req>,
    /// Sessions of each year, in date order.
    pub years: Vec<(i32, Vec<Sess>)>,
    pub expertise: Vec<Expertise>,
}

pub(crate) struct Planner<'a> {
    pub rng: Rng,
    pub posts: &'a [Post],
    pub partners: &'a Partners,
    pub courses: &'a [Course],
}
