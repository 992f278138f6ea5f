//! Counts per calendar day, for graphs that change over time.
//!
//! Documents carry their date as given (`2024-01-15`,
//! `2024-01-15T08:30:00+01:00`, or anything else). A date that starts with
//! a valid `YYYY-MM-DD` day counts for that day; any other date counts for
//! no day (it still sets an edge's `first_date` and `last_date`). Days, not
//! the dates as given, are the keys, so a [`Timeline`] holds at most one
//! entry per day the corpus covers, however many documents share a day.

use std::cmp::Ordering;
use std::fmt;

use serde::ser::{Serialize, SerializeMap, Serializer};

/// A calendar day (proleptic Gregorian, years 1 to 9999), written
/// `YYYY-MM-DD`. Ordered by time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(u32);

impl Day {
    /// The day a date starts with: `2024-01-15`, also followed by a time
    /// (`2024-01-15T08:30:00Z`, `2024-01-15 08:30`). `None` for anything
    /// else, and for days that do not exist (`2023-02-29`).
    ///
    /// ```
    /// use newsgraph::graph::Day;
    ///
    /// let day = Day::parse("2024-02-29T23:59:00+01:00").unwrap();
    /// assert_eq!(day.to_string(), "2024-02-29");
    /// assert_eq!(Day::parse("2023-02-29"), None);
    /// assert_eq!(Day::parse("15 januari 2024"), None);
    /// ```
    #[must_use]
    pub fn parse(date: &str) -> Option<Day> {
        let b = date.as_bytes();
        let digits = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = b.get(range)?;
            part.iter().all(u8::is_ascii_digit).then(|| {
                part.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0'))
            })
        };
        let (year, month, day) =
            (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        let separated = b[4] == b'-' && b[7] == b'-';
        // A time or zone may follow, but not another digit (`2024-01-150`).
        let ends = b.get(10).is_none_or(|c| !c.is_ascii_digit());
        let valid = separated
            && ends
            && year >= 1
            && (1..=12).contains(&month)
            && (1..=days_in_month(year, month)).contains(&day);
        valid.then_some(Day(year * 10_000 + month * 100 + day))
    }

    /// The year, month and day.
    #[must_use]
    pub fn ymd(self) -> (u32, u32, u32) {
        (self.0 / 10_000, self.0 / 100 % 100, self.0 % 100)
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A count per day, in day order: the mentions of a node or the shared
/// windows of an edge on each day. Merging adds the counts, so graphs
/// built on disjoint document sets still merge into the graph of their
/// union. Serialised as a map from `YYYY-MM-DD` to the count.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Timeline {
    /// Sorted by day, one entry per day, no zero counts. A vector rather
    /// than a map: most edges are seen on a few days, and a map allocates
    /// a node of eleven entries for the first.
    days: Vec<(Day, u64)>,
}

impl Timeline {
    /// Adds `count` on `day`.
    ///
    /// ```
    /// use newsgraph::graph::{Day, Timeline};
    ///
    /// let mut timeline = Timeline::default();
    /// let (a, b) = (Day::parse("2024-01-16"), Day::parse("2024-01-15"));
    /// timeline.add(a.unwrap(), 2);
    /// timeline.add(b.unwrap(), 1);
    /// timeline.add(a.unwrap(), 1);
    /// let days: Vec<String> =
    ///     timeline.iter().map(|(d, n)| format!("{d}={n}")).collect();
    /// assert_eq!(days, ["2024-01-15=1", "2024-01-16=3"]);
    /// ```
    pub fn add(&mut self, day: Day, count: u64) {
        if count == 0 {
            return;
        }
        // Documents mostly come in date order: the last entry first.
        if let Some(last) = self.days.last_mut() {
            if last.0 == day {
                last.1 += count;
                return;
            }
        }
        match self.days.binary_search_by_key(&day, |&(d, _)| d) {
            Ok(at) => self.days[at].1 += count,
            Err(at) => self.days.insert(at, (day, count)),
        }
    }

    /// Adds every count of `other`.
    pub fn merge(&mut self, other: &Timeline) {
        if other.days.is_empty() {
            return;
        }
        let (a, b) = (std::mem::take(&mut self.days), &other.days);
        let mut merged = Vec::with_capacity(a.len() + b.len());
        let (mut i, mut j) = (0, 0);
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                Ordering::Less => {
                    merged.push(a[i]);
                    i += 1;
                }
                Ordering::Greater => {
                    merged.push(b[j]);
                    j += 1;
                }
                Ordering::Equal => {
                    merged.push((a[i].0, a[i].1 + b[j].1));
                    i += 1;
                    j += 1;
                }
            }
        }
        merged.extend_from_slice(&a[i..]);
        merged.extend_from_slice(&b[j..]);
        self.days = merged;
    }

    /// (day, count) in day order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (Day, u64)> + '_ {
        self.days.iter().copied()
    }

    /// Whether no day is counted.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.days.is_empty()
    }

    /// Days counted.
    #[must_use]
    pub fn len(&self) -> usize {
        self.days.len()
    }

    /// The sum of the counts.
    #[must_use]
    pub fn total(&self) -> u64 {
        self.days.iter().map(|&(_, n)| n).sum()
    }
}

impl Serialize for Timeline {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.days.len()))?;
        for (day, count) in &self.days {
            map.serialize_entry(day, count)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::{Day, Timeline};

    #[test]
    fn days_are_read_from_the_start_of_a_date() {
        // (date, day or None)
        let rows = [
            ("2024-01-15", Some("2024-01-15")),
            ("2024-01-15T08:30:00+01:00", Some("2024-01-15")),
            ("2024-01-15 08:30", Some("2024-01-15")),
            ("2024-12-31Z", Some("2024-12-31")),
            ("2024-02-29", Some("2024-02-29")),
            ("2000-02-29", Some("2000-02-29")),
            ("0001-01-01", Some("0001-01-01")),
            ("9999-12-31", Some("9999-12-31")),
            ("1900-02-29", None),
            ("2023-02-29", None),
            ("2024-04-31", None),
            ("2024-13-01", None),
            ("2024-00-10", None),
            ("2024-01-00", None),
            ("0000-01-01", None),
            ("2024-01-150", None),
            ("2024/01/15", None),
            ("24-01-15", None),
            ("2024-1-15", None),
            ("2024-01", None),
            ("", None),
            ("15 januari 2024", None),
            ("２０２４-01-15", None),
            ("2024-01-1é", None),
        ];
        for (date, want) in rows {
            let got = Day::parse(date).map(|d| d.to_string());
            assert_eq!(got.as_deref(), want, "{date:?}");
        }
        assert!(Day::parse("2023-12-31") < Day::parse("2024-01-01"));
    }

    fn timeline(days: &[(&str, u64)]) -> Timeline {
        let mut t = Timeline::default();
        for &(day, n) in days {
            t.add(Day::parse(day).unwrap(), n);
        }
        t
    }

    fn listed(t: &Timeline) -> Vec<(String, u64)> {
        t.iter().map(|(d, n)| (d.to_string(), n)).collect()
    }

    #[test]
    fn merging_adds_counts_in_any_order() {
        let a = timeline(&[("2024-01-03", 1), ("2024-01-01", 2)]);
        let b = timeline(&[
            ("2024-01-02", 5),
            ("2024-01-03", 1),
            ("2024-02-01", 1),
        ]);
        let want = [
            ("2024-01-01".to_string(), 2),
            ("2024-01-02".to_string(), 5),
            ("2024-01-03".to_string(), 2),
            ("2024-02-01".to_string(), 1),
        ];
        let mut ab = a.clone();
        ab.merge(&b);
        let mut ba = b.clone();
        ba.merge(&a);
        assert_eq!(listed(&ab), want);
        assert_eq!(ab, ba);
        assert_eq!(ab.total(), a.total() + b.total());
        let mut empty = Timeline::default();
        empty.merge(&a);
        assert_eq!(empty, a);
        empty.merge(&Timeline::default());
        assert_eq!(empty, a);
        let mut zero = Timeline::default();
        zero.add(Day::parse("2024-01-01").unwrap(), 0);
        assert!(zero.is_empty());
    }

    #[test]
    fn serialises_as_a_map_of_days() {
        let t = timeline(&[("2024-01-02", 1), ("2024-01-01", 3)]);
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(json, r#"{"2024-01-01":3,"2024-01-02":1}"#);
    }
}
