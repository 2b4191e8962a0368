//! Writes the training plan: requests, sessions with their instructors, trainees (some come
//! back in later years) and enrolments with certificate numbers.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::courses::Course;
use super::names::{Area, NameBook};
use super::partners::{Partners, STATES};
use super::plan::{Plan, Sess};
use super::rng::{add_days, Rng};
use super::training::calendar_days;
use crate::error::Result;
use crate::gign::certificate;
use crate::gign::enrolment::{self, EnrolmentStatus};
use crate::gign::request::{self, NewRequest};
use crate::gign::session::{self, NewSession};
use crate::gign::trainee::{self, NewTrainee};

/// What was written.
#[derive(Default)]
pub(crate) struct TrainingCount {
    pub requests: usize,
    pub sessions: usize,
    pub trainees: usize,
    pub enrolments: usize,
}

pub(crate) struct Writer<'a, 'b> {
    pub tx: &'a Transaction<'b>,
    pub rng: Rng,
    pub names: &'a mut NameBook,
    pub partners: &'a Partners,
    pub courses: &'a [Course],
    pub instructors: &'a [i64],
}

struct State {
    count: TrainingCount,
    /// Trainees of each state who took a course in an earlier year.
    alumni: BTreeMap<&'static str, Vec<i64>>,
    /// When each instructor is already teaching.
    busy: Vec<Vec<(NaiveDate, NaiveDate)>>,
}

impl Writer<'_, '_> {
    pub(crate) fn write(&mut self, plan: &Plan) -> Result<TrainingCount> {
        let mut st = State {
            count: TrainingCount::default(),
            alumni: BTreeMap::new(),
            busy: vec![Vec::new(); self.instructors.len()],
        };
        let request_ids = self.write_requests(plan, &mut st)?;
        for (_, sessions) in &plan.years {
            let mut this_year: BTreeSet<i64> = BTreeSet::new();
            let mut new_alumni: Vec<(&'static str, i64)> = Vec::new();
            for sess in sessions {
                let session_id = self.write_session(sess, &request_ids, &mut st)?;
                for slot in &sess.slots {
                    let counted = slot.status.trained();
                    let returning = if counted && self.rng.chance(0.15) {
                        st.alumni
                            .get(slot.state)
                            .and_then(|ids| ids.iter().copied().find(|id| !this_year.contains(id)))
                    } else {
                        None
                    };
                    let trainee_id = match returning {
                        Some(id) => id,
                        None => {
                            let id = self.new_trainee(slot.state)?;
                            st.count.trainees += 1;
                            if counted {
                                new_alumni.push((slot.state, id));
                            }
                            id
                        }
                    };
                    this_year.insert(trainee_id);
                    self.enrol(session_id, trainee_id, slot.status)?;
                    st.count.enrolments += 1;
                }
                // Numbers are given by the one numbering rule, session after session.
                certificate::issue(self.tx, session_id)?;
            }
            for (state, id) in new_alumni {
                st.alumni.entry(state).or_default().push(id);
            }
            // Returning trainees are drawn oldest first; rotate so that all get a turn.
            for ids in st.alumni.values_mut() {
                if ids.len() > 1 {
                    let k = self.rng.below(ids.len());
                    ids.rotate_left(k);
                }
            }
        }
        Ok(st.count)
    }

    /// Inserts the requests in the order received, numbered within each year.
    fn write_requests(&mut self, plan: &Plan, st: &mut State) -> Result<Vec<i64>> {
        let mut order: Vec<usize> = (0..plan.requests.len()).collect();
        order.sort_by_key(|&i| (plan.requests[i].received, i));
        let mut ids = vec![0; plan.requests.len()];
        let mut numbers: BTreeMap<i32, usize> = BTreeMap::new();
        for i in order {
            let req = &plan.requests[i];
            let year = chrono::Datelike::year(&req.received);
            let n = numbers.entry(year).or_insert(0);
            *n += 1;
            ids[i] = request::insert(
                self.tx,
                &NewRequest {
                    reference: format!("DEM-{year}-{n:03}"),
                    country: req.country.to_owned(),
                    kind: req.kind,
                    subject: req.subject.clone(),
                    received_on: req.received,
                    status: req.status,
                },
            )?;
            st.count.requests += 1;
        }
        Ok(ids)
    }

    fn write_session(&mut self, sess: &Sess, request_ids: &[i64], st: &mut State) -> Result<i64> {
        let course = &self.courses[sess.course];
        let end = add_days(sess.start, calendar_days(course.days) - 1);
        // Two or three instructors, free at those dates when possible.
        let wanted = if course.capacity > 10 { 3 } else { 2 };
        let mut order: Vec<usize> = (0..self.instructors.len()).collect();
        self.rng.shuffle(&mut order);
        order.sort_by_key(|&i| {
            st.busy[i]
                .iter()
                .any(|(s, e)| *s <= end && sess.start <= *e)
        });
        let mut instructor_ids = Vec::new();
        for &i in order.iter().take(wanted) {
            st.busy[i].push((sess.start, end));
            instructor_ids.push(self.instructors[i]);
        }
        let seats = sess
            .slots
            .iter()
            .filter(|s| {
                s.status != EnrolmentStatus::Withdrawn && s.status != EnrolmentStatus::Requested
            })
            .count();
        let per_day = if sess.place == "FR" {
            self.rng.range(80, 250)
        } else {
            self.rng.range(250, 450)
        };
        let id = session::insert(
            self.tx,
            &NewSession {
                course_id: course.id,
                start_date: sess.start,
                end_date: end,
                place_country: sess.place.to_owned(),
                city: sess.city.to_owned(),
                language: sess.language.to_owned(),
                capacity: course.capacity.max(seats as i64),
                cost_cents: course.days * per_day * 10_000,
                status: sess.status,
                request_id: sess.request.and_then(|i| request_ids.get(i).copied()),
                instructor_ids,
            },
        )?;
        st.count.sessions += 1;
        Ok(id)
    }

    /// Enrols the trainee as the planner would (places, then the waiting list), then takes
    /// the enrolment along the allowed changes to its planned status and records the result.
    fn enrol(&mut self, session_id: i64, trainee_id: i64, planned: EnrolmentStatus) -> Result<()> {
        use EnrolmentStatus::*;
        let (id, placed) = enrolment::enrol(self.tx, session_id, trainee_id)?;
        let path: &[EnrolmentStatus] = match planned {
            Withdrawn => &[Withdrawn],
            // A full session keeps the trainee waiting: the other steps need a place.
            _ if placed == Waiting => &[],
            Requested | Waiting => &[],
            Confirmed => &[Confirmed],
            Attended => &[Confirmed, Attended],
            Passed => &[Confirmed, Attended, Passed],
            Failed => &[Confirmed, Attended, Failed],
        };
        for status in path {
            enrolment::set_status(self.tx, id, *status)?;
        }
        let result = match planned {
            Passed => "Apte — certificat délivré",
            Failed => "Non apte",
            Attended => "Stage suivi",
            Withdrawn => "Désistement",
            _ => "",
        };
        if !result.is_empty() {
            enrolment::set_result(self.tx, id, result)?;
        }
        Ok(())
    }

    fn new_trainee(&mut self, state: &'static str) -> Result<i64> {
        let area = STATES
            .iter()
            .find(|s| s.0 == state)
            .map_or(Area::English, |s| s.1);
        let (first_name, last_name) = self.names.foreign(&mut self.rng, area)?;
        let units = self
            .partners
            .by_state
            .get(state)
            .map(Vec::as_slice)
            .unwrap_or_default();
        let unit_id = match units.is_empty() {
            true => None,
            false => Some(self.partners.units[self.rng.pick(units)?].id),
        };
        trainee::insert(
            self.tx,
            &NewTrainee {
                last_name,
                first_name,
                country: state.to_owned(),
                unit_id,
                rank: self.rng.pick(area.ranks())?.to_owned(),
                languages: area.languages().to_owned(),
            },
        )
    }
}
