//! `coopdesk-cli report` as a script would use it: real binary, real database file; the PDF
//! it writes is read back with pdftotext.

mod support;
use support::{cli, demo_db, error, ok_json, pdf_text};

#[test]
fn report_commands_write_the_pdfs_and_refuse_bad_requests() {
    let (dir, db) = demo_db();

    let annual = dir.path().join("rapport-2016.pdf");
    let path = annual.to_str().expect("UTF-8 path");
    let written = ok_json(&cli(
        &db,
        &["report", "annual", "--year", "2016", "--out", path],
    ));
    assert_eq!(written["out"], path);
    assert!(
        written["pages"].as_u64().is_some_and(|p| p >= 6),
        "{written}"
    );
    let text = pdf_text(&annual);
    assert!(
        text.contains("En 2016, 2 160 actions de coopération technique ont été menées par les 74 SSI du réseau, qui couvrent 158 pays."),
        "{text}"
    );

    let sheet = dir.path().join("fiche-SN.pdf");
    let path = sheet.to_str().expect("UTF-8 path");
    let written = ok_json(&cli(
        &db,
        &[
            "report",
            "country",
            "--country",
            "SN",
            "--from",
            "2012",
            "--to",
            "2016",
            "--out",
            path,
        ],
    ));
    assert!(written["bytes"].as_u64().is_some_and(|b| b > 10_000));
    assert!(pdf_text(&sheet).contains("Fiche pays : Sénégal"));

    let refused = dir.path().join("refusé.pdf");
    let path = refused.to_str().expect("UTF-8 path");
    for (args, field) in [
        (
            vec!["report", "annual", "--year", "2040", "--out", path],
            "year",
        ),
        (
            vec!["report", "country", "--country", "XX", "--out", path],
            "country",
        ),
        (
            vec![
                "report",
                "country",
                "--country",
                "SN",
                "--from",
                "2016",
                "--to",
                "2012",
                "--out",
                path,
            ],
            "to",
        ),
    ] {
        let err = error(&cli(&db, &args));
        assert_eq!(err["code"], "INVALID_INPUT", "{err}");
        assert_eq!(err["field"], field, "{err}");
    }
    assert!(!refused.exists());
}
