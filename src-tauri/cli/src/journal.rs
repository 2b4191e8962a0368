//! `journal`: the audit trail from a terminal, filtered and paged as in the window.

use chrono::NaiveDate;
use coopdesk_core::audit::journal::{to_csv, AuditAction, JournalFilter};
use coopdesk_core::{i18n, Error, Result, Store};

#[derive(Debug, Clone, clap::Args)]
pub struct JournalArgs {
    /// Premier jour (AAAA-MM-JJ, date UTC des entrées).
    #[arg(long)]
    pub from: Option<NaiveDate>,
    /// Dernier jour (inclus).
    #[arg(long)]
    pub to: Option<NaiveDate>,
    /// Nature de l'enregistrement (technical_action, trainee…).
    #[arg(long)]
    pub kind: Option<String>,
    /// Utilisateur.
    #[arg(long)]
    pub user: Option<String>,
    /// insert, update ou delete.
    #[arg(long)]
    pub action: Option<String>,
    /// Mots cherchés dans les valeurs avant ou après.
    #[arg(long)]
    pub text: Option<String>,
    /// json ou csv.
    #[arg(long, default_value = "json")]
    pub format: String,
    #[arg(long, default_value_t = 0)]
    pub offset: i64,
    /// Entrées par page (1 000 au plus).
    #[arg(long, default_value_t = 100)]
    pub limit: i64,
}

pub fn run(store: &Store, a: &JournalArgs) -> Result<String> {
    let filter = JournalFilter {
        from: a.from,
        to: a.to,
        user: a.user.clone(),
        kind: a.kind.clone(),
        action: a
            .action
            .as_deref()
            .map(str::parse::<AuditAction>)
            .transpose()?,
        text: a.text.clone(),
        batch_id: None,
    };
    let page = store.journal(&filter, a.offset, a.limit)?;
    match a.format.as_str() {
        "json" => crate::to_json(&page),
        "csv" => Ok(to_csv(&page.entries)?.trim_end().to_owned()),
        other => Err(Error::invalid(
            "format",
            "err-chart-format",
            i18n::args([("value", other), ("formats", "json, csv")]),
        )),
    }
}
