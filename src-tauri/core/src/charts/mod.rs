//! The charts the cell prints for its hierarchy, drawn once here with plotters as SVG:
//! the same picture goes to the screen, to PNG (the SVG rasterised by resvg with the same
//! embedded font) and into the PDF reports.
//!
//! Every chart has a French title, the active filters written under it, French axis labels
//! and legend (from `locales/fr/charts.ftl`), French-formatted numbers, and a palette that
//! stays readable in black-and-white print and for colour-blind readers (see [`style`]).

mod api;
mod bars;
pub mod data;
mod frame;
mod geo;
mod heatmap;
mod labels;
mod operational;
mod series;
pub mod style;
mod tips;
mod trainees;
mod worldmap;

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::cooperation::technical::ActionFilter;
use crate::error::{Error, Result};
use crate::i18n;

pub use api::ChartFormat;
pub use geo::{equal_earth, world_countries, WorldCountry};

/// Which chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "kebab-case")]
pub enum ChartName {
    /// Stacked bars by action kind for the top N countries over the period.
    ActionsByCountryYear,
    /// Country × year grid of action counts.
    ActionsHeatmap,
    /// Totals per year, split by kind or by domain.
    ActionsByYear,
    /// Choropleth of actions per country.
    ActionsWorldMap,
    /// Persons located and, of which, under arrest warrant, per year.
    OperationalByYear,
    /// Trainees by state per year.
    TraineesByState,
}

impl ChartName {
    pub const ALL: [ChartName; 6] = [
        ChartName::ActionsByCountryYear,
        ChartName::ActionsHeatmap,
        ChartName::ActionsByYear,
        ChartName::ActionsWorldMap,
        ChartName::OperationalByYear,
        ChartName::TraineesByState,
    ];

    /// The name used on the command line and in file names (`actions-heatmap`…).
    pub fn code(self) -> &'static str {
        match self {
            ChartName::ActionsByCountryYear => "actions-by-country-year",
            ChartName::ActionsHeatmap => "actions-heatmap",
            ChartName::ActionsByYear => "actions-by-year",
            ChartName::ActionsWorldMap => "actions-world-map",
            ChartName::OperationalByYear => "operational-by-year",
            ChartName::TraineesByState => "trainees-by-state",
        }
    }

    /// Parses a [`code`](Self::code); anything else is a French `INVALID_INPUT`.
    pub fn parse(code: &str) -> Result<Self> {
        Self::ALL
            .into_iter()
            .find(|c| c.code() == code.trim())
            .ok_or_else(|| {
                Error::invalid(
                    "name",
                    "err-chart-name",
                    i18n::args([
                        ("value", code.to_owned()),
                        ("names", Self::ALL.map(|c| c.code()).join(", ").to_string()),
                    ]),
                )
            })
    }
}

/// How the heatmap's rows are ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum HeatmapSort {
    /// Busiest country first.
    #[default]
    Total,
    /// Grouped by continent, busiest first within each.
    Continent,
}

/// What the yearly series is split by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum SeriesSplit {
    #[default]
    Kind,
    Domain,
}

/// The filters and options of a chart; every field is optional and they combine with AND.
/// Years are calendar years of the action's start date (the case's opening date, the
/// session's start date).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct ChartFilter {
    /// First year of the period, inclusive.
    pub from: Option<i32>,
    /// Last year of the period, inclusive.
    pub to: Option<i32>,
    pub kind_id: Option<i64>,
    pub domain_id: Option<i64>,
    pub ssi_id: Option<i64>,
    /// Continent code (africa, europe…).
    pub continent: Option<String>,
    pub programme_id: Option<i64>,
    pub funder_id: Option<i64>,
    /// How many countries (states) to show; each chart has its own default.
    pub top_n: Option<u32>,
    pub heatmap_sort: HeatmapSort,
    pub series_split: SeriesSplit,
    /// World map: outline the countries covered by the SSIs open during the period.
    pub outline_covered: bool,
    /// World map: mark the countries where those SSIs reside.
    pub outline_residences: bool,
}

/// The largest `top_n` accepted.
pub const MAX_TOP_N: u32 = 60;

/// Continent codes accepted by the filter.
pub const CONTINENTS: [&str; 7] = [
    "africa",
    "antarctica",
    "asia",
    "australia",
    "europe",
    "north_america",
    "south_america",
];

impl ChartFilter {
    /// The same selection as the actions list's filter, over whole years.
    pub fn actions(&self) -> ActionFilter {
        ActionFilter {
            from: self.from.and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1)),
            to: self.to.and_then(|y| NaiveDate::from_ymd_opt(y, 12, 31)),
            continent: self.continent().map(str::to_owned),
            ssi_id: self.ssi_id,
            kind_id: self.kind_id,
            domain_id: self.domain_id,
            programme_id: self.programme_id,
            funder_id: self.funder_id,
            ..ActionFilter::default()
        }
    }

    /// Checks the filter; a bad one is a French `INVALID_INPUT` naming the field.
    pub fn validate(&self) -> Result<()> {
        for (field, year) in [("from", self.from), ("to", self.to)] {
            if let Some(y) = year {
                crate::validate::year(y).map_err(|e| e.with_field(field))?;
            }
        }
        if let (Some(from), Some(to)) = (self.from, self.to) {
            if from > to {
                return Err(Error::invalid(
                    "to",
                    "err-chart-period",
                    i18n::args([("from", from), ("to", to)]),
                ));
            }
        }
        if let Some(c) = self.continent() {
            if !CONTINENTS.contains(&c) {
                return Err(Error::invalid(
                    "continent",
                    "err-chart-continent",
                    i18n::args([("value", c)]),
                ));
            }
        }
        if let Some(n) = self.top_n {
            if n == 0 || n > MAX_TOP_N {
                return Err(Error::invalid(
                    "top_n",
                    "err-chart-top-n",
                    i18n::args([("value", n), ("max", MAX_TOP_N)]),
                ));
            }
        }
        Ok(())
    }

    /// The continent code, `None` when empty.
    pub(crate) fn continent(&self) -> Option<&str> {
        self.continent
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
    }

    pub(crate) fn top(&self, default: u32) -> usize {
        self.top_n.unwrap_or(default) as usize
    }
}

/// The chart as an SVG document of [`style::WIDTH`] × [`style::HEIGHT`] user units. Its text
/// uses [`style::FONT_FAMILY`] (give the page the font in [`style::FONT_REGULAR`] /
/// [`style::FONT_BOLD`] to show it exactly as printed).
pub fn render_svg(conn: &Connection, name: ChartName, filter: &ChartFilter) -> Result<String> {
    filter.validate()?;
    style::register_fonts()?;
    match name {
        ChartName::ActionsByCountryYear => bars::render(conn, filter),
        ChartName::ActionsHeatmap => heatmap::render(conn, filter),
        ChartName::ActionsByYear => series::render(conn, filter),
        ChartName::ActionsWorldMap => worldmap::render(conn, filter),
        ChartName::OperationalByYear => operational::render(conn, filter),
        ChartName::TraineesByState => trainees::render(conn, filter),
    }
}

/// The largest PNG side accepted, in pixels.
pub const MAX_PNG_SIDE: u32 = 8000;

/// The chart as a PNG of `width_px` × `height_px`: the SVG of [`render_svg`] rasterised by
/// resvg with the embedded font, scaled to fit and centred on white.
pub fn render_png(
    conn: &Connection,
    name: ChartName,
    filter: &ChartFilter,
    width_px: u32,
    height_px: u32,
) -> Result<Vec<u8>> {
    for (field, v) in [("width", width_px), ("height", height_px)] {
        if !(16..=MAX_PNG_SIDE).contains(&v) {
            return Err(Error::invalid(
                field,
                "err-chart-size",
                i18n::args([("value", v), ("max", MAX_PNG_SIDE)]),
            ));
        }
    }
    let svg = render_svg(conn, name, filter)?;
    style::rasterise(&svg, width_px, height_px)
}
