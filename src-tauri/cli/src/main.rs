//! `coopdesk-cli`: the CoopDesk core without a window, for scripts and checks.
//! Results go to stdout as JSON; errors to stderr as `{code, message, field}` with exit code 1.

mod args;
mod charts;
mod export;
mod filters;
mod import;
mod journal;
mod lists;
mod passphrase;
mod report;

use std::path::Path;
use std::process::ExitCode;

use clap::Parser;
use coopdesk_core::store::gate::{probe, FileState};
use coopdesk_core::{i18n, Error, ErrorCode, Result, Store};
use serde::Serialize;

use args::StatsCommand;
use args::{
    ActionsCommand, CasesCommand, CertificateCommand, Cli, Command, DocumentCommand, PersonCommand,
    SessionsCommand, SsiCommand, TraineesCommand, YearCommand,
};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            // --help and --version are not errors.
            print!("{e}");
            return ExitCode::SUCCESS;
        }
        Err(e) => return fail(&usage_error(&e.to_string())),
    };
    match run(cli) {
        Ok(json) => {
            out(&json);
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}

/// Prints a result on stdout. A reader that went away (`| head`) is not an error of ours.
pub(crate) fn out(json: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout().lock(), "{json}");
}

fn run(cli: Cli) -> Result<String> {
    // A foreign unit checks a certificate with the public key alone: no database, no passphrase.
    if let Command::Certificate {
        command:
            CertificateCommand::Verify {
                scan: Some(scan),
                key: Some(key),
                ..
            },
    } = &cli.command
    {
        let text = match std::fs::read_to_string(key) {
            Ok(pem) => pem,
            Err(_) => key.clone(),
        };
        return to_json(&coopdesk_core::certificates::scan_with_key(scan, &text)?);
    }
    let path = coopdesk_core::store::resolve_path(cli.db)?;
    let key = passphrase::read(cli.passphrase_file.as_deref())?;
    let existing = |path: &Path| Store::open_existing(path, &key);
    match cli.command {
        Command::Init { demo, force } => {
            let mut store = match probe(&path) {
                FileState::Missing => Store::create(&path, &key.clone().strong("passphrase")?)?,
                _ => existing(&path)?,
            };
            let summary = if demo {
                Some(store.load_demo(force)?)
            } else {
                None
            };
            to_json(&serde_json::json!({ "database": path, "demo": summary }))
        }
        Command::Kpis { year } => to_json(&existing(&path)?.kpis(year)?),
        Command::Actions {
            command: ActionsCommand::List(filter),
        } => to_json(&lists::actions(&existing(&path)?, &filter)?),
        Command::Cases {
            command: CasesCommand::List { filter, channel },
        } => to_json(&lists::cases(
            &existing(&path)?,
            &filter,
            channel.as_deref(),
        )?),
        Command::Sessions {
            command: SessionsCommand::List { year },
        } => to_json(&existing(&path)?.sessions(year)?),
        Command::Trainees {
            command: TraineesCommand::List { session, state },
        } => to_json(&existing(&path)?.trainees("", state.as_deref(), session)?),
        Command::Ssi {
            command: SsiCommand::List,
        } => to_json(&existing(&path)?.ssi_list()?),
        Command::Document {
            command: DocumentCommand::Attendance { session, out },
        } => to_json(&existing(&path)?.attendance_pdf(session, &out)?),
        Command::Document {
            command: DocumentCommand::Certificates { session, out },
        } => to_json(&existing(&path)?.certificates_pdf(session, &out)?),
        Command::Certificate { command } => certificate(&mut existing(&path)?, command),
        Command::Stats {
            command: StatsCommand::Actions(a),
        } => charts::stats_actions(&existing(&path)?, &a),
        Command::Import(a) => import::run(&mut existing(&path)?, &a),
        Command::Chart(a) => to_json(&charts::chart(&existing(&path)?, &a)?),
        Command::Export { list } => to_json(&export::export(&existing(&path)?, list)?),
        Command::Report { command } => to_json(&report::run(&mut existing(&path)?, &command)?),
        Command::Backup { out: Some(out), .. } => to_json(&existing(&path)?.backup_to(&out)?),
        Command::Backup { out: None, list } => {
            if !list {
                return Err(usage_error("backup : --out FICHIER ou --list"));
            }
            to_json(&existing(&path)?.backups()?)
        }
        Command::Journal(a) => journal::run(&existing(&path)?, &a),
        Command::History { kind, id } => to_json(&existing(&path)?.history(&kind, id)?),
        Command::Revert { kind, id, entry } => {
            let done = existing(&path)?.revert(&kind, id, entry)?;
            to_json(&serde_json::json!({ "kind": kind, "id": id, "reverted": done }))
        }
        Command::Undo {
            batch: Some(batch), ..
        } => to_json(&existing(&path)?.undo_batch(batch)?),
        Command::Undo {
            kind: Some(kind),
            id: Some(id),
            ..
        } => to_json(&existing(&path)?.undo_latest(&kind, id)?),
        Command::Undo { .. } => Err(usage_error("undo : KIND ID ou --batch N")),
        Command::Person { command } => {
            let mut store = existing(&path)?;
            match command {
                PersonCommand::Export { kind, id, out } => {
                    store.person_export(&kind, id, &out)?;
                    to_json(&serde_json::json!({ "kind": kind, "id": id, "out": out }))
                }
                PersonCommand::Erase { confirm: false, .. } => {
                    Err(Error::invalid("confirm", "err-erase-confirm", Vec::new()))
                }
                PersonCommand::Erase { kind, id, .. } => to_json(&store.person_erase(&kind, id)?),
                PersonCommand::Review { years } => {
                    if let Some(years) = years {
                        store.set_review_years(years)?;
                    }
                    to_json(&serde_json::json!({
                        "years": store.review_years()?,
                        "trainees": store.review_list()?,
                    }))
                }
            }
        }
        Command::Year { command } => {
            let mut store = existing(&path)?;
            match command {
                YearCommand::Close { year } => to_json(&store.year_close(year)?),
                YearCommand::Reopen { year, reason } => to_json(&store.year_reopen(year, &reason)?),
                YearCommand::List => to_json(&store.years_closed()?),
            }
        }
        Command::Encrypt => {
            let store = Store::encrypt_plaintext(&path, &key.clone().strong("passphrase")?)?;
            to_json(&serde_json::json!({ "database": store.path(), "encrypted": true }))
        }
        Command::Restore { file } => {
            let now = coopdesk_core::now();
            match existing(&path) {
                Ok(mut store) => to_json(&store.restore_from(&file, now)?),
                // A damaged database is moved aside (kept) and the copy put in its place.
                Err(e) if e.code == ErrorCode::DbCorrupt => to_json(
                    &coopdesk_core::store::backup::restore_damaged(&path, &file, Some(&key), now)?,
                ),
                Err(e) => Err(e),
            }
        }
    }
}

pub(crate) fn to_json<T: Serialize>(value: &T) -> Result<String> {
    serde_json::to_string_pretty(value).map_err(Error::internal)
}

fn usage_error(detail: &str) -> Error {
    Error::new(
        ErrorCode::InvalidInput,
        "err-usage",
        i18n::args([("detail", detail.trim())]),
    )
}

fn fail(e: &Error) -> ExitCode {
    let json = serde_json::to_string(e)
        .unwrap_or_else(|_| format!("{{\"code\":\"INTERNAL\",\"message\":{:?}}}", e.message));
    eprintln!("{json}");
    ExitCode::FAILURE
}

fn certificate(store: &mut Store, command: CertificateCommand) -> Result<String> {
    match command {
        CertificateCommand::Verify {
            scan: Some(scan), ..
        } => to_json(&store.certificate_scan(&scan)?),
        CertificateCommand::Verify { number, .. } => {
            to_json(&store.certificate_check(number.as_deref().unwrap_or_default())?)
        }
        CertificateCommand::Revoke { number, reason } => {
            to_json(&store.certificate_revoke(&number, &reason)?)
        }
        CertificateCommand::Revoked => to_json(&store.certificate_revocations()?),
        CertificateCommand::Key { out: Some(out) } => to_json(&store.certificate_key_export(&out)?),
        CertificateCommand::Key { out: None } => to_json(&store.certificate_public_key()?),
    }
}
