//! The database the window works on, behind its gate: locked until the passphrase is
//! given (or the file created), then open. Every data command asks the gate for the store
//! and answers `DB_LOCKED` before that.

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::Mutex;

use coopdesk_core::store::backup::Occasion;
use coopdesk_core::store::gate::Gate;
use coopdesk_core::{Error, Result, Store};

pub struct AppState {
    gate: Result<Mutex<Gate>>,
    /// Set by the cancel command while an import holds the store's lock.
    import_cancel: AtomicBool,
}

impl AppState {
    /// The gate of the database at `path` (default location when `None`); nothing is
    /// opened before the user gives the passphrase.
    pub fn open(path: Option<PathBuf>) -> Self {
        let gate = coopdesk_core::store::resolve_path(path).map(|p| Mutex::new(Gate::new(p)));
        if let Err(e) = &gate {
            tracing::error!(code = ?e.code, "no database location");
        }
        Self {
            gate,
            import_cancel: AtomicBool::new(false),
        }
    }

    /// The flag a running import polls to stop.
    pub fn import_cancel(&self) -> &AtomicBool {
        &self.import_cancel
    }

    /// Runs `f` on the open store. A refusal is logged by its code and field only: the
    /// message may quote what the user typed.
    pub fn with<T>(&self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        self.gate(|gate| f(gate.store()?))
    }

    /// Runs `f` on the gate itself (create, unlock, convert, restore at start).
    pub fn gate<T>(&self, f: impl FnOnce(&mut Gate) -> Result<T>) -> Result<T> {
        self.run(f).inspect_err(|e| {
            tracing::info!(code = ?e.code, field = e.field.as_deref(), "command refused");
        })
    }

    fn run<T>(&self, f: impl FnOnce(&mut Gate) -> Result<T>) -> Result<T> {
        let mutex = self.gate.as_ref().map_err(Clone::clone)?;
        let mut gate = mutex
            .lock()
            .map_err(|_| Error::internal("store lock poisoned"))?;
        f(&mut gate)
    }
}

/// The `--db FILE` (or `--db=FILE`) argument of the command line, if any.
pub fn db_arg(args: impl IntoIterator<Item = String>) -> Option<PathBuf> {
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        if arg == "--db" {
            return args.next().map(PathBuf::from);
        }
        if let Some(path) = arg.strip_prefix("--db=") {
            return Some(PathBuf::from(path));
        }
    }
    None
}

/// Once a day of use, a copy of the database (checked every hour while the window is open).
pub fn daily_backups<R: tauri::Runtime>(app: tauri::AppHandle<R>) {
    use tauri::Manager;
    std::thread::spawn(move || loop {
        std::thread::sleep(std::time::Duration::from_secs(3600));
        let state = app.state::<AppState>();
        // Nothing to copy while the database is still locked.
        let _ = state.with(|s| s.backup_auto(Occasion::Daily, coopdesk_core::now()));
    });
}
