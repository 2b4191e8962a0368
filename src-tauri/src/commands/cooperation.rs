//! Technical and operational cooperation commands.

use coopdesk_core::cooperation::operational::{CaseFilter, CaseInput, CasePage};
use coopdesk_core::cooperation::programme::{FunderRow, ProgrammeRow};
use coopdesk_core::cooperation::technical::{
    ActionFilter, ActionInput, ActionPage, ActionSort, Saved,
};
use coopdesk_core::reference::{RefEntry, RefList};
use coopdesk_core::Result;
use tauri::State;

use crate::state::AppState;

/// One page of the filtered, sorted actions and the totals of the filtered set.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn actions(
    state: State<'_, AppState>,
    filter: ActionFilter,
    sort: ActionSort,
    offset: i64,
    limit: i64,
) -> Result<ActionPage> {
    state.with(|s| s.actions(&filter, sort, offset, limit))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn action(state: State<'_, AppState>, id: i64) -> Result<ActionInput> {
    state.with(|s| s.action(id))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn action_next_reference(state: State<'_, AppState>, ssi_id: i64, year: i32) -> Result<String> {
    state.with(|s| s.action_next_reference(ssi_id, year))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn action_create(state: State<'_, AppState>, input: ActionInput) -> Result<Saved> {
    state.with(|s| s.action_create(&input))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn action_update(state: State<'_, AppState>, id: i64, input: ActionInput) -> Result<Saved> {
    state.with(|s| s.action_update(id, &input))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn action_duplicate(state: State<'_, AppState>, id: i64) -> Result<Saved> {
    state.with(|s| s.action_duplicate(id))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn actions_delete(state: State<'_, AppState>, ids: Vec<i64>) -> Result<usize> {
    state.with(|s| s.actions_delete(&ids))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn cases(
    state: State<'_, AppState>,
    filter: CaseFilter,
    offset: i64,
    limit: i64,
) -> Result<CasePage> {
    state.with(|s| s.cases(&filter, offset, limit))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn case(state: State<'_, AppState>, id: i64) -> Result<CaseInput> {
    state.with(|s| s.case(id))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn case_create(state: State<'_, AppState>, input: CaseInput) -> Result<i64> {
    state.with(|s| s.case_create(&input))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn case_update(state: State<'_, AppState>, id: i64, input: CaseInput) -> Result<()> {
    state.with(|s| s.case_update(id, &input))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn cases_delete(state: State<'_, AppState>, ids: Vec<i64>) -> Result<usize> {
    state.with(|s| s.cases_delete(&ids))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn programmes(state: State<'_, AppState>) -> Result<Vec<ProgrammeRow>> {
    state.with(|s| s.programmes())
}

/// Sets a programme's budget for one year.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn programme_year_budget(
    state: State<'_, AppState>,
    id: i64,
    year: i32,
    budget_cents: i64,
) -> Result<()> {
    state.with(|s| s.programme_year_budget(id, year, budget_cents))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn funders(state: State<'_, AppState>) -> Result<Vec<FunderRow>> {
    state.with(|s| s.funders())
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn references(state: State<'_, AppState>, list: RefList) -> Result<Vec<RefEntry>> {
    state.with(|s| s.references(list))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn reference_create(
    state: State<'_, AppState>,
    list: RefList,
    code: String,
    name_fr: String,
    name_en: String,
) -> Result<i64> {
    state.with(|s| s.reference_create(list, &code, &name_fr, &name_en))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn reference_rename(
    state: State<'_, AppState>,
    list: RefList,
    id: i64,
    name_fr: String,
    name_en: String,
) -> Result<()> {
    state.with(|s| s.reference_rename(list, id, &name_fr, &name_en))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn reference_delete(state: State<'_, AppState>, list: RefList, id: i64) -> Result<()> {
    state.with(|s| s.reference_delete(list, id))
}
