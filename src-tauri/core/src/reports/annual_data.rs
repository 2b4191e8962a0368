//! The figures the annual report's sections read: the year's and the previous year's.

use rusqlite::Connection;

use super::format::{change, count};
use super::groups::{self, ActionBy, Years};
use super::network;
use crate::error::Result;
use crate::gign::stats::{gign_by_year, GignYear};
use crate::i18n::{self, tr};
use crate::stats::{self, ActivityYear, Kpis};

/// Everything one year's sections compare: the year's figures and the previous year's.
pub(crate) struct Figures {
    pub kpis: Kpis,
    pub activity: ActivityYear,
    pub gign: GignYear,
    pub agents: i64,
    /// Actions: (count, participants, cost in cents).
    pub actions: (i64, i64, i64),
}

impl Figures {
    pub fn of(conn: &Connection, year: i32) -> Result<Self> {
        let activity = stats::activity_by_year(conn)?
            .into_iter()
            .find(|a| a.year == year)
            .unwrap_or(ActivityYear {
                year,
                technical_actions: 0,
                operational_cases: 0,
                persons_located: 0,
                arrest_warrants: 0,
                sessions: 0,
                trainees: 0,
                exchanges: 0,
                requests: 0,
            });
        let gign = gign_by_year(conn)?
            .into_iter()
            .find(|g| g.year == year)
            .unwrap_or(GignYear {
                year,
                trainees: 0,
                states: 0,
                sessions_france: 0,
                sessions_abroad: 0,
                fill_rate: 0.0,
                requests_received: 0,
                requests_refused: 0,
                requests_delivered: 0,
                requests_open: 0,
            });
        let years = Years::one(year);
        Ok(Self {
            kpis: stats::kpis(conn, year)?,
            activity,
            gign,
            agents: network::agents_posted(conn, years)?,
            actions: groups::action_totals(&groups::actions(conn, years, None, ActionBy::Kind)?),
        })
    }
}

/// What the section builders read.
pub(crate) struct Annual<'a> {
    pub conn: &'a Connection,
    pub year: i32,
    pub now: Figures,
    pub before: Figures,
    /// The period of the trend charts: up to ten years ending with the report's year.
    pub trend: Years,
}

impl Annual<'_> {
    pub fn years(&self) -> Years {
        Years::one(self.year)
    }

    /// "2015 : 2 010, +7,5 %" ("…, stable"; "2006 : 0") for a figure of both years.
    pub fn previous(&self, before: i64, now: i64) -> String {
        let id = if before == now {
            "rep-previous-same"
        } else if before == 0 {
            "rep-previous-none"
        } else {
            "rep-previous"
        };
        tr(
            id,
            &i18n::args([
                ("year", (self.year - 1).to_string()),
                ("value", count(before)),
                ("change", change(before, now)),
            ]),
        )
    }
}
