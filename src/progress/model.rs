//! What is recorded: attempts, flags and settings, and the clock that dates them.

use crate::deck::Dimension;
use crate::rubric::Report;
use serde::{Deserialize, Serialize};

/// Milliseconds since the Unix epoch (UTC), as the browser's `Date.now()` gives them.
pub type Millis = i64;

/// One day in milliseconds.
pub const DAY_MS: Millis = 86_400_000;

/// The time now, and how far the learner's local time is ahead of UTC, so "today" and "a
/// day in a row" mean the learner's own calendar days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    /// The current time.
    pub now: Millis,
    /// Minutes local time is ahead of UTC (60 in Paris in winter, -300 in New York).
    pub offset_minutes: i32,
}

impl Clock {
    /// A clock at `now` in UTC.
    pub fn utc(now: Millis) -> Clock {
        Clock {
            now,
            offset_minutes: 0,
        }
    }

    /// The learner's calendar day of an instant, counted from 1970-01-01.
    pub fn day(&self, at: Millis) -> i64 {
        (at + Millis::from(self.offset_minutes) * 60_000).div_euclid(DAY_MS)
    }

    /// Today's calendar day.
    pub fn today(&self) -> i64 {
        self.day(self.now)
    }
}

/// A calendar day counted from 1970-01-01 as `YYYY-MM-DD` (proleptic Gregorian).
pub fn date(day: i64) -> String {
    // Howard Hinnant's days-to-civil algorithm: exact for every day an i64 can name here.
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// One scored answer: which card, when, and what it scored. The answer text itself is not
/// kept (a flag keeps it), so years of practice stay small.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attempt {
    /// The deck's id.
    pub deck: String,
    /// The card's id within the deck.
    pub card: String,
    /// When it was scored.
    pub at: Millis,
    /// The total, 0–100.
    pub total: u8,
    /// The risk score, when the card covers risk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk: Option<u8>,
    /// The cost score, when the card covers cost.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<u8>,
    /// The opportunity score, when the card covers opportunity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opportunity: Option<u8>,
}

impl Attempt {
    /// The attempt a report records.
    pub fn new(deck: &str, card: &str, at: Millis, report: &Report) -> Attempt {
        let mut attempt = Attempt {
            deck: deck.to_owned(),
            card: card.to_owned(),
            at,
            total: report.total,
            risk: None,
            cost: None,
            opportunity: None,
        };
        for d in &report.dimensions {
            *attempt.slot(d.dimension) = Some(d.score);
        }
        attempt
    }

    /// The score for one dimension, when the card covers it.
    pub fn dimension(&self, dimension: Dimension) -> Option<u8> {
        match dimension {
            Dimension::Risk => self.risk,
            Dimension::Cost => self.cost,
            Dimension::Opportunity => self.opportunity,
        }
    }

    fn slot(&mut self, dimension: Dimension) -> &mut Option<u8> {
        match dimension {
            Dimension::Risk => &mut self.risk,
            Dimension::Cost => &mut self.cost,
            Dimension::Opportunity => &mut self.opportunity,
        }
    }

    /// Whether two records are the same attempt (a merge keeps one of them).
    pub fn same(&self, other: &Attempt) -> bool {
        self.at == other.at && self.deck == other.deck && self.card == other.card
    }
}

/// A score the learner thinks deserves more, with their note, for the deck's author.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flag {
    /// The deck's id.
    pub deck: String,
    /// The card's id within the deck.
    pub card: String,
    /// When it was flagged.
    pub at: Millis,
    /// The total the answer got.
    pub total: u8,
    /// The answer, as scored.
    pub answer: String,
    /// Why the learner thinks it deserves more (may be empty).
    pub note: String,
}

impl Flag {
    /// Whether two records are the same flag.
    pub fn same(&self, other: &Flag) -> bool {
        self.at == other.at && self.deck == other.deck && self.card == other.card
    }
}

/// The learner's choices about practice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Only cards of this deck come next.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deck: Option<String>,
    /// Only cards with this tag come next.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// Only cards of this difficulty (1–3) come next.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub difficulty: Option<u8>,
    /// Only cards said to this audience ("CFO") come next.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    /// At most this many cards never seen before are introduced per day.
    pub new_per_day: u32,
    /// Whether the practice streak is shown (off until the learner asks for it).
    pub streak: bool,
    /// Seconds for the optional countdown on a card; none means no countdown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub countdown: Option<u32>,
}

/// New cards a day unless the learner chooses: enough for a lunch break's practice without
/// burying the reviews that spaced repetition brings back.
pub const DEFAULT_NEW_PER_DAY: u32 = 10;

impl Default for Settings {
    fn default() -> Self {
        Settings {
            deck: None,
            tag: None,
            difficulty: None,
            audience: None,
            new_per_day: DEFAULT_NEW_PER_DAY,
            streak: false,
            countdown: None,
        }
    }
}

/// Everything the learner has made: the history (oldest first), flags, and settings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    /// Every scored answer, oldest first.
    pub attempts: Vec<Attempt>,
    /// Flagged scores, oldest first.
    pub flags: Vec<Flag>,
    /// Practice settings.
    pub settings: Settings,
}

impl Progress {
    /// Whether there is nothing to lose: no attempts and no flags.
    pub fn is_empty(&self) -> bool {
        self.attempts.is_empty() && self.flags.is_empty()
    }

    /// The attempts of one card, oldest first.
    pub fn attempts_of<'a>(
        &'a self,
        deck: &'a str,
        card: &'a str,
    ) -> impl Iterator<Item = &'a Attempt> + 'a {
        self.attempts
            .iter()
            .filter(move |a| a.deck == deck && a.card == card)
    }

    /// Adds an attempt, keeping the history in time order.
    pub(crate) fn record(&mut self, attempt: Attempt) {
        let at = self.attempts.partition_point(|a| a.at <= attempt.at);
        self.attempts.insert(at, attempt);
    }

    /// Everything in `other` that this progress lacks, added in time order; settings stay.
    pub(crate) fn merge(&mut self, other: &Progress) {
        for attempt in &other.attempts {
            if !self.attempts.iter().any(|a| a.same(attempt)) {
                self.record(attempt.clone());
            }
        }
        for flag in &other.flags {
            if !self.flags.iter().any(|f| f.same(flag)) {
                self.add_flag(flag.clone());
            }
        }
    }

    /// Adds a flag, keeping the flags in time order.
    pub(crate) fn add_flag(&mut self, flag: Flag) {
        let at = self.flags.partition_point(|f| f.at <= flag.at);
        self.flags.insert(at, flag);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_civil_calendar_days() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(-1), "1969-12-31");
        assert_eq!(date(11_016), "2000-02-29");
        assert_eq!(date(20_779), "2026-11-22");
    }

    #[test]
    fn the_day_follows_the_learners_offset() {
        // 2026-11-22 23:30 UTC is already the 23rd in Paris and still the 22nd in New York.
        let at = 20_779 * DAY_MS + 23 * 3_600_000 + 30 * 60_000;
        let paris = Clock {
            now: at,
            offset_minutes: 60,
        };
        let new_york = Clock {
            now: at,
            offset_minutes: -300,
        };
        assert_eq!(date(paris.today()), "2026-11-23");
        assert_eq!(date(new_york.today()), "2026-11-22");
        assert_eq!(date(Clock::utc(at).today()), "2026-11-22");
    }
}
