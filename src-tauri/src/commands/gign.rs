//! GIGN courses commands: catalogue, planning, trainees, enrolments, requests, partners.

use chrono::NaiveDate;
use coopdesk_core::gign::course::{CourseRow, Instructor, NewCourse};
use coopdesk_core::gign::enrolment::EnrolmentRow;
use coopdesk_core::gign::enrolment::EnrolmentStatus;
use coopdesk_core::gign::partner_query::{ExchangeRow, NetworkRow, UnitDetail, UnitRow};
use coopdesk_core::gign::request::{NewRequest, RequestRow, RequestStatus};
use coopdesk_core::gign::session::NewSession;
use coopdesk_core::gign::session::{Conflict, PlanningMonth, SessionRow, SessionSaved};
use coopdesk_core::gign::stats::GignYear;
use coopdesk_core::gign::trainee::NewTrainee;
use coopdesk_core::gign::trainee_record::{TraineeDetail, TraineeRow, TraineeSaved};
use coopdesk_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn courses(state: State<'_, AppState>) -> Result<Vec<CourseRow>> {
    state.with(|s| s.courses())
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn course_create(state: State<'_, AppState>, input: NewCourse) -> Result<i64> {
    state.with(|s| s.course_create(&input))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn course_update(state: State<'_, AppState>, id: i64, input: NewCourse) -> Result<()> {
    state.with(|s| s.course_update(id, &input))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn course_archive(state: State<'_, AppState>, id: i64, archived: bool) -> Result<()> {
    state.with(|s| s.course_archive(id, archived))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn instructors(state: State<'_, AppState>) -> Result<Vec<Instructor>> {
    state.with(|s| s.instructors())
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn sessions(state: State<'_, AppState>, year: Option<i32>) -> Result<Vec<SessionRow>> {
    state.with(|s| s.sessions(year))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn session(state: State<'_, AppState>, id: i64) -> Result<NewSession> {
    state.with(|s| s.session(id))
}

/// The month the planning opens on.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn planning_start(state: State<'_, AppState>) -> Result<PlanningMonth> {
    state.with(|s| s.planning_start())
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn session_conflicts(state: State<'_, AppState>, id: i64) -> Result<Vec<Conflict>> {
    state.with(|s| s.session_conflicts(id))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn session_create(state: State<'_, AppState>, input: NewSession) -> Result<SessionSaved> {
    state.with(|s| s.session_create(&input))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn session_update(
    state: State<'_, AppState>,
    id: i64,
    input: NewSession,
) -> Result<SessionSaved> {
    state.with(|s| s.session_update(id, &input))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn session_delete(state: State<'_, AppState>, id: i64) -> Result<usize> {
    state.with(|s| s.session_delete(id))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn enrolments(state: State<'_, AppState>, session_id: i64) -> Result<Vec<EnrolmentRow>> {
    state.with(|s| s.enrolments(session_id))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn enrol(
    state: State<'_, AppState>,
    session_id: i64,
    trainee_id: i64,
) -> Result<EnrolmentStatus> {
    state.with(|s| s.enrol(session_id, trainee_id))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn enrolment_status(
    state: State<'_, AppState>,
    id: i64,
    status: EnrolmentStatus,
) -> Result<Vec<i64>> {
    state.with(|s| s.enrolment_status(id, status))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn enrolment_result(state: State<'_, AppState>, id: i64, result: String) -> Result<()> {
    state.with(|s| s.enrolment_result(id, &result))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn attendance(
    state: State<'_, AppState>,
    id: i64,
    day: NaiveDate,
    present: bool,
) -> Result<()> {
    state.with(|s| s.attendance(id, day, present))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn trainees(
    state: State<'_, AppState>,
    text: String,
    country: Option<String>,
    session_id: Option<i64>,
) -> Result<Vec<TraineeRow>> {
    state.with(|s| s.trainees(&text, country.as_deref(), session_id))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn trainee(state: State<'_, AppState>, id: i64) -> Result<TraineeDetail> {
    state.with(|s| s.trainee(id))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn trainee_duplicates(
    state: State<'_, AppState>,
    input: NewTrainee,
) -> Result<Vec<TraineeRow>> {
    state.with(|s| s.trainee_duplicates(&input))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn trainee_create(state: State<'_, AppState>, input: NewTrainee) -> Result<TraineeSaved> {
    state.with(|s| s.trainee_create(&input))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn trainee_update(state: State<'_, AppState>, id: i64, input: NewTrainee) -> Result<()> {
    state.with(|s| s.trainee_update(id, &input))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn requests(state: State<'_, AppState>, year: Option<i32>) -> Result<Vec<RequestRow>> {
    state.with(|s| s.requests(year))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn request_create(state: State<'_, AppState>, input: NewRequest) -> Result<i64> {
    state.with(|s| s.request_create(&input))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn request_status(state: State<'_, AppState>, id: i64, status: RequestStatus) -> Result<()> {
    state.with(|s| s.request_status(id, status))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn units(state: State<'_, AppState>) -> Result<Vec<UnitRow>> {
    state.with(|s| s.units())
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn unit(state: State<'_, AppState>, id: i64) -> Result<UnitDetail> {
    state.with(|s| s.unit(id))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn networks(state: State<'_, AppState>) -> Result<Vec<NetworkRow>> {
    state.with(|s| s.networks())
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn exchanges(state: State<'_, AppState>, year: Option<i32>) -> Result<Vec<ExchangeRow>> {
    state.with(|s| s.exchanges(year))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn gign_by_year(state: State<'_, AppState>) -> Result<Vec<GignYear>> {
    state.with(|s| s.gign_by_year())
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn unit_create(
    state: State<'_, AppState>,
    input: coopdesk_core::gign::partner::NewUnit,
) -> Result<i64> {
    state.with(|s| s.unit_create(&input))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn unit_input(
    state: State<'_, AppState>,
    id: i64,
) -> Result<coopdesk_core::gign::partner::NewUnit> {
    state.with(|s| s.unit_input(id))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn unit_update(
    state: State<'_, AppState>,
    id: i64,
    input: coopdesk_core::gign::partner::NewUnit,
) -> Result<()> {
    state.with(|s| s.unit_update(id, &input))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn exchange_input(
    state: State<'_, AppState>,
    id: i64,
) -> Result<coopdesk_core::gign::partner::NewExchange> {
    state.with(|s| s.exchange_input(id))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn exchange_update(
    state: State<'_, AppState>,
    id: i64,
    input: coopdesk_core::gign::partner::NewExchange,
) -> Result<()> {
    state.with(|s| s.exchange_update(id, &input))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn exchange_create(
    state: State<'_, AppState>,
    input: coopdesk_core::gign::partner::NewExchange,
) -> Result<i64> {
    state.with(|s| s.exchange_create(&input))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn exchange_delete(state: State<'_, AppState>, id: i64) -> Result<usize> {
    state.with(|s| s.exchange_delete(id))
}
