//! Typst as a library: one engine holding our templates and the embedded fonts, and a
//! `render` helper that turns a template and its data into PDF bytes. No file system, no
//! network, no system font: the same data gives the same PDF on every machine.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Serialize;
use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::{Dict, IntoValue};
use typst::text::Font;
use typst_as_lib::{TypstAsLibError, TypstEngine};
use typst_layout::PagedDocument;

use crate::charts::style::{FONT_BOLD, FONT_REGULAR};
use crate::error::{Error, ErrorCode, Result};
use crate::i18n;

/// The templates every document can import, by their virtual path.
const TEMPLATES: [(&str, &str); 8] = [
    ("common.typ", include_str!("templates/common.typ")),
    ("attendance.typ", include_str!("templates/attendance.typ")),
    ("certificate.typ", include_str!("templates/certificate.typ")),
    ("chart.typ", include_str!("templates/chart.typ")),
    (
        "report.typ",
        include_str!("../reports/templates/report.typ"),
    ),
    (
        "annual.typ",
        include_str!("../reports/templates/annual.typ"),
    ),
    (
        "dossier.typ",
        include_str!("../privacy/templates/dossier.typ"),
    ),
    (
        "country.typ",
        include_str!("../reports/templates/country.typ"),
    ),
];

/// The one font family the documents use, from `typst-assets` (SIL Open Font License).
const FAMILY: &str = "Libertinus Serif";

fn engine() -> &'static TypstEngine {
    static ENGINE: OnceLock<TypstEngine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let mut fonts: Vec<Font> = typst_assets::fonts()
            .flat_map(|data| Font::iter(typst::foundations::Bytes::new(data)))
            .filter(|font| font.info().family == FAMILY)
            .collect();
        // The charts' font, so a chart's SVG placed in a document keeps its text.
        fonts.extend(
            [FONT_REGULAR, FONT_BOLD]
                .into_iter()
                .flat_map(|data| Font::iter(typst::foundations::Bytes::new(data))),
        );
        TypstEngine::builder()
            .fonts(fonts)
            .with_static_source_file_resolver(TEMPLATES)
            .build()
    })
}

/// Compiles `template` with `data` (serialised to JSON, read by the template as
/// `json(bytes(sys.inputs.data))`) and exports the result as PDF.
pub fn render<T: Serialize>(template: &str, data: &T) -> Result<Vec<u8>> {
    to_pdf(&compile(template, data)?)
}

/// Lays out `template` with `data` into pages, ready for [`to_pdf`] or [`to_svg_pages`].
pub fn compile<T: Serialize>(template: &str, data: &T) -> Result<PagedDocument> {
    let json = serde_json::to_string(data).map_err(Error::internal)?;
    let mut inputs = Dict::new();
    inputs.insert("data".into(), json.into_value());
    engine()
        .compile_with_input(template, inputs)
        .output
        .map_err(typst_error)
}

pub fn to_pdf(document: &PagedDocument) -> Result<Vec<u8>> {
    typst_pdf::pdf(document, &typst_pdf::PdfOptions::default())
        .map_err(|diagnostics| pdf_error(&diagnostics))
}

/// One self-contained SVG per page (glyphs as paths): the on-screen preview and the
/// printed pages are the very layout of the PDF.
pub fn to_svg_pages(document: &PagedDocument) -> Vec<String> {
    let options = typst_svg::SvgOptions::default();
    document
        .pages()
        .iter()
        .map(|page| typst_svg::svg(page, &options))
        .collect()
}

/// Renders each Fluent id in `ids` (no arguments) into a map the template reads as `l.at(id)`.
pub fn labels(ids: &[&str]) -> BTreeMap<String, String> {
    ids.iter()
        .map(|id| ((*id).to_owned(), i18n::tr(id, &[])))
        .collect()
}

fn typst_error(e: TypstAsLibError) -> Error {
    match e {
        TypstAsLibError::TypstSource(diagnostics) => pdf_error(&diagnostics),
        other => pdf_message(other.to_string()),
    }
}

fn pdf_error(diagnostics: &[SourceDiagnostic]) -> Error {
    let detail = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.message.to_string())
        .collect::<Vec<_>>()
        .join(" ; ");
    pdf_message(detail)
}

/// A template that fails to compile is our bug, never the user's: `INTERNAL`.
fn pdf_message(detail: String) -> Error {
    Error::new(
        ErrorCode::Internal,
        "err-pdf",
        i18n::args([("detail", detail)]),
    )
}
