//! Signed certificates: the QR code printed on each certificate verifies from the PDF and
//! from a picture of the page (pdftoppm), against this desk's key or a foreign unit's copy
//! of the public key; one changed field makes it « falsifié », a revocation « révoqué »;
//! OpenSSL checks the same signature with the exported PEM.

use std::path::Path;
use std::process::Command;

use coopdesk_core::certificates::{self, payload, qr, CheckSource, Verdict};
use coopdesk_core::documents::DocumentRequest;
use coopdesk_core::{ErrorCode, Store};

use crate::fixtures::{demo, sql_count, temp_store};

/// A 2016 session with at least two passed trainees, and their numbers in print order.
fn session_with_passed(store: &Store) -> i64 {
    store
        .conn()
        .query_row(
            "SELECT e.session_id FROM enrolment e JOIN session s ON s.id = e.session_id
              WHERE e.status = 'passed' AND s.start_date LIKE '2016-%'
              GROUP BY e.session_id HAVING count(*) >= 2 ORDER BY e.session_id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .expect("a session")
}

/// Page `page` of `pdf` as a PNG at `dpi`, as a scanner or a phone would give it.
fn page_png(pdf: &Path, page: u32, dpi: u32, out_stem: &Path) -> std::path::PathBuf {
    let status = Command::new("pdftoppm")
        .args(["-png", "-singlefile", "-r", &dpi.to_string()])
        .args(["-f", &page.to_string(), "-l", &page.to_string()])
        .arg(pdf)
        .arg(out_stem)
        .status()
        .expect("run pdftoppm");
    assert!(status.success());
    out_stem.with_extension("png")
}

#[test]
fn a_printed_certificate_verifies_from_its_pdf_and_its_picture_and_a_changed_field_is_forged() {
    let (dir, mut store) = demo();
    let session = session_with_passed(&store);
    let passed = sql_count(
        &store,
        &format!(
            "SELECT count(*) FROM enrolment WHERE session_id = {session} AND status = 'passed'"
        ),
    );
    let pdf = dir.path().join("certs.pdf");
    let written = store
        .document_save(
            &DocumentRequest::Certificates {
                session_id: session,
            },
            &pdf,
        )
        .expect("print");
    assert_eq!(
        written.pages as i64,
        2 * passed,
        "a front and a back per certificate"
    );
    let key = store.certificate_public_key().expect("key");
    let text = String::from_utf8(
        Command::new("pdftotext")
            .arg(&pdf)
            .arg("-")
            .output()
            .expect("pdftotext")
            .stdout,
    )
    .expect("utf-8");
    let back = text.split('\u{c}').nth(1).expect("back page");
    assert!(back.contains("Vérifier cette attestation"), "{back}");
    assert!(
        back.contains(&key.fingerprint) && back.contains("BEGIN PUBLIC KEY"),
        "{back}"
    );

    // From the PDF itself (its embedded QR images), and from the picture of page 1.
    let from_pdf = store.certificate_scan(&pdf).expect("scan the PDF");
    assert_eq!(
        (from_pdf.verdict, from_pdf.source),
        (Verdict::Authentic, CheckSource::QrCode)
    );
    assert_eq!(from_pdf.verdict_label, "authentique");
    let png = page_png(&pdf, 1, 150, &dir.path().join("front"));
    let check = store.certificate_scan(&png).expect("scan the page");
    assert_eq!(check.verdict, Verdict::Authentic, "{}", check.explanation);
    let record = check.record.clone().expect("the desk holds the number");
    assert_eq!(
        (
            check.holder.as_str(),
            check.course.as_str(),
            check.start_date,
            check.end_date
        ),
        (
            record.trainee_name.as_str(),
            record.course_title.as_str(),
            Some(record.start_date),
            Some(record.end_date)
        )
    );
    assert_eq!(check.place, record.place);
    assert_eq!(
        check.key_fingerprint.as_deref(),
        Some(key.fingerprint.as_str())
    );
    assert!(text
        .split('\u{c}')
        .next()
        .expect("front")
        .contains(&check.number));

    // A foreign unit: the PEM only, no database.
    let pem = dir.path().join("cle.pem");
    store.certificate_key_export(&pem).expect("export the key");
    let pem_text = std::fs::read_to_string(&pem).expect("pem");
    let foreign = certificates::scan_with_key(&png, &pem_text).expect("foreign check");
    assert_eq!(
        (foreign.verdict, foreign.record.is_none()),
        (Verdict::Authentic, true)
    );
    // Another desk's key (given as its hex) did not sign it.
    let (_other_dir, other_desk) = temp_store();
    let other = other_desk.certificate_public_key().expect("other key").hex;
    let c = certificates::scan_with_key(&png, &other).expect("checked");
    assert_eq!(c.verdict, Verdict::Forged, "{}", c.explanation);
    assert!(c.explanation.contains("autre clé"), "{}", c.explanation);

    // OpenSSL verifies the very signature with the exported PEM: the format is standard.
    let read = certificates::scan::scan_file(&png).expect("read");
    std::fs::write(dir.path().join("msg"), read.message()).expect("msg");
    std::fs::write(dir.path().join("sig"), read.signature().expect("signature")).expect("sig");
    let openssl = Command::new("openssl")
        .args(["pkeyutl", "-verify", "-pubin", "-inkey"])
        .arg(&pem)
        .arg("-rawin")
        .arg("-in")
        .arg(dir.path().join("msg"))
        .arg("-sigfile")
        .arg(dir.path().join("sig"))
        .output()
        .expect("run openssl");
    assert!(
        openssl.status.success(),
        "{}",
        String::from_utf8_lossy(&openssl.stderr)
    );

    // One field changed (the holder's name), the signature kept: « falsifié ».
    let message = String::from_utf8(read.message().to_vec()).expect("text");
    let signature = base64_url(&read.signature().expect("sig"));
    let forged_text = format!(
        "{}S={signature}",
        message.replace(&format!("T={}", check.holder), "T=DUPONT Jean")
    );
    assert_ne!(forged_text, format!("{message}S={signature}"));
    let forged_png = dir.path().join("forged.png");
    std::fs::write(&forged_png, qr::png(&forged_text).expect("qr")).expect("write");
    let forged = store.certificate_scan(&forged_png).expect("scan");
    assert_eq!(
        (forged.verdict, forged.verdict_label.as_str()),
        (Verdict::Forged, "falsifié")
    );
    assert_eq!(forged.holder, "DUPONT Jean");
    assert!(
        forged.explanation.contains("modifié"),
        "{}",
        forged.explanation
    );
    assert!(forged_text.starts_with(payload::HEADER));
}

fn base64_url(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

#[test]
fn a_revoked_certificate_says_so_everywhere_is_journalled_and_is_no_longer_printed() {
    let (dir, mut store) = demo();
    let session = session_with_passed(&store);
    let pdf = dir.path().join("certs.pdf");
    let before = store
        .document_save(
            &DocumentRequest::Certificates {
                session_id: session,
            },
            &pdf,
        )
        .expect("print");
    let png = page_png(&pdf, 1, 150, &dir.path().join("front"));
    let number = store.certificate_scan(&png).expect("scan").number;

    for (number_arg, reason, field) in [
        (&number, "  ", "reason"),
        (&"GIGN-1999-9999".to_owned(), "erreur", "number"),
    ] {
        let err = store
            .certificate_revoke(number_arg, reason)
            .expect_err("refused");
        assert_eq!(
            (err.code, err.field.as_deref()),
            (ErrorCode::InvalidInput, Some(field))
        );
    }
    assert_eq!(
        sql_count(&store, "SELECT count(*) FROM certificate_revocation"),
        0
    );
    let revoked = store
        .certificate_revoke(&number.to_lowercase(), "Attestation délivrée par erreur")
        .expect("revoke");
    assert_eq!(revoked.number, number);
    let again = store
        .certificate_revoke(&number, "encore")
        .expect_err("twice");
    assert!(again.message.contains("déjà révoquée"), "{}", again.message);
    assert_eq!(
        sql_count(&store, "SELECT count(*) FROM audit WHERE kind = 'certificate_revocation' AND action = 'insert'"),
        1
    );

    let by_qr = store.certificate_scan(&png).expect("scan");
    assert_eq!(
        (by_qr.verdict, by_qr.verdict_label.as_str()),
        (Verdict::Revoked, "révoqué")
    );
    assert!(
        by_qr.explanation.contains("délivrée par erreur"),
        "{}",
        by_qr.explanation
    );
    let by_number = store.certificate_check(&number).expect("check");
    assert_eq!(by_number.verdict, Verdict::Revoked);
    assert_eq!(
        by_number.revocation.as_ref().map(|r| r.reason.as_str()),
        Some("Attestation délivrée par erreur")
    );
    assert_eq!(store.certificate_revocations().expect("list").len(), 1);

    let after = store
        .document_save(
            &DocumentRequest::Certificates {
                session_id: session,
            },
            &pdf,
        )
        .expect("print again");
    assert_eq!(
        after.pages + 2,
        before.pages,
        "the revoked certificate is no longer printed"
    );
    let unknown = store
        .certificate_check("GIGN-1999-9999")
        .expect_err("unknown");
    assert_eq!(unknown.code, ErrorCode::NotFound);
    let empty = store.certificate_check("  ").expect_err("empty");
    assert_eq!(
        (empty.code, empty.field.as_deref()),
        (ErrorCode::InvalidInput, Some("number"))
    );
}

#[test]
fn files_without_a_certificate_code_are_refused_with_a_clear_message() {
    let (dir, store) = demo();
    let cases = [
        (
            "other.png",
            qr::png("https://www.gendarmerie.interieur.gouv.fr").expect("qr"),
            "n'est pas celui",
        ),
        ("blank.png", blank_png(), "Aucun code QR"),
        ("notes.txt", b"pas une image".to_vec(), "ne peut pas"),
        ("broken.pdf", b"%PDF-1.7\nnot really".to_vec(), "endommagé"),
    ];
    for (name, bytes, says) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        let err = store.certificate_scan(&path).expect_err(name);
        assert_eq!(
            (err.code, err.field.as_deref()),
            (ErrorCode::BadFile, Some("file")),
            "{name}"
        );
        assert!(err.message.contains(says), "{name}: {}", err.message);
    }
    let err =
        certificates::scan_with_key(&dir.path().join("other.png"), "not a key").expect_err("key");
    assert_eq!(err.field.as_deref(), Some("key"));
}

fn blank_png() -> Vec<u8> {
    let img = image::GrayImage::from_pixel(200, 200, image::Luma([255]));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png)
        .expect("png");
    out.into_inner()
}
