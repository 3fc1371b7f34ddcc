//! What the home page offers to do now: the card to go on with, how many are due, and a card
//! to work on the weakest dimension with.

use super::Settings;
use super::model::{Attempt, Clock};
use super::schedule::{Memory, Pick, pick};
use super::stats::{Weakest, weakest};
use crate::deck::{CardOutline, Outline};
use std::collections::HashMap;

/// What there is to do now.
#[derive(Debug, Clone, PartialEq)]
pub struct Today<'a> {
    /// The card the scheduler picks next, under the learner's filters.
    pub next: Pick<'a>,
    /// How many installed cards are due for review now (whatever the filters).
    pub due: usize,
    /// The weakest dimension lately, and the practised card whose latest answer scored lowest
    /// on it: the one to work on it with.
    pub weak: Option<(Weakest, &'a Outline, &'a CardOutline)>,
}

/// What there is to do now in `library`, from the learner's `attempts` (replayed into
/// `memory`, which the caller keeps: replaying a long history is the slow part) and `settings`.
pub fn today<'a>(
    library: &'a [Outline],
    memory: &Memory,
    attempts: &[Attempt],
    settings: &Settings,
    clock: Clock,
) -> Today<'a> {
    let cards = || {
        library
            .iter()
            .flat_map(|deck| deck.cards.iter().map(move |card| (deck, card)))
    };
    let due = cards()
        .filter(|(deck, card)| {
            memory
                .get(&deck.id, &card.id)
                .is_some_and(|recall| recall.due <= clock.now)
        })
        .count();
    let weak = weakest(attempts).and_then(|weak| {
        // Each card's latest answer (one pass, newest first), and its score on the dimension.
        let mut latest: HashMap<(&str, &str), Option<u8>> = HashMap::new();
        for a in attempts.iter().rev() {
            latest
                .entry((a.deck.as_str(), a.card.as_str()))
                .or_insert(a.dimension(weak.dimension));
        }
        // The installed card whose latest answer scored lowest on it; ties go to the first.
        let mut worst: Option<(u8, &Outline, &CardOutline)> = None;
        for (deck, card) in cards() {
            let score = latest
                .get(&(deck.id.as_str(), card.id.as_str()))
                .copied()
                .flatten();
            if let Some(score) = score {
                if worst.is_none_or(|(lowest, _, _)| score < lowest) {
                    worst = Some((score, deck, card));
                }
            }
        }
        worst.map(|(_, deck, card)| (weak, deck, card))
    });
    Today {
        next: pick(library, memory, settings, clock, None),
        due,
        weak,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::Dimension;
    use crate::progress::model::DAY_MS;

    fn outline(id: &str, cards: &[&str]) -> Outline {
        Outline {
            id: id.into(),
            title: id.to_uppercase(),
            description: String::new(),
            theme: String::new(),
            cards: cards
                .iter()
                .map(|&c| CardOutline {
                    id: c.into(),
                    title: c.to_uppercase(),
                    audience: "CFO".into(),
                    difficulty: 1,
                    tags: Vec::new(),
                })
                .collect(),
        }
    }

    fn attempt(card: &str, at: i64, cost: u8) -> Attempt {
        Attempt {
            deck: "d".into(),
            card: card.into(),
            at,
            total: cost,
            risk: Some(80),
            cost: Some(cost),
            opportunity: Some(80),
        }
    }

    #[test]
    fn a_new_learner_starts_with_the_first_card_and_nothing_is_due() {
        let library = [outline("d", &["a", "b"])];
        let today = today(
            &library,
            &Memory::new(&[]),
            &[],
            &Settings::default(),
            Clock::utc(0),
        );
        assert!(matches!(today.next, Pick::New(_, card) if card.id == "a"));
        assert_eq!((today.due, today.weak), (0, None));
    }

    #[test]
    fn the_weakest_dimension_comes_with_the_card_it_went_worst_on() {
        let library = [outline("d", &["a", "b", "c"]), outline("gone", &[])];
        let start = 20_000 * DAY_MS;
        let history = [
            attempt("a", start, 30),
            attempt("b", start + 1, 10),
            attempt("c", start + 2, 40),
            // A later, better answer on b: a is now the worst.
            attempt("b", start + 3, 60),
        ];
        let later = Clock::utc(start + 60 * DAY_MS);
        let memory = Memory::new(&history);
        let today = today(&library, &memory, &history, &Settings::default(), later);
        let (weak, deck, card) = today.weak.expect("three answers each");
        assert_eq!(weak.dimension, Dimension::Cost);
        assert_eq!((deck.id.as_str(), card.id.as_str()), ("d", "a"));
        // Two months on, all three cards are due.
        assert_eq!(today.due, 3);
        assert!(matches!(today.next, Pick::Due(..)));
    }
}
