//! Requests from foreign states: those the planned sessions answer, refused ones, expertise
//! missions, and the requests still in progress at the end of the data.

use chrono::NaiveDate;

use super::partners::STATES;
use super::plan::{Expertise, Plan, Planner, Req};
use super::rng::{add_days, ymd};
use crate::error::Result;
use crate::gign::request::{RequestKind, RequestStatus};

impl Planner<'_> {
    /// A request received on `day`; `about` is the state and course for a training request,
    /// `None` for a state and subject drawn at random.
    pub(crate) fn request(
        &mut self,
        day: NaiveDate,
        status: RequestStatus,
        about: Option<(&'static str, usize)>,
    ) -> Result<Req> {
        let weights: Vec<u32> = STATES.iter().map(|s| s.2).collect();
        let (country, course) = match about {
            Some(a) => a,
            None => (
                STATES[self.rng.weighted(&weights)].0,
                self.rng.below(self.courses.len()),
            ),
        };
        let units = self
            .partners
            .by_state
            .get(country)
            .map(Vec::as_slice)
            .unwrap_or_default();
        let unit = &self.partners.units[self.rng.pick(units)?].name;
        let expertise = about.is_none() && self.rng.chance(0.3);
        let subject = if expertise {
            format!("Expertise de l'organisation et des équipements — {unit}")
        } else {
            format!("Formation « {} » — {unit}", self.courses[course].title)
        };
        let kind = if expertise {
            RequestKind::Expertise
        } else {
            RequestKind::Training
        };
        // The cell opened on 1 September 2007.
        let received = day.max(ymd(2007, 9, 3)?);
        Ok(Req {
            country,
            kind,
            subject,
            received,
            status,
        })
    }

    /// Each year: two to four refused requests and, from 2008, delivered expertise missions.
    pub(crate) fn yearly_requests(&mut self, plan: &mut Plan, year: i32) -> Result<()> {
        let first = ymd(year, 1, 2)?.max(ymd(2007, 9, 3)?);
        for _ in 0..self.rng.range(2, 4) {
            let day = self.rng.working_day(first, ymd(year, 12, 15)?);
            plan.requests
                .push(self.request(day, RequestStatus::Refused, None)?);
        }
        if year > 2007 {
            for _ in 0..self.rng.range(2, 3) {
                let day = self.rng.working_day(ymd(year, 1, 2)?, ymd(year, 7, 31)?);
                let mut req = self.request(day, RequestStatus::Delivered, None)?;
                let units = self
                    .partners
                    .by_state
                    .get(req.country)
                    .map(Vec::as_slice)
                    .unwrap_or_default();
                let unit = self.rng.pick(units)?;
                req.kind = RequestKind::Expertise;
                req.subject = format!("Audit et conseil — {}", self.partners.units[unit].name);
                plan.requests.push(req);
                plan.expertise.push(Expertise {
                    unit,
                    day: add_days(day, self.rng.range(60, 140)),
                });
            }
        }
        Ok(())
    }

    /// Requests received in the second half of 2025 and not yet delivered.
    pub(crate) fn pending_requests(&mut self, plan: &mut Plan) -> Result<()> {
        let pending = [
            RequestStatus::Received,
            RequestStatus::Received,
            RequestStatus::Studied,
            RequestStatus::Studied,
            RequestStatus::Accepted,
            RequestStatus::Scheduled,
            RequestStatus::Scheduled,
        ];
        for status in pending {
            let day = self.rng.working_day(ymd(2025, 6, 1)?, ymd(2025, 12, 19)?);
            let req = self.request(day, status, None)?;
            plan.requests.push(req);
        }
        Ok(())
    }
}
