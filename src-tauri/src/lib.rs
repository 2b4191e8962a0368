//! The CoopDesk desktop shell: a window, its state and thin commands over `coopdesk-core`.

mod commands;
pub mod instance;
pub mod logging;
mod state;

use tauri_specta::{collect_commands, Builder};

pub use state::{db_arg, AppState};

/// Every command the UI may call; also the source of the generated TypeScript bindings.
pub fn specta_builder<R: tauri::Runtime>() -> Builder<R> {
    Builder::<R>::new()
        .commands(collect_commands![
            commands::gate::gate_status,
            commands::gate::gate_create,
            commands::gate::gate_unlock,
            commands::gate::gate_convert,
            commands::gate::gate_restore_latest,
            commands::gate::gate_choose,
            commands::year_list,
            commands::kpis,
            commands::ssi_list,
            commands::activity_by_year,
            commands::network::countries,
            commands::network::ssi_detail,
            commands::network::ssi_update,
            commands::network::ssi_add_coverage,
            commands::network::ssi_remove_coverage,
            commands::network::agents,
            commands::network::agent_postings,
            commands::network::agent_create,
            commands::network::posting_create,
            commands::network::posting_end,
            commands::network::posting_delete,
            commands::cooperation::actions,
            commands::cooperation::action,
            commands::cooperation::action_next_reference,
            commands::cooperation::action_create,
            commands::cooperation::action_update,
            commands::cooperation::action_duplicate,
            commands::cooperation::actions_delete,
            commands::cooperation::cases,
            commands::cooperation::case,
            commands::cooperation::case_create,
            commands::cooperation::case_update,
            commands::cooperation::cases_delete,
            commands::cooperation::programmes,
            commands::cooperation::programme_year_budget,
            commands::cooperation::funders,
            commands::cooperation::references,
            commands::cooperation::reference_create,
            commands::cooperation::reference_rename,
            commands::cooperation::reference_delete,
            commands::gign::courses,
            commands::gign::course_create,
            commands::gign::course_update,
            commands::gign::course_archive,
            commands::gign::instructors,
            commands::gign::sessions,
            commands::gign::session,
            commands::gign::session_conflicts,
            commands::gign::planning_start,
            commands::gign::session_create,
            commands::gign::session_update,
            commands::gign::session_delete,
            commands::gign::enrolments,
            commands::gign::enrol,
            commands::gign::enrolment_status,
            commands::gign::enrolment_result,
            commands::gign::attendance,
            commands::gign::trainees,
            commands::gign::trainee,
            commands::gign::trainee_duplicates,
            commands::gign::trainee_create,
            commands::gign::trainee_update,
            commands::gign::requests,
            commands::gign::request_create,
            commands::gign::request_status,
            commands::gign::units,
            commands::gign::unit,
            commands::gign::networks,
            commands::gign::exchanges,
            commands::gign::gign_by_year,
            commands::gign::unit_create,
            commands::gign::unit_input,
            commands::gign::unit_update,
            commands::gign::exchange_input,
            commands::gign::exchange_update,
            commands::gign::exchange_create,
            commands::gign::exchange_delete,
            commands::documents::document_preview,
            commands::documents::document_save,
            commands::certificates::certificate_check,
            commands::certificates::certificate_scan,
            commands::certificates::certificate_revoke,
            commands::certificates::certificate_public_key,
            commands::certificates::certificate_key_export,
            commands::charts::chart_svg,
            commands::charts::chart_export,
            commands::import::import_detect,
            commands::import::import_dry_run,
            commands::import::import_commit,
            commands::import::import_cancel,
            commands::export::export_list,
            commands::settings::database_info,
            commands::settings::about,
            commands::settings::backups,
            commands::settings::backup_now,
            commands::settings::backup_save,
            commands::settings::backup_check,
            commands::settings::backup_restore,
            commands::settings::passphrase_change,
            commands::audit::journal,
            commands::audit::history,
            commands::audit::journal_users,
            commands::audit::revert,
            commands::audit::undo,
            commands::audit::undo_batch,
            commands::audit::years_closed,
            commands::audit::year_close,
            commands::audit::year_reopen,
            commands::privacy::person_export,
            commands::privacy::trainee_erase,
            commands::privacy::review_list,
            commands::privacy::review_years,
            commands::privacy::set_review_years,
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
    let _log = logging::log_dir().and_then(|dir| logging::init(&dir));
    tracing::info!(version = env!("CARGO_PKG_VERSION"), "CoopDesk starts");
    let builder = specta_builder::<tauri::Wry>();
    let db = coopdesk_core::store::resolve_path(db_arg(std::env::args().skip(1)));
    let result = tauri::Builder::default()
        // First: a second launch on the same database stops here, before any other setup.
        .plugin(instance::plugin(db.as_deref().ok()))
        .plugin(tauri_plugin_dialog::init())
        .manage(AppState::open(db.ok()))
        .setup(|app| {
            state::daily_backups(app.handle().clone());
            Ok(())
        })
        .invoke_handler(builder.invoke_handler())
        .run(tauri::generate_context!());
    if let Err(e) = result {
        tracing::error!(error = %e, "the window could not start");
        eprintln!("CoopDesk n'a pas pu démarrer : {e}");
        std::process::exit(1);
    }
}
