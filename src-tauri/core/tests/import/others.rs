//! Operational cases, trainees and SSIs: their own bad rows, then the good rows imported
//! once and re-imported without change.

use coopdesk_core::import::ImportKind;
use coopdesk_core::ErrorCode;

use crate::fixtures::demo_store;
use crate::{count, run, write};

/// (line, column, value) of each error.
fn errors(report: &coopdesk_core::import::ImportReport) -> Vec<(u32, String, String)> {
    report
        .errors
        .iter()
        .map(|e| {
            (
                e.line,
                e.column.clone().unwrap_or_default(),
                e.value.clone(),
            )
        })
        .collect()
}

fn triple(line: u32, column: &str, value: &str) -> (u32, String, String) {
    (line, column.to_owned(), value.to_owned())
}

const CASES_OK: &str =
    "Référence;SSI;Pays;Type;Domaine;Date;Canal;Personnes localisées;Mandats d'arrêt
IMP-OC-001;DAK;Sénégal;Localisation de personne recherchée;Terrorisme;12/03/2024;Interpol;2;1
IMP-OC-002;Rabat;Maroc;information_exchange;Drug trafficking;2024-04-02;;0;0
IMP-OC-003;KIN;RDC;Appui à enquête;Criminalité organisée;05/05/2024;Schengen (SIS);3;3
";

#[test]
fn cases() {
    let (dir, mut store) = demo_store();
    let before = count(&store, "operational_case");
    let bad = write(
        dir.path(),
        "cases-errors.csv",
        &format!(
            "{CASES_OK}IMP-OC-004;DAK;SN;Localisation de personne recherchée;Terrorisme;06/06/2024;Pigeon voyageur;1;0
IMP-OC-005;DAK;SN;Localisation de personne recherchée;Terrorisme;31/02/2024;;1;0
IMP-OC-006;XYZ;SN;Localisation de personne recherchée;Terrorisme;06/06/2024;;1;0
IMP-OC-007;DAK;SN;Localisation de personne recherchée;Terrorisme;06/06/2024;;1;2
"
        ),
    );
    let report = run(&mut store, ImportKind::Cases, &bad, false).expect("dry run");
    assert_eq!(
        errors(&report),
        [
            triple(5, "Canal", "Pigeon voyageur"),
            triple(6, "Date", "31/02/2024"),
            triple(7, "SSI", "XYZ"),
            triple(8, "Mandats d'arrêt", "2"),
        ]
    );
    assert_eq!(report.errors[2].message, "SSI introuvable : « XYZ ».");
    assert!(
        report.errors[3].message.contains("ne peuvent dépasser"),
        "{}",
        report.errors[3].message
    );
    assert!(run(&mut store, ImportKind::Cases, &bad, true).is_err());
    assert_eq!(count(&store, "operational_case"), before);

    let good = write(dir.path(), "cases.csv", CASES_OK);
    let done = run(&mut store, ImportKind::Cases, &good, true).expect("import");
    assert_eq!(done.to_create, 3);
    let channel: String = store
        .conn()
        .query_row(
            "SELECT channel FROM operational_case WHERE reference = 'IMP-OC-002'",
            [],
            |r| r.get(0),
        )
        .expect("case");
    assert_eq!(channel, "none", "an empty channel cell is the SSI alone");
    let again = run(&mut store, ImportKind::Cases, &good, true).expect("re-import");
    assert_eq!((again.to_create, again.unchanged), (0, 3));
    assert_eq!(count(&store, "operational_case"), before + 3);
}

const TRAINEES_OK: &str = "Nom;Prénom;État;Unité;Grade;Langues
Bâ-Tounkara;Mariètou;Sénégal;;Capitaine;français, wolof
Kouadio-Brou;Éric;Côte d'Ivoire;;Lieutenant;français
";

#[test]
fn trainees_match_on_name_and_state() {
    let (dir, mut store) = demo_store();
    let before = count(&store, "trainee");
    let bad = write(
        dir.path(),
        "trainees-errors.csv",
        &format!(
            "{TRAINEES_OK}BA-TOUNKARA;Marietou;SN;;;
Smith;;Royaume-Uni;;;
Müller;Hans;Atlantide;;;
Kouadio-Brou;Éric;CI;Unité imaginaire;;
"
        ),
    );
    let report = run(&mut store, ImportKind::Trainees, &bad, false).expect("dry run");
    assert_eq!(
        errors(&report),
        [
            triple(4, "Nom", "BA-TOUNKARA"),
            triple(5, "Prénom", ""),
            triple(6, "État", "Atlantide"),
            triple(7, "Nom", "Kouadio-Brou"),
            triple(7, "Unité", "Unité imaginaire"),
        ]
    );
    assert!(run(&mut store, ImportKind::Trainees, &bad, true).is_err());
    assert_eq!(count(&store, "trainee"), before);

    let good = write(dir.path(), "trainees.csv", TRAINEES_OK);
    assert_eq!(
        run(&mut store, ImportKind::Trainees, &good, true)
            .expect("import")
            .to_create,
        2
    );
    let again = run(&mut store, ImportKind::Trainees, &good, true).expect("re-import");
    assert_eq!((again.to_create, again.unchanged), (0, 2));
    // Same person written in capitals without accents, with a new rank: updated, not added.
    let changed = write(
        dir.path(),
        "trainees-changed.csv",
        "Nom;Prénom;État;Grade\nBA-TOUNKARA;MARIETOU;SEN;Commandant\n",
    );
    let updated = run(&mut store, ImportKind::Trainees, &changed, true).expect("update");
    assert_eq!((updated.to_create, updated.to_update), (0, 1));
    let (rank, languages): (String, String) = store
        .conn()
        .query_row(
            "SELECT rank, languages FROM trainee WHERE last_name = 'BA-TOUNKARA'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("trainee");
    assert_eq!(
        (rank.as_str(), languages.as_str()),
        ("Commandant", "français, wolof")
    );
    assert_eq!(count(&store, "trainee"), before + 2);
}

#[test]
fn ssis_with_their_coverage() {
    let (dir, mut store) = demo_store();
    let before = count(&store, "ssi");
    let good = "Code;Ville;Pays de résidence;Date d'ouverture;Date de fermeture;Pays couverts
THI;Thimphou;Bhoutan;01/09/2024;;
MLE;Malé;Maldives;2024-09-01;;\"Palaos; Nauru\"
DAK;Dakar;Sénégal;03/09/1990;;Gambie
";
    let bad = write(
        dir.path(),
        "ssi-errors.csv",
        &format!(
            "{good}KBL;Kaboul;Afghanistan;01/09/2024;01/01/2024;
XSI;Bangkok bis;Thaïlande;01/09/2024;;
"
        ),
    );
    let report = run(&mut store, ImportKind::Ssi, &bad, false).expect("dry run");
    assert_eq!(
        errors(&report),
        [
            triple(5, "Date de fermeture", "01/01/2024"),
            triple(6, "Pays de résidence", "Thaïlande"),
        ]
    );
    assert_eq!(report.errors[1].code, ErrorCode::Conflict);
    assert_eq!(count(&store, "ssi"), before);

    let good = write(dir.path(), "ssi.csv", good);
    let done = run(&mut store, ImportKind::Ssi, &good, true).expect("import");
    assert_eq!((done.to_create, done.unchanged), (2, 1));
    let covered: i64 = store
        .conn()
        .query_row(
            "SELECT count(*) FROM ssi_coverage c JOIN ssi s ON s.id = c.ssi_id WHERE s.code = 'MLE'",
            [],
            |r| r.get(0),
        )
        .expect("coverage");
    assert_eq!(covered, 3, "Maldives, Palau and Nauru");
    let again = run(&mut store, ImportKind::Ssi, &good, true).expect("re-import");
    assert_eq!(
        (again.to_create, again.to_update, again.unchanged),
        (0, 0, 3)
    );
    assert_eq!(count(&store, "ssi"), before + 2);
}
