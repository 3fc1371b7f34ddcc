//! A deck as lists, filters and the scheduler see it: its cards' names and labels, without
//! the text a card needs to be answered and scored. The app carries the bundled decks'
//! outlines and fetches a deck's whole text only when a card of it is opened.

use super::{Card, Deck};

/// What is known of a deck before its cards' text is read.
#[derive(Debug, Clone, PartialEq)]
pub struct Outline {
    /// The deck's id, as in [`Deck::id`].
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its description.
    pub description: String,
    /// Its theme (empty: none).
    pub theme: String,
    /// Its cards, in the deck's order.
    pub cards: Vec<CardOutline>,
}

/// A card as lists and filters see it.
#[derive(Debug, Clone, PartialEq)]
pub struct CardOutline {
    /// The card's id, as in [`Card::id`].
    pub id: String,
    /// Its title.
    pub title: String,
    /// Who it is said to.
    pub audience: String,
    /// 1 easy, 2 medium, 3 hard.
    pub difficulty: u8,
    /// Its tags.
    pub tags: Vec<String>,
}

impl Outline {
    /// The card with this id, if the deck has one.
    pub fn card(&self, id: &str) -> Option<&CardOutline> {
        self.cards.iter().find(|card| card.id == id)
    }
}

impl Deck {
    /// The deck's outline.
    pub fn outline(&self) -> Outline {
        Outline {
            id: self.id.clone(),
            title: self.title.clone(),
            description: self.description.clone(),
            theme: self.theme.clone(),
            cards: self.cards.iter().map(Card::outline).collect(),
        }
    }
}

impl Card {
    /// The card's outline.
    pub fn outline(&self) -> CardOutline {
        CardOutline {
            id: self.id.clone(),
            title: self.title.clone(),
            audience: self.audience.clone(),
            difficulty: self.difficulty,
            tags: self.tags.clone(),
        }
    }
}
