//! Actions by country over the period: one horizontal bar per country (the N busiest),
//! stacked by action kind, the total written at the end of each bar.

use std::collections::BTreeMap;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use rusqlite::Connection;

use super::data::{actions_by, Dim};
use super::frame::{self, font, Area, DrawResult, LegendItem, Swatch, MARGIN};
use super::labels::{filter_line, Applies};
use super::style::{self, fr, GRID, OTHER};
use super::ChartFilter;
use crate::error::Result;
use crate::i18n::{self, tr};

const DEFAULT_TOP: u32 = 15;
/// Kinds shown separately; the rest are folded into "Autres".
const MAX_KINDS: usize = 6;

/// One bar: the country's name and its segments (kind index, count).
pub(super) struct Bar {
    pub label: String,
    pub segments: Vec<(usize, i64)>,
}

pub(super) fn render(conn: &Connection, filter: &ChartFilter) -> Result<String> {
    let rows = actions_by(conn, &[Dim::Country, Dim::Kind], filter)?;
    let top = filter.top(DEFAULT_TOP);
    let mut by_country: BTreeMap<String, i64> = BTreeMap::new();
    let mut by_kind: BTreeMap<String, i64> = BTreeMap::new();
    for r in &rows {
        let country = r.country_name.clone().unwrap_or_default();
        *by_country.entry(country).or_default() += r.count;
        *by_kind
            .entry(r.kind_name.clone().unwrap_or_default())
            .or_default() += r.count;
    }
    // The N busiest countries, busiest first.
    let countries: Vec<String> = frame::top_keys(&by_country, by_country.len())
        .0
        .into_iter()
        .take(top)
        .collect();
    let (kinds, folded) = frame::top_keys(&by_kind, MAX_KINDS);
    let bars: Vec<Bar> = countries
        .iter()
        .map(|c| {
            let mut segments = vec![0i64; kinds.len() + usize::from(folded)];
            for r in rows.iter().filter(|r| r.country_name.as_deref() == Some(c)) {
                let kind = r.kind_name.as_deref().unwrap_or_default();
                let i = kinds.iter().position(|k| k == kind).unwrap_or(kinds.len());
                if let Some(s) = segments.get_mut(i) {
                    *s += r.count;
                }
            }
            Bar {
                label: c.clone(),
                segments: segments
                    .into_iter()
                    .enumerate()
                    .filter(|(_, n)| *n > 0)
                    .collect(),
            }
        })
        .collect();
    let mut legend: Vec<LegendItem> = kinds
        .iter()
        .enumerate()
        .map(|(i, k)| LegendItem::new(k.clone(), Swatch::Fill(style::category(i), style::hatch(i))))
        .collect();
    if folded {
        legend.push(LegendItem::new(
            tr("chart-legend-others", &[]),
            Swatch::Fill(OTHER, style::Hatch::None),
        ));
    }
    let top_label = tr(
        "chart-top-countries",
        &i18n::args([("n", countries.len().max(1))]),
    );
    let filters = filter_line(conn, filter, Applies::Actions, &[top_label])?;
    let title = tr("chart-title-actions-by-country", &[]);
    frame::svg(|root| draw(root, &title, &filters, &bars, &legend, kinds.len()))
}

fn color_of(i: usize, named: usize) -> (RGBColor, style::Hatch) {
    if i < named {
        (style::category(i), style::hatch(i))
    } else {
        (OTHER, style::Hatch::None)
    }
}

fn draw(
    root: &Area<'_>,
    title: &str,
    filters: &str,
    bars: &[Bar],
    legend: &[LegendItem],
    named: usize,
) -> DrawResult<()> {
    let body = frame::header(root, title, filters)?;
    let body = frame::legend(&body, &tr("chart-legend-kind", &[]), legend)?;
    if bars.is_empty() {
        return frame::no_data(&body);
    }
    let label_style = font(14.0);
    let mut label_w = 0;
    for b in bars {
        label_w = label_w.max(body.estimate_text_size(&b.label, &label_style)?.0);
    }
    let n = bars.len();
    let max = bars
        .iter()
        .map(|b| b.segments.iter().map(|s| s.1).sum::<i64>())
        .max()
        .unwrap_or(1)
        .max(1);
    let mut chart = ChartBuilder::on(&body)
        .margin_left(MARGIN)
        .margin_right(MARGIN + 30)
        .margin_top(6)
        .margin_bottom(6)
        .x_label_area_size(48)
        .y_label_area_size(label_w + 44)
        .build_cartesian_2d(0i64..(max + max / 12 + 1), 0f64..n as f64)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID)
        .x_desc(tr("chart-axis-actions", &[]))
        .y_desc(tr("chart-axis-country", &[]))
        .x_label_formatter(&|v| fr(*v))
        .y_labels(0)
        .label_style(label_style.clone())
        .axis_desc_style(font(15.0))
        .draw()?;
    for (rank, bar) in bars.iter().enumerate() {
        let y = (n - 1 - rank) as f64;
        let mut x = 0;
        for &(i, count) in &bar.segments {
            let a = chart.backend_coord(&(x, y + 0.82));
            let b = chart.backend_coord(&(x + count, y + 0.18));
            let (color, hatch) = color_of(i, named);
            frame::fill_rect(root, a, b, color, hatch)?;
            x += count;
        }
        let start = chart.backend_coord(&(0, y + 0.5));
        let style = label_style.pos(Pos::new(HPos::Right, VPos::Center));
        root.draw(&Text::new(bar.label.clone(), (start.0 - 8, start.1), style))?;
        let end = chart.backend_coord(&(x, y + 0.5));
        let style = font(13.0).pos(Pos::new(HPos::Left, VPos::Center));
        root.draw(&Text::new(fr(x), (end.0 + 5, end.1), style))?;
    }
    Ok(())
}
