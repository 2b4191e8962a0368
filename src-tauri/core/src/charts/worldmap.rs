//! World choropleth of the actions per country (Equal Earth, Natural Earth 1:50m), with
//! optional outlines of the countries covered by the SSIs and markers on their residence
//! countries. Each country is one `<path data-iso="FR">` with a `<title>` tooltip, written
//! here (plotters has no paths with holes nor ids); plotters draws the title and legend.

use std::collections::{HashMap, HashSet};
use std::fmt::Write;

use plotters::prelude::*;
use rusqlite::Connection;

use super::data::{actions_by, network_countries, Dim};
use super::frame::{self, Area, DrawResult, LegendItem, Swatch, MARGIN};
use super::geo::{equal_earth, world_countries, WorldCountry};
use super::labels::{filter_line, Applies};
use super::style::{self, fr, Hatch, CATEGORY, SEQUENTIAL};
use super::ChartFilter;
use crate::error::{Error, Result};
use crate::i18n::{self, tr};

const RESIDENCE: RGBColor = CATEGORY[1];

pub(super) fn render(conn: &Connection, filter: &ChartFilter) -> Result<String> {
    let rows = actions_by(conn, &[Dim::Country], filter)?;
    let counts: HashMap<String, i64> = rows
        .iter()
        .filter_map(|r| Some((r.country.clone()?, r.count)))
        .collect();
    let total: i64 = counts.values().sum();
    let (covered, residences) = if filter.outline_covered || filter.outline_residences {
        network_countries(conn, filter)?
    } else {
        (Vec::new(), Vec::new())
    };
    let covered: HashSet<String> = if filter.outline_covered {
        covered.into_iter().collect()
    } else {
        HashSet::new()
    };
    let residences: HashSet<String> = if filter.outline_residences {
        residences.into_iter().collect()
    } else {
        HashSet::new()
    };
    let classes = style::classes(counts.values().copied().max().unwrap_or(0));
    let mut legend = vec![LegendItem::new(
        tr("chart-legend-none", &[]),
        Swatch::Outline(RGBColor(150, 150, 150)),
    )];
    for (i, c) in classes.iter().enumerate() {
        legend.push(LegendItem::new(
            style::class_label(*c),
            Swatch::Fill(SEQUENTIAL[i + 1], Hatch::None),
        ));
    }
    if filter.outline_covered {
        legend.push(LegendItem::new(
            tr("chart-legend-covered", &[]),
            Swatch::Outline(BLACK),
        ));
    }
    if filter.outline_residences {
        legend.push(LegendItem::new(
            tr("chart-legend-residence", &[]),
            Swatch::Dot(RESIDENCE),
        ));
    }
    let extra = [tr("chart-total", &i18n::args([("value", fr(total))]))];
    let filters = filter_line(conn, filter, Applies::Actions, &extra)?;
    let title = tr("chart-title-world-map", &[]);
    let world = world_countries()?;
    let mut frame_box = (0, 0, 0, 0);
    let svg = frame::svg(|root| {
        frame_box = draw(root, &title, &filters, &legend)?;
        Ok(())
    })?;
    let map = map_svg(world, frame_box, &counts, &classes, &covered, &residences);
    // The map goes right after the white background, under the text.
    let at = svg
        .find("<rect")
        .and_then(|i| svg[i..].find("/>").map(|j| i + j + 2))
        .ok_or_else(|| Error::internal("no background in the SVG"))?;
    Ok(format!("{}\n{map}{}", &svg[..at], &svg[at..]))
}

/// Title and legend; returns the box left for the map (x, y, width, height in pixels).
fn draw(
    root: &Area<'_>,
    title: &str,
    filters: &str,
    legend: &[LegendItem],
) -> DrawResult<(i32, i32, i32, i32)> {
    let body = frame::header(root, title, filters)?;
    let body = frame::legend(&body, &tr("chart-legend-actions", &[]), legend)?;
    let (x, y) = body.get_base_pixel();
    let (w, h) = body.dim_in_pixel();
    Ok((x + MARGIN, y + 4, w as i32 - 2 * MARGIN, h as i32 - 8))
}

/// Lowest latitude drawn: Antarctica is left out, it would take a fifth of the height.
const SOUTH: f64 = -58.0;

fn map_svg(
    world: &[WorldCountry],
    (bx, by, bw, bh): (i32, i32, i32, i32),
    counts: &HashMap<String, i64>,
    classes: &[(i64, i64)],
    covered: &HashSet<String>,
    residences: &HashSet<String>,
) -> String {
    let (half_w, _) = equal_earth(180.0, 0.0);
    let (_, top) = equal_earth(0.0, 84.0);
    let (_, bottom) = equal_earth(0.0, SOUTH);
    let scale = (bw as f64 / (2.0 * half_w)).min(bh as f64 / (top - bottom));
    let ox = bx as f64 + bw as f64 / 2.0;
    let oy = by as f64 + (bh as f64 - (top - bottom) * scale) / 2.0 + top * scale;
    let px = |(x, y): (f64, f64)| (ox + x * scale, oy - y * scale);
    let mut out = String::from("<g id=\"map\">\n");
    // The globe's outline (the meridians ±180°), clipped to the latitudes drawn.
    let mut outline: Vec<(f64, f64)> = (0..=40)
        .map(|i| px(equal_earth(180.0, SOUTH + (84.0 - SOUTH) * i as f64 / 40.0)))
        .collect();
    outline
        .extend((0..=40).map(|i| px(equal_earth(-180.0, 84.0 - (84.0 - SOUTH) * i as f64 / 40.0))));
    let _ = writeln!(
        out,
        "<path d=\"{}\" fill=\"none\" stroke=\"#BBBBBB\" stroke-width=\"1\"/>",
        path_data(&[outline])
    );
    let mut covered_paths = String::new();
    let mut markers = String::new();
    for country in world.iter().filter(|c| c.alpha2.as_deref() != Some("AQ")) {
        let rings: Vec<Vec<(f64, f64)>> = country
            .rings
            .iter()
            .map(|r| r.iter().map(|p| px(*p)).collect())
            .collect();
        let d = path_data(&rings);
        let Some(code) = country.alpha2.as_deref() else {
            let _ = writeln!(out, "<path d=\"{d}\" fill=\"#FFFFFF\" stroke=\"#969696\" stroke-width=\"0.5\" fill-rule=\"evenodd\"/>");
            continue;
        };
        let count = counts.get(code).copied().unwrap_or(0);
        let fill = if count == 0 {
            "#FFFFFF".to_owned()
        } else {
            let RGBColor(r, g, b) = SEQUENTIAL[style::class_of(classes, count) + 1];
            format!("#{r:02X}{g:02X}{b:02X}")
        };
        let name = crate::country::get(code)
            .map(|c| c.name_fr)
            .unwrap_or_else(|| country.name.clone());
        let _ = writeln!(
            out,
            "<path data-iso=\"{code}\" d=\"{d}\" fill=\"{fill}\" stroke=\"#969696\" stroke-width=\"0.5\" fill-rule=\"evenodd\"><title>{} : {}</title></path>",
            escape(&name),
            fr(count)
        );
        if covered.contains(code) {
            let _ = writeln!(covered_paths, "<path d=\"{d}\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1.4\" stroke-linejoin=\"round\"/>");
        }
        if residences.contains(code) {
            let (x, y) = px(country.anchor);
            let _ = writeln!(markers, "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"4\" fill=\"#E69F00\" stroke=\"#000000\" stroke-width=\"1\"/>");
        }
    }
    out.push_str(&covered_paths);
    out.push_str(&markers);
    out.push_str("</g>\n");
    out
}

/// SVG path data of the rings, in pixels to 0.1, dropping points closer than half a
/// pixel to the previous one (the 1:50m detail is finer than the page).
fn path_data(rings: &[Vec<(f64, f64)>]) -> String {
    let mut d = String::new();
    for ring in rings {
        let mut last: Option<(f64, f64)> = None;
        let mut n = 0;
        for (i, &(x, y)) in ring.iter().enumerate() {
            let close = last.is_some_and(|(lx, ly)| (x - lx).abs() < 0.5 && (y - ly).abs() < 0.5);
            if close && i + 1 != ring.len() {
                continue;
            }
            let _ = write!(d, "{}{x:.1},{y:.1}", if n == 0 { "M" } else { "L" });
            last = Some((x, y));
            n += 1;
        }
        if n > 0 {
            d.push('Z');
        }
    }
    d
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
