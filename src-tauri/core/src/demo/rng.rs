//! The demo generator's random numbers and dates.
//!
//! SplitMix64 is written here rather than taken from a crate: the generator is owned so
//! that the demo data never changes with a dependency upgrade. Only integer arithmetic
//! and exact float comparisons are used, so every platform draws the same numbers.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::error::{Error, Result};

/// A SplitMix64 stream.
pub(crate) struct Rng(u64);

impl Rng {
    /// A stream for one area of the data: each area has its own, so that changing how one
    /// area is generated leaves the others as they were.
    pub(crate) fn new(seed: u64, area: u64) -> Self {
        let mut rng = Self(seed ^ area.wrapping_mul(0xD1B5_4A32_D192_ED03));
        rng.next_u64();
        rng
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// A number in `lo..=hi`.
    pub(crate) fn range(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        lo + self.below((hi - lo + 1) as usize) as i64
    }

    /// True with probability `p`.
    pub(crate) fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64) < p * (1u64 << 53) as f64
    }

    /// One item of a non-empty constant list.
    pub(crate) fn pick<T: Copy>(&mut self, items: &[T]) -> Result<T> {
        let i = self.below(items.len());
        items
            .get(i)
            .copied()
            .ok_or_else(|| Error::internal("demo: pick from an empty list"))
    }

    /// An index drawn with the given weights (all zero: 0).
    pub(crate) fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u64 = weights.iter().map(|w| u64::from(*w)).sum();
        let mut draw = self.below(total as usize) as u64;
        for (i, w) in weights.iter().enumerate() {
            if draw < u64::from(*w) {
                return i;
            }
            draw -= u64::from(*w);
        }
        0
    }

    pub(crate) fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }

    /// A working day in `from..=to`, avoiding most of August and the Christmas weeks,
    /// when embassies and training centres run little.
    pub(crate) fn working_day(&mut self, from: NaiveDate, to: NaiveDate) -> NaiveDate {
        let span = (to - from).num_days().max(0);
        let mut day = from;
        for _ in 0..16 {
            day = add_days(from, self.range(0, span));
            let quiet = day.month() == 8 || (day.month() == 12 && day.day() > 20);
            if !is_day_off(day) && (!quiet || !self.chance(0.75)) {
                return day;
            }
        }
        // A short span of days off: the next working day, or the one before.
        for step in [1, -1] {
            let mut d = day;
            while from <= d && d <= to && is_day_off(d) {
                d = add_days(d, step);
            }
            if from <= d && d <= to {
                return d;
            }
        }
        day
    }
}

/// Saturdays, Sundays, 1 January, 1 May and 25 December.
fn is_day_off(day: NaiveDate) -> bool {
    matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
        || matches!((day.month(), day.day()), (1, 1) | (5, 1) | (12, 25))
}

/// A date that is known to exist.
pub(crate) fn ymd(y: i32, m: u32, d: u32) -> Result<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
        .ok_or_else(|| Error::internal(format!("demo: no date {y}-{m}-{d}")))
}

/// `date` plus `n` days (`n` may be negative; the date itself if out of range).
pub(crate) fn add_days(date: NaiveDate, n: i64) -> NaiveDate {
    let days = Days::new(n.unsigned_abs());
    if n >= 0 {
        date.checked_add_days(days)
    } else {
        date.checked_sub_days(days)
    }
    .unwrap_or(date)
}

/// First and last day of `year` during which the period `opened..=closed` is open,
/// `None` when it is closed the whole year.
pub(crate) fn open_span(
    year: i32,
    opened: NaiveDate,
    closed: Option<NaiveDate>,
) -> Result<Option<(NaiveDate, NaiveDate)>> {
    let from = ymd(year, 1, 1)?.max(opened);
    let end = ymd(year, 12, 31)?;
    let to = closed.map_or(end, |c| c.min(end));
    Ok((from <= to).then_some((from, to)))
}

/// Splits `total` into parts proportional to `weights` (largest remainders, ties to the
/// first), every part at least `min` when the total allows it.
pub(crate) fn apportion(total: i64, weights: &[u64], min: i64) -> Vec<i64> {
    let sum: u64 = weights.iter().sum();
    if weights.is_empty() || sum == 0 {
        return vec![0; weights.len()];
    }
    let total_u = total.max(0) as u64;
    let mut parts: Vec<i64> = weights.iter().map(|w| (total_u * w / sum) as i64).collect();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(total_u * weights[i] % sum), i));
    let left = total - parts.iter().sum::<i64>();
    for &i in order.iter().cycle().take(left.max(0) as usize) {
        parts[i] += 1;
    }
    // Lift parts below the minimum, taking from the largest.
    for i in 0..parts.len() {
        while parts[i] < min {
            let Some((j, _)) = parts
                .iter()
                .enumerate()
                .filter(|(_, p)| **p > min)
                .max_by_key(|(j, p)| (**p, std::cmp::Reverse(*j)))
            else {
                break;
            };
            parts[j] -= 1;
            parts[i] += 1;
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix_is_stable() {
        // Reference values of SplitMix64 seeded with 0 (Vigna's C implementation).
        let mut rng = Rng(0);
        assert_eq!(rng.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(rng.next_u64(), 0x6E78_9E6A_A1B9_65F4);
    }

    #[test]
    fn apportion_hits_the_total_and_the_minimum() {
        let parts = apportion(100, &[50, 30, 1, 19], 2);
        assert_eq!(parts.iter().sum::<i64>(), 100);
        assert!(parts.iter().all(|p| *p >= 2), "{parts:?}");
        assert_eq!(apportion(7, &[1, 1, 1], 0).iter().sum::<i64>(), 7);
    }
}
