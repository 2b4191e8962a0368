//! The printed reports over the demo data, checked the way a reader would: the PDF's text
//! as pdftotext extracts it (the public 2016 figures, written the French way), every page
//! rendered by pdftoppm, and the bad requests refused in French with nothing written.

#[path = "common/pdf.rs"]
mod pdf;
#[path = "reports/support.rs"]
mod support;

use std::time::Instant;

use coopdesk_core::documents::DocumentRequest;
use coopdesk_core::{ErrorCode, Store};

use pdf::{page_count, pdf_layout_text, pdf_text, render_pages};
use support::{demo, fr};

fn count(store: &Store, sql: &str, args: &[&dyn rusqlite::ToSql]) -> i64 {
    store.conn().query_row(sql, args, |r| r.get(0)).expect(sql)
}

fn contains_all(text: &str, expected: &[String]) {
    for e in expected {
        assert!(text.contains(e.as_str()), "« {e} » missing from:\n{text}");
    }
}

#[test]
fn annual_report_2016_states_the_public_figures_and_the_comparison() {
    let mut store = demo();
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("rapport-2016.pdf");
    let started = Instant::now();
    let written = store.report_annual_pdf(2016, &out).expect("annual report");
    eprintln!(
        "annual report 2016: {:?}, {} bytes, {} pages",
        started.elapsed(),
        written.bytes,
        written.pages
    );
    let text = pdf_text(&out);
    let flat = text.replace('\u{c}', " ");

    // The figures of the public text, in the headline sentence and the tiles.
    contains_all(
        &flat,
        &[
            "Rapport annuel d'activité 2016".into(),
            "En 2016, 2 160 actions de coopération technique ont été menées par les 74 SSI du réseau, qui couvrent 158 pays.".into(),
            "1 600 personnes inscrites au fichier des personnes recherchées, dont 347 sous mandat d'arrêt".into(),
            "Le GIGN a formé 100 stagiaires issus de 20 États.".into(),
        ],
    );
    // Every part the issue asks for.
    contains_all(
        &flat,
        &[
            "Le réseau des SSI par continent".into(),
            "Afrique".into(),
            "Actions par type".into(),
            "Actions par thématique".into(),
            "Actions par bailleur".into(),
            "Union européenne".into(),
            "Actions par pays (".into(),
            "Coopération opérationnelle".into(),
            "Résultats par canal de coopération".into(),
            "Stages du GIGN pour les stagiaires étrangers".into(),
            "Stagiaires par État".into(),
            "Échanges avec les unités partenaires".into(),
            "Comparaison avec l'année précédente".into(),
            // The charts of the Graphiques screen keep their text inside the PDF.
            "Actions de coopération technique par pays et par type".into(),
            "Coopération opérationnelle : personnes localisées par année".into(),
        ],
    );
    // The previous year's figures, as the database gives them.
    let before = store.kpis(2015).expect("2015 figures");
    contains_all(
        &flat,
        &[
            format!("2015 : {}", fr(before.technical_actions)),
            format!("2015 : {}", fr(before.persons_located)),
        ],
    );
    // The comparison table, read line by line.
    let rows = pdf_layout_text(&out);
    contains_all(
        &rows,
        &[
            format!(
                "Actions de coopération technique {} 2 160 +{}",
                fr(before.technical_actions),
                fr(2160 - before.technical_actions)
            ),
            format!(
                "Personnes recherchées localisées {} 1 600",
                fr(before.persons_located)
            ),
            format!(
                "dont sous mandat d'arrêt {} 347",
                fr(before.arrest_warrants)
            ),
            format!("Stagiaires étrangers formés {} 100", fr(before.trainees)),
        ],
    );
    // The period and filters under the title, the date and distribution line, page numbers.
    let pages = page_count(&out);
    assert_eq!(pages, written.pages);
    assert!(pages >= 6, "{pages} pages");
    let today = coopdesk_core::today().format("%d/%m/%Y").to_string();
    contains_all(
        &flat,
        &[
            "Année 2016 (du 1er janvier au 31 décembre)".into(),
            "comparaison avec 2015".into(),
            format!("Document généré le {today} par CoopDesk"),
            "Diffusion restreinte".into(),
            format!("Page 1 / {pages}"),
            format!("Page {pages} / {pages}"),
        ],
    );
    assert_eq!(render_pages(&out), pages, "every page renders");
}

#[test]
fn the_preview_shows_the_pages_of_the_pdf() {
    let mut store = demo();
    let request = DocumentRequest::AnnualReport { year: 2016 };
    let started = Instant::now();
    let preview = store.document_preview(&request).expect("preview");
    eprintln!(
        "annual report 2016 preview: {:?}, {} SVG pages",
        started.elapsed(),
        preview.pages.len()
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("rapport.pdf");
    let written = store.document_save(&request, &out).expect("save");
    assert_eq!(preview.pages.len(), written.pages);
    assert!(preview.pages.iter().all(|p| p.contains("<svg")));
}

#[test]
fn country_sheet_of_senegal_lists_its_ssi_actions_trainees_and_requests() {
    let mut store = demo();
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("fiche-SN.pdf");
    let started = Instant::now();
    let written = store
        .report_country_pdf("sn", Some(2012), Some(2016), &out)
        .expect("country sheet");
    eprintln!(
        "country sheet SN 2012–2016: {:?}, {} bytes, {} pages",
        started.elapsed(),
        written.bytes,
        written.pages
    );
    let text = pdf_text(&out).replace('\u{c}', " ");
    let period = ["2012-01-01", "2016-12-31"];
    let actions = count(
        &store,
        "SELECT count(*) FROM technical_action WHERE country = 'SN' AND status <> 'cancelled'
            AND start_date BETWEEN ?1 AND ?2",
        &[&period[0], &period[1]],
    );
    let located = count(
        &store,
        "SELECT sum(persons_located) FROM operational_case WHERE country = 'SN'
            AND opened_on BETWEEN ?1 AND ?2",
        &[&period[0], &period[1]],
    );
    contains_all(
        &text,
        &[
            "Fiche pays : Sénégal".into(),
            "Pays : Sénégal (SN) · période : 2012–2016".into(),
            "DAK — Dakar".into(),
            "Personnel affecté au SSI DAK pendant la période".into(),
            format!(
                "{} actions de coopération technique ont été menées dans le pays",
                fr(actions)
            ),
            format!("{} personnes recherchées y ont été localisées", fr(located)),
            "Actions par année et par type".into(),
            "Stagiaires par unité".into(),
            "Unités partenaires".into(),
            "Demandes reçues".into(),
        ],
    );
    // Every trainee of Senegal who took a course in the period, and every request.
    let conn = store.conn();
    let mut stmt = conn
        .prepare(
            "SELECT DISTINCT t.last_name FROM enrolment e JOIN trainee t ON t.id = e.trainee_id
               JOIN session s ON s.id = e.session_id
              WHERE t.country = 'SN' AND s.start_date BETWEEN '2012-01-01' AND '2016-12-31'
                AND s.status <> 'cancelled' AND e.status IN ('attended', 'passed', 'failed')
             UNION ALL
             SELECT reference FROM request WHERE country = 'SN'
                AND received_on BETWEEN '2012-01-01' AND '2016-12-31'",
        )
        .expect("names");
    let expected: Vec<String> = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .expect("names")
        .map(|n| n.expect("a name").to_uppercase())
        .collect();
    assert!(expected.len() > 5, "{expected:?}");
    contains_all(&text, &expected);
    assert!(
        !text.contains("DEM-2017"),
        "nothing outside the period is listed"
    );
    let pages = page_count(&out);
    assert_eq!(render_pages(&out), pages, "every page renders");
    assert!(text.contains(&format!("Page {pages} / {pages}")));
}

#[test]
fn country_sheet_defaults_to_every_year_with_data() {
    let store = demo();
    let years = store.data_years().expect("years");
    let (first, last) = (years[0], years[years.len() - 1]);
    let report = coopdesk_core::reports::country_sheet(
        store.conn(),
        "CI",
        None,
        None,
        coopdesk_core::today(),
    )
    .expect("sheet");
    assert!(
        report.filters.contains(&format!("{first}–{last}")),
        "{}",
        report.filters
    );
    let one = coopdesk_core::reports::country_sheet(
        store.conn(),
        "CI",
        Some(2016),
        Some(2016),
        coopdesk_core::today(),
    )
    .expect("one year");
    assert!(one.filters.contains("période : 2016 "), "{}", one.filters);
}

#[test]
fn bad_requests_are_refused_in_french_and_nothing_is_written() {
    let mut store = demo();
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("refusé.pdf");
    let cases: Vec<(coopdesk_core::Error, &str, &str)> = vec![
        (
            store.report_annual_pdf(2031, &out).expect_err("no data"),
            "year",
            "Aucune donnée pour l'année 2031 : les données couvrent 2007 à",
        ),
        (
            store.report_annual_pdf(1492, &out).expect_err("bad year"),
            "year",
            "Année invalide : 1492",
        ),
        (
            store
                .report_country_pdf("ZZ", None, None, &out)
                .expect_err("unknown country"),
            "country",
            "Pays inconnu : « ZZ »",
        ),
        (
            store
                .report_country_pdf("SN", Some(2016), Some(2012), &out)
                .expect_err("from after to"),
            "to",
            "l'année de début (2016) est postérieure à l'année de fin (2012)",
        ),
        (
            store
                .report_country_pdf("SN", Some(99), None, &out)
                .expect_err("bad from"),
            "from",
            "Année invalide : 99",
        ),
        (
            store
                .report_country_pdf("AQ", None, None, &out)
                .expect_err("nothing recorded"),
            "country",
            "Aucune donnée pour le pays « Antarctique »",
        ),
    ];
    for (err, field, message) in cases {
        assert_eq!(err.code, ErrorCode::InvalidInput, "{err:?}");
        assert_eq!(err.field.as_deref(), Some(field), "{err:?}");
        assert!(err.message.contains(message), "{}", err.message);
    }
    assert!(!out.exists(), "a refused report writes no file");
}

#[test]
fn an_empty_database_has_no_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(&dir.path().join("empty.sqlite")).expect("open");
    let err = store
        .report_annual_pdf(2016, &dir.path().join("r.pdf"))
        .expect_err("empty");
    assert_eq!(err.code, ErrorCode::InvalidInput);
    assert!(err.message.contains("aucune donnée"), "{}", err.message);
}
