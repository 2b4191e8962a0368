//! The command line's grammar.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "coopdesk-cli",
    version,
    about = "CoopDesk sans fenêtre : mêmes règles, mêmes données."
)]
pub struct Cli {
    /// Fichier de la base (sinon COOPDESK_DB, sinon le dossier de données de l'utilisateur).
    #[arg(long, global = true, value_name = "FICHIER")]
    pub db: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Crée ou met à jour la base, éventuellement avec les données de démonstration.
    Init {
        /// Remplit la base avec les données de démonstration (2007–2025).
        #[arg(long)]
        demo: bool,
        /// Remplace les données d'une base non vide.
        #[arg(long, requires = "demo")]
        force: bool,
    },
    /// Chiffres clés d'une année (JSON).
    Kpis {
        #[arg(long)]
        year: i32,
    },
    /// Actions de coopération technique.
    Actions {
        #[command(subcommand)]
        command: ActionsCommand,
    },
    /// Affaires de coopération opérationnelle.
    Cases {
        #[command(subcommand)]
        command: CasesCommand,
    },
    /// Réseau des services de sécurité intérieure.
    Ssi {
        #[command(subcommand)]
        command: SsiCommand,
    },
    /// Documents d'une session, en PDF.
    Document {
        #[command(subcommand)]
        command: DocumentCommand,
    },
    /// Attestations de stage.
    Certificate {
        #[command(subcommand)]
        command: CertificateCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum DocumentCommand {
    /// Feuille d'émargement de la session (PDF A4 paysage).
    Attendance {
        /// Identifiant de la session.
        #[arg(long)]
        session: i64,
        /// Fichier PDF à écrire (remplacé s'il existe).
        #[arg(long, value_name = "FICHIER")]
        out: PathBuf,
    },
    /// Attestations de stage des stagiaires reçus (numéros attribués au besoin, puis PDF).
    Certificates {
        /// Identifiant de la session.
        #[arg(long)]
        session: i64,
        /// Fichier PDF à écrire (remplacé s'il existe).
        #[arg(long, value_name = "FICHIER")]
        out: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum CertificateCommand {
    /// Vérifie un numéro d'attestation (JSON : titulaire, stage, dates, lieu).
    Verify {
        /// Numéro de l'attestation, ex. GIGN-2016-0001.
        number: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum SsiCommand {
    /// Liste des SSI (JSON) : code, pays de résidence, pays couverts, chef de poste.
    List,
}

/// Filters shared by the lists (values as the user knows them: codes, not ids).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ListFilter {
    /// Année (date de début de l'action, date de l'affaire).
    #[arg(long)]
    pub year: Option<i32>,
    /// Pays, code ISO alpha-2.
    #[arg(long)]
    pub country: Option<String>,
    /// Code du SSI (ex. DAK).
    #[arg(long)]
    pub ssi: Option<String>,
    /// Code du type d'action ou d'affaire (ex. training, location).
    #[arg(long)]
    pub kind: Option<String>,
    /// Code de la thématique (ex. terrorism).
    #[arg(long)]
    pub domain: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ActionsCommand {
    /// Liste des actions filtrées (JSON).
    List(ListFilter),
}

#[derive(Debug, Subcommand)]
pub enum CasesCommand {
    /// Liste des affaires filtrées (JSON).
    List {
        #[command(flatten)]
        filter: ListFilter,
        /// Canal : none, interpol, europol, schengen.
        #[arg(long)]
        channel: Option<String>,
    },
}
