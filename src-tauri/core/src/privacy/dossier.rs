//! What is held about one person, as one JSON document (the right of access).

use std::path::Path;

use serde::Serialize;

use crate::audit::journal::AuditEntry;
use crate::error::{Error, Result};
use crate::gign::trainee_record::TraineeDetail;
use crate::network::staff::{AgentRow, PostingRow};
use crate::Store;

/// A trainee's dossier: identity, sessions with results and certificates, journal.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct TraineeDossier {
    /// When it was exported (local time, ISO 8601).
    pub exported_at: String,
    pub trainee: TraineeDetail,
    /// Every journal entry about the trainee or their enrolments, the oldest first.
    pub journal: Vec<AuditEntry>,
}

/// An agent's dossier: identity, postings, journal.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct AgentDossier {
    pub exported_at: String,
    pub agent: AgentRow,
    pub postings: Vec<PostingRow>,
    pub journal: Vec<AuditEntry>,
}

/// A person's dossier, whichever kind: what the JSON and the printed page both hold.
pub(crate) enum Dossier {
    Trainee(TraineeDossier),
    Agent(AgentDossier),
}

fn exported_at() -> String {
    crate::now().format("%Y-%m-%dT%H:%M:%S").to_string()
}

impl Store {
    pub fn trainee_dossier(&self, id: i64) -> Result<TraineeDossier> {
        Ok(TraineeDossier {
            exported_at: exported_at(),
            trainee: self.trainee(id)?,
            journal: self.history("trainee", id)?,
        })
    }

    pub fn agent_dossier(&self, id: i64) -> Result<AgentDossier> {
        let agent = self
            .agents("")?
            .into_iter()
            .find(|a| a.id == id)
            .ok_or_else(|| Error::not_found("what-agent", id))?;
        Ok(AgentDossier {
            exported_at: exported_at(),
            agent,
            postings: self.agent_postings(id)?,
            journal: self.history("agent", id)?,
        })
    }

    /// The dossier of `kind` (trainee or agent) `id`; any other kind is refused on `kind`.
    pub(crate) fn dossier(&self, kind: &str, id: i64) -> Result<Dossier> {
        match kind {
            "trainee" => Ok(Dossier::Trainee(self.trainee_dossier(id)?)),
            "agent" => Ok(Dossier::Agent(self.agent_dossier(id)?)),
            other => Err(Error::invalid(
                "kind",
                "err-person-kind",
                crate::i18n::args([("value", other)]),
            )),
        }
    }

    /// Writes the dossier of `kind` (trainee or agent) `id` at `out`: on one printed page
    /// when `out` ends in `.pdf`, else as indented JSON (everything, in detail).
    pub fn person_export(&self, kind: &str, id: i64, out: &Path) -> Result<()> {
        let pdf = out
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
        if pdf {
            return self.person_pdf(kind, id, out).map(|_| ());
        }
        let json = match self.dossier(kind, id)? {
            Dossier::Trainee(d) => serde_json::to_vec_pretty(&d),
            Dossier::Agent(d) => serde_json::to_vec_pretty(&d),
        }
        .map_err(Error::internal)?;
        crate::documents::save(out, &json)
    }
}
