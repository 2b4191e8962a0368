//! The lists that can be exported, each with the filters its screen sends to its own
//! list command.

use serde::{Deserialize, Serialize};

use crate::cooperation::operational::CaseFilter;
use crate::cooperation::technical::{ActionFilter, ActionSort};
use crate::network::ssi::SsiSort;

/// A list and its filters, as the screen sends them to its own list command.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "list", rename_all = "snake_case")]
pub enum ExportList {
    /// Technical actions, in the screen's sort order.
    Actions {
        filter: ActionFilter,
        sort: ActionSort,
    },
    Cases {
        filter: CaseFilter,
    },
    /// Trainees whose name contains the words of `text`, from `state`, or enrolled in
    /// `session_id`.
    Trainees {
        text: String,
        state: Option<String>,
        session_id: Option<i64>,
    },
    /// The SSI registry, with the screen's search (code, city or country, accents and case
    /// ignored) and sort.
    Ssi {
        text: String,
        sort: Option<SsiSort>,
    },
    Sessions {
        year: Option<i32>,
    },
    Requests {
        year: Option<i32>,
    },
    Units,
    /// The course catalogue; archived courses only when the screen shows them.
    Courses {
        archived: bool,
    },
    Exchanges {
        year: Option<i32>,
    },
}

impl ExportList {
    /// The list's name in file names and on the command line.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Actions { .. } => "actions",
            Self::Cases { .. } => "cases",
            Self::Trainees { .. } => "trainees",
            Self::Ssi { .. } => "ssi",
            Self::Sessions { .. } => "sessions",
            Self::Requests { .. } => "requests",
            Self::Units => "units",
            Self::Courses { .. } => "courses",
            Self::Exchanges { .. } => "exchanges",
        }
    }
}
