//! `coopdesk-cli import actions|cases|trainees|ssi FILE [--dry-run]`: the report as JSON on
//! stdout; when any row is invalid, nothing is written and the exit code is 1 (the error on
//! stderr, as for every command).

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use coopdesk_core::import::ImportKind;
use coopdesk_core::{i18n, Error, ErrorCode, Result, Store};

#[derive(Debug, Clone, clap::Args)]
pub struct ImportArgs {
    /// Ce que contient le fichier.
    pub kind: KindArg,
    /// Fichier XLSX, ODS ou CSV (séparateur ; , ou tabulation), ligne d'en-tête en tête.
    #[arg(value_name = "FICHIER")]
    pub file: PathBuf,
    /// Vérifie seulement : le rapport, sans rien écrire.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum KindArg {
    /// Actions de coopération technique (rapprochées par référence).
    Actions,
    /// Affaires opérationnelles (rapprochées par référence).
    Cases,
    /// Stagiaires (rapprochés par nom, prénom et État).
    Trainees,
    /// SSI (rapprochés par code).
    Ssi,
}

impl From<KindArg> for ImportKind {
    fn from(k: KindArg) -> Self {
        match k {
            KindArg::Actions => ImportKind::Actions,
            KindArg::Cases => ImportKind::Cases,
            KindArg::Trainees => ImportKind::Trainees,
            KindArg::Ssi => ImportKind::Ssi,
        }
    }
}

/// Imports (or checks) the file; the report's JSON when every row is valid.
pub fn run(store: &mut Store, a: &ImportArgs) -> Result<String> {
    let cancel = AtomicBool::new(false);
    let report = store.import_run(
        a.kind.into(),
        &a.file,
        None,
        !a.dry_run,
        &mut |_| {},
        &cancel,
    )?;
    let json = serde_json::to_string_pretty(&report).map_err(Error::internal)?;
    if report.errors.is_empty() {
        return Ok(json);
    }
    // The report goes to stdout all the same: it says which cells to fix.
    crate::out(&json);
    Err(Error::new(
        ErrorCode::InvalidInput,
        "err-import-invalid",
        i18n::args([("count", report.errors.len())]),
    ))
}
