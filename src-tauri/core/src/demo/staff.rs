//! Agents and their postings: one attaché (ASI) at a time in every post, rotating about
//! every three years, and the deputies, assistants, liaison officers, technical experts
//! and coopérants of the larger posts. Some agents come back for a second posting.

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::names::NameBook;
use super::network::{Post, Region, Size};
use super::refs::{d, Refs};
use super::rng::{add_days, ymd, Rng};
use crate::error::Result;
use crate::network::staff::{self, Force, NewAgent, NewPosting, Role};

/// What was written.
pub(crate) struct StaffCount {
    pub agents: usize,
    pub postings: usize,
}

/// An agent back in France, who may be posted again.
struct Returned {
    id: i64,
    role: Role,
    free_from: NaiveDate,
}

struct Ctx<'a, 'b> {
    tx: &'a Transaction<'b>,
    rng: Rng,
    names: &'a mut NameBook,
    returned: Vec<Returned>,
    count: StaffCount,
    last_day: NaiveDate,
}

pub(crate) fn insert_staff(
    tx: &Transaction<'_>,
    rng: Rng,
    names: &mut NameBook,
    posts: &[Post],
    refs: &Refs,
) -> Result<StaffCount> {
    let mut ctx = Ctx {
        tx,
        rng,
        names,
        returned: Vec::new(),
        count: StaffCount {
            agents: 0,
            postings: 0,
        },
        last_day: ymd(2025, 12, 31)?,
    };
    for post in posts {
        // The records start with the attaché in post when the cell was created.
        let first = if post.opened >= ymd(2004, 9, 1)? {
            post.opened
        } else {
            ymd(2004 + ctx.rng.range(0, 2) as i32, 9, 1)?
        };
        ctx.chain(post, Role::Attache, None, first, (3, 3), false)?;
        let mut slots = vec![Role::Assistant];
        match post.def.size {
            Size::Small => {
                if ctx.rng.chance(0.25) {
                    slots.push(Role::LiaisonOfficer);
                }
            }
            Size::Medium => {
                slots.push(if ctx.rng.chance(0.5) {
                    Role::Deputy
                } else {
                    Role::Assistant
                });
                slots.push(Role::LiaisonOfficer);
                if ctx.rng.chance(0.3) {
                    slots.push(Role::TechnicalExpert);
                }
            }
            Size::Large => slots.extend([
                Role::Deputy,
                Role::Assistant,
                Role::LiaisonOfficer,
                Role::LiaisonOfficer,
                Role::TechnicalExpert,
                Role::Cooperant,
            ]),
        }
        for role in slots {
            let specialty = match role {
                Role::LiaisonOfficer => {
                    Some(refs.domains[specialty_for(&mut ctx.rng, post.def.region)?])
                }
                _ => None,
            };
            let start = add_days(post.opened.max(ymd(2005, 1, 1)?), ctx.rng.range(0, 900));
            // A few jobs are created for a while only (a programme, a crisis).
            let ends =
                matches!(role, Role::TechnicalExpert | Role::Cooperant) && ctx.rng.chance(0.4);
            ctx.chain(post, role, specialty, start, (3, 4), ends)?;
        }
    }
    Ok(ctx.count)
}

impl Ctx<'_, '_> {
    /// Postings in one job of `post`, one after the other from `start`. The last one has no
    /// end date unless the post closes or `ends`.
    fn chain(
        &mut self,
        post: &Post,
        role: Role,
        specialty: Option<i64>,
        start: NaiveDate,
        years: (i64, i64),
        ends: bool,
    ) -> Result<()> {
        let mut start = start;
        let mut left = if ends { self.rng.range(1, 3) } else { i64::MAX };
        while start <= self.last_day && post.closed.is_none_or(|c| start <= c) {
            let months = self.rng.range(years.0 * 12, years.1 * 12) + self.rng.range(-4, 4);
            let next = next_summer(add_days(start, months * 30))?;
            left -= 1;
            let mut end = (next <= self.last_day).then(|| add_days(next, -1).max(start));
            if let Some(closed) = post.closed.filter(|c| end.is_none_or(|e| e > *c)) {
                end = Some(closed);
            }
            let agent = self.agent(role, start)?;
            staff::insert_posting(
                self.tx,
                &NewPosting {
                    agent_id: agent,
                    ssi_id: post.id,
                    role,
                    specialty_id: specialty,
                    start_date: start,
                    end_date: end,
                },
            )?;
            self.count.postings += 1;
            let Some(end) = end else { break };
            self.returned.push(Returned {
                id: agent,
                role,
                free_from: add_days(end, 400),
            });
            if left == 0 || end < add_days(next, -1) {
                break;
            }
            start = next;
        }
        Ok(())
    }

    /// A new agent, or one back from an earlier posting for the senior roles.
    fn agent(&mut self, role: Role, start: NaiveDate) -> Result<i64> {
        let fits = |r: &Returned| match role {
            Role::Attache => matches!(r.role, Role::Attache | Role::Deputy),
            Role::Deputy => matches!(
                r.role,
                Role::Deputy | Role::LiaisonOfficer | Role::TechnicalExpert
            ),
            _ => false,
        };
        if self.rng.chance(0.3) {
            if let Some(i) = self
                .returned
                .iter()
                .position(|r| r.free_from <= start && fits(r))
            {
                return Ok(self.returned.remove(i).id);
            }
        }
        let (first_name, last_name) = self.names.french(&mut self.rng)?;
        let force = if self.rng.chance(0.55) {
            Force::Police
        } else {
            Force::Gendarmerie
        };
        let grade = self.rng.pick(grades(role, force))?.to_owned();
        self.count.agents += 1;
        staff::insert_agent(
            self.tx,
            &NewAgent {
                last_name,
                first_name,
                force,
                grade,
            },
        )
    }
}

/// Postings start in late summer: the first of September after `day`.
fn next_summer(day: NaiveDate) -> Result<NaiveDate> {
    use chrono::Datelike;
    let this = ymd(day.year(), 9, 1)?;
    if day <= this {
        Ok(this)
    } else {
        ymd(day.year() + 1, 9, 1)
    }
}

fn grades(role: Role, force: Force) -> &'static [&'static str] {
    match (role, force) {
        (Role::Attache, Force::Police) => &[
            "Commissaire divisionnaire",
            "Commissaire général",
            "Commissaire divisionnaire",
        ],
        (Role::Attache, Force::Gendarmerie) => &["Colonel", "Lieutenant-colonel", "Colonel"],
        (Role::Deputy | Role::TechnicalExpert, Force::Police) => &[
            "Commissaire",
            "Commandant de police",
            "Commandant divisionnaire",
        ],
        (Role::Deputy | Role::TechnicalExpert, Force::Gendarmerie) => {
            &["Chef d'escadron", "Lieutenant-colonel", "Commandant"]
        }
        (Role::LiaisonOfficer, Force::Police) => {
            &["Capitaine de police", "Commandant de police", "Commissaire"]
        }
        (Role::LiaisonOfficer, Force::Gendarmerie) => {
            &["Capitaine", "Chef d'escadron", "Commandant"]
        }
        (Role::Assistant | Role::Cooperant, Force::Police) => {
            &["Brigadier-chef", "Major de police", "Capitaine de police"]
        }
        (Role::Assistant | Role::Cooperant, Force::Gendarmerie) => {
            &["Adjudant-chef", "Major", "Adjudant"]
        }
    }
}

/// The specialty of a liaison officer, after the crime his region sends to France.
fn specialty_for(rng: &mut Rng, region: Region) -> Result<usize> {
    let choices: &[usize] = match region {
        Region::Maghreb | Region::WestAfrica => &[d::DRUGS, d::TERRORISM, d::IMMIGRATION],
        Region::Sahel | Region::MiddleEast => &[d::TERRORISM, d::TERRORISM, d::ARMS],
        Region::Americas | Region::Caribbean => &[d::DRUGS, d::DRUGS, d::ORGANISED],
        Region::WesternEurope => &[d::ORGANISED, d::CYBER, d::TERRORISM],
        Region::Balkans | Region::EasternEurope => &[d::ORGANISED, d::ARMS, d::HUMAN],
        Region::CentralAfrica | Region::EastAfrica => &[d::TERRORISM, d::HUMAN, d::IMMIGRATION],
        Region::Asia => &[d::CYBER, d::HUMAN, d::DRUGS],
    };
    rng.pick(choices)
}
