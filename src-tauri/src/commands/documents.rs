//! Session documents saved where the user chose (the UI asks with the native dialog).
//! Async: rendering takes a moment and must not freeze the window.

use std::path::PathBuf;

use coopdesk_core::api::Written;
use coopdesk_core::documents::CertificateInfo;
use coopdesk_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub async fn document_attendance(
    state: State<'_, AppState>,
    session_id: i64,
    path: PathBuf,
) -> Result<Written> {
    state.with(|s| s.attendance_pdf(session_id, &path))
}

#[tauri::command]
#[specta::specta]
pub async fn document_certificates(
    state: State<'_, AppState>,
    session_id: i64,
    path: PathBuf,
) -> Result<Written> {
    state.with(|s| s.certificates_pdf(session_id, &path))
}

#[tauri::command]
#[specta::specta]
pub fn certificate_verify(state: State<'_, AppState>, number: String) -> Result<CertificateInfo> {
    state.with(|s| s.certificate_verify(&number))
}
