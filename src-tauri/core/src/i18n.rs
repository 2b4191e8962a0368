//! French (default) and English messages, from the Fluent files the UI loads too.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// Message arguments: name and already formatted value.
pub type Args = Vec<(&'static str, String)>;

/// Builds [`Args`] from pairs whose values are anything displayable.
pub fn args<V: ToString, const N: usize>(pairs: [(&'static str, V); N]) -> Args {
    pairs.into_iter().map(|(k, v)| (k, v.to_string())).collect()
}

const FR: &[&str] = &[
    include_str!("../locales/fr/errors.ftl"),
    include_str!("../locales/fr/domain.ftl"),
    include_str!("../locales/fr/documents.ftl"),
    include_str!("../locales/fr/charts.ftl"),
    include_str!("../locales/fr/export.ftl"),
    include_str!("../locales/fr/import.ftl"),
    include_str!("../locales/fr/reports.ftl"),
    include_str!("../locales/fr/audit.ftl"),
];

fn bundle() -> &'static FluentBundle<FluentResource> {
    static BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        let lang: LanguageIdentifier = "fr".parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![lang]);
        // No Unicode isolation marks: messages go to logs, files and a UI that handles bidi itself.
        bundle.set_use_isolating(false);
        for source in FR {
            // The files are compiled in and checked by a test, so a parse error is a bug
            // that the test reports; entries that did parse are still usable.
            let resource = match FluentResource::try_new((*source).to_owned()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

/// Renders message `id` in French. A missing id renders as the id itself, never panics.
pub fn tr(id: &str, args: &[(&'static str, String)]) -> String {
    let bundle = bundle();
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (k, v) in args {
        fluent_args.set(*k, FluentValue::String(Cow::Owned(v.clone())));
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// Formats a count the French way: `2 160` (narrow no-break space, as `Intl` does).
/// An amount in cents as euros with cents, the French way: `12 500,50 €` (a no-break
/// space before `€`).
pub fn format_euros(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    let whole = format_count(i64::try_from(abs / 100).unwrap_or(i64::MAX));
    format!("{sign}{whole},{:02}\u{A0}€", abs % 100)
}

pub fn format_count(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{202F}');
        }
        out.push(c);
    }
    if n < 0 {
        out.insert(0, '-');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_french_file_parses() {
        for source in FR {
            assert!(FluentResource::try_new((*source).to_owned()).is_ok());
        }
    }

    #[test]
    fn english_files_have_the_same_ids_as_french() {
        let ids = |src: &str| -> Vec<String> {
            let mut v: Vec<String> = src
                .lines()
                .filter_map(|l| l.split_once(" ="))
                .filter(|(k, _)| !k.starts_with(' ') && !k.starts_with('#'))
                .map(|(k, _)| k.to_owned())
                .collect();
            v.sort();
            v
        };
        let en = [
            include_str!("../locales/en/errors.ftl"),
            include_str!("../locales/en/domain.ftl"),
            include_str!("../locales/en/documents.ftl"),
            include_str!("../locales/en/charts.ftl"),
            include_str!("../locales/en/export.ftl"),
            include_str!("../locales/en/import.ftl"),
            include_str!("../locales/en/reports.ftl"),
            include_str!("../locales/en/audit.ftl"),
        ];
        for (fr, en) in FR.iter().zip(en) {
            assert_eq!(ids(fr), ids(en));
        }
    }

    #[test]
    fn renders_arguments_and_falls_back_to_the_id() {
        assert_eq!(tr("no-such-message", &[]), "no-such-message");
        let msg = tr("err-not-found", &args([("what", "SSI"), ("key", "DAK")]));
        assert!(msg.contains("DAK"), "{msg}");
    }

    #[test]
    fn counts_are_grouped_by_thousands() {
        assert_eq!(format_count(2160), "2\u{202F}160");
        assert_eq!(format_count(74), "74");
        assert_eq!(format_count(1_234_567), "1\u{202F}234\u{202F}567");
        assert_eq!(format_count(-1600), "-1\u{202F}600");
    }
}
