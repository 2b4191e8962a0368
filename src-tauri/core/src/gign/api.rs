//! The GIGN area's operations for the shell and the command line: catalogue, sessions,
//! trainees, enrolments, requests, partners.

use chrono::NaiveDate;

use super::course::{self, NewCourse};
use super::enrolment::{self, EnrolmentRow, EnrolmentStatus};
use super::partner::{self, NewExchange, NewUnit};
use super::partner_query::{self, ExchangeRow, NetworkRow, UnitDetail, UnitRow};
use super::request::{self, NewRequest, RequestRow, RequestStatus};
use super::session::{self, Conflict, NewSession, SessionRow, SessionSaved};
use super::stats::{self, GignYear};
use super::trainee::NewTrainee;
use super::trainee_record::{self, TraineeDetail, TraineeRow, TraineeSaved};
use crate::error::Result;
use crate::{validate, Store};

impl Store {
    pub fn courses(&self) -> Result<Vec<course::CourseRow>> {
        course::list(self.conn())
    }

    pub fn course_create(&mut self, input: &NewCourse) -> Result<i64> {
        self.write(|tx| course::insert_course(tx, input))
    }

    pub fn course_update(&mut self, id: i64, input: &NewCourse) -> Result<()> {
        self.write(|tx| course::update_course(tx, id, input))
    }

    pub fn course_archive(&mut self, id: i64, archived: bool) -> Result<()> {
        self.write(|tx| course::set_archived(tx, id, archived))
    }

    pub fn instructors(&self) -> Result<Vec<course::Instructor>> {
        course::instructors(self.conn())
    }

    pub fn sessions(&self, year: Option<i32>) -> Result<Vec<SessionRow>> {
        session::list(self.conn(), year)
    }

    /// The month the planning opens on today.
    pub fn planning_start(&self) -> Result<session::PlanningMonth> {
        session::opening_month(self.conn(), crate::today())
    }

    pub fn session(&self, id: i64) -> Result<NewSession> {
        session::get(self.conn(), id)
    }

    pub fn session_conflicts(&self, id: i64) -> Result<Vec<Conflict>> {
        session::conflicts(self.conn(), id)
    }

    pub fn session_create(&mut self, input: &NewSession) -> Result<SessionSaved> {
        self.write(|tx| session::create(tx, input))
    }

    pub fn session_update(&mut self, id: i64, input: &NewSession) -> Result<SessionSaved> {
        self.write(|tx| session::update(tx, id, input))
    }

    pub fn session_delete(&mut self, id: i64) -> Result<usize> {
        self.write(|tx| session::delete(tx, id))
    }

    pub fn enrolments(&self, session_id: i64) -> Result<Vec<EnrolmentRow>> {
        enrolment::of_session(self.conn(), session_id)
    }

    /// Enrols a trainee; returns the new enrolment's status (requested or waiting).
    pub fn enrol(&mut self, session_id: i64, trainee_id: i64) -> Result<EnrolmentStatus> {
        self.write(|tx| enrolment::enrol(tx, session_id, trainee_id).map(|(_, s)| s))
    }

    /// Changes an enrolment's status; returns the enrolments promoted from the waiting list.
    pub fn enrolment_status(&mut self, id: i64, status: EnrolmentStatus) -> Result<Vec<i64>> {
        self.write(|tx| enrolment::set_status(tx, id, status))
    }

    pub fn enrolment_result(&mut self, id: i64, result: &str) -> Result<()> {
        self.write(|tx| enrolment::set_result(tx, id, result))
    }

    pub fn attendance(&mut self, id: i64, day: NaiveDate, present: bool) -> Result<()> {
        self.write(|tx| enrolment::set_attendance(tx, id, day, present))
    }

    pub fn trainees(
        &self,
        text: &str,
        state: Option<&str>,
        session_id: Option<i64>,
    ) -> Result<Vec<TraineeRow>> {
        trainee_record::search(self.conn(), text, state, session_id)
    }

    pub fn trainee(&self, id: i64) -> Result<TraineeDetail> {
        trainee_record::detail(self.conn(), id)
    }

    pub fn trainee_duplicates(&self, input: &NewTrainee) -> Result<Vec<TraineeRow>> {
        trainee_record::possible_duplicates(self.conn(), input)
    }

    pub fn trainee_create(&mut self, input: &NewTrainee) -> Result<TraineeSaved> {
        self.write(|tx| trainee_record::create(tx, input))
    }

    pub fn trainee_update(&mut self, id: i64, input: &NewTrainee) -> Result<()> {
        self.write(|tx| trainee_record::update(tx, id, input))
    }

    pub fn requests(&self, year: Option<i32>) -> Result<Vec<RequestRow>> {
        request::list(self.conn(), year)
    }

    pub fn request_create(&mut self, input: &NewRequest) -> Result<i64> {
        self.write(|tx| request::insert(tx, input))
    }

    pub fn request_status(&mut self, id: i64, status: RequestStatus) -> Result<()> {
        self.write(|tx| request::set_status(tx, id, status))
    }

    pub fn units(&self) -> Result<Vec<UnitRow>> {
        partner_query::units(self.conn())
    }

    pub fn unit(&self, id: i64) -> Result<UnitDetail> {
        partner_query::unit_detail(self.conn(), id)
    }

    pub fn networks(&self) -> Result<Vec<NetworkRow>> {
        partner_query::networks(self.conn())
    }

    pub fn exchanges(&self, year: Option<i32>) -> Result<Vec<ExchangeRow>> {
        partner_query::exchanges(self.conn(), year, None)
    }

    pub fn unit_create(&mut self, input: &NewUnit) -> Result<i64> {
        self.write(|tx| partner::insert_unit(tx, input))
    }

    pub fn unit_input(&self, id: i64) -> Result<NewUnit> {
        partner::unit_input(self.conn(), id)
    }

    pub fn unit_update(&mut self, id: i64, input: &NewUnit) -> Result<()> {
        self.write(|tx| partner::update_unit(tx, id, input))
    }

    pub fn exchange_input(&self, id: i64) -> Result<NewExchange> {
        partner::exchange_input(self.conn(), id)
    }

    pub fn exchange_update(&mut self, id: i64, input: &NewExchange) -> Result<()> {
        self.write(|tx| partner::update_exchange(tx, id, input))
    }

    pub fn exchange_create(&mut self, input: &NewExchange) -> Result<i64> {
        self.write(|tx| partner::insert_exchange(tx, input))
    }

    pub fn exchange_delete(&mut self, id: i64) -> Result<usize> {
        self.write(|tx| validate::delete_ids(tx, "exchange", &[id], "what-exchange"))
    }

    pub fn gign_by_year(&self) -> Result<Vec<GignYear>> {
        stats::gign_by_year(self.conn())
    }
}
