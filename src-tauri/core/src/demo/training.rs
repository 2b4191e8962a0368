//! Planning of GIGN sessions for foreign trainees, year by year, and the requests of the
//! states they answer. Each year's trainees and states are met exactly: every trainee
//! counted takes one session that year, and every chosen state sends at least one.

use chrono::NaiveDate;

use super::names::Area;
use super::partners::STATES;
use super::plan::{Plan, Planner, Sess, Slot};
use super::rng::{add_days, apportion, ymd};
use crate::error::{Error, Result};
use crate::gign::enrolment::EnrolmentStatus;
use crate::gign::request::RequestStatus;
use crate::gign::session::SessionStatus;

/// Trainees and their states each year (the cell opened in September 2007; 2020 is the
/// year of the pandemic).
#[rustfmt::skip]
pub(crate) const PER_YEAR: [(i32, i64, usize); 19] = [
    (2007, 31, 8), (2008, 84, 16), (2009, 88, 17), (2010, 92, 18), (2011, 97, 19), (2012, 95, 18),
    (2013, 104, 21), (2014, 98, 19), (2015, 108, 22), (2016, 100, 20), (2017, 112, 22),
    (2018, 117, 24), (2019, 120, 25), (2020, 64, 14), (2021, 86, 17), (2022, 106, 21),
    (2023, 113, 23), (2024, 118, 24), (2025, 110, 22),
];

pub(crate) const SATORY: &str = "Versailles-Satory";

fn area(state: &str) -> Area {
    STATES
        .iter()
        .find(|s| s.0 == state)
        .map_or(Area::English, |s| s.1)
}

/// Session length in calendar days (five training days a week).
pub(crate) fn calendar_days(days: i64) -> i64 {
    days + 2 * ((days - 1) / 5)
}

impl Planner<'_> {
    pub(crate) fn plan(&mut self) -> Result<Plan> {
        let mut plan = Plan {
            requests: Vec::new(),
            years: Vec::new(),
            expertise: Vec::new(),
        };
        for (year, trainees, states) in PER_YEAR {
            let sessions = self.plan_year(&mut plan, year, trainees, states)?;
            plan.years.push((year, sessions));
        }
        self.pending_requests(&mut plan)?;
        Ok(plan)
    }

    fn plan_year(
        &mut self,
        plan: &mut Plan,
        year: i32,
        trainees: i64,
        n_states: usize,
    ) -> Result<Vec<Sess>> {
        let (first, last) = if year == 2007 {
            (ymd(2007, 9, 17)?, ymd(2007, 12, 7)?)
        } else {
            (ymd(year, 1, 8)?, ymd(year, 11, 30)?)
        };
        let chosen = self.choose_states(n_states);
        let mid_year = ymd(year, 6, 30)?;
        let mut hosts: Vec<(&'static str, &'static str)> = chosen
            .iter()
            .filter_map(|s| {
                self.posts
                    .iter()
                    .find(|p| p.def.country == *s && p.is_open_on(mid_year))
                    .map(|p| (*s, p.def.city))
            })
            .collect();
        self.rng.shuffle(&mut hosts);
        hosts.truncate(match year {
            2007 | 2020 => 1,
            _ => self.rng.range(3, 5) as usize,
        });
        let total = match year {
            2007 => 3,
            2020 => 6,
            _ => self.rng.range(10, 14) as usize,
        };
        let exportable: Vec<usize> = (0..self.courses.len())
            .filter(|&c| self.courses[c].exportable)
            .collect();
        let mut order: Vec<usize> = (0..self.courses.len()).collect();
        self.rng.shuffle(&mut order);
        let mut france: Vec<usize> = order
            .iter()
            .cycle()
            .take(total.saturating_sub(hosts.len()))
            .copied()
            .collect();
        let abroad: Vec<usize> = hosts
            .iter()
            .map(|_| self.rng.pick(&exportable))
            .collect::<Result<_>>()?;
        let mut sizes: Vec<i64> = abroad
            .iter()
            .map(|&c| self.rng.range(8, 12).min(self.courses[c].capacity))
            .collect();
        let non_hosts: Vec<&'static str> = chosen
            .iter()
            .copied()
            .filter(|s| !hosts.iter().any(|h| h.0 == *s))
            .collect();
        let mut in_france = trainees - sizes.iter().sum::<i64>();
        while in_france < non_hosts.len() as i64 {
            let Some(k) = sizes.iter_mut().filter(|k| **k > 4).max_by_key(|k| **k) else {
                break;
            };
            *k -= 1;
            in_france += 1;
        }
        while in_france
            > france
                .iter()
                .map(|&c| self.courses[c].capacity)
                .sum::<i64>()
        {
            france.push(order[france.len() % order.len()]);
        }
        if in_france < non_hosts.len() as i64 {
            return Err(Error::internal(format!(
                "demo: {year} cannot place every state"
            )));
        }
        // Seats in France: one for every state without a session at home, the rest by weight.
        let mut seats: Vec<&'static str> = non_hosts.clone();
        let weights: Vec<u32> = chosen
            .iter()
            .map(|s| STATES.iter().find(|x| x.0 == *s).map_or(1, |x| x.2))
            .collect();
        while (seats.len() as i64) < in_france {
            seats.push(chosen[self.rng.weighted(&weights)]);
        }
        self.rng.shuffle(&mut seats);
        let capacities: Vec<u64> = france
            .iter()
            .map(|&c| self.courses[c].capacity as u64)
            .collect();
        let counts = apportion(in_france, &capacities, 1);
        let mut sessions = Vec::new();
        let mut seats = seats.into_iter();
        for (&course, count) in france.iter().zip(counts) {
            let states: Vec<&'static str> = seats.by_ref().take(count as usize).collect();
            let start = self.rng.working_day(first, last);
            let francophone = states
                .iter()
                .filter(|s| {
                    matches!(
                        area(s),
                        Area::WestAfrica | Area::CentralAfrica | Area::Arabic
                    )
                })
                .count();
            let language = if 2 * francophone >= states.len() {
                "français"
            } else {
                "anglais"
            };
            let slots = states.iter().map(|s| self.slot(course, s)).collect();
            let mut sess = Sess {
                course,
                start,
                place: "FR",
                city: SATORY,
                language,
                status: SessionStatus::Done,
                request: None,
                slots,
            };
            // A state that fills a session asked for it.
            if let Some(top) = majority(&states).filter(|_| self.rng.chance(0.7)) {
                let day = add_days(start, -self.rng.range(90, 180));
                plan.requests.push(self.request(
                    day,
                    RequestStatus::Delivered,
                    Some((top, course)),
                )?);
                sess.request = Some(plan.requests.len() - 1);
            }
            sessions.push(sess);
        }
        for ((&(state, city), &course), size) in hosts.iter().zip(&abroad).zip(&sizes) {
            let start = self.rng.working_day(first, last);
            let day = add_days(start, -self.rng.range(120, 270));
            plan.requests.push(self.request(
                day,
                RequestStatus::Delivered,
                Some((state, course)),
            )?);
            let slots = (0..*size).map(|_| self.slot(course, state)).collect();
            let language = area(state).session_language();
            let request = Some(plan.requests.len() - 1);
            sessions.push(Sess {
                course,
                start,
                place: state,
                city,
                language,
                status: SessionStatus::Done,
                request,
                slots,
            });
        }
        self.extras(&mut sessions, year, &chosen, first, last)?;
        self.yearly_requests(plan, year)?;
        sessions.sort_by_key(|s| (s.start, s.place));
        Ok(sessions)
    }

    /// Withdrawn and unconfirmed enrolments, and cancelled sessions: none of them counts.
    fn extras(
        &mut self,
        sessions: &mut Vec<Sess>,
        year: i32,
        chosen: &[&'static str],
        first: NaiveDate,
        last: NaiveDate,
    ) -> Result<()> {
        let outsider = STATES
            .iter()
            .map(|s| s.0)
            .find(|s| !chosen.contains(s))
            .unwrap_or("SN");
        let in_france: Vec<usize> = (0..sessions.len())
            .filter(|&i| sessions[i].place == "FR")
            .collect();
        for n in 0..self.rng.range(2, 4) {
            let state = if n == 0 {
                outsider
            } else {
                self.rng.pick(chosen)?
            };
            let status = if self.rng.chance(0.6) {
                EnrolmentStatus::Withdrawn
            } else {
                EnrolmentStatus::Requested
            };
            let i = self.rng.pick(&in_france)?;
            sessions[i].slots.push(Slot { state, status });
        }
        let cancelled = match year {
            2016 | 2021 => 1,
            2020 => 3,
            _ => i64::from(self.rng.chance(0.25)),
        };
        for _ in 0..cancelled {
            let course = self.rng.below(self.courses.len());
            let mut slots = Vec::new();
            for _ in 0..self.rng.range(3, 6) {
                slots.push(Slot {
                    state: self.rng.pick(chosen)?,
                    status: EnrolmentStatus::Withdrawn,
                });
            }
            let start = self.rng.working_day(first, last);
            sessions.push(Sess {
                course,
                start,
                place: "FR",
                city: SATORY,
                language: "français",
                status: SessionStatus::Cancelled,
                request: None,
                slots,
            });
        }
        Ok(())
    }

    /// `n` distinct states, the usual partners more often.
    fn choose_states(&mut self, n: usize) -> Vec<&'static str> {
        let mut weights: Vec<u32> = STATES.iter().map(|s| s.2).collect();
        let mut chosen = Vec::new();
        while chosen.len() < n.min(STATES.len()) {
            let i = self.rng.weighted(&weights);
            weights[i] = 0;
            chosen.push(STATES[i].0);
        }
        chosen
    }

    fn slot(&mut self, course: usize, state: &'static str) -> Slot {
        let status = match (self.courses[course].assessed, self.rng.chance(0.9)) {
            (false, _) => EnrolmentStatus::Attended,
            (true, true) => EnrolmentStatus::Passed,
            (true, false) => EnrolmentStatus::Failed,
        };
        Slot { state, status }
    }
}

/// The state holding most seats, if it holds at least two.
fn majority(states: &[&'static str]) -> Option<&'static str> {
    let seats = |s: &&str| states.iter().filter(|x| *x == s).count();
    let top = states
        .iter()
        .max_by_key(|s| (seats(s), std::cmp::Reverse(**s)))?;
    (seats(top) >= 2).then_some(*top)
}
