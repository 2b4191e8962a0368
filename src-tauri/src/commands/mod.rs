//! The commands the UI calls: each one delegates to the core.

pub mod audit;
pub mod certificates;
pub mod charts;
pub mod cooperation;
pub mod documents;
pub mod export;
pub mod gate;
pub mod gign;
pub mod import;
pub mod network;
pub mod privacy;
pub mod settings;

use coopdesk_core::network::ssi::SsiRow;
use coopdesk_core::stats::{ActivityYear, Kpis, YearList};
use coopdesk_core::Result;
use tauri::State;

use crate::state::AppState;

/// The years the screens offer, and the ones they open on.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn year_list(state: State<'_, AppState>) -> Result<YearList> {
    state.with(|s| s.year_list())
}

/// Headline figures of one year.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn kpis(state: State<'_, AppState>, year: i32) -> Result<Kpis> {
    state.with(|s| s.kpis(year))
}

/// The SSI registry as of today.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn ssi_list(state: State<'_, AppState>) -> Result<Vec<SsiRow>> {
    state.with(|s| s.ssi_list())
}

/// Activity per year across every area.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn activity_by_year(state: State<'_, AppState>) -> Result<Vec<ActivityYear>> {
    state.with(|s| s.activity_by_year())
}
