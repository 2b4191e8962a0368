//! Charts drawn by the core: SVG for the screen, files for export. Async: drawing on ten
//! years of data takes a moment and must not freeze the window.

use std::path::PathBuf;

use coopdesk_core::charts::ChartFormat;
use coopdesk_core::charts::{ChartFilter, ChartName};
use coopdesk_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn chart_svg(
    state: State<'_, AppState>,
    name: ChartName,
    filter: ChartFilter,
) -> Result<String> {
    state.with(|s| s.chart_svg(name, &filter))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn chart_export(
    state: State<'_, AppState>,
    name: ChartName,
    filter: ChartFilter,
    format: ChartFormat,
    width: u32,
    path: PathBuf,
) -> Result<usize> {
    state.with(|s| s.chart_export(name, &filter, format, width, &path))
}
