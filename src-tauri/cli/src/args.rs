//! The command line's grammar.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::filters::ListFilter;

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
    /// Fichier contenant la phrase secrète de la base (sinon la variable COOPDESK_PASSPHRASE).
    #[arg(long, global = true, value_name = "FICHIER")]
    pub passphrase_file: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Crée la base chiffrée (ou met à jour une base existante), éventuellement avec les
    /// données de démonstration.
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
    /// Sessions des stages du GIGN.
    Sessions {
        #[command(subcommand)]
        command: SessionsCommand,
    },
    /// Stagiaires étrangers.
    Trainees {
        #[command(subcommand)]
        command: TraineesCommand,
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
    /// Chiffres derrière les graphiques.
    Stats {
        #[command(subcommand)]
        command: StatsCommand,
    },
    /// Importe un tableur (XLSX, ODS, CSV) : tout ou rien, rapport JSON ligne par ligne.
    Import(crate::import::ImportArgs),
    /// Graphique en SVG, PNG ou PDF (actions-by-country-year, actions-heatmap, actions-by-year,
    /// actions-world-map, operational-by-year, trainees-by-state).
    Chart(ChartArgs),
    /// Exporte une liste filtrée en XLSX, ODS ou CSV (UTF-8), avec ses filtres et la date.
    Export {
        #[command(subcommand)]
        list: crate::export::ExportCommand,
    },
    /// Rapports en PDF : rapport annuel, fiche pays.
    Report {
        #[command(subcommand)]
        command: crate::report::ReportCommand,
    },
    /// Sauvegardes : une copie de la base (--out FICHIER), ou la liste des copies automatiques.
    Backup {
        /// Écrit une copie cohérente de la base dans ce fichier.
        #[arg(long, conflicts_with = "list")]
        out: Option<PathBuf>,
        /// Liste les sauvegardes automatiques (date, taille, nombre d'enregistrements).
        #[arg(long)]
        list: bool,
    },
    /// Journal des modifications, le plus récent d'abord (JSON, ou CSV : une ligne par champ).
    Journal(crate::journal::JournalArgs),
    /// Historique d'un enregistrement : chaque version, champ par champ (JSON).
    History {
        /// Nature de l'enregistrement (technical_action, operational_case, ssi, trainee,
        /// session, programme…).
        kind: String,
        /// Identifiant de l'enregistrement.
        id: i64,
    },
    /// Rétablit un enregistrement tel qu'il était après une entrée du journal (ou le fait
    /// revenir après sa suppression), avec les contrôles du formulaire.
    Revert {
        /// Nature de l'enregistrement (technical_action, operational_case).
        kind: String,
        /// Identifiant de l'enregistrement.
        id: i64,
        /// Numéro de l'entrée du journal (voir `history`).
        #[arg(long = "to", value_name = "ENTREE")]
        entry: i64,
    },
    /// Annule la dernière modification d'un enregistrement (KIND ID) ou tout un lot du
    /// journal (--batch N, un import par exemple), sauf si les données ont changé depuis.
    Undo {
        /// Nature de l'enregistrement (technical_action, session…).
        #[arg(required_unless_present = "batch", requires = "id")]
        kind: Option<String>,
        /// Identifiant de l'enregistrement.
        id: Option<i64>,
        /// Numéro du lot (voir `journal`, champ batch_id).
        #[arg(long, conflicts_with_all = ["kind", "id"])]
        batch: Option<i64>,
    },
    /// Données personnelles d'un stagiaire ou d'un agent : export, effacement, revue.
    Person {
        #[command(subcommand)]
        command: PersonCommand,
    },
    /// Années clôturées : leurs actions, affaires et inscriptions ne changent plus.
    Year {
        #[command(subcommand)]
        command: YearCommand,
    },
    /// Chiffre la base en clair d'une version antérieure de CoopDesk avec la phrase secrète
    /// donnée (au moins 12 caractères) ; la copie en clair est supprimée une fois vérifiée.
    Encrypt,
    /// Restaure une sauvegarde, après l'avoir vérifiée ; la base actuelle est d'abord sauvegardée.
    Restore {
        /// Le fichier de sauvegarde.
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum PersonCommand {
    /// Exporte tout ce que la base détient sur la personne : en JSON (tout le détail), ou
    /// sur une page PDF quand le fichier finit par .pdf.
    Export {
        /// trainee ou agent.
        kind: String,
        id: i64,
        /// Fichier écrit (.json, ou .pdf pour la page imprimable).
        #[arg(long)]
        out: PathBuf,
    },
    /// Efface l'identité d'un stagiaire partout dans la base, journal compris ; ses
    /// inscriptions restent, anonymes. Irréversible : --confirm est exigé.
    Erase {
        /// trainee (seuls les stagiaires s'effacent).
        kind: String,
        id: i64,
        #[arg(long)]
        confirm: bool,
    },
    /// Stagiaires sans activité depuis N années (réglage, 10 par défaut) ; --years le change.
    Review {
        #[arg(long)]
        years: Option<i64>,
    },
}

#[derive(Debug, Subcommand)]
pub enum YearCommand {
    /// Clôture l'année (son rapport annuel est figé tel qu'il est).
    Close { year: i32 },
    /// Rouvre l'année, en disant pourquoi.
    Reopen {
        year: i32,
        /// Motif de la réouverture (obligatoire).
        #[arg(long, default_value = "")]
        reason: String,
    },
    /// Liste les années clôturées au moins une fois (JSON).
    List,
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
    /// Vérifie une attestation (JSON : verdict authentique / falsifié / révoqué, titulaire,
    /// stage, dates, lieu) par son numéro, ou par le code QR d'une image (PNG, JPEG) ou
    /// d'un PDF avec --scan. Avec --key, sans base : la vérification d'une unité étrangère.
    Verify {
        /// Numéro de l'attestation, ex. GIGN-2016-0001 (sans --scan).
        #[arg(required_unless_present = "scan", conflicts_with = "scan")]
        number: Option<String>,
        /// Image (PNG, JPEG) ou PDF de l'attestation : son code QR signé est lu.
        #[arg(long, value_name = "FICHIER")]
        scan: Option<PathBuf>,
        /// Clé publique (fichier PEM exporté des Paramètres, ou ses 64 chiffres
        /// hexadécimaux) : vérifie sans ouvrir de base.
        #[arg(long, value_name = "CLE", requires = "scan")]
        key: Option<String>,
    },
    /// Révoque une attestation (journalisé) : elle sera dite « révoquée » et plus imprimée.
    Revoke {
        /// Numéro de l'attestation.
        number: String,
        /// Motif de la révocation (obligatoire).
        #[arg(long)]
        reason: String,
    },
    /// Liste des attestations révoquées (JSON).
    Revoked,
    /// Clé publique de signature des attestations (JSON : empreinte, hexadécimal, PEM) ;
    /// avec --out, l'écrit en fichier PEM.
    Key {
        #[arg(long, value_name = "FICHIER")]
        out: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum SsiCommand {
    /// Liste des SSI (JSON) : code, pays de résidence, pays couverts, chef de poste.
    List,
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

#[derive(Debug, Subcommand)]
pub enum StatsCommand {
    /// Nombre d'actions de coopération technique regroupées (CSV ou JSON).
    Actions(StatsArgs),
}

/// Filters of the charts and their statistics (codes, as the user knows them).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ChartFilterArgs {
    /// Première année de la période.
    #[arg(long)]
    pub from: Option<i32>,
    /// Dernière année de la période.
    #[arg(long)]
    pub to: Option<i32>,
    /// Code du type d'action (ex. training).
    #[arg(long)]
    pub kind: Option<String>,
    /// Code de la thématique (ex. terrorism).
    #[arg(long)]
    pub domain: Option<String>,
    /// Code du SSI (ex. DAK).
    #[arg(long)]
    pub ssi: Option<String>,
    /// Continent : africa, asia, europe, north_america, south_america, australia.
    #[arg(long)]
    pub continent: Option<String>,
    /// Code du programme.
    #[arg(long)]
    pub programme: Option<String>,
    /// Nom du bailleur (ex. « Union européenne »).
    #[arg(long)]
    pub funder: Option<String>,
    /// Nombre de pays (ou d'États) affichés.
    #[arg(long)]
    pub top: Option<u32>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct StatsArgs {
    /// Regroupement : country, year, kind, domain, séparés par des virgules.
    #[arg(long, default_value = "country,year")]
    pub by: String,
    #[command(flatten)]
    pub filter: ChartFilterArgs,
    /// csv ou json.
    #[arg(long, default_value = "json")]
    pub format: String,
}

#[derive(Debug, Clone, clap::Args)]
pub struct ChartArgs {
    /// Nom du graphique.
    pub name: String,
    #[command(flatten)]
    pub filter: ChartFilterArgs,
    /// Carte de chaleur : lignes triées par total ou groupées par continent (total, continent).
    #[arg(long, default_value = "total")]
    pub sort: String,
    /// Séries annuelles : par type d'action ou par thématique (kind, domain).
    #[arg(long, default_value = "kind")]
    pub split: String,
    /// Carte : entoure les pays couverts par les SSI.
    #[arg(long)]
    pub outline_covered: bool,
    /// Carte : marque les pays de résidence des SSI.
    #[arg(long)]
    pub outline_residences: bool,
    /// svg, png ou pdf (page A4 paysage datée, avec la source).
    #[arg(long, default_value = "svg")]
    pub format: String,
    /// Largeur du PNG en pixels.
    #[arg(long, default_value_t = 2400)]
    pub width: u32,
    /// Hauteur du PNG en pixels.
    #[arg(long, default_value_t = 1520)]
    pub height: u32,
    /// Fichier à écrire (remplacé s'il existe).
    #[arg(long, value_name = "FICHIER")]
    pub out: std::path::PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum SessionsCommand {
    /// Sessions (JSON), d'une année ou de toutes.
    List {
        #[arg(long)]
        year: Option<i32>,
    },
}

#[derive(Debug, Subcommand)]
pub enum TraineesCommand {
    /// Stagiaires (JSON), d'une session ou d'un État.
    List {
        /// Identifiant de la session.
        #[arg(long)]
        session: Option<i64>,
        /// État, code ISO alpha-2.
        #[arg(long)]
        state: Option<String>,
    },
}
