//! What every chart shares on the page: the SVG canvas, the title and filter line, the
//! legend, hatched fills and markers, the "no data" message.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::style::{self, Hatch, FONT_FAMILY, HEIGHT, MUTED, TEXT, WIDTH};
use crate::error::{Error, Result};
use crate::i18n::tr;

pub(crate) type DrawResult<T> = std::result::Result<T, Box<dyn std::error::Error>>;
pub(crate) type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;

/// Left and right page margin.
pub(crate) const MARGIN: i32 = 28;

pub(crate) fn font(size: f64) -> TextStyle<'static> {
    (FONT_FAMILY, size).into_font().color(&TEXT)
}

pub(crate) fn bold(size: f64) -> TextStyle<'static> {
    (FONT_FAMILY, size)
        .into_font()
        .style(FontStyle::Bold)
        .color(&TEXT)
}

/// Draws on a fresh white canvas and returns the SVG text.
pub(crate) fn svg(draw: impl FnOnce(&Area<'_>) -> DrawResult<()>) -> Result<String> {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (WIDTH, HEIGHT)).into_drawing_area();
        let drawn: DrawResult<()> = (|| {
            root.fill(&WHITE)?;
            draw(&root)?;
            root.present()?;
            Ok(())
        })();
        drawn.map_err(Error::internal)?;
    }
    Ok(out)
}

/// Splits `text` at " · " into lines no wider than `max` pixels.
fn wrap(area: &Area<'_>, text: &str, style: &TextStyle<'_>, max: u32) -> DrawResult<Vec<String>> {
    let mut lines: Vec<String> = Vec::new();
    for part in text.split(" · ") {
        let candidate = match lines.last() {
            Some(last) => format!("{last} · {part}"),
            None => part.to_owned(),
        };
        let fits = area.estimate_text_size(&candidate, style)?.0 <= max;
        match lines.last_mut() {
            Some(last) if fits => *last = candidate,
            _ => lines.push(part.to_owned()),
        }
    }
    Ok(lines)
}

/// Title and filter line at the top; returns the area below them.
pub(crate) fn header<'a>(root: &Area<'a>, title: &str, filters: &str) -> DrawResult<Area<'a>> {
    root.draw(&Text::new(title.to_owned(), (MARGIN, 18), bold(25.0)))?;
    let style = font(16.0).color(&MUTED);
    let lines = wrap(root, filters, &style, WIDTH - 2 * MARGIN as u32)?;
    let mut y = 54;
    for line in &lines {
        root.draw(&Text::new(line.clone(), (MARGIN, y), style.clone()))?;
        y += 21;
    }
    Ok(root.split_vertically(y + 8).1)
}

/// How a legend entry is drawn.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Swatch {
    Fill(RGBColor, Hatch),
    Line(RGBColor, usize),
    Outline(RGBColor),
    Dot(RGBColor),
}

pub(crate) struct LegendItem {
    pub label: String,
    pub swatch: Swatch,
}

impl LegendItem {
    pub fn new(label: impl Into<String>, swatch: Swatch) -> Self {
        Self {
            label: label.into(),
            swatch,
        }
    }
}

/// The legend in flowing rows at the bottom of `area` (its title first, in bold);
/// returns the area above it.
pub(crate) fn legend<'a>(
    area: &Area<'a>,
    title: &str,
    items: &[LegendItem],
) -> DrawResult<Area<'a>> {
    let (w, h) = area.dim_in_pixel();
    let label_style = font(15.0);
    let title_w = area.estimate_text_size(title, &bold(15.0))?.0 as i32 + 24;
    // Lay the items out first to know how many rows there are.
    let mut rows: Vec<Vec<(i32, &LegendItem)>> = vec![Vec::new()];
    let mut x = MARGIN + title_w;
    for item in items {
        let item_w = 28 + area.estimate_text_size(&item.label, &label_style)?.0 as i32 + 22;
        if x + item_w > w as i32 - MARGIN && x > MARGIN + title_w {
            rows.push(Vec::new());
            x = MARGIN + title_w;
        }
        if let Some(row) = rows.last_mut() {
            row.push((x, item));
        }
        x += item_w;
    }
    let row_h = 24;
    let height = rows.len() as i32 * row_h + 14;
    let (above, below) = area.split_vertically(h as i32 - height);
    below.draw(&Text::new(title.to_owned(), (MARGIN, 6), bold(15.0)))?;
    for (r, row) in rows.iter().enumerate() {
        let y = 6 + r as i32 * row_h;
        for (x, item) in row {
            swatch(&below, (*x, y), item.swatch)?;
            below.draw(&Text::new(
                item.label.clone(),
                (x + 28, y),
                label_style.clone(),
            ))?;
        }
    }
    Ok(above)
}

fn swatch(area: &Area<'_>, (x, y): (i32, i32), swatch: Swatch) -> DrawResult<()> {
    let (a, b) = ((x, y), (x + 22, y + 16));
    match swatch {
        Swatch::Fill(color, hatch) => fill_rect(area, a, b, color, hatch)?,
        Swatch::Line(color, i) => {
            area.draw(&PathElement::new(
                vec![(x, y + 8), (x + 22, y + 8)],
                color.stroke_width(3),
            ))?;
            marker(area, (x + 11, y + 8), i, color)?;
        }
        Swatch::Outline(color) => {
            area.draw(&Rectangle::new([a, b], WHITE.filled()))?;
            area.draw(&Rectangle::new([a, b], color.stroke_width(2)))?;
        }
        Swatch::Dot(color) => {
            area.draw(&Circle::new((x + 11, y + 8), 5, color.filled()))?;
            area.draw(&Circle::new((x + 11, y + 8), 5, BLACK.stroke_width(1)))?;
        }
    }
    Ok(())
}

/// A rectangle filled with `color`, `hatch` drawn over it, and a thin white border that
/// separates stacked segments.
pub(crate) fn fill_rect(
    area: &Area<'_>,
    a: (i32, i32),
    b: (i32, i32),
    color: RGBColor,
    hatch: Hatch,
) -> DrawResult<()> {
    area.draw(&Rectangle::new([a, b], color.filled()))?;
    let RGBColor(r, g, bl) = color;
    let luminance = (0.299 * r as f64 + 0.587 * g as f64 + 0.114 * bl as f64) / 255.0;
    let ink = if luminance < 0.5 {
        WHITE.mix(0.85)
    } else {
        BLACK.mix(0.6)
    };
    if hatch == Hatch::Dots {
        let (x0, x1) = (a.0.min(b.0), a.0.max(b.0));
        let (y0, y1) = (a.1.min(b.1), a.1.max(b.1));
        let mut y = y0 + 3;
        while y < y1 - 1 {
            let mut x = x0 + 3 + (y / 6 % 2) * 3;
            while x < x1 - 1 {
                area.draw(&Circle::new((x, y), 1, ink.filled()))?;
                x += 6;
            }
            y += 6;
        }
    }
    for [p, q] in style::hatch_lines(hatch, a, b) {
        area.draw(&PathElement::new(vec![p, q], ink.stroke_width(1)))?;
    }
    area.draw(&Rectangle::new([a, b], WHITE.stroke_width(1)))?;
    Ok(())
}

/// Marker `i` (circle, triangle, square, diamond, cross…) centred on `c`.
pub(crate) fn marker(area: &Area<'_>, c: (i32, i32), i: usize, color: RGBColor) -> DrawResult<()> {
    let (x, y) = c;
    let outline = BLACK.stroke_width(1);
    match i % 5 {
        0 => {
            area.draw(&Circle::new(c, 5, color.filled()))?;
            area.draw(&Circle::new(c, 5, outline))?;
        }
        1 => {
            let pts = vec![(x, y - 6), (x + 6, y + 5), (x - 6, y + 5)];
            area.draw(&Polygon::new(pts.clone(), color.filled()))?;
            area.draw(&PathElement::new(
                [pts.clone(), vec![pts[0]]].concat(),
                outline,
            ))?;
        }
        2 => {
            area.draw(&Rectangle::new(
                [(x - 5, y - 5), (x + 5, y + 5)],
                color.filled(),
            ))?;
            area.draw(&Rectangle::new([(x - 5, y - 5), (x + 5, y + 5)], outline))?;
        }
        3 => {
            let pts = vec![(x, y - 7), (x + 6, y), (x, y + 7), (x - 6, y)];
            area.draw(&Polygon::new(pts.clone(), color.filled()))?;
            area.draw(&PathElement::new(
                [pts.clone(), vec![pts[0]]].concat(),
                outline,
            ))?;
        }
        _ => {
            let s = color.stroke_width(3);
            area.draw(&PathElement::new(vec![(x - 5, y - 5), (x + 5, y + 5)], s))?;
            area.draw(&PathElement::new(vec![(x - 5, y + 5), (x + 5, y - 5)], s))?;
        }
    }
    Ok(())
}

/// "Aucune donnée pour ces filtres." in the middle of `area`.
pub(crate) fn no_data(area: &Area<'_>) -> DrawResult<()> {
    let (w, h) = area.dim_in_pixel();
    let style = font(20.0)
        .color(&MUTED)
        .pos(Pos::new(HPos::Center, VPos::Center));
    area.draw(&Text::new(
        tr("chart-no-data", &[]),
        (w as i32 / 2, h as i32 / 2),
        style,
    ))?;
    Ok(())
}

/// Keeps the `n` largest groups (by `total`) and folds the rest into one "others" group
/// when there are more than `n + 1`; returns the kept keys, largest first.
pub(crate) fn top_keys<K: Clone + Ord>(
    totals: &std::collections::BTreeMap<K, i64>,
    n: usize,
) -> (Vec<K>, bool) {
    let mut keys: Vec<(&K, i64)> = totals.iter().map(|(k, v)| (k, *v)).collect();
    keys.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let folded = keys.len() > n + 1;
    let kept = if folded { n } else { keys.len() };
    (
        keys.into_iter()
            .take(kept)
            .map(|(k, _)| k.clone())
            .collect(),
        folded,
    )
}
