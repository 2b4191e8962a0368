//! Tooltips on a chart's figures: over each point, an invisible circle carrying an SVG
//! `<title>`, so that the window shows the exact figure under the pointer. A printed copy
//! or a PNG draws nothing of them.

/// One figure to show under the pointer at `(x, y)` of the canvas.
pub(crate) struct Tip {
    pub x: i32,
    pub y: i32,
    pub text: String,
}

/// `svg` with a transparent hot spot and its title over each tip (before `</svg>`).
pub(crate) fn add(svg: String, tips: &[Tip]) -> String {
    if tips.is_empty() {
        return svg;
    }
    let mut layer = String::from(r#"<g class="tips" fill="transparent">"#);
    for tip in tips {
        layer.push_str(&format!(
            r#"<circle cx="{}" cy="{}" r="9" pointer-events="all"><title>{}</title></circle>"#,
            tip.x,
            tip.y,
            escape(&tip.text)
        ));
    }
    layer.push_str("</g>");
    match svg.rfind("</svg>") {
        Some(end) => format!("{}{layer}{}", &svg[..end], &svg[end..]),
        None => svg,
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tips_sit_before_the_end_of_the_svg_with_their_text_escaped() {
        let svg = add(
            "<svg></svg>".to_owned(),
            &[Tip {
                x: 3,
                y: 4,
                text: "R&D <2016>".into(),
            }],
        );
        assert_eq!(
            svg,
            r#"<svg><g class="tips" fill="transparent"><circle cx="3" cy="4" r="9" pointer-events="all"><title>R&amp;D &lt;2016&gt;</title></circle></g></svg>"#
        );
        assert_eq!(add("<svg/>".into(), &[]), "<svg/>");
    }
}
