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
    /// Réseau des services de sécurité intérieure.
    Ssi {
        #[command(subcommand)]
        command: SsiCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum SsiCommand {
    /// Liste des SSI (JSON) : code, pays de résidence, pays couverts, chef de poste.
    List,
}
