//! Actions per year, one line per action kind or per domain (the six largest, the rest in
//! "Autres"), each with its own colour and marker shape so that it reads in grey too.

use std::collections::{BTreeMap, HashMap};

use plotters::coord::types::{RangedCoordf64, RangedCoordi64};
use plotters::prelude::*;
use rusqlite::Connection;

use super::data::{actions_by, Dim};
use super::frame::{self, font, Area, DrawResult, LegendItem, Swatch, MARGIN};
use super::labels::{filter_line, Applies};
use super::style::{self, fr, GRID, OTHER};
use super::tips::{self, Tip};
use super::{ChartFilter, SeriesSplit};
use crate::error::Result;
use crate::i18n::tr;

const MAX_LINES: usize = 6;

pub(super) struct Line {
    pub label: String,
    pub color: RGBColor,
    pub marker: usize,
    pub points: Vec<(i32, i64)>,
}

pub(super) fn render(conn: &Connection, filter: &ChartFilter) -> Result<String> {
    let dim = match filter.series_split {
        SeriesSplit::Kind => Dim::Kind,
        SeriesSplit::Domain => Dim::Domain,
    };
    let data = actions_by(conn, &[dim, Dim::Year], filter)?;
    let name = |r: &super::data::StatRow| match dim {
        Dim::Kind => r.kind_name.clone().unwrap_or_default(),
        _ => r.domain_name.clone().unwrap_or_default(),
    };
    let mut totals: BTreeMap<String, i64> = BTreeMap::new();
    for r in &data {
        *totals.entry(name(r)).or_default() += r.count;
    }
    let (keys, folded) = frame::top_keys(&totals, MAX_LINES);
    let years: Vec<i32> = {
        let mut y: Vec<i32> = data.iter().filter_map(|r| r.year).collect();
        y.sort_unstable();
        y.dedup();
        match (y.first(), y.last()) {
            (Some(a), Some(b)) => (filter.from.unwrap_or(*a)..=filter.to.unwrap_or(*b)).collect(),
            _ => Vec::new(),
        }
    };
    let mut per: Vec<HashMap<i32, i64>> = vec![HashMap::new(); keys.len() + usize::from(folded)];
    for r in &data {
        let i = keys
            .iter()
            .position(|k| *k == name(r))
            .unwrap_or(keys.len());
        if let (Some(m), Some(y)) = (per.get_mut(i), r.year) {
            *m.entry(y).or_default() += r.count;
        }
    }
    let lines: Vec<Line> = per
        .iter()
        .enumerate()
        .map(|(i, m)| Line {
            label: keys
                .get(i)
                .cloned()
                .unwrap_or_else(|| tr("chart-legend-others", &[])),
            color: if i < keys.len() {
                style::category(i)
            } else {
                OTHER
            },
            marker: i,
            points: years
                .iter()
                .map(|y| (*y, m.get(y).copied().unwrap_or(0)))
                .collect(),
        })
        .collect();
    let (title, legend) = match filter.series_split {
        SeriesSplit::Kind => ("chart-title-by-year-kind", "chart-legend-kind"),
        SeriesSplit::Domain => ("chart-title-by-year-domain", "chart-legend-domain"),
    };
    let filters = filter_line(conn, filter, Applies::Actions, &[])?;
    let (title, legend) = (tr(title, &[]), tr(legend, &[]));
    let mut found = Vec::new();
    let svg = frame::svg(|root| draw(root, &title, &filters, &legend, &lines, &years, &mut found))?;
    Ok(tips::add(svg, &found))
}

/// The axes of a chart of bars per year (operational results, trainees): years across,
/// counts up with an eighth of headroom, `y_desc` naming the counts (a Fluent id).
pub(super) fn year_axes<'a, 'b>(
    body: &'a Area<'b>,
    first: i32,
    last: i32,
    max: i64,
    years: usize,
    y_desc: &str,
) -> DrawResult<ChartContext<'a, SVGBackend<'b>, Cartesian2d<RangedCoordf64, RangedCoordi64>>> {
    let mut chart = year_chart(body, 10).build_cartesian_2d(
        (first as f64 - 0.5)..(last as f64 + 0.5),
        0i64..(max + max / 8 + 1),
    )?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID)
        .x_labels(years.min(20) + 1)
        .x_label_formatter(&year_label)
        .y_label_formatter(&|v| fr(*v))
        .x_desc(tr("chart-axis-year", &[]))
        .y_desc(tr(y_desc, &[]))
        .label_style(font(14.0))
        .axis_desc_style(font(15.0))
        .draw()?;
    Ok(chart)
}

/// The frame every chart by year draws in: margins and room for the axis labels (`right`:
/// more room on the right, for the lines' end values).
fn year_chart<'a, 'b>(body: &'a Area<'b>, right: i32) -> ChartBuilder<'a, 'static, SVGBackend<'b>> {
    let mut builder = ChartBuilder::on(body);
    builder
        .margin_left(MARGIN)
        .margin_right(MARGIN + right)
        .margin_top(10)
        .margin_bottom(6)
        .x_label_area_size(48)
        .y_label_area_size(80);
    builder
}

pub(super) fn year_label(v: &f64) -> String {
    if (v - v.round()).abs() < 1e-6 {
        format!("{v:.0}")
    } else {
        String::new()
    }
}

fn draw(
    root: &Area<'_>,
    title: &str,
    filters: &str,
    legend_title: &str,
    lines: &[Line],
    years: &[i32],
    found: &mut Vec<Tip>,
) -> DrawResult<()> {
    let body = frame::header(root, title, filters)?;
    let items: Vec<LegendItem> = lines
        .iter()
        .map(|l| LegendItem::new(l.label.clone(), Swatch::Line(l.color, l.marker)))
        .collect();
    let body = frame::legend(&body, legend_title, &items)?;
    let (Some(first), Some(last)) = (years.first(), years.last()) else {
        return frame::no_data(&body);
    };
    let max = lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.1))
        .max()
        .unwrap_or(1)
        .max(1);
    let mut chart = year_chart(&body, END_LABEL_ROOM).build_cartesian_2d(
        (*first as f64 - 0.5)..(*last as f64 + 0.5),
        0i64..(max + max / 10 + 1),
    )?;
    chart
        .configure_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID)
        .x_labels(years.len().min(20))
        .x_label_formatter(&year_label)
        .y_label_formatter(&|v| fr(*v))
        .x_desc(tr("chart-axis-year", &[]))
        .y_desc(tr("chart-axis-actions", &[]))
        .label_style(font(14.0))
        .axis_desc_style(font(15.0))
        .draw()?;
    let mut ends = Vec::new();
    for line in lines {
        let points: Vec<(f64, i64)> = line.points.iter().map(|&(y, n)| (y as f64, n)).collect();
        chart.draw_series(std::iter::once(PathElement::new(
            points.clone(),
            line.color.stroke_width(3),
        )))?;
        for (p, &(year, n)) in points.iter().zip(&line.points) {
            let at = chart.backend_coord(p);
            frame::marker(root, at, line.marker, line.color)?;
            found.push(Tip {
                x: at.0,
                y: at.1,
                text: tr(
                    "chart-tip-line",
                    &crate::i18n::args([
                        ("series", line.label.clone()),
                        ("year", year.to_string()),
                        ("value", fr(n)),
                    ]),
                ),
            });
        }
        if let (Some(p), Some(&(_, n))) = (points.last(), line.points.last()) {
            ends.push((chart.backend_coord(p), fr(n)));
        }
    }
    end_labels(root, ends)
}

/// Room on the right of the lines for their last values.
const END_LABEL_ROOM: i32 = 60;

/// Each line's last value beside its last point, pushed apart so that two close lines'
/// values do not overlap: the figure of the latest year reads without a pointer. In the text
/// colour (the palette's yellow would not read on white); the line's marker is beside it.
fn end_labels(root: &Area<'_>, mut ends: Vec<((i32, i32), String)>) -> DrawResult<()> {
    use plotters::style::text_anchor::{HPos, Pos, VPos};
    const GAP: i32 = 16;
    ends.sort_by_key(|e| e.0 .1);
    let mut last = i32::MIN;
    for ((x, y), text) in ends {
        let y = y.max(last + GAP);
        last = y;
        let style = font(13.0).pos(Pos::new(HPos::Left, VPos::Center));
        root.draw(&Text::new(text, (x + 10, y), style))?;
    }
    Ok(())
}
