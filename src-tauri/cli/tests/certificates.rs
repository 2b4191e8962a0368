//! `certificate verify|revoke|revoked|key` from a terminal: a printed certificate's page
//! (pdftoppm) verifies with this desk's database, and with the exported public key alone
//! (no database, no passphrase: what a foreign unit runs); another desk's key says
//! « falsifié »; a revoked certificate says « révoqué ».

mod support;
use std::process::Command;

use support::{cli, cli_with, demo_db, error, ok_json, sql_i64};

#[test]
fn a_certificate_page_verifies_here_and_abroad_and_once_revoked_says_so() {
    let (dir, db) = demo_db();
    let session = sql_i64(
        &db,
        "SELECT session_id FROM enrolment WHERE status = 'passed' GROUP BY session_id
          ORDER BY session_id LIMIT 1",
    )
    .to_string();
    let pdf = dir.path().join("attestations.pdf");
    let pdf_arg = pdf.to_string_lossy().into_owned();
    ok_json(&cli(
        &db,
        &[
            "document",
            "certificates",
            "--session",
            &session,
            "--out",
            &pdf_arg,
        ],
    ));
    let stem = dir.path().join("recto");
    let status = Command::new("pdftoppm")
        .args(["-png", "-singlefile", "-r", "150", "-f", "1", "-l", "1"])
        .arg(&pdf)
        .arg(&stem)
        .status()
        .expect("pdftoppm");
    assert!(status.success());
    let png = stem.with_extension("png").to_string_lossy().into_owned();

    let here = ok_json(&cli(&db, &["certificate", "verify", "--scan", &png]));
    assert_eq!(
        (here["verdict"].as_str(), here["verdict_label"].as_str()),
        (Some("authentic"), Some("authentique"))
    );
    let number = here["number"].as_str().expect("number").to_owned();
    assert_eq!(here["record"]["number"], number.as_str());
    let by_number = ok_json(&cli(
        &db,
        &["certificate", "verify", &number.to_lowercase()],
    ));
    assert_eq!(by_number["verdict"], "authentic");
    assert_eq!(by_number["holder"], here["holder"]);

    // Abroad: the PEM file only; no database is opened, no passphrase asked.
    let pem = dir.path().join("cle.pem");
    let pem_arg = pem.to_string_lossy().into_owned();
    let key = ok_json(&cli(&db, &["certificate", "key", "--out", &pem_arg]));
    let fingerprint = key["fingerprint"].as_str().expect("fingerprint");
    assert!(std::fs::read_to_string(&pem)
        .expect("pem")
        .starts_with("-----BEGIN PUBLIC KEY-----"));
    let nowhere = dir.path().join("absente.sqlite");
    let abroad = ok_json(&cli_with(
        &nowhere,
        &["certificate", "verify", "--scan", &png, "--key", &pem_arg],
        None,
    ));
    assert_eq!(abroad["verdict"], "authentic");
    assert_eq!(abroad["key_fingerprint"], fingerprint);
    assert!(abroad["record"].is_null());
    assert!(!nowhere.exists());

    // Another desk's key: « falsifié ».
    let (_other_dir, other_db) = demo_db();
    let other = ok_json(&cli(&other_db, &["certificate", "key"]));
    let hex = other["hex"].as_str().expect("hex");
    let forged = ok_json(&cli_with(
        &nowhere,
        &["certificate", "verify", "--scan", &png, "--key", hex],
        None,
    ));
    assert_eq!(forged["verdict_label"], "falsifié");

    // Revoked, with a reason; listed; the page now says « révoqué ».
    let refused = error(&cli(
        &db,
        &["certificate", "revoke", &number, "--reason", " "],
    ));
    assert_eq!(
        (refused["code"].as_str(), refused["field"].as_str()),
        (Some("INVALID_INPUT"), Some("reason"))
    );
    let revoked = ok_json(&cli(
        &db,
        &[
            "certificate",
            "revoke",
            &number,
            "--reason",
            "Délivrée par erreur",
        ],
    ));
    assert_eq!(revoked["number"], number.as_str());
    let list = ok_json(&cli(&db, &["certificate", "revoked"]));
    assert_eq!(list.as_array().map(Vec::len), Some(1));
    let now = ok_json(&cli(&db, &["certificate", "verify", "--scan", &png]));
    assert_eq!(now["verdict_label"], "révoqué");
    assert_eq!(now["revocation"]["reason"], "Délivrée par erreur");
    let journal = sql_i64(
        &db,
        "SELECT count(*) FROM audit WHERE kind = 'certificate_revocation'",
    );
    assert_eq!(journal, 1);

    // A file that is no certificate: BAD_FILE at `file`, exit 1.
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "rien").expect("write");
    let bad = error(&cli(
        &db,
        &["certificate", "verify", "--scan", &text.to_string_lossy()],
    ));
    assert_eq!(
        (bad["code"].as_str(), bad["field"].as_str()),
        (Some("BAD_FILE"), Some("file"))
    );
}
