//! The database the window works on, or the French error that kept it from opening
//! (a newer or damaged file): every command then answers with that error.

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::Mutex;

use coopdesk_core::store::backup::Occasion;
use coopdesk_core::{Error, Result, Store};

pub struct AppState {
    store: Result<Mutex<Store>>,
    /// Set by the cancel command while an import holds the store's lock.
    import_cancel: AtomicBool,
}

impl AppState {
    /// Opens the database at `path` (default location when `None`); a new file gets the
    /// demo data, an existing empty one is left empty (the user chose to start empty).
    pub fn open(path: Option<PathBuf>) -> Self {
        let store = coopdesk_core::store::resolve_path(path).and_then(|path| {
            let existed = path.exists();
            let mut store = Store::open(&path)?;
            if !existed {
                store.load_demo(false)?;
            } else if let Err(e) = store.backup_auto(Occasion::Start, coopdesk_core::now()) {
                // The window still opens; the failure is in the log and the next start retries.
                tracing::error!(code = ?e.code, "the start backup failed");
            }
            Ok(Mutex::new(store))
        });
        match &store {
            Ok(_) => tracing::info!("database open"),
            Err(e) => tracing::error!(code = ?e.code, "the database could not be opened"),
        }
        Self {
            store,
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
        self.run(f).inspect_err(|e| {
            tracing::info!(code = ?e.code, field = e.field.as_deref(), "command refused");
        })
    }

    fn run<T>(&self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        let mutex = self.store.as_ref().map_err(Clone::clone)?;
        let mut store = mutex
            .lock()
            .map_err(|_| Error::internal("store lock poisoned"))?;
        f(&mut store)
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
        let _ = state.with(|s| s.backup_auto(Occasion::Daily, coopdesk_core::now()));
    });
}
