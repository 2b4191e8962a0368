//! What « À propos » says: which CoopDesk this is, under which licence, the schema of the
//! open database, and where the data and the technical log are.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::Result;
use crate::Store;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct About {
    pub version: String,
    /// The SPDX name of the licence (EUPL-1.2).
    pub licence: String,
    pub schema_version: i64,
    /// The schema this version of CoopDesk writes.
    pub latest_schema: i64,
    /// The folder of the database file.
    pub data_dir: PathBuf,
    /// The folder of the technical log, when the window writes one.
    pub log_dir: Option<PathBuf>,
}

impl Store {
    /// « À propos » for a program whose log goes to `log_dir`.
    pub fn about(&self, log_dir: Option<PathBuf>) -> Result<About> {
        let db = self.database_info()?;
        Ok(About {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            licence: env!("CARGO_PKG_LICENSE").to_owned(),
            schema_version: db.schema_version,
            latest_schema: db.latest_version,
            data_dir: db.path.parent().map(Path::to_owned).unwrap_or_default(),
            log_dir,
        })
    }
}
