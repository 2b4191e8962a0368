//! Operational cooperation per year: persons located abroad through the SSIs (light bar)
//! and, inside it, those under an arrest warrant (dark hatched bar), numbers on top.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use rusqlite::Connection;

use super::data::{operational_by_year, OperationalYear};
use super::frame::{self, font, Area, DrawResult, LegendItem, Swatch};
use super::labels::{filter_line, Applies};
use super::series::year_axes;
use super::style::{fr, Hatch, CATEGORY};
use super::ChartFilter;
use crate::error::Result;
use crate::i18n::tr;

const LOCATED: RGBColor = CATEGORY[4];
const WARRANTS: RGBColor = CATEGORY[5];

pub(super) fn render(conn: &Connection, filter: &ChartFilter) -> Result<String> {
    let data = operational_by_year(conn, filter)?;
    let filters = filter_line(conn, filter, Applies::Operational, &[])?;
    let title = tr("chart-title-operational", &[]);
    frame::svg(|root| draw(root, &title, &filters, &data))
}

fn draw(root: &Area<'_>, title: &str, filters: &str, data: &[OperationalYear]) -> DrawResult<()> {
    let body = frame::header(root, title, filters)?;
    let items = [
        LegendItem::new(
            tr("chart-legend-located", &[]),
            Swatch::Fill(LOCATED, Hatch::None),
        ),
        LegendItem::new(
            tr("chart-legend-warrants", &[]),
            Swatch::Fill(WARRANTS, Hatch::Rising),
        ),
    ];
    let body = frame::legend(&body, &tr("chart-axis-persons", &[]), &items)?;
    let (Some(first), Some(last)) = (data.first(), data.last()) else {
        return frame::no_data(&body);
    };
    let max = data
        .iter()
        .map(|d| d.persons_located)
        .max()
        .unwrap_or(1)
        .max(1);
    let chart = year_axes(
        &body,
        first.year,
        last.year,
        max,
        data.len(),
        "chart-axis-persons",
    )?;
    let span = (last.year - first.year + 1) as usize;
    let show_numbers = span <= 24;
    for d in data {
        let x = d.year as f64;
        let a = chart.backend_coord(&(x - 0.38, d.persons_located));
        let b = chart.backend_coord(&(x + 0.38, 0));
        frame::fill_rect(root, a, b, LOCATED, Hatch::None)?;
        let a = chart.backend_coord(&(x - 0.24, d.arrest_warrants));
        let b = chart.backend_coord(&(x + 0.24, 0));
        frame::fill_rect(root, a, b, WARRANTS, Hatch::Rising)?;
        if show_numbers {
            let top = chart.backend_coord(&(x, d.persons_located));
            let style = font(12.0).pos(Pos::new(HPos::Center, VPos::Bottom));
            root.draw(&Text::new(fr(d.persons_located), (top.0, top.1 - 4), style))?;
            // The warrants' number sits above their bar, on the light bar (dark text).
            let inner = chart.backend_coord(&(x, d.arrest_warrants));
            if inner.1 - top.1 > 22 {
                let style = font(12.0).pos(Pos::new(HPos::Center, VPos::Bottom));
                root.draw(&Text::new(
                    fr(d.arrest_warrants),
                    (inner.0, inner.1 - 3),
                    style,
                ))?;
            }
        }
    }
    Ok(())
}
