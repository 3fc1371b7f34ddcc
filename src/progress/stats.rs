//! Figures the progress screen shows, each a pure function of the history.

use super::model::{Attempt, Clock, Millis};
use crate::deck::Dimension;
use std::collections::HashMap;

/// One point of a trend: a calendar day and the mean score that day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DayPoint {
    /// The learner's calendar day (see [`Clock::day`]).
    pub day: i64,
    /// The mean score of the day's attempts, 0–100.
    pub value: f64,
}

/// The daily mean of the total (`None`) or of one dimension, for the last `days` calendar
/// days up to today; days without practice (or without that dimension) have no point.
pub fn trend(
    attempts: &[Attempt],
    clock: Clock,
    dimension: Option<Dimension>,
    days: i64,
) -> Vec<DayPoint> {
    let first = clock.today() - days + 1;
    let mut sums: Vec<(i64, u32, u32)> = Vec::new();
    for attempt in attempts {
        let day = clock.day(attempt.at);
        let value = match dimension {
            Some(d) => attempt.dimension(d),
            None => Some(attempt.total),
        };
        let Some(value) = value else { continue };
        if day < first || day > clock.today() {
            continue;
        }
        match sums.last_mut() {
            Some((d, sum, n)) if *d == day => {
                *sum += u32::from(value);
                *n += 1;
            }
            _ => sums.push((day, u32::from(value), 1)),
        }
    }
    sums.into_iter()
        .map(|(day, sum, n)| DayPoint {
            day,
            value: f64::from(sum) / f64::from(n),
        })
        .collect()
}

/// A card's record: its best total, how often it was tried, and when last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardBest {
    /// The deck's id.
    pub deck: String,
    /// The card's id.
    pub card: String,
    /// The best total.
    pub best: u8,
    /// How many attempts.
    pub attempts: u32,
    /// When it was last practised.
    pub last: Millis,
}

/// Every practised card's best, most recently practised first.
pub fn best_per_card(attempts: &[Attempt]) -> Vec<CardBest> {
    let mut index: HashMap<(&str, &str), usize> = HashMap::new();
    let mut bests: Vec<CardBest> = Vec::new();
    for a in attempts {
        match index.get(&(a.deck.as_str(), a.card.as_str())) {
            Some(&i) => {
                let best = &mut bests[i];
                best.best = best.best.max(a.total);
                best.attempts += 1;
                best.last = best.last.max(a.at);
            }
            None => {
                index.insert((&a.deck, &a.card), bests.len());
                bests.push(CardBest {
                    deck: a.deck.clone(),
                    card: a.card.clone(),
                    best: a.total,
                    attempts: 1,
                    last: a.at,
                });
            }
        }
    }
    crate::sort::sort_by(&mut bests, |a, b| {
        b.last.cmp(&a.last).then_with(|| a.card.cmp(&b.card))
    });
    bests
}

/// The dimension the learner scores lowest on lately.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weakest {
    /// The dimension.
    pub dimension: Dimension,
    /// Its mean over the recent attempts that covered it.
    pub mean: f64,
    /// How many attempts that mean is over.
    pub attempts: usize,
}

/// How many recent attempts per dimension "lately" means: about two weeks of daily practice,
/// so an old habit the learner has since fixed stops counting against them.
pub const RECENT: usize = 20;

/// The dimension with the lowest mean over its last [`RECENT`] attempts, once every
/// dimension has at least three (fewer says nothing yet). Ties go to the earlier dimension.
pub fn weakest(attempts: &[Attempt]) -> Option<Weakest> {
    let mut found: Option<Weakest> = None;
    for dimension in Dimension::ALL {
        let recent: Vec<u8> = attempts
            .iter()
            .rev()
            .filter_map(|a| a.dimension(dimension))
            .take(RECENT)
            .collect();
        if recent.len() < 3 {
            return None;
        }
        let mean = recent.iter().map(|&v| f64::from(v)).sum::<f64>() / recent.len() as f64;
        if found.is_none_or(|w| mean < w.mean) {
            found = Some(Weakest {
                dimension,
                mean,
                attempts: recent.len(),
            });
        }
    }
    found
}

impl Weakest {
    /// The finding in words.
    pub fn sentence(&self) -> String {
        format!(
            "Your weakest dimension lately is {}: your last {} answers that could speak to it averaged {:.0}.",
            self.dimension.as_str(),
            self.attempts,
            self.mean
        )
    }
}

/// A forgiving practice streak: the days practised in a run in which no two calendar days
/// in a row were missed. One day off (a weekend day, a sick day) keeps it going.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Streak {
    /// Days practised in the current run (0 when the run has ended).
    pub days: u32,
    /// Whether today already counts.
    pub today: bool,
}

/// The learner's current streak (see [`Streak`]).
pub fn streak(attempts: &[Attempt], clock: Clock) -> Streak {
    let today = clock.today();
    let mut days: Vec<i64> = attempts.iter().map(|a| clock.day(a.at)).collect();
    days.dedup();
    days.retain(|&d| d <= today);
    let Some(&last) = days.last() else {
        return Streak::default();
    };
    // Alive while at most one day has been missed since the last practice.
    if today - last > 2 {
        return Streak::default();
    }
    let mut run = 1;
    for pair in days.windows(2).rev() {
        if pair[1] - pair[0] > 2 {
            break;
        }
        run += 1;
    }
    Streak {
        days: run,
        today: last == today,
    }
}

/// The `page`-th page (from 0) of `items` shown newest first, `per` at a time, and how many
/// pages there are (at least one). A page past the end gives the last page.
pub fn page<T>(items: &[T], page: usize, per: usize) -> (Vec<&T>, usize, usize) {
    let per = per.max(1);
    let pages = items.len().div_ceil(per).max(1);
    let page = page.min(pages - 1);
    let shown = items.iter().rev().skip(page * per).take(per).collect();
    (shown, page, pages)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::model::DAY_MS;

    fn at_day(day: i64, total: u8) -> Attempt {
        Attempt {
            deck: "d".into(),
            card: format!("c{total}"),
            at: day * DAY_MS + 3_600_000,
            total,
            risk: Some(total),
            cost: Some(total / 2),
            opportunity: Some(100 - total),
        }
    }

    fn clock(day: i64) -> Clock {
        Clock::utc(day * DAY_MS + 12 * 3_600_000)
    }

    #[test]
    fn trends_are_daily_means_within_the_window() {
        let history = [at_day(1, 40), at_day(5, 60), at_day(5, 80), at_day(9, 10)];
        let points = trend(&history, clock(9), None, 5);
        assert_eq!(
            points,
            [
                DayPoint {
                    day: 5,
                    value: 70.0
                },
                DayPoint {
                    day: 9,
                    value: 10.0
                }
            ]
        );
        let cost = trend(&history, clock(9), Some(Dimension::Cost), 30);
        assert_eq!(
            cost.iter().map(|p| p.value).collect::<Vec<_>>(),
            [20.0, 35.0, 5.0]
        );
    }

    #[test]
    fn streaks_forgive_one_missed_day() {
        let cases: [(&[i64], i64, Streak); 6] = [
            (
                &[],
                10,
                Streak {
                    days: 0,
                    today: false,
                },
            ),
            (
                &[10],
                10,
                Streak {
                    days: 1,
                    today: true,
                },
            ),
            (
                &[7, 8, 10],
                10,
                Streak {
                    days: 3,
                    today: true,
                },
            ),
            (
                &[7, 8, 10],
                12,
                Streak {
                    days: 3,
                    today: false,
                },
            ),
            (
                &[7, 8, 10],
                13,
                Streak {
                    days: 0,
                    today: false,
                },
            ),
            (
                &[2, 3, 7, 8, 9],
                9,
                Streak {
                    days: 3,
                    today: true,
                },
            ),
        ];
        for (days, today, want) in cases {
            let history: Vec<Attempt> = days.iter().map(|&d| at_day(d, 50)).collect();
            assert_eq!(
                streak(&history, clock(today)),
                want,
                "{days:?} on day {today}"
            );
        }
    }

    #[test]
    fn the_weakest_dimension_needs_three_answers_each() {
        let history = [at_day(1, 80), at_day(2, 70)];
        assert_eq!(weakest(&history), None);
        let history = [at_day(1, 80), at_day(2, 70), at_day(3, 90)];
        let found = weakest(&history).unwrap();
        assert_eq!(found.dimension, Dimension::Opportunity);
        assert_eq!(
            found.sentence(),
            "Your weakest dimension lately is opportunity: your last 3 answers that could speak to it averaged 20."
        );
    }

    #[test]
    fn bests_are_per_card_most_recent_first() {
        let mut history = vec![at_day(1, 40), at_day(2, 60)];
        history.push(Attempt {
            at: 3 * DAY_MS,
            total: 55,
            ..history[0].clone()
        });
        let bests = best_per_card(&history);
        assert_eq!(
            bests
                .iter()
                .map(|b| (b.card.as_str(), b.best, b.attempts))
                .collect::<Vec<_>>(),
            [("c40", 55, 2), ("c60", 60, 1)]
        );
    }

    #[test]
    fn pages_run_newest_first() {
        let items: Vec<u32> = (1..=45).collect();
        let (first, at, pages) = page(&items, 0, 20);
        assert_eq!((first[0], first.len(), at, pages), (&45, 20, 0, 3));
        let (last, at, _) = page(&items, 9, 20);
        assert_eq!((last.len(), *last[4], at), (5, 1, 2));
        let (none, at, pages) = page::<u32>(&[], 0, 20);
        assert_eq!((none.len(), at, pages), (0, 0, 1));
    }
}
