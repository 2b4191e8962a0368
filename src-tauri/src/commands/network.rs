//! SSI network commands.

use chrono::NaiveDate;
use coopdesk_core::country::Country;
use coopdesk_core::network::ssi_detail::SsiDetail;
use coopdesk_core::network::staff::{AgentRow, NewAgent, NewPosting, PostingRow};
use coopdesk_core::Result;
use tauri::State;

use crate::state::AppState;

/// Every ISO country, by French name.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn countries(state: State<'_, AppState>) -> Result<Vec<Country>> {
    state.with(|s| Ok(s.countries()))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn ssi_detail(state: State<'_, AppState>, id: i64) -> Result<SsiDetail> {
    state.with(|s| s.ssi_detail(id))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn ssi_update(
    state: State<'_, AppState>,
    id: i64,
    input: coopdesk_core::network::ssi::NewSsi,
) -> Result<SsiDetail> {
    state.with(|s| s.ssi_update(id, &input))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn ssi_add_coverage(state: State<'_, AppState>, id: i64, country: String) -> Result<SsiDetail> {
    state.with(|s| s.ssi_add_coverage(id, &country))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn ssi_remove_coverage(
    state: State<'_, AppState>,
    id: i64,
    country: String,
) -> Result<SsiDetail> {
    state.with(|s| s.ssi_remove_coverage(id, &country))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn agents(state: State<'_, AppState>, text: String) -> Result<Vec<AgentRow>> {
    state.with(|s| s.agents(&text))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn agent_postings(state: State<'_, AppState>, id: i64) -> Result<Vec<PostingRow>> {
    state.with(|s| s.agent_postings(id))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn agent_create(state: State<'_, AppState>, agent: NewAgent) -> Result<i64> {
    state.with(|s| s.agent_create(&agent))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn posting_create(state: State<'_, AppState>, posting: NewPosting) -> Result<i64> {
    state.with(|s| s.posting_create(&posting))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn posting_end(state: State<'_, AppState>, id: i64, end_date: NaiveDate) -> Result<()> {
    state.with(|s| s.posting_end(id, end_date))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn posting_delete(state: State<'_, AppState>, id: i64) -> Result<usize> {
    state.with(|s| s.posting_delete(id))
}
