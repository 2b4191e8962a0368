//! A person's dossier on one A4 page (the right of access, printed): identity, sessions with
//! results and certificates or postings, and the latest journal entries about them. The
//! JSON export holds everything; the page says how many entries it leaves out.

use std::path::Path;

use serde::Serialize;

use super::dossier::{AgentDossier, Dossier, TraineeDossier};
use crate::audit::journal::{AuditAction, AuditEntry};
use crate::documents::{self, pdf, Written};
use crate::error::Result;
use crate::validate::fr_date;
use crate::{i18n, today, Store};

/// Rows a table shows before it says « … et N autres »: the page stays one page.
const MAX_ROWS: usize = 12;
const MAX_JOURNAL: usize = 14;

#[derive(Serialize)]
struct Table {
    title: String,
    columns: Vec<String>,
    rows: Vec<Vec<String>>,
    /// « … et 3 autres (voir l'export JSON) », or empty.
    more: String,
    empty: String,
}

#[derive(Serialize)]
struct Sheet {
    org: String,
    title: String,
    name: String,
    identity: Vec<(String, String)>,
    tables: Vec<Table>,
    note: String,
    generated: String,
}

fn tr(id: &str) -> String {
    i18n::tr(id, &[])
}

fn table(title: &str, columns: &[&str], rows: Vec<Vec<String>>, max: usize) -> Table {
    let total = rows.len();
    Table {
        title: tr(title),
        columns: columns.iter().map(|c| tr(c)).collect(),
        rows: rows.into_iter().take(max).collect(),
        more: if total > max {
            i18n::tr(
                "dossier-more",
                &i18n::args([("count", (total - max) as i64)]),
            )
        } else {
            String::new()
        },
        empty: tr("dossier-none"),
    }
}

/// The journal, newest first: when, who, what, which fields.
fn journal(entries: &[AuditEntry]) -> Table {
    let rows = entries
        .iter()
        .rev()
        .map(|e| {
            let when = e.at.get(..16).unwrap_or(&e.at).replace('T', " ");
            let action = tr(match e.action {
                AuditAction::Insert => "dossier-action-insert",
                AuditAction::Update => "dossier-action-update",
                AuditAction::Delete => "dossier-action-delete",
            });
            let fields: Vec<&str> = e.changes.iter().take(4).map(|c| c.label.as_str()).collect();
            let mut fields = fields.join(", ");
            if e.changes.len() > 4 {
                fields.push_str(", …");
            }
            vec![
                when,
                e.user.clone(),
                format!("{} — {action}", e.kind_label),
                fields,
            ]
        })
        .collect();
    table(
        "dossier-journal",
        &[
            "dossier-col-when",
            "dossier-col-who",
            "dossier-col-what",
            "dossier-col-fields",
        ],
        rows,
        MAX_JOURNAL,
    )
}

fn snake<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn trainee_sheet(d: &TraineeDossier) -> Sheet {
    let t = &d.trainee.trainee;
    let sessions = d
        .trainee
        .history
        .iter()
        .map(|s| {
            vec![
                s.course_title.clone(),
                format!("{} – {}", fr_date(s.start_date), fr_date(s.end_date)),
                s.place.clone(),
                tr(&format!("enrolment-{}", snake(&s.status))),
                s.result.clone(),
                s.certificate_no.clone().unwrap_or_default(),
            ]
        })
        .collect();
    Sheet {
        org: tr("doc-org-3"),
        title: tr("dossier-title-trainee"),
        name: t.name.clone(),
        identity: vec![
            (tr("dossier-last-name"), t.last_name.clone()),
            (tr("dossier-first-name"), t.first_name.clone()),
            (tr("dossier-state"), t.country_name.clone()),
            (tr("dossier-unit"), t.unit.clone().unwrap_or_default()),
            (tr("dossier-rank"), t.rank.clone()),
            (tr("dossier-languages"), d.trainee.languages.clone()),
        ],
        tables: vec![
            table(
                "dossier-sessions",
                &[
                    "dossier-col-course",
                    "dossier-col-dates",
                    "dossier-col-place",
                    "dossier-col-status",
                    "dossier-col-result",
                    "dossier-col-certificate",
                ],
                sessions,
                MAX_ROWS,
            ),
            journal(&d.journal),
        ],
        note: tr("dossier-note"),
        generated: i18n::tr("doc-generated", &i18n::args([("date", fr_date(today()))])),
    }
}

fn agent_sheet(d: &AgentDossier) -> Sheet {
    let postings = d
        .postings
        .iter()
        .map(|p| {
            vec![
                p.ssi_code.clone(),
                tr(&format!("rep-role-{}", snake(&p.role))),
                p.specialty.clone().unwrap_or_default(),
                fr_date(p.start_date),
                p.end_date.map(fr_date).unwrap_or_default(),
            ]
        })
        .collect();
    Sheet {
        org: tr("doc-org-3"),
        title: tr("dossier-title-agent"),
        name: d.agent.name.clone(),
        identity: vec![
            (
                tr("dossier-force"),
                tr(&format!("rep-force-{}", snake(&d.agent.force))),
            ),
            (tr("dossier-rank"), d.agent.grade.clone()),
        ],
        tables: vec![
            table(
                "dossier-postings",
                &[
                    "dossier-col-ssi",
                    "dossier-col-role",
                    "dossier-col-specialty",
                    "dossier-col-start",
                    "dossier-col-end",
                ],
                postings,
                MAX_ROWS,
            ),
            journal(&d.journal),
        ],
        note: tr("dossier-note"),
        generated: i18n::tr("doc-generated", &i18n::args([("date", fr_date(today()))])),
    }
}

impl Store {
    /// The dossier of `kind` (trainee or agent) `id` on one A4 page, written at `out`.
    pub fn person_pdf(&self, kind: &str, id: i64, out: &Path) -> Result<Written> {
        let sheet = match self.dossier(kind, id)? {
            Dossier::Trainee(d) => trainee_sheet(&d),
            Dossier::Agent(d) => agent_sheet(&d),
        };
        documents::save_pdf(&pdf::compile("dossier.typ", &sheet)?, out, None)
    }
}
