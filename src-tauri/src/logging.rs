//! The application's log: one file a day in `<data folder>/coopdesk/logs/` (or
//! `COOPDESK_LOG_DIR`), the last 14 kept. It records start-up, the commands that failed
//! and the failures of the program or of the files (logged by the core where they arise).
//! Commands are traced without their arguments: a log never holds what the user typed,
//! so no person's name and no passphrase reaches it.

use std::path::{Path, PathBuf};

use tracing_appender::non_blocking::WorkerGuard;
use tracing_appender::rolling::{Builder, Rotation};
use tracing_subscriber::filter::LevelFilter;

/// How many daily files are kept.
const KEPT_FILES: usize = 14;

/// The log folder: `COOPDESK_LOG_DIR`, else `logs/` beside the default database.
pub fn log_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("COOPDESK_LOG_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    let db = coopdesk_core::store::default_path().ok()?;
    Some(db.parent()?.join("logs"))
}

/// Starts writing the log to `dir`. The returned guard flushes it when dropped: keep it
/// for the life of the application. `None` when the folder cannot be written (the
/// application then runs without a log rather than not at all).
pub fn init(dir: &Path) -> Option<WorkerGuard> {
    std::fs::create_dir_all(dir).ok()?;
    let appender = Builder::new()
        .rotation(Rotation::DAILY)
        .filename_prefix("coopdesk")
        .filename_suffix("log")
        .max_log_files(KEPT_FILES)
        .build(dir)
        .ok()?;
    let (writer, guard) = tracing_appender::non_blocking(appender);
    let level = match std::env::var("COOPDESK_LOG").as_deref() {
        Ok("debug") => LevelFilter::DEBUG,
        Ok("warn") => LevelFilter::WARN,
        _ => LevelFilter::INFO,
    };
    tracing_subscriber::fmt()
        .with_writer(writer)
        .with_ansi(false)
        .with_max_level(level)
        .try_init()
        .ok()?;
    Some(guard)
}
