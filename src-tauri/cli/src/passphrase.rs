//! The passphrase of the database for the command line: from `--passphrase-file FILE`, else
//! from `COOPDESK_PASSPHRASE`. Missing: `PASSPHRASE_MISSING`, before anything is opened.

use std::path::Path;

use coopdesk_core::store::key::Passphrase;
use coopdesk_core::{i18n, Error, ErrorCode, Result};
use zeroize::Zeroizing;

pub fn read(file: Option<&Path>) -> Result<Passphrase> {
    if let Some(file) = file {
        let text = Zeroizing::new(std::fs::read_to_string(file).map_err(|e| {
            Error::new(
                ErrorCode::BadFile,
                "err-passphrase-file",
                i18n::args([("detail", format!("{}: {e}", file.display()))]),
            )
            .with_field("passphrase-file")
        })?);
        // The file's final line break (an editor adds one) is not part of the passphrase.
        let text = text.strip_suffix('\n').unwrap_or(&text);
        return Ok(Passphrase::unlock(
            text.strip_suffix('\r').unwrap_or(text).to_owned(),
        ));
    }
    match std::env::var("COOPDESK_PASSPHRASE") {
        Ok(text) if !text.is_empty() => Ok(Passphrase::unlock(text)),
        _ => Err(Error::new(
            ErrorCode::PassphraseMissing,
            "err-passphrase-missing",
            Vec::new(),
        )
        .with_field("passphrase")),
    }
}
