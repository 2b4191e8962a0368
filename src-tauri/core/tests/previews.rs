//! Documents previewed as SVG pages and saved as PDF from the same layout: the pages shown
//! on screen and printed are those of the file.

#[path = "common/pdf.rs"]
mod pdf;
// Shared with the document tests, which use more of it.
#[allow(dead_code)]
#[path = "documents/support.rs"]
mod support;

use coopdesk_core::charts::ChartFormat;
use coopdesk_core::charts::{ChartFilter, ChartName};
use coopdesk_core::documents::DocumentRequest;
use coopdesk_core::ErrorCode;

use support::{demo_store, ids, pdf_text, render_pages};

#[test]
fn a_preview_has_the_pages_of_the_saved_pdf() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = demo_store(&dir);
    let session = ids(
        store.conn(),
        "SELECT session_id FROM enrolment WHERE status = 'passed' GROUP BY session_id
         HAVING count(*) > 3 ORDER BY session_id LIMIT 1",
    )[0];
    for request in [
        DocumentRequest::Attendance {
            session_id: session,
        },
        DocumentRequest::Certificates {
            session_id: session,
        },
    ] {
        let preview = store.document_preview(&request).expect("preview");
        assert!(!preview.pages.is_empty());
        for page in &preview.pages {
            let svg = roxmltree::Document::parse(page).expect("each page is valid SVG");
            assert_eq!(svg.root_element().tag_name().name(), "svg");
        }
        let out = dir.path().join("doc.pdf");
        let written = store.document_save(&request, &out).expect("save");
        assert_eq!(written.pages, preview.pages.len());
        assert_eq!(pdf::page_count(&out), preview.pages.len());
    }
    // The certificates were numbered by the first preview; saving did not number again.
    let again = store
        .document_preview(&DocumentRequest::Certificates {
            session_id: session,
        })
        .expect("preview");
    assert_eq!(again.certificates_issued, Some(0));
}

#[test]
fn a_chart_on_paper_carries_its_title_filters_date_and_source() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = demo_store(&dir);
    let filter = ChartFilter {
        from: Some(2014),
        to: Some(2016),
        ..ChartFilter::default()
    };
    let request = DocumentRequest::Chart {
        name: ChartName::ActionsByCountryYear,
        filter: filter.clone(),
    };
    let out = dir.path().join("chart.pdf");
    let written = store.document_save(&request, &out).expect("chart PDF");
    assert_eq!(written.pages, 1);
    let pdf = std::fs::read(&out).expect("read");
    let text = pdf_text(dir.path(), "chart.pdf", &pdf);
    for expected in [
        "Actions de coopération technique par pays et par type",
        "2014–2016",
        "Source : CoopDesk",
        "Document généré le",
        "Formation",
    ] {
        assert!(text.contains(expected), "{expected} missing:\n{text}");
    }
    assert_eq!(render_pages(dir.path(), "chart.pdf", &pdf), 1);

    // The export of the Graphiques screen writes the same page.
    let exported = dir.path().join("export.pdf");
    store
        .chart_export(
            ChartName::ActionsWorldMap,
            &filter,
            ChartFormat::Pdf,
            0,
            &exported,
        )
        .expect("export");
    let map = std::fs::read(&exported).expect("read");
    assert!(map.starts_with(b"%PDF"));
    let text = pdf_text(dir.path(), "map.pdf", &map);
    assert!(
        text.contains("Actions de coopération technique par pays"),
        "{text}"
    );
}

#[test]
fn a_bad_request_is_refused_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = demo_store(&dir);
    let out = dir.path().join("none.pdf");
    let err = store
        .document_save(
            &DocumentRequest::Attendance {
                session_id: 999_999,
            },
            &out,
        )
        .expect_err("unknown session");
    assert_eq!(err.code, ErrorCode::NotFound);
    let bad = ChartFilter {
        from: Some(2016),
        to: Some(2010),
        ..ChartFilter::default()
    };
    let err = store
        .document_save(
            &DocumentRequest::Chart {
                name: ChartName::ActionsHeatmap,
                filter: bad,
            },
            &out,
        )
        .expect_err("period backwards");
    assert_eq!(err.code, ErrorCode::InvalidInput);
    assert_eq!(err.field.as_deref(), Some("to"));
    assert!(!out.exists());
}
