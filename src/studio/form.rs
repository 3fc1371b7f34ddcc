//! A deck as the studio's form holds it while it is being edited: every field as the author
//! typed it, checked on every change, and a [`Deck`] once it is valid.
//!
//! Lists are kept as typed (tags comma-separated, jargon and terms one per line), so the
//! form never rewrites what is being typed.

use super::notes::free_id;
use crate::deck::{Card, Concept, Deck, Dimension, Example, check_deck, parse_json, to_json};
use crate::rubric::{Thesaurus, draft_with};

/// One concept as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct ConceptDraft {
    /// Risk, cost or opportunity.
    pub dimension: Dimension,
    /// The idea in a few words.
    pub label: String,
    /// Words that show it, one per line.
    pub terms: String,
    /// Its weight, as typed.
    pub weight: String,
    /// The nudge shown when it is missed.
    pub hint: String,
}

/// One card as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct CardDraft {
    /// Card id.
    pub id: String,
    /// Short title.
    pub title: String,
    /// The statement in jargon.
    pub prompt: String,
    /// The situation.
    pub context: String,
    /// Who is listening.
    pub audience: String,
    /// 1, 2 or 3.
    pub difficulty: u8,
    /// Tags, comma-separated.
    pub tags: String,
    /// Jargon, one per line.
    pub jargon: String,
    /// A strong answer.
    pub model_answer: String,
    /// What a good answer conveys.
    pub concepts: Vec<ConceptDraft>,
    /// Calibration answers.
    pub examples: Vec<Example>,
}

/// A deck as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct DeckDraft {
    /// Deck id (fixed while editing).
    pub id: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Theme (may be empty).
    pub theme: String,
    /// Language tag.
    pub language: String,
    /// The cards.
    pub cards: Vec<CardDraft>,
}

/// A problem with one field: its path as deck errors name it (`cards[2].title`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    /// The field path.
    pub field: String,
    /// What is wrong.
    pub message: String,
}

fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

impl ConceptDraft {
    fn from_concept(concept: &Concept) -> ConceptDraft {
        ConceptDraft {
            dimension: concept.dimension,
            label: concept.label.clone(),
            terms: concept.terms.join("\n"),
            weight: concept.weight.to_string(),
            hint: concept.hint.clone(),
        }
    }

    /// An empty concept of `dimension`.
    pub fn blank(dimension: Dimension) -> ConceptDraft {
        ConceptDraft {
            dimension,
            label: String::new(),
            terms: String::new(),
            weight: "1".into(),
            hint: String::new(),
        }
    }
}

impl CardDraft {
    /// The form of `card`.
    pub fn from_card(card: &Card) -> CardDraft {
        CardDraft {
            id: card.id.clone(),
            title: card.title.clone(),
            prompt: card.prompt.clone(),
            context: card.context.clone(),
            audience: card.audience.clone(),
            difficulty: card.difficulty,
            tags: card.tags.join(", "),
            jargon: card.jargon.join("\n"),
            model_answer: card.model_answer.clone(),
            concepts: card
                .concepts
                .iter()
                .map(ConceptDraft::from_concept)
                .collect(),
            examples: card.examples.clone(),
        }
    }

    /// A card to fill in, with id `id`.
    pub fn blank(id: String) -> CardDraft {
        CardDraft {
            id,
            title: String::new(),
            prompt: String::new(),
            context: String::new(),
            audience: "CFO".into(),
            difficulty: 2,
            tags: String::new(),
            jargon: String::new(),
            model_answer: String::new(),
            concepts: Dimension::ALL
                .into_iter()
                .map(ConceptDraft::blank)
                .collect(),
            examples: Vec::new(),
        }
    }

    /// The card as typed, and what cannot be read of it (weights that are not numbers;
    /// `at` is the card's index, for the field paths). A weight that does not read counts 1.
    pub fn to_card(&self, at: usize) -> (Card, Vec<FieldProblem>) {
        let mut problems = Vec::new();
        let concepts = self
            .concepts
            .iter()
            .enumerate()
            .map(|(k, c)| {
                let weight = match c.weight.trim().parse::<u32>() {
                    Ok(w) if (1..=10).contains(&w) => w,
                    _ => {
                        problems.push(FieldProblem {
                            field: format!("cards[{at}].concepts[{k}].weight"),
                            message: "weight must be a whole number from 1 to 10".into(),
                        });
                        1
                    }
                };
                Concept {
                    dimension: c.dimension,
                    label: c.label.trim().to_owned(),
                    terms: lines(&c.terms),
                    weight,
                    hint: c.hint.trim().to_owned(),
                }
            })
            .collect();
        let card = Card {
            id: self.id.trim().to_owned(),
            title: self.title.trim().to_owned(),
            prompt: self.prompt.trim().to_owned(),
            context: self.context.trim().to_owned(),
            audience: self.audience.trim().to_owned(),
            difficulty: self.difficulty,
            tags: self
                .tags
                .split(',')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect(),
            jargon: lines(&self.jargon),
            model_answer: self.model_answer.trim().to_owned(),
            concepts,
            examples: self.examples.clone(),
        };
        (card, problems)
    }

    /// Concepts and jargon proposed from the prompt and model answer, with synonyms from
    /// `thesaurus` (see [`draft_with`](crate::rubric::draft_with)), in place of the card's
    /// own.
    pub fn drafted(&self, thesaurus: &Thesaurus) -> CardDraft {
        let proposed = draft_with(&self.prompt, &self.model_answer, thesaurus);
        CardDraft {
            concepts: proposed
                .concepts
                .iter()
                .map(ConceptDraft::from_concept)
                .collect(),
            jargon: proposed.jargon.join("\n"),
            ..self.clone()
        }
    }
}

impl DeckDraft {
    /// The form of `deck`.
    pub fn from_deck(deck: &Deck) -> DeckDraft {
        DeckDraft {
            id: deck.id.clone(),
            title: deck.title.clone(),
            description: deck.description.clone(),
            theme: deck.theme.clone(),
            language: deck.language.clone(),
            cards: deck.cards.iter().map(CardDraft::from_card).collect(),
        }
    }

    /// A new deck with id `id` and one card to fill in.
    pub fn blank(id: &str) -> DeckDraft {
        DeckDraft {
            id: id.to_owned(),
            title: String::new(),
            description: String::new(),
            theme: String::new(),
            language: "en".into(),
            cards: vec![CardDraft::blank("first-card".into())],
        }
    }

    /// The deck as typed, and every problem with it, by field. The deck is ready to save
    /// when there are none.
    pub fn check(&self) -> (Deck, Vec<FieldProblem>) {
        let mut problems = Vec::new();
        let cards = self
            .cards
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let (card, found) = c.to_card(i);
                problems.extend(found);
                card
            })
            .collect();
        let deck = Deck {
            format: 1,
            id: self.id.clone(),
            title: self.title.trim().to_owned(),
            description: self.description.trim().to_owned(),
            theme: self.theme.trim().to_owned(),
            language: self.language.trim().to_owned(),
            cards,
        };
        problems.extend(
            check_deck(&deck)
                .into_iter()
                .map(|(field, message)| FieldProblem { field, message }),
        );
        (deck, problems)
    }

    /// The deck, when it is valid and reads back from its own file exactly, as an export
    /// of it will.
    pub fn finished(&self) -> Result<Deck, Vec<FieldProblem>> {
        let (deck, problems) = self.check();
        if !problems.is_empty() {
            return Err(problems);
        }
        match parse_json("this deck", &to_json(&deck)) {
            Ok(read) if read == deck => Ok(deck),
            Ok(_) => Err(vec![FieldProblem {
                field: String::new(),
                message: "the deck does not read back as written".into(),
            }]),
            Err(errors) => Err(errors
                .into_iter()
                .map(|e| FieldProblem {
                    field: e.field.unwrap_or_default(),
                    message: e.message,
                })
                .collect()),
        }
    }

    /// Adds a card to fill in after card `after` (at the end if out of range); returns its
    /// index.
    pub fn add_card(&mut self, after: usize) -> usize {
        let id = free_id("new-card", |id| self.cards.iter().any(|c| c.id == id));
        let at = (after + 1).min(self.cards.len());
        self.cards.insert(at, CardDraft::blank(id));
        at
    }

    /// Copies card `i` to just after it, with a fresh id; returns the copy's index.
    pub fn duplicate_card(&mut self, i: usize) -> usize {
        let mut copy = self.cards[i].clone();
        copy.id = free_id(&format!("{}-copy", copy.id.trim()), |id| {
            self.cards.iter().any(|c| c.id == id)
        });
        self.cards.insert(i + 1, copy);
        i + 1
    }

    /// Moves card `i` one place up (`-1`) or down (`1`); returns where it went.
    pub fn move_card(&mut self, i: usize, by: isize) -> usize {
        let to = i.saturating_add_signed(by).min(self.cards.len() - 1);
        let card = self.cards.remove(i);
        self.cards.insert(to, card);
        to
    }
}
