//! What the country sheet's sections read: the country and the period.

use rusqlite::Connection;

use super::groups::Years;
use crate::country::Country;

/// What the section builders read.
pub(crate) struct Sheet<'a> {
    pub conn: &'a Connection,
    pub country: Country,
    pub years: Years,
}

impl Sheet<'_> {
    pub fn code(&self) -> &str {
        &self.country.alpha2
    }

    /// "2012–2016", or "2016" for one year.
    pub fn period(&self) -> String {
        period_label(self.years)
    }
}

pub(super) fn period_label(years: Years) -> String {
    if years.from == years.to {
        years.from.to_string()
    } else {
        format!("{}–{}", years.from, years.to)
    }
}
