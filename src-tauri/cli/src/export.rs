//! `export <list>`: a filtered list written to XLSX, ODS or CSV by the core, with the same
//! filters as the list commands (codes, as the user knows them).

use std::path::PathBuf;

use clap::Subcommand;
use coopdesk_core::cooperation::technical::ActionSort;
use coopdesk_core::export::{ExportFormat, ExportList, Exported};
use coopdesk_core::{Result, Store};

use crate::filters::ListFilter;

/// Where and how to write.
#[derive(Debug, Clone, clap::Args)]
pub struct Output {
    /// xlsx, ods ou csv.
    #[arg(long, default_value = "xlsx")]
    pub format: String,
    /// Séparateur du CSV : « ; » (Excel en français, virgule décimale) ou « , ».
    #[arg(long, default_value = ";")]
    pub separator: String,
    /// Fichier à écrire (remplacé s'il existe).
    #[arg(long, value_name = "FICHIER")]
    pub out: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Actions de coopération technique filtrées.
    Actions {
        #[command(flatten)]
        filter: ListFilter,
        #[command(flatten)]
        output: Output,
    },
    /// Affaires de coopération opérationnelle filtrées.
    Cases {
        #[command(flatten)]
        filter: ListFilter,
        /// Canal : none, interpol, europol, schengen.
        #[arg(long)]
        channel: Option<String>,
        #[command(flatten)]
        output: Output,
    },
    /// Stagiaires, d'un État ou d'une session.
    Trainees {
        /// État, code ISO alpha-2.
        #[arg(long)]
        state: Option<String>,
        /// Identifiant de la session.
        #[arg(long)]
        session: Option<i64>,
        /// Mots du nom.
        #[arg(long, default_value = "")]
        search: String,
        #[command(flatten)]
        output: Output,
    },
    /// Registre des SSI.
    Ssi {
        /// Code, ville ou pays (accents et casse ignorés).
        #[arg(long, default_value = "")]
        search: String,
        #[command(flatten)]
        output: Output,
    },
    /// Sessions des stages, d'une année ou de toutes.
    Sessions {
        #[arg(long)]
        year: Option<i32>,
        #[command(flatten)]
        output: Output,
    },
    /// Demandes de formation et d'expertise, d'une année ou de toutes.
    Requests {
        #[arg(long)]
        year: Option<i32>,
        #[command(flatten)]
        output: Output,
    },
    /// Unités partenaires étrangères.
    Units {
        #[command(flatten)]
        output: Output,
    },
    /// Catalogue des stages (les stages archivés avec --archived).
    Courses {
        #[arg(long)]
        archived: bool,
        #[command(flatten)]
        output: Output,
    },
    /// Échanges avec les unités partenaires, d'une année ou de tous.
    Exchanges {
        #[arg(long)]
        year: Option<i32>,
        #[command(flatten)]
        output: Output,
    },
}

/// The core's list for the command line's arguments, and where to write it.
fn list(store: &Store, command: ExportCommand) -> Result<(ExportList, Output)> {
    Ok(match command {
        ExportCommand::Actions { filter, output } => {
            let filter = filter.actions(store)?;
            let sort = ActionSort::default();
            (ExportList::Actions { filter, sort }, output)
        }
        ExportCommand::Cases {
            filter,
            channel: c,
            output,
        } => {
            let filter = filter.cases(store, c.as_deref())?;
            (ExportList::Cases { filter }, output)
        }
        ExportCommand::Trainees {
            state,
            session,
            search,
            output,
        } => (
            ExportList::Trainees {
                text: search,
                state,
                session_id: session,
            },
            output,
        ),
        ExportCommand::Ssi { search, output } => (
            ExportList::Ssi {
                text: search,
                sort: None,
            },
            output,
        ),
        ExportCommand::Sessions { year, output } => (ExportList::Sessions { year }, output),
        ExportCommand::Requests { year, output } => (ExportList::Requests { year }, output),
        ExportCommand::Units { output } => (ExportList::Units, output),
        ExportCommand::Courses { archived, output } => (ExportList::Courses { archived }, output),
        ExportCommand::Exchanges { year, output } => (ExportList::Exchanges { year }, output),
    })
}

pub fn export(store: &Store, command: ExportCommand) -> Result<Exported> {
    let (list, output) = list(store, command)?;
    let format = ExportFormat::parse(&output.format, &output.separator)?;
    store.export_list(&list, format, &output.out)
}
