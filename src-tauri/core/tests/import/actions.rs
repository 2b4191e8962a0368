//! Actions: the five kinds of bad row with their exact line and column, nothing written;
//! the corrected file in XLSX, then the same actions in CSV and ODS changing nothing.

use std::sync::atomic::{AtomicBool, Ordering};

use coopdesk_core::import::{ImportField, ImportKind};
use coopdesk_core::ErrorCode;

use crate::fixtures::{demo_store, file};
use crate::{count, run, run_mapped, write};

const ACTIONS: ImportKind = ImportKind::Actions;

#[test]
fn bad_rows_are_reported_at_their_line_and_column_and_nothing_is_written() {
    let (_dir, mut store) = demo_store();
    let before = count(&store, "technical_action");
    let path = file("actions-errors.xlsx");

    let report = run(&mut store, ACTIONS, &path, false).expect("dry run");
    let errors: Vec<_> = report
        .errors
        .iter()
        .map(|e| {
            (
                e.line,
                e.column.as_deref().unwrap_or(""),
                e.value.as_str(),
                e.code,
            )
        })
        .collect();
    assert_eq!(
        errors,
        [
            (7, "Pays", "Atlantide", ErrorCode::InvalidInput),
            (8, "Date de fin", "10/05/2024", ErrorCode::InvalidInput),
            (9, "Participants", "douze", ErrorCode::InvalidInput),
            (10, "Référence", "IMP-2024-002", ErrorCode::Conflict),
            (11, "Intitulé", "", ErrorCode::InvalidInput),
        ]
    );
    let messages: Vec<&str> = report.errors.iter().map(|e| e.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "Pays inconnu : « Atlantide » (nom français ou anglais, ou code ISO).",
            "La date de fin (10/05/2024) précède la date de début (13/05/2024).",
            "Nombre entier attendu : « douze ».",
            "« IMP-2024-002 » figure déjà à la ligne 3 du fichier.",
            "« Intitulé » est obligatoire : la cellule est vide.",
        ]
    );
    assert_eq!(
        (report.total_rows, report.valid_rows, report.to_create),
        (10, 5, 5)
    );
    assert_eq!(report.ignored_columns, ["Couleur"]);
    assert!(!report.committed);

    let refused = run(&mut store, ACTIONS, &path, true).expect_err("refused");
    assert_eq!(refused.code, ErrorCode::InvalidInput);
    assert!(
        refused.message.contains("rien n'a été importé"),
        "{}",
        refused.message
    );
    assert_eq!(count(&store, "technical_action"), before, "nothing written");
    let imported: i64 = store
        .conn()
        .query_row(
            "SELECT count(*) FROM technical_action WHERE reference LIKE 'IMP-%'",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(imported, 0);
}

#[test]
fn corrected_file_imports_once_and_every_format_reads_the_same_values() {
    let (_dir, mut store) = demo_store();
    let before = count(&store, "technical_action");
    let xlsx = file("actions-corrected.xlsx");

    let dry = run(&mut store, ACTIONS, &xlsx, false).expect("dry run");
    assert!(dry.errors.is_empty(), "{:?}", dry.errors);
    assert_eq!((dry.to_create, dry.committed), (10, false));
    assert_eq!(
        count(&store, "technical_action"),
        before,
        "a dry run writes nothing"
    );

    let done = run(&mut store, ACTIONS, &xlsx, true).expect("import");
    assert_eq!(
        (
            done.to_create,
            done.to_update,
            done.unchanged,
            done.committed
        ),
        (10, 0, 0, true)
    );
    assert_eq!(count(&store, "technical_action"), before + 10);

    let row = |reference: &str| -> (
        String,
        i64,
        i64,
        String,
        String,
        String,
        Option<String>,
        Option<String>,
    ) {
        store
            .conn()
            .query_row(
                "SELECT a.country, a.cost_cents, a.participants, a.start_date, a.end_date, a.status,
                        p.code, f.name
                   FROM technical_action a LEFT JOIN programme p ON p.id = a.programme_id
                   LEFT JOIN funder f ON f.id = a.funder_id WHERE a.reference = ?1",
                [reference],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?)),
            )
            .expect(reference)
    };
    let first = row("IMP-2024-001");
    assert_eq!(
        first,
        (
            "SN".into(),
            1_250_050,
            12,
            "2024-03-04".into(),
            "2024-03-08".into(),
            "done".into(),
            Some("ONUDC-AO-5".into()),
            Some("Union européenne".into())
        )
    );
    assert_eq!(row("IMP-2024-002").1, 123_450, "1.234,5");
    assert_eq!(
        (row("IMP-2024-003").0, row("IMP-2024-003").1),
        ("CD".into(), 123_450),
        "RDC, 1,234.5"
    );
    assert_eq!(row("IMP-2024-004").0, "GB", "Royaume-Uni");
    assert_eq!(row("IMP-2024-005").0, "US", "États-Unis");
    assert_eq!(row("IMP-2024-006").0, "GM", "GMB");
    assert_eq!(row("IMP-2024-007").1, 4_500_000, "45 000 €");
    assert_eq!(row("IMP-2024-008").0, "CI", "CIV");

    // The same file again, then the same actions typed differently in CSV and in ODS.
    for name in [
        "actions-corrected.xlsx",
        "actions-corrected.csv",
        "actions-corrected.ods",
    ] {
        let again = run(&mut store, ACTIONS, &file(name), true).expect(name);
        assert!(again.errors.is_empty(), "{name}: {:?}", again.errors);
        assert_eq!(
            (again.to_create, again.to_update, again.unchanged),
            (0, 0, 10),
            "{name}"
        );
    }
    assert_eq!(count(&store, "technical_action"), before + 10);
}

#[test]
fn a_changed_row_updates_and_absent_columns_keep_their_values() {
    let (dir, mut store) = demo_store();
    run(&mut store, ACTIONS, &file("actions-corrected.xlsx"), true).expect("import");
    let csv = write(
        dir.path(),
        "update.csv",
        "Reference,Title,SSI,Country,Kind,Domain,Start date,End date,Participants,Cost (EUR),Status\n\
         IMP-2024-001,Formation des équipes d'intervention,DAK,Senegal,Training,Terrorism,2024-03-04,2024-03-08,14,\"12,500.50\",done\n",
    );
    let report = run(&mut store, ACTIONS, &csv, true).expect("update");
    assert_eq!(
        (report.to_create, report.to_update, report.unchanged),
        (0, 1, 0)
    );
    let (participants, programme): (i64, Option<String>) = store
        .conn()
        .query_row(
            "SELECT a.participants, p.code FROM technical_action a
               LEFT JOIN programme p ON p.id = a.programme_id WHERE a.reference = 'IMP-2024-001'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("the action");
    assert_eq!(
        (participants, programme.as_deref()),
        (14, Some("ONUDC-AO-5"))
    );
}

#[test]
fn cancelling_midway_leaves_nothing() {
    let (_dir, mut store) = demo_store();
    let before = count(&store, "technical_action");
    let cancel = AtomicBool::new(false);
    let mut seen = Vec::new();
    let result = store.import_commit(
        ACTIONS,
        &file("actions-corrected.xlsx"),
        None,
        &mut |p| {
            seen.push(p.done);
            if p.done >= 4 {
                cancel.store(true, Ordering::Relaxed);
            }
        },
        &cancel,
    );
    assert_eq!(
        result.map(|r| r.to_create).map_err(|e| e.code),
        Err(ErrorCode::Cancelled)
    );
    assert_eq!(seen, [0, 1, 2, 3, 4], "stopped at the next row");
    assert_eq!(count(&store, "technical_action"), before);
}

#[test]
fn the_mapping_screen_can_fix_an_unrecognised_header() {
    let (dir, mut store) = demo_store();
    let csv = write(
        dir.path(),
        "odd.csv",
        "Référence;Libellé de l'action long;SSI;Pays;Type;Domaine;Début;Fin;Participants;Coût;Statut;Remarque\n\
         IMP-MAP-1;Stage;DAK;SN;Formation;Terrorisme;01/02/2024;02/02/2024;3;100;Prévue;rien\n",
    );
    let preview = store.import_detect(ACTIONS, &csv).expect("preview");
    assert_eq!(
        preview.unknown_columns,
        ["Libellé de l'action long", "Remarque"]
    );
    assert_eq!(preview.missing_required, [ImportField::Title]);
    assert_eq!(preview.columns[0].samples, ["IMP-MAP-1"]);
    assert_eq!(preview.total_rows, 1);

    let unmapped = run(&mut store, ACTIONS, &csv, false).expect("dry run");
    assert_eq!(unmapped.errors.len(), 1);
    assert_eq!(
        (unmapped.errors[0].line, unmapped.errors[0].field),
        (1, Some(ImportField::Title))
    );

    let mut mapping: Vec<_> = preview.columns.iter().map(|c| c.field).collect();
    mapping[1] = Some(ImportField::Title);
    let mapped = run_mapped(&mut store, ACTIONS, &csv, Some(&mapping), true).expect("import");
    assert_eq!((mapped.to_create, mapped.ignored_columns.len()), (1, 1));

    mapping[11] = Some(ImportField::Title);
    let twice = run_mapped(&mut store, ACTIONS, &csv, Some(&mapping), false).expect_err("twice");
    assert_eq!(twice.code, ErrorCode::InvalidInput);
    let short =
        run_mapped(&mut store, ACTIONS, &csv, Some(&mapping[..3]), false).expect_err("size");
    assert_eq!(short.code, ErrorCode::InvalidInput);
}

#[test]
fn unreadable_files_are_bad_files() {
    let (dir, mut store) = demo_store();
    let cases = [
        write(dir.path(), "notes.docx", "pas un tableur"),
        write(dir.path(), "empty.csv", "\n\n"),
        write(dir.path(), "broken.xlsx", "pas un zip"),
        dir.path().join("missing.csv"),
    ];
    for path in cases {
        let err = run(&mut store, ACTIONS, &path, false).expect_err("refused");
        assert_eq!(
            err.code,
            ErrorCode::BadFile,
            "{}: {}",
            path.display(),
            err.message
        );
        assert!(!err.message.is_empty());
    }
}

#[test]
fn a_title_above_the_header_is_skipped_and_lines_stay_the_sheets() {
    let (dir, mut store) = demo_store();
    let csv = write(
        dir.path(),
        "titled.csv",
        "Actions du SSI de Dakar — export du 02/01/2025;;;;;;;;;;\n\
         \n\
         Référence;Intitulé;SSI;Pays;Type;Domaine;Date de début;Date de fin;Participants;Coût (€);Statut\n\
         IMP-T-1;Stage;DAK;SN;Formation;Terrorisme;01/02/2024;02/02/2024;3;100;Prévue\n\
         IMP-T-2;Stage;DAK;SN;Formation;Terrorisme;01/02/2024;02/02/2024;trois;100;Prévue\n",
    );
    let preview = store.import_detect(ACTIONS, &csv).expect("preview");
    assert!(
        preview.unknown_columns.is_empty(),
        "{:?}",
        preview.unknown_columns
    );
    assert_eq!(preview.total_rows, 2);
    let report = run(&mut store, ACTIONS, &csv, false).expect("dry run");
    assert_eq!(report.errors.len(), 1);
    assert_eq!(
        (report.errors[0].line, report.errors[0].column.as_deref()),
        (5, Some("Participants"))
    );
}

#[test]
fn an_import_is_one_batch_of_the_audit_trail_and_a_dry_run_leaves_none() {
    use coopdesk_core::audit::journal::{AuditAction, JournalFilter};
    let (_dir, mut store) = demo_store();
    let batches = count(&store, "audit_batch");
    let xlsx = file("actions-corrected.xlsx");
    run(&mut store, ACTIONS, &xlsx, false).expect("dry run");
    assert_eq!(
        count(&store, "audit_batch"),
        batches,
        "a dry run is rolled back"
    );
    run(&mut store, ACTIONS, &xlsx, true).expect("import");
    let (id, kind, label): (i64, String, String) = store
        .conn()
        .query_row(
            "SELECT id, kind, label FROM audit_batch ORDER BY id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("batch");
    assert_eq!(
        (kind.as_str(), label.as_str()),
        ("import", "actions-corrected.xlsx")
    );
    let filter = JournalFilter {
        batch_id: Some(id),
        ..Default::default()
    };
    let page = store.journal(&filter, 0, 100).expect("journal");
    assert_eq!(page.total, 10, "one entry per action created");
    assert!(page
        .entries
        .iter()
        .all(|e| e.kind == "technical_action" && e.action == AuditAction::Insert));
}
