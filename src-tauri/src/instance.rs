//! One window per database: a second launch on the same file hands its arguments to the
//! window already open (which comes to the front) and exits. The instance is named on the
//! session bus after the database file, so two different files can be open side by side.
//! Without a session bus the plugin lets every launch run; SQLite's lock still keeps two
//! writers from mixing (`DB_BUSY`).

use std::path::Path;

use tauri::{Manager, Runtime};

/// The plugin for the database at `db`.
pub fn plugin<R: Runtime>(db: Option<&Path>) -> tauri::plugin::TauriPlugin<R> {
    let mut builder = tauri_plugin_single_instance::Builder::new().callback(|app, _args, _cwd| {
        tracing::info!("second launch on the same database: window brought to the front");
        if let Some(window) = app.get_webview_window("main") {
            let _ = window.unminimize();
            let _ = window.show();
            let _ = window.set_focus();
        }
    });
    if let Some(db) = db {
        builder = builder.dbus_id(bus_name(db));
    }
    builder.build()
}

/// `fr.gendarmerie.coopdesk.db<hash>`: a D-Bus name element may hold letters, digits and `_`
/// only, so the file's absolute path is hashed (FNV-1a, stable across builds).
pub fn bus_name(db: &Path) -> String {
    let absolute = std::path::absolute(db).unwrap_or_else(|_| db.to_owned());
    let canonical = absolute
        .parent()
        .and_then(|p| p.canonicalize().ok())
        .zip(absolute.file_name())
        .map(|(dir, name)| dir.join(name))
        .unwrap_or(absolute);
    let hash = canonical
        .as_os_str()
        .as_encoded_bytes()
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("fr.gendarmerie.coopdesk.db{hash:016x}")
}
