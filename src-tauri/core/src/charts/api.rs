//! Charts for the screen and for files: the same drawing either way.

use std::path::Path;

use serde::Deserialize;

use crate::charts::{self, ChartFilter, ChartName};
use crate::documents::{self, pdf};
use crate::error::{Error, Result};
use crate::Store;

/// The file formats a chart can be exported to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ChartFormat {
    Svg,
    Png,
    /// An A4 landscape page with the chart, its date and source.
    Pdf,
}

impl Store {
    /// The chart as SVG, to show on screen.
    pub fn chart_svg(&self, name: ChartName, filter: &ChartFilter) -> Result<String> {
        charts::render_svg(self.conn(), name, filter)
    }

    /// Writes the chart to `out`; `width` (pixels, PNG only) sets the resolution, the height
    /// follows the screen's proportions. PDF is the page also offered by [`Store::document_save`].
    pub fn chart_export(
        &self,
        name: ChartName,
        filter: &ChartFilter,
        format: ChartFormat,
        width: u32,
        out: &Path,
    ) -> Result<usize> {
        let bytes = match format {
            ChartFormat::Svg => self.chart_svg(name, filter)?.into_bytes(),
            ChartFormat::Png => {
                let height = (u64::from(width) * 19 / 30)
                    .try_into()
                    .map_err(Error::internal)?;
                charts::render_png(self.conn(), name, filter, width, height)?
            }
            ChartFormat::Pdf => {
                let layout = documents::chart_layout(self.conn(), name, filter, crate::today())?;
                pdf::to_pdf(&layout)?
            }
        };
        documents::save(out, &bytes)?;
        Ok(bytes.len())
    }
}
