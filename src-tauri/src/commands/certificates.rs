//! Certificates: checked by number or from a picture or PDF of the page, revoked with a
//! reason, and the public key that lets anyone check them shown and exported.

use std::path::PathBuf;

use coopdesk_core::certificates::{CertificateCheck, KeyWritten, PublicKey, Revocation};
use coopdesk_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn certificate_check(state: State<'_, AppState>, number: String) -> Result<CertificateCheck> {
    state.with(|s| s.certificate_check(&number))
}

/// Async: decoding a page scanned at 300 dpi takes a moment.
#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub async fn certificate_scan(
    state: State<'_, AppState>,
    path: PathBuf,
) -> Result<CertificateCheck> {
    state.with(|s| s.certificate_scan(&path))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn certificate_revoke(
    state: State<'_, AppState>,
    number: String,
    reason: String,
) -> Result<Revocation> {
    state.with(|s| s.certificate_revoke(&number, &reason))
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn certificate_public_key(state: State<'_, AppState>) -> Result<PublicKey> {
    state.with(|s| s.certificate_public_key())
}

#[tauri::command]
#[specta::specta]
#[tracing::instrument(skip_all)]
pub fn certificate_key_export(state: State<'_, AppState>, path: PathBuf) -> Result<KeyWritten> {
    state.with(|s| s.certificate_key_export(&path))
}
