//! The fields the deck studio edits, each with its key in the deck file and its field path
//! (`cards[2].concepts[0].terms`), as the checker's problems name them.

use super::form::{CardDraft, ConceptDraft};
use crate::deck::Dimension;

/// A field of the deck itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeckField {
    /// `title`.
    Title,
    /// `description`.
    Description,
    /// `theme`.
    Theme,
    /// `language`.
    Language,
}

/// A field of a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardField {
    /// `id`.
    Id,
    /// `title`.
    Title,
    /// `prompt`.
    Prompt,
    /// `context`.
    Context,
    /// `audience`.
    Audience,
    /// `difficulty`, 1 to 3.
    Difficulty,
    /// `tags`, comma-separated.
    Tags,
    /// `jargon`, one per line.
    Jargon,
    /// `model_answer`.
    ModelAnswer,
}

/// A field of a concept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConceptField {
    /// `dimension`: risk, cost or opportunity.
    Dimension,
    /// `label`.
    Label,
    /// `terms`, one per line.
    Terms,
    /// `weight`, 1 to 10.
    Weight,
    /// `hint`.
    Hint,
}

impl DeckField {
    /// Its key in the deck file, which is also its field path.
    pub fn key(self) -> &'static str {
        match self {
            DeckField::Title => "title",
            DeckField::Description => "description",
            DeckField::Theme => "theme",
            DeckField::Language => "language",
        }
    }
}

impl CardField {
    /// Its key in the deck file.
    pub fn key(self) -> &'static str {
        match self {
            CardField::Id => "id",
            CardField::Title => "title",
            CardField::Prompt => "prompt",
            CardField::Context => "context",
            CardField::Audience => "audience",
            CardField::Difficulty => "difficulty",
            CardField::Tags => "tags",
            CardField::Jargon => "jargon",
            CardField::ModelAnswer => "model_answer",
        }
    }

    /// Its field path on card `card` (`cards[2].prompt`), as problems name it.
    pub fn path(self, card: usize) -> String {
        format!("cards[{card}].{}", self.key())
    }

    pub(super) fn set(self, card: &mut CardDraft, value: String) {
        let slot = match self {
            CardField::Id => &mut card.id,
            CardField::Title => &mut card.title,
            CardField::Prompt => &mut card.prompt,
            CardField::Context => &mut card.context,
            CardField::Audience => &mut card.audience,
            CardField::Tags => &mut card.tags,
            CardField::Jargon => &mut card.jargon,
            CardField::ModelAnswer => &mut card.model_answer,
            CardField::Difficulty => {
                // The page offers 1 to 3 only; anything else keeps the level it had.
                if let Ok(level @ 1..=3) = value.parse() {
                    card.difficulty = level;
                }
                return;
            }
        };
        *slot = value;
    }
}

impl ConceptField {
    /// Its key in the deck file.
    pub fn key(self) -> &'static str {
        match self {
            ConceptField::Dimension => "dimension",
            ConceptField::Label => "label",
            ConceptField::Terms => "terms",
            ConceptField::Weight => "weight",
            ConceptField::Hint => "hint",
        }
    }

    /// Its field path on concept `concept` of card `card` (`cards[0].concepts[1].terms`).
    pub fn path(self, card: usize, concept: usize) -> String {
        format!("cards[{card}].concepts[{concept}].{}", self.key())
    }

    pub(super) fn set(self, concept: &mut ConceptDraft, value: String) {
        match self {
            ConceptField::Dimension => {
                if let Some(dimension) = Dimension::ALL.into_iter().find(|d| d.as_str() == value) {
                    concept.dimension = dimension;
                }
            }
            ConceptField::Label => concept.label = value,
            ConceptField::Terms => concept.terms = value,
            ConceptField::Weight => concept.weight = value,
            ConceptField::Hint => concept.hint = value,
        }
    }
}

/// A field the studio's form edits: of the deck, or of the chosen card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// A field of the deck.
    Deck(DeckField),
    /// A field of the chosen card.
    Card(CardField),
    /// A field of concept `n` of the chosen card.
    Concept(usize, ConceptField),
    /// The text of example answer `n`.
    ExampleAnswer(usize),
    /// The band example answer `n` must score in (`low`, `mid`, `high`).
    ExampleExpect(usize),
}

impl Field {
    /// Its field path, as problems name it, when the chosen card is `card`.
    pub fn path(self, card: usize) -> String {
        match self {
            Field::Deck(field) => field.key().to_owned(),
            Field::Card(field) => field.path(card),
            Field::Concept(k, field) => field.path(card, k),
            Field::ExampleAnswer(k) => format!("cards[{card}].examples[{k}].answer"),
            Field::ExampleExpect(k) => format!("cards[{card}].examples[{k}].expect"),
        }
    }
}
