//! `report annual` and `report country`: the printed reports written as PDF files.

use std::path::PathBuf;

use clap::Subcommand;
use coopdesk_core::documents::Written;
use coopdesk_core::{Result, Store};

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Rapport annuel d'une année (PDF A4) : chiffres clés, réseau, coopération technique et
    /// opérationnelle, stages du GIGN, échanges, comparaison avec l'année précédente.
    Annual {
        /// Année du rapport.
        #[arg(long)]
        year: i32,
        /// Fichier PDF à écrire (remplacé s'il existe).
        #[arg(long, value_name = "FICHIER")]
        out: PathBuf,
    },
    /// Fiche pays (PDF A4) : SSI et personnel, actions, résultats opérationnels,
    /// stagiaires et unités, échanges, demandes.
    Country {
        /// Pays, code ISO alpha-2 (ex. SN).
        #[arg(long)]
        country: String,
        /// Première année de la période (par défaut la première année avec des données).
        #[arg(long)]
        from: Option<i32>,
        /// Dernière année de la période (par défaut la dernière année avec des données).
        #[arg(long)]
        to: Option<i32>,
        /// Fichier PDF à écrire (remplacé s'il existe).
        #[arg(long, value_name = "FICHIER")]
        out: PathBuf,
    },
}

pub fn run(store: &mut Store, command: &ReportCommand) -> Result<Written> {
    match command {
        ReportCommand::Annual { year, out } => store.report_annual_pdf(*year, out),
        ReportCommand::Country {
            country,
            from,
            to,
            out,
        } => store.report_country_pdf(country, *from, *to, out),
    }
}
