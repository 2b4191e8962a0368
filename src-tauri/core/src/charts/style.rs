//! The look shared by every chart: size, the one embedded font, colours that survive
//! black-and-white print and colour blindness, hatching, French numbers, rasterisation.

use std::sync::{Arc, OnceLock};

use plotters::style::{FontStyle, RGBColor};

use crate::error::{Error, Result};
use crate::i18n;

/// Width of every chart's SVG, in user units (pixels at 1×).
pub const WIDTH: u32 = 1200;
/// Height of every chart's SVG.
pub const HEIGHT: u32 = 760;

/// The font family named in the SVG's `font-family` attributes: the typographic family of
/// the embedded DejaVu Sans *Condensed* faces (the only ones loaded, so they are chosen).
/// A web page showing the SVG should declare them with `@font-face { font-family: "DejaVu Sans" }`.
pub const FONT_FAMILY: &str = "DejaVu Sans";
/// DejaVu Sans Condensed (Bitstream Vera licence, `assets/fonts/LICENSE-DejaVu.txt`).
pub static FONT_REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSansCondensed.ttf");
pub static FONT_BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSansCondensed-Bold.ttf");

/// Registers the embedded font with plotters (which measures text with it) once.
pub(crate) fn register_fonts() -> Result<()> {
    static DONE: OnceLock<bool> = OnceLock::new();
    let ok = *DONE.get_or_init(|| {
        plotters::style::register_font(FONT_FAMILY, FontStyle::Normal, FONT_REGULAR).is_ok()
            && plotters::style::register_font(FONT_FAMILY, FontStyle::Bold, FONT_BOLD).is_ok()
    });
    if ok {
        Ok(())
    } else {
        Err(Error::internal("embedded chart font"))
    }
}

/// Okabe–Ito, the colour-blind-safe qualitative palette, ordered so that neighbours differ
/// in lightness too (black is kept for text and outlines). Pair with [`Hatch`] for print.
pub const CATEGORY: [RGBColor; 7] = [
    RGBColor(0, 114, 178),   // blue
    RGBColor(230, 159, 0),   // orange
    RGBColor(0, 158, 115),   // bluish green
    RGBColor(204, 121, 167), // reddish purple
    RGBColor(86, 180, 233),  // sky blue
    RGBColor(213, 94, 0),    // vermillion
    RGBColor(240, 228, 66),  // yellow
];
/// The "others" group.
pub const OTHER: RGBColor = RGBColor(187, 187, 187);
pub const TEXT: RGBColor = RGBColor(20, 20, 20);
pub const MUTED: RGBColor = RGBColor(90, 90, 90);
pub const GRID: RGBColor = RGBColor(225, 225, 225);

/// Sequential blues (ColorBrewer), ordered by lightness: readable in grey print.
pub const SEQUENTIAL: [RGBColor; 6] = [
    RGBColor(222, 235, 247),
    RGBColor(198, 219, 239),
    RGBColor(158, 202, 225),
    RGBColor(107, 174, 214),
    RGBColor(49, 130, 189),
    RGBColor(8, 69, 148),
];

pub fn category(i: usize) -> RGBColor {
    CATEGORY[i % CATEGORY.len()]
}

/// A hatching drawn over a category's colour, so that categories stay apart in grey.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hatch {
    None,
    Rising,
    Horizontal,
    Falling,
    Vertical,
    Cross,
    Dots,
}

pub fn hatch(i: usize) -> Hatch {
    const ALL: [Hatch; 7] = [
        Hatch::None,
        Hatch::Rising,
        Hatch::Horizontal,
        Hatch::Falling,
        Hatch::Vertical,
        Hatch::Cross,
        Hatch::Dots,
    ];
    ALL[i % ALL.len()]
}

/// Line segments of `hatch` inside the rectangle (x0, y0)–(x1, y1) (pixels, y downwards).
pub fn hatch_lines(
    hatch: Hatch,
    (x0, y0): (i32, i32),
    (x1, y1): (i32, i32),
) -> Vec<[(i32, i32); 2]> {
    let (x0, x1) = (x0.min(x1), x0.max(x1));
    let (y0, y1) = (y0.min(y1), y0.max(y1));
    let step = 7;
    let mut out = Vec::new();
    let horizontal = |out: &mut Vec<_>| {
        let mut y = y0 + step / 2;
        while y < y1 {
            out.push([(x0, y), (x1, y)]);
            y += step;
        }
    };
    let vertical = |out: &mut Vec<_>| {
        let mut x = x0 + step / 2;
        while x < x1 {
            out.push([(x, y0), (x, y1)]);
            x += step;
        }
    };
    // A 45° line x - y = c (falling) or x + y = c (rising), clipped to the rectangle.
    let diagonal = |out: &mut Vec<_>, rising: bool| {
        let (w, h) = (x1 - x0, y1 - y0);
        let mut c = step / 2;
        while c < w + h {
            let (ax, ay) = (c.min(w), c - c.min(w));
            let (bx, by) = (c - c.min(h), c.min(h));
            if rising {
                out.push([(x0 + ax, y1 - ay), (x0 + bx, y1 - by)]);
            } else {
                out.push([(x0 + ax, y0 + ay), (x0 + bx, y0 + by)]);
            }
            c += step;
        }
    };
    match hatch {
        Hatch::None | Hatch::Dots => {}
        Hatch::Horizontal => horizontal(&mut out),
        Hatch::Vertical => vertical(&mut out),
        Hatch::Rising => diagonal(&mut out, true),
        Hatch::Falling => diagonal(&mut out, false),
        Hatch::Cross => {
            horizontal(&mut out);
            vertical(&mut out);
        }
    }
    out
}

/// A count the French way: `2 160`.
pub fn fr(n: i64) -> String {
    i18n::format_count(n)
}

/// The smallest of 1, 2, 5 × 10ⁿ that is ≥ `x` (at least 1).
pub fn nice_ceil(x: f64) -> i64 {
    let mut step = 1i64;
    loop {
        for m in [1, 2, 5] {
            if (step * m) as f64 >= x {
                return step * m;
            }
        }
        step *= 10;
    }
}

/// Up to five classes of equal, round width covering 1..=`max`: `(low, high)` inclusive.
/// Class `i` is coloured `SEQUENTIAL[i + 1]`; zero stays white.
pub fn classes(max: i64) -> Vec<(i64, i64)> {
    let step = nice_ceil(max.max(1) as f64 / 5.0);
    let n = ((max.max(1) + step - 1) / step).clamp(1, 5);
    (0..n).map(|i| (i * step + 1, (i + 1) * step)).collect()
}

/// The class of `count` in `classes` (the last one for anything above).
pub fn class_of(classes: &[(i64, i64)], count: i64) -> usize {
    classes
        .iter()
        .position(|&(_, high)| count <= high)
        .unwrap_or(classes.len().saturating_sub(1))
}

/// The label of a class: "1–50", "2 001–2 500".
pub fn class_label((low, high): (i64, i64)) -> String {
    if low == high {
        fr(low)
    } else {
        format!("{}–{}", fr(low), fr(high))
    }
}

/// Rasterises one of our SVGs to a PNG of `width` × `height`, scaled to fit, on white.
pub(crate) fn rasterise(svg: &str, width: u32, height: u32) -> Result<Vec<u8>> {
    use resvg::tiny_skia::{Color, Pixmap, Transform};
    use resvg::usvg::{Options, Tree};
    static DB: OnceLock<Arc<resvg::usvg::fontdb::Database>> = OnceLock::new();
    let db = DB.get_or_init(|| {
        let mut db = resvg::usvg::fontdb::Database::new();
        db.load_font_data(FONT_REGULAR.to_vec());
        db.load_font_data(FONT_BOLD.to_vec());
        db.set_sans_serif_family(FONT_FAMILY);
        Arc::new(db)
    });
    let options = Options {
        font_family: FONT_FAMILY.to_owned(),
        fontdb: Arc::clone(db),
        ..Options::default()
    };
    let tree = Tree::from_str(svg, &options).map_err(Error::internal)?;
    let mut pixmap = Pixmap::new(width, height).ok_or_else(|| Error::internal("pixmap size"))?;
    pixmap.fill(Color::WHITE);
    let size = tree.size();
    let scale = (width as f32 / size.width()).min(height as f32 / size.height());
    let dx = (width as f32 - size.width() * scale) / 2.0;
    let dy = (height as f32 - size.height() * scale) / 2.0;
    let transform = Transform::from_row(scale, 0.0, 0.0, scale, dx, dy);
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    pixmap.encode_png().map_err(Error::internal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_font_has_the_family_named_in_the_svg() {
        let mut db = resvg::usvg::fontdb::Database::new();
        db.load_font_data(FONT_REGULAR.to_vec());
        db.load_font_data(FONT_BOLD.to_vec());
        let families: Vec<String> = db
            .faces()
            .flat_map(|f| f.families.iter().map(|(n, _)| n.clone()))
            .collect();
        assert!(families.iter().all(|f| f == FONT_FAMILY), "{families:?}");
        assert_eq!(db.len(), 2);
    }

    #[test]
    fn classes_are_round_and_cover_the_maximum() {
        assert_eq!(classes(1), vec![(1, 1)]);
        assert_eq!(
            classes(23),
            vec![(1, 5), (6, 10), (11, 15), (16, 20), (21, 25)]
        );
        assert_eq!(classes(400).last(), Some(&(301, 400)));
        let c = classes(2160);
        assert_eq!(c[0], (1, 500));
        assert_eq!(c.last(), Some(&(2001, 2500)));
        assert_eq!(class_of(&c, 2160), 4);
        assert_eq!(class_of(&c, 1), 0);
        assert_eq!(class_label((2001, 2500)), "2\u{202F}001–2\u{202F}500");
    }

    #[test]
    fn hatching_stays_inside_the_rectangle() {
        for h in [Hatch::Rising, Hatch::Falling, Hatch::Cross] {
            let lines = hatch_lines(h, (10, 20), (40, 35));
            assert!(!lines.is_empty());
            for [(ax, ay), (bx, by)] in lines {
                for (x, y) in [(ax, ay), (bx, by)] {
                    assert!(
                        (10..=40).contains(&x) && (20..=35).contains(&y),
                        "{h:?} {x},{y}"
                    );
                }
            }
        }
    }
}
