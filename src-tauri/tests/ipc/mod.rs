//! A mock Tauri app (no window system) whose IPC runs the real commands: what the UI sends
//! and gets back, as JSON.
#![allow(dead_code)]

use coopdesk_lib::{specta_builder, AppState};
use serde_json::Value;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{
    get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY,
};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindow;

/// The passphrase of the test databases (the demo one, stated in the README).
pub const PASSPHRASE: &str = "demo-coopdesk-2016";

pub fn window(state: AppState) -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let app = mock_builder()
        .manage(state)
        .invoke_handler(specta_builder::<MockRuntime>().invoke_handler())
        .build(mock_context(noop_assets()))
        .expect("mock app");
    let window = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("mock window");
    (app, window)
}

pub fn invoke(window: &WebviewWindow<MockRuntime>, cmd: &str, body: Value) -> Result<Value, Value> {
    get_ipc_response(
        window,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().expect("url"),
            body: InvokeBody::Json(body),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|b| b.deserialize::<Value>().expect("JSON response"))
}

/// A window on a new encrypted database (created through the gate), with the demo data or empty.
pub fn unlocked(
    path: std::path::PathBuf,
    demo: bool,
) -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let (app, w) = window(AppState::open(Some(path)));
    let body = serde_json::json!({ "passphrase": PASSPHRASE, "confirm": PASSPHRASE, "demo": demo });
    invoke(&w, "gate_create", body).expect("database created");
    (app, w)
}
