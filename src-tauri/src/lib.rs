//! The CoopDesk desktop shell: a window, its state and thin commands over `coopdesk-core`.

mod commands;
mod state;

use tauri_specta::{collect_commands, Builder};

pub use state::{db_arg, AppState};

/// Every command the UI may call; also the source of the generated TypeScript bindings.
pub fn specta_builder<R: tauri::Runtime>() -> Builder<R> {
    Builder::<R>::new()
        .commands(collect_commands![
            commands::data_years,
            commands::kpis,
            commands::ssi_list,
            commands::activity_by_year,
        ])
        // Ids are SQLite rowids and counts are far below 2^53: a JS number holds them exactly.
        .dangerously_cast_bigints_to_number()
        // One TypeScript type per Rust type: the UI reads values, it never sends these back.
        .disable_serde_phases()
}

/// Exports the TypeScript bindings of every command and type to `path`.
pub fn export_bindings(path: &std::path::Path) -> Result<(), String> {
    specta_builder::<tauri::Wry>()
        .export(specta_typescript::Typescript::default(), path)
        .map_err(|e| e.to_string())
}

pub fn run() {
    let builder = specta_builder::<tauri::Wry>();
    let state = AppState::open(db_arg(std::env::args().skip(1)));
    let result = tauri::Builder::default()
        .manage(state)
        .invoke_handler(builder.invoke_handler())
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("CoopDesk n'a pas pu démarrer : {e}");
        std::process::exit(1);
    }
}
