//! What a report is made of, as the templates read it: sections holding headline tiles,
//! facts, tables and charts. Every text is already French and every number already
//! formatted: the templates (`templates/report.typ`) only lay them out.

use serde::{Deserialize, Serialize};

use crate::i18n;

/// How a column's cells are aligned: text left, numbers right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Align {
    Left,
    Right,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Column {
    pub label: String,
    pub align: Align,
    /// Takes the width left over (the text column); the others fit their content.
    pub wide: bool,
}

/// A table with a header repeated on every page it spans and an optional total line.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Table {
    /// Small title above the table.
    pub caption: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<String>>,
    pub total: Option<Vec<String>>,
    /// Printed instead of the rows when there are none.
    pub empty: String,
}

impl Table {
    /// A table titled by Fluent id `caption` whose first column (Fluent id `first`) is the
    /// wide text column and the others (Fluent ids) are right-aligned numbers.
    pub fn new(caption: &str, first: &str, numbers: &[&str]) -> Self {
        let mut columns = vec![Column {
            label: i18n::tr(first, &[]),
            align: Align::Left,
            wide: true,
        }];
        columns.extend(numbers.iter().map(|id| Column {
            label: i18n::tr(id, &[]),
            align: Align::Right,
            wide: false,
        }));
        Self {
            caption: i18n::tr(caption, &[]),
            columns,
            rows: Vec::new(),
            total: None,
            empty: i18n::tr("rep-empty", &[]),
        }
    }

    /// A table whose columns are all text, the first ones as given by `wide`.
    pub fn text(caption: &str, columns: &[(&str, bool)]) -> Self {
        Self {
            columns: columns
                .iter()
                .map(|(id, wide)| Column {
                    label: i18n::tr(id, &[]),
                    align: Align::Left,
                    wide: *wide,
                })
                .collect(),
            ..Self::new(caption, "rep-empty", &[])
        }
    }

    /// Sets the alignment of column `i` (a text table holding a number column).
    pub fn align(mut self, i: usize, align: Align) -> Self {
        if let Some(c) = self.columns.get_mut(i) {
            c.align = align;
        }
        self
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// Adds the total line, its first cell being the word "Total".
    pub fn total(&mut self, numbers: Vec<String>) {
        let mut cells = vec![i18n::tr("rep-total", &[])];
        cells.extend(numbers);
        self.total = Some(cells);
    }
}

/// A headline figure: `2 160` "actions de coopération technique", "2015 : 2 010 (+7,5 %)".
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Tile {
    pub value: String,
    pub label: String,
    pub detail: String,
}

/// A "label: value" line of an identity box.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

impl Fact {
    pub fn new(label_id: &str, value: impl Into<String>) -> Self {
        Self {
            label: i18n::tr(label_id, &[]),
            value: value.into(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    Tiles {
        tiles: Vec<Tile>,
    },
    Facts {
        facts: Vec<Fact>,
    },
    Table {
        table: Table,
    },
    /// Two tables side by side (small ones).
    Pair {
        left: Table,
        right: Table,
    },
    /// A chart of the Graphiques screen, its SVG as drawn there (title and legend included).
    Chart {
        svg: String,
    },
    Text {
        text: String,
    },
}

impl From<Table> for Block {
    fn from(table: Table) -> Self {
        Block::Table { table }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Section {
    pub title: String,
    pub intro: String,
    pub blocks: Vec<Block>,
}

impl Section {
    /// A section titled by Fluent id `title`, with the sentence `intro` (may be empty).
    pub fn new(title: &str, intro: String) -> Self {
        Self {
            title: i18n::tr(title, &[]),
            intro,
            blocks: Vec::new(),
        }
    }

    pub fn push(&mut self, block: impl Into<Block>) {
        self.blocks.push(block.into());
    }
}

/// The whole report as the template reads it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    /// The PDF's title and the first page's big title.
    pub title: String,
    pub subtitle: String,
    /// The period and filters, stated under the title.
    pub filters: String,
    /// Issuer lines printed above the title.
    pub issuer: [String; 2],
    /// Running header of the following pages.
    pub header: String,
    /// "Document généré le … par CoopDesk" and the distribution line.
    pub generated: String,
    pub restricted: String,
    /// "Page %CURRENT% / %TOTAL%", numbers filled in by the template.
    pub page: String,
    pub sections: Vec<Section>,
}
