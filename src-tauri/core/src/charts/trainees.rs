//! Foreign trainees per year, stacked by state (the main states, the rest in "Autres États").

use std::collections::BTreeMap;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use rusqlite::Connection;

use super::data::trainees_by_state;
use super::frame::{self, font, Area, DrawResult, LegendItem, Swatch};
use super::labels::{filter_line, Applies};
use super::series::year_axes;
use super::style::{self, fr, Hatch, OTHER};
use super::ChartFilter;
use crate::error::Result;
use crate::i18n::{self, tr};

const DEFAULT_TOP: u32 = 7;

/// One year's bar: (state index, trainees), the last index being "others".
struct Column {
    year: i32,
    segments: Vec<(usize, i64)>,
}

pub(super) fn render(conn: &Connection, filter: &ChartFilter) -> Result<String> {
    let data = trainees_by_state(conn, filter)?;
    let mut totals: BTreeMap<String, i64> = BTreeMap::new();
    for r in &data {
        *totals.entry(r.country_name.clone()).or_default() += r.trainees;
    }
    let top = filter.top(DEFAULT_TOP);
    let (states, folded) = frame::top_keys(&totals, top);
    let mut columns: Vec<Column> = Vec::new();
    for r in &data {
        let i = states
            .iter()
            .position(|s| *s == r.country_name)
            .unwrap_or(states.len());
        if columns.last().map(|c| c.year) != Some(r.year) {
            columns.push(Column {
                year: r.year,
                segments: Vec::new(),
            });
        }
        if let Some(c) = columns.last_mut() {
            match c.segments.iter_mut().find(|s| s.0 == i) {
                Some(s) => s.1 += r.trainees,
                None => c.segments.push((i, r.trainees)),
            }
        }
    }
    for c in &mut columns {
        c.segments.sort_unstable();
    }
    let mut legend: Vec<LegendItem> = states
        .iter()
        .enumerate()
        .map(|(i, s)| LegendItem::new(s.clone(), Swatch::Fill(style::category(i), style::hatch(i))))
        .collect();
    if folded {
        legend.push(LegendItem::new(
            tr("chart-legend-other-states", &[]),
            Swatch::Fill(OTHER, Hatch::None),
        ));
    }
    let extra = [tr("chart-top-states", &i18n::args([("n", states.len())]))];
    let filters = filter_line(conn, filter, Applies::Trainees, &extra)?;
    let title = tr("chart-title-trainees", &[]);
    let named = states.len();
    frame::svg(|root| draw(root, &title, &filters, &legend, &columns, named))
}

fn draw(
    root: &Area<'_>,
    title: &str,
    filters: &str,
    legend: &[LegendItem],
    columns: &[Column],
    named: usize,
) -> DrawResult<()> {
    let body = frame::header(root, title, filters)?;
    let body = frame::legend(&body, &tr("chart-legend-state", &[]), legend)?;
    let (Some(first), Some(last)) = (columns.first(), columns.last()) else {
        return frame::no_data(&body);
    };
    let total = |c: &Column| c.segments.iter().map(|s| s.1).sum::<i64>();
    let max = columns.iter().map(total).max().unwrap_or(1).max(1);
    let chart = year_axes(
        &body,
        first.year,
        last.year,
        max,
        columns.len(),
        "chart-axis-trainees",
    )?;
    for c in columns {
        let x = c.year as f64;
        let mut y = 0;
        for &(i, n) in &c.segments {
            let a = chart.backend_coord(&(x - 0.38, y + n));
            let b = chart.backend_coord(&(x + 0.38, y));
            let (color, hatch) = if i < named {
                (style::category(i), style::hatch(i))
            } else {
                (OTHER, Hatch::None)
            };
            frame::fill_rect(root, a, b, color, hatch)?;
            y += n;
        }
        let top = chart.backend_coord(&(x, y));
        let style = font(12.0).pos(Pos::new(HPos::Center, VPos::Bottom));
        root.draw(&Text::new(fr(y), (top.0, top.1 - 4), style))?;
    }
    Ok(())
}
