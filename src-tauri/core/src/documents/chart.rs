//! A chart of the Graphiques screen on an A4 landscape page: the very SVG shown on screen,
//! with its text kept as text (the charts' font is in the document engine).

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use typst_layout::PagedDocument;

use super::pdf;
use crate::charts::{self, ChartFilter, ChartName, SeriesSplit};
use crate::error::Result;
use crate::i18n;
use crate::validate::fr_date;

#[derive(Serialize)]
struct ChartPage {
    title: String,
    svg: String,
    source: String,
    generated: String,
}

/// The chart `name` for `filter`, laid out on one page dated `generated`.
pub fn chart_layout(
    conn: &Connection,
    name: ChartName,
    filter: &ChartFilter,
    generated: NaiveDate,
) -> Result<PagedDocument> {
    let page = ChartPage {
        title: i18n::tr(title_id(name, filter), &[]),
        svg: charts::render_svg(conn, name, filter)?,
        source: i18n::tr("doc-chart-source", &[]),
        generated: i18n::tr("doc-generated", &i18n::args([("date", fr_date(generated))])),
    };
    pdf::compile("chart.typ", &page)
}

/// The chart's own title, as the PDF's document title.
fn title_id(name: ChartName, filter: &ChartFilter) -> &'static str {
    match name {
        ChartName::ActionsByCountryYear => "chart-title-actions-by-country",
        ChartName::ActionsHeatmap => "chart-title-heatmap",
        ChartName::ActionsByYear => match filter.series_split {
            SeriesSplit::Kind => "chart-title-by-year-kind",
            SeriesSplit::Domain => "chart-title-by-year-domain",
        },
        ChartName::ActionsWorldMap => "chart-title-world-map",
        ChartName::OperationalByYear => "chart-title-operational",
        ChartName::TraineesByState => "chart-title-trainees",
    }
}
