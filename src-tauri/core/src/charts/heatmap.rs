//! Country × year grid: one row per country (the N busiest), one column per year, each
//! cell shaded by its number of actions (lightness-ordered blues) with the number written.
//! Rows sorted by total, or grouped by continent.

use std::collections::{BTreeMap, HashMap};

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use rusqlite::Connection;

use super::data::{actions_by, Dim};
use super::frame::{self, bold, font, Area, DrawResult, LegendItem, Swatch, MARGIN};
use super::labels::{filter_line, Applies};
use super::style::{self, fr, Hatch, MUTED, SEQUENTIAL};
use super::{ChartFilter, HeatmapSort};
use crate::error::Result;
use crate::i18n::{self, tr};

const DEFAULT_TOP: u32 = 25;

struct Row {
    label: String,
    /// Continent name when grouped by continent.
    group: Option<String>,
    counts: HashMap<i32, i64>,
}

pub(super) fn render(conn: &Connection, filter: &ChartFilter) -> Result<String> {
    let data = actions_by(conn, &[Dim::Country, Dim::Year], filter)?;
    let mut totals: BTreeMap<String, i64> = BTreeMap::new();
    let mut names: HashMap<String, String> = HashMap::new();
    for r in &data {
        let code = r.country.clone().unwrap_or_default();
        *totals.entry(code.clone()).or_default() += r.count;
        names.insert(code, r.country_name.clone().unwrap_or_default());
    }
    let top = filter.top(DEFAULT_TOP);
    let mut codes: Vec<String> = frame::top_keys(&totals, totals.len())
        .0
        .into_iter()
        .take(top)
        .collect();
    let grouped = filter.heatmap_sort == HeatmapSort::Continent;
    let continent = |code: &str| {
        crate::country::get(code)
            .map(|c| c.continent_fr())
            .unwrap_or_default()
    };
    if grouped {
        // Stable sort: busiest first within each continent.
        codes.sort_by_key(|c| continent(c));
    }
    let rows: Vec<Row> = codes
        .iter()
        .map(|code| Row {
            label: names.get(code).cloned().unwrap_or_default(),
            group: grouped.then(|| continent(code)),
            counts: data
                .iter()
                .filter(|r| r.country.as_deref() == Some(code.as_str()))
                .filter_map(|r| Some((r.year?, r.count)))
                .collect(),
        })
        .collect();
    let (first, last) = data
        .iter()
        .filter_map(|r| r.year)
        .fold((i32::MAX, i32::MIN), |(a, b), y| (a.min(y), b.max(y)));
    let years: Vec<i32> = match (filter.from, filter.to) {
        (Some(a), Some(b)) => (a..=b).collect(),
        _ if first <= last => (filter.from.unwrap_or(first)..=filter.to.unwrap_or(last)).collect(),
        _ => Vec::new(),
    };
    let max = rows
        .iter()
        .flat_map(|r| r.counts.values())
        .copied()
        .max()
        .unwrap_or(0);
    let mut extra = vec![tr(
        "chart-top-countries",
        &i18n::args([("n", rows.len().max(1))]),
    )];
    if grouped {
        extra.push(tr("chart-sort-continent", &[]));
    }
    let filters = filter_line(conn, filter, Applies::Actions, &extra)?;
    let title = tr("chart-title-heatmap", &[]);
    frame::svg(|root| draw(root, &title, &filters, &rows, &years, max))
}

fn draw(
    root: &Area<'_>,
    title: &str,
    filters: &str,
    rows: &[Row],
    years: &[i32],
    max: i64,
) -> DrawResult<()> {
    let body = frame::header(root, title, filters)?;
    let classes = style::classes(max);
    let mut legend = vec![LegendItem::new(
        tr("chart-legend-none", &[]),
        Swatch::Outline(MUTED),
    )];
    for (i, c) in classes.iter().enumerate() {
        legend.push(LegendItem::new(
            style::class_label(*c),
            Swatch::Fill(SEQUENTIAL[i + 1], Hatch::None),
        ));
    }
    let body = frame::legend(&body, &tr("chart-legend-actions", &[]), &legend)?;
    if rows.is_empty() || years.is_empty() {
        return frame::no_data(&body);
    }
    let (w, h) = body.dim_in_pixel();
    let label_style = font(13.0);
    let group_style = bold(13.0);
    let mut label_w = 0;
    let mut group_w = 0;
    for r in rows {
        label_w = label_w.max(body.estimate_text_size(&r.label, &label_style)?.0 as i32);
        if let Some(g) = &r.group {
            group_w = group_w.max(body.estimate_text_size(g, &group_style)?.0 as i32 + 14);
        }
    }
    let left = MARGIN + group_w + label_w + 10;
    let top = 30;
    let cell_w = ((w as i32 - left - MARGIN) / years.len() as i32).clamp(8, 90);
    let cell_h = ((h as i32 - top - 8) / rows.len() as i32).clamp(6, 34);
    let year_style = font(13.0).pos(Pos::new(HPos::Center, VPos::Bottom));
    let every = if cell_w < 34 { 2 } else { 1 };
    for (j, y) in years.iter().enumerate() {
        if j % every == 0 {
            let x = left + j as i32 * cell_w + cell_w / 2;
            body.draw(&Text::new(y.to_string(), (x, top - 8), year_style.clone()))?;
        }
    }
    let count_size = (cell_h as f64 * 0.5).clamp(9.0, 13.0);
    let show_counts = cell_w >= 30 && cell_h >= 14;
    let mut previous_group: Option<&str> = None;
    for (i, row) in rows.iter().enumerate() {
        let y0 = top + i as i32 * cell_h;
        let mid = y0 + cell_h / 2;
        let style = label_style.pos(Pos::new(HPos::Right, VPos::Center));
        body.draw(&Text::new(row.label.clone(), (left - 8, mid), style))?;
        if let Some(g) = row.group.as_deref() {
            if previous_group != Some(g) {
                if previous_group.is_some() {
                    let line = vec![(MARGIN, y0), (left + cell_w * years.len() as i32, y0)];
                    body.draw(&PathElement::new(line, BLACK.stroke_width(2)))?;
                }
                let style = group_style.pos(Pos::new(HPos::Left, VPos::Center));
                body.draw(&Text::new(g.to_owned(), (MARGIN, mid), style))?;
                previous_group = Some(g);
            }
        }
        for (j, year) in years.iter().enumerate() {
            let count = row.counts.get(year).copied().unwrap_or(0);
            let x0 = left + j as i32 * cell_w;
            let (a, b) = ((x0, y0), (x0 + cell_w, y0 + cell_h));
            if count == 0 {
                body.draw(&Rectangle::new([a, b], WHITE.filled()))?;
            } else {
                let class = style::class_of(&classes, count);
                body.draw(&Rectangle::new([a, b], SEQUENTIAL[class + 1].filled()))?;
                if show_counts {
                    let ink = if class >= 3 { WHITE } else { BLACK };
                    let style = font(count_size)
                        .color(&ink)
                        .pos(Pos::new(HPos::Center, VPos::Center));
                    body.draw(&Text::new(fr(count), (x0 + cell_w / 2, mid), style))?;
                }
            }
            body.draw(&Rectangle::new(
                [a, b],
                RGBColor(200, 200, 200).stroke_width(1),
            ))?;
        }
    }
    Ok(())
}
