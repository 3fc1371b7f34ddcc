//! What to practise next: FSRS spaced repetition over the learner's history.
//!
//! The scheduler is `rs-fsrs` (the FSRS algorithm's Rust implementation from the
//! open-spaced-repetition project, which maintains FSRS itself; it builds for wasm32 and has
//! no dependency beyond `chrono`). Each attempt is one review, rated from its total:
//! below [`AGAIN_BELOW`] the card is rated Again, below [`HARD_BELOW`] Hard, below
//! [`GOOD_BELOW`] Good, and Easy above. Reviews are replayed from the history in time order
//! whenever the schedule is needed, so nothing but the history is stored.
//!
//! The next card is, among the cards the learner's filters allow: the most overdue card
//! that is due; else a card never practised, unless today's new cards have reached the cap
//! (cards practised for the first time today count); else the card due soonest, offered
//! as practice ahead of time.

use super::model::{Attempt, Clock, Millis, Settings};
use crate::deck::{CardOutline, Outline};
use chrono::{DateTime, Utc};
use rs_fsrs::{FSRS, Rating};
use std::collections::HashMap;

/// A total below this is rated Again: the answer missed what matters.
pub const AGAIN_BELOW: u8 = 35;
/// A total below this is rated Hard: the low edge of the "mid" band decks calibrate to.
pub const HARD_BELOW: u8 = 60;
/// A total below this is rated Good; from here up, Easy (a model-answer-like score).
pub const GOOD_BELOW: u8 = 85;

/// The FSRS rating an attempt's total earns.
pub fn rating(total: u8) -> Rating {
    match total {
        t if t < AGAIN_BELOW => Rating::Again,
        t if t < HARD_BELOW => Rating::Hard,
        t if t < GOOD_BELOW => Rating::Good,
        _ => Rating::Easy,
    }
}

/// What the scheduler knows about one card the learner has practised.
#[derive(Debug, Clone, PartialEq)]
pub struct Recall {
    /// When the card is next due.
    pub due: Millis,
    /// How many times it was scored.
    pub reviews: u32,
    /// When it was first practised.
    pub first: Millis,
    /// The FSRS memory state.
    card: rs_fsrs::Card,
}

/// The schedule of every practised card, by deck id, then card id (two levels, so a lookup
/// borrows the ids instead of building a key).
#[derive(Debug, Clone, Default)]
pub struct Memory {
    decks: HashMap<String, HashMap<String, Recall>>,
}

fn instant(at: Millis) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(at).unwrap_or_default()
}

impl Memory {
    /// Replays `attempts` (oldest first) through FSRS.
    pub fn new(attempts: &[Attempt]) -> Memory {
        let fsrs = FSRS::default();
        let mut decks: HashMap<String, HashMap<String, Recall>> = HashMap::new();
        for attempt in attempts {
            let now = instant(attempt.at);
            // The ids are copied once per card, not once per attempt. (Each `else` cannot
            // happen: the entry was just made.)
            if !decks.contains_key(&attempt.deck) {
                decks.insert(attempt.deck.clone(), HashMap::new());
            }
            let Some(cards) = decks.get_mut(&attempt.deck) else {
                continue;
            };
            if !cards.contains_key(&attempt.card) {
                let fresh = rs_fsrs::Card {
                    due: now,
                    last_review: now,
                    ..rs_fsrs::Card::default()
                };
                let recall = Recall {
                    due: attempt.at,
                    reviews: 0,
                    first: attempt.at,
                    card: fresh,
                };
                cards.insert(attempt.card.clone(), recall);
            }
            let Some(recall) = cards.get_mut(&attempt.card) else {
                continue;
            };
            let next = fsrs.next(recall.card.clone(), now, rating(attempt.total));
            recall.card = next.card;
            recall.due = recall.card.due.timestamp_millis();
            recall.reviews += 1;
        }
        Memory { decks }
    }

    /// What is known about a card, if it was ever practised.
    pub fn get(&self, deck: &str, card: &str) -> Option<&Recall> {
        self.decks.get(deck)?.get(card)
    }

    /// How many cards were practised for the first time on the clock's day.
    pub fn new_today(&self, clock: Clock) -> usize {
        let today = clock.today();
        self.decks
            .values()
            .flat_map(HashMap::values)
            .filter(|r| clock.day(r.first) == today)
            .count()
    }
}

/// The card to practise next, and why.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Pick<'a> {
    /// A card due for review (due at the given time, now or earlier).
    Due(&'a Outline, &'a CardOutline, Millis),
    /// A card never practised.
    New(&'a Outline, &'a CardOutline),
    /// Nothing is due and no new card is allowed today: the card due soonest.
    Ahead(&'a Outline, &'a CardOutline, Millis),
    /// No card matches the filters.
    Nothing,
}

impl<'a> Pick<'a> {
    /// The deck and card picked, if any.
    pub fn card(&self) -> Option<(&'a Outline, &'a CardOutline)> {
        match *self {
            Pick::Due(deck, card, _) | Pick::New(deck, card) | Pick::Ahead(deck, card, _) => {
                Some((deck, card))
            }
            Pick::Nothing => None,
        }
    }
}

/// Whether a card passes the learner's filters.
pub fn allowed(settings: &Settings, deck: &Outline, card: &CardOutline) -> bool {
    settings.deck.as_ref().is_none_or(|d| *d == deck.id)
        && settings.tag.as_ref().is_none_or(|t| card.tags.contains(t))
        && settings.difficulty.is_none_or(|d| d == card.difficulty)
        && settings
            .audience
            .as_ref()
            .is_none_or(|a| *a == card.audience)
}

/// The card to practise next (see the module docs), never `skip` (the card just done)
/// when another card qualifies.
pub fn pick<'a>(
    library: &'a [Outline],
    memory: &Memory,
    settings: &Settings,
    clock: Clock,
    skip: Option<(&str, &str)>,
) -> Pick<'a> {
    let candidates = library
        .iter()
        .flat_map(|deck| deck.cards.iter().map(move |card| (deck, card)))
        .filter(|(deck, card)| allowed(settings, deck, card));
    let mut due: Option<(&Outline, &CardOutline, Millis)> = None;
    let mut ahead: Option<(&Outline, &CardOutline, Millis)> = None;
    let mut fresh: Option<(&Outline, &CardOutline)> = None;
    let mut skipped: Option<Pick<'a>> = None;
    let new_allowed = memory.new_today(clock) < settings.new_per_day as usize;
    for (deck, card) in candidates {
        let is_skip = skip == Some((deck.id.as_str(), card.id.as_str()));
        match memory.get(&deck.id, &card.id) {
            Some(recall) if is_skip => {
                skipped.get_or_insert(Pick::Ahead(deck, card, recall.due));
            }
            Some(recall) => {
                let slot = if recall.due <= clock.now {
                    &mut due
                } else {
                    &mut ahead
                };
                if slot.is_none_or(|(_, _, d)| recall.due < d) {
                    *slot = Some((deck, card, recall.due));
                }
            }
            None if is_skip => {
                skipped.get_or_insert(Pick::New(deck, card));
            }
            None if new_allowed => {
                fresh.get_or_insert((deck, card));
            }
            None => {}
        }
    }
    if let Some((deck, card, at)) = due {
        Pick::Due(deck, card, at)
    } else if let Some((deck, card)) = fresh {
        Pick::New(deck, card)
    } else if let Some((deck, card, at)) = ahead {
        Pick::Ahead(deck, card, at)
    } else {
        skipped.unwrap_or(Pick::Nothing)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::model::DAY_MS;

    #[test]
    fn totals_map_to_ratings_at_the_band_edges() {
        let cases = [
            (0, Rating::Again),
            (34, Rating::Again),
            (35, Rating::Hard),
            (59, Rating::Hard),
            (60, Rating::Good),
            (84, Rating::Good),
            (85, Rating::Easy),
            (100, Rating::Easy),
        ];
        for (total, want) in cases {
            assert_eq!(rating(total), want, "{total}");
        }
    }

    fn attempt(card: &str, at: Millis, total: u8) -> Attempt {
        Attempt {
            deck: "d".into(),
            card: card.into(),
            at,
            total,
            risk: None,
            cost: None,
            opportunity: None,
        }
    }

    #[test]
    fn a_good_answer_comes_back_later_than_a_poor_one() {
        let start = 20_000 * DAY_MS;
        let history = [
            attempt("strong", start, 95),
            attempt("strong", start + 3 * DAY_MS, 95),
            attempt("weak", start, 10),
            attempt("weak", start + 3 * DAY_MS, 10),
        ];
        let memory = Memory::new(&history);
        let strong = memory.get("d", "strong").unwrap();
        let weak = memory.get("d", "weak").unwrap();
        assert_eq!(strong.reviews, 2);
        assert!(strong.due > start + 3 * DAY_MS + 7 * DAY_MS, "{strong:?}");
        assert!(weak.due < start + 3 * DAY_MS + DAY_MS, "{weak:?}");
    }
}
