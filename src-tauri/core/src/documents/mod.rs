//! Session documents printed as PDF: the attendance sheet and the course certificates,
//! laid out by Typst templates compiled in, with embedded fonts (see [`pdf`]).
//!
//! Every function takes a plain connection and reads; certificate numbers are issued by
//! `gign::certificate` before the certificates are laid out.

mod api;
mod attendance;
mod certificate;
mod chart;
pub mod pdf;
pub(crate) mod session;

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};
use crate::i18n;

pub(crate) use api::save_pdf;
pub use api::{DocumentRequest, Preview, Written};
pub use attendance::{
    attendance_layout, attendance_sheet, attendance_sheet_on, session_days, MAX_DAYS_PER_PAGE,
    ON_SHEET,
};
pub use certificate::{certificates, certificates_layout};
pub use chart::chart_layout;

/// Writes `bytes` to `path` atomically: into a temporary file beside it, flushed, then
/// renamed over `path`. A failure leaves no partial file (and an older `path` untouched).
pub fn save(path: &Path, bytes: &[u8]) -> Result<()> {
    let fail = |e: std::io::Error| {
        // The file's name is the user's and may name a person: only the failure is logged.
        tracing::error!(error = %e, "writing a file failed");
        Error::invalid(
            "out",
            "err-write-file",
            i18n::args([
                ("path", path.display().to_string()),
                ("detail", e.to_string()),
            ]),
        )
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let written = std::fs::File::create(&tmp).and_then(|mut f| {
        f.write_all(bytes)?;
        f.sync_all()
    });
    let result = written.and_then(|()| std::fs::rename(&tmp, path));
    if let Err(e) = result {
        // Best effort: the temporary file may not even exist.
        let _ = std::fs::remove_file(&tmp);
        return Err(fail(e));
    }
    Ok(())
}
