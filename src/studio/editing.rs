//! The deck studio's editing state, pure: the deck as typed, the chosen card, and the undo of
//! the last destructive change. Every change the studio page offers is a [`StudioAction`];
//! [`Studio::apply`] is the whole of what it does, so undo is tested natively.

use super::fields::{DeckField, Field};
use super::form::{ConceptDraft, DeckDraft};
use crate::deck::{Dimension, Example, Expect};
use crate::rubric::Thesaurus;
use std::rc::Rc;

/// A change in the studio. Card-level actions act on the chosen card.
#[derive(Clone)]
pub enum StudioAction {
    /// A field typed or chosen: its new value as the control holds it.
    Set(Field, String),
    /// Choose card `n`.
    Select(usize),
    /// A blank card after the chosen one.
    AddCard,
    /// A copy of the chosen card after it.
    DuplicateCard,
    /// Move the chosen card up (`-1`) or down (`1`).
    MoveCard(isize),
    /// Delete the chosen card (undoable; the last card stays).
    DeleteCard,
    /// A blank concept on the chosen card.
    AddConcept,
    /// Remove concept `n` (undoable).
    RemoveConcept(usize),
    /// A blank example answer on the chosen card.
    AddExample,
    /// Remove example answer `n` (undoable).
    RemoveExample(usize),
    /// Replace the chosen card's concepts and jargon with a draft from its model answer,
    /// with synonyms from the thesaurus, and a note for the undo (why there were none).
    Draft(Rc<Thesaurus>, Option<&'static str>),
    /// Put back what the last destructive change removed.
    Undo,
    /// Forget the undo.
    ForgetUndo,
}

/// What an undo puts back.
#[derive(Debug, Clone, PartialEq)]
pub struct Undone {
    /// What happened, in words ("Removed concept 2.").
    pub message: String,
    before: DeckDraft,
    selected: usize,
}

/// The studio's state.
#[derive(Debug, Clone, PartialEq)]
pub struct Studio {
    /// The deck as typed.
    pub draft: DeckDraft,
    selected: usize,
    /// The last destructive change, until undone or forgotten.
    pub undo: Option<Undone>,
}

impl Studio {
    /// Editing `draft`, on its first card.
    pub fn new(draft: DeckDraft) -> Studio {
        Studio {
            draft,
            selected: 0,
            undo: None,
        }
    }

    /// The chosen card's position (always a card of the deck, when it has any).
    pub fn selected(&self) -> usize {
        self.selected.min(self.draft.cards.len().saturating_sub(1))
    }

    /// The state after `action`.
    pub fn apply(self: Rc<Self>, action: StudioAction) -> Rc<Self> {
        let at = self.selected();
        if self.draft.cards.is_empty()
            && !matches!(
                action,
                StudioAction::Set(Field::Deck(_), _)
                    | StudioAction::AddCard
                    | StudioAction::Undo
                    | StudioAction::ForgetUndo
            )
        {
            return self;
        }
        let mut next = (*self).clone();
        let undoable = |next: &mut Studio, message: String| {
            next.undo = Some(Undone {
                message,
                before: self.draft.clone(),
                selected: at,
            });
        };
        match action {
            StudioAction::Set(Field::Deck(field), value) => {
                let slot = match field {
                    DeckField::Title => &mut next.draft.title,
                    DeckField::Description => &mut next.draft.description,
                    DeckField::Theme => &mut next.draft.theme,
                    DeckField::Language => &mut next.draft.language,
                };
                *slot = value;
            }
            StudioAction::Set(Field::Card(field), value) => {
                field.set(&mut next.draft.cards[at], value)
            }
            StudioAction::Set(Field::Concept(k, field), value) => {
                match next.draft.cards[at].concepts.get_mut(k) {
                    Some(concept) => field.set(concept, value),
                    None => return self,
                }
            }
            StudioAction::Set(Field::ExampleAnswer(k), value) => {
                match next.draft.cards[at].examples.get_mut(k) {
                    Some(example) => example.answer = value,
                    None => return self,
                }
            }
            StudioAction::Set(Field::ExampleExpect(k), value) => {
                let band = Expect::ALL.into_iter().find(|b| b.as_str() == value);
                match (next.draft.cards[at].examples.get_mut(k), band) {
                    (Some(example), Some(band)) => example.expect = band,
                    _ => return self,
                }
            }
            StudioAction::Select(n) if n < self.draft.cards.len() && n != at => next.selected = n,
            StudioAction::Select(_) => return self,
            StudioAction::AddCard => next.selected = next.draft.add_card(at),
            StudioAction::DuplicateCard => next.selected = next.draft.duplicate_card(at),
            StudioAction::MoveCard(by) => next.selected = next.draft.move_card(at, by),
            StudioAction::DeleteCard if self.draft.cards.len() > 1 => {
                let removed = next.draft.cards.remove(at);
                let name = if removed.title.is_empty() {
                    removed.id
                } else {
                    removed.title
                };
                undoable(&mut next, format!("Deleted the card “{name}”."));
                next.selected = at.min(next.draft.cards.len() - 1);
            }
            StudioAction::DeleteCard => return self,
            StudioAction::AddConcept => next.draft.cards[at]
                .concepts
                .push(ConceptDraft::blank(Dimension::Risk)),
            StudioAction::RemoveConcept(k) if k < self.draft.cards[at].concepts.len() => {
                next.draft.cards[at].concepts.remove(k);
                undoable(&mut next, format!("Removed concept {}.", k + 1));
            }
            StudioAction::AddExample => next.draft.cards[at].examples.push(Example {
                answer: String::new(),
                expect: Expect::Mid,
            }),
            StudioAction::RemoveExample(k) if k < self.draft.cards[at].examples.len() => {
                next.draft.cards[at].examples.remove(k);
                undoable(&mut next, format!("Removed example answer {}.", k + 1));
            }
            StudioAction::RemoveConcept(_) | StudioAction::RemoveExample(_) => return self,
            StudioAction::Draft(thesaurus, note) => {
                next.draft.cards[at] = self.draft.cards[at].drafted(&thesaurus);
                let done = "Replaced the concepts and jargon with a draft from the model answer.";
                let message = note.map_or_else(|| done.to_owned(), |n| format!("{done} {n}"));
                undoable(&mut next, message);
            }
            StudioAction::Undo => match next.undo.take() {
                Some(undone) => {
                    next.draft = undone.before;
                    next.selected = undone.selected;
                }
                None => return self,
            },
            StudioAction::ForgetUndo if self.undo.is_some() => next.undo = None,
            StudioAction::ForgetUndo => return self,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::{Card, Concept, Deck};
    use crate::studio::{CardField, ConceptField};

    fn studio() -> Rc<Studio> {
        let concept = |label: &str, dimension| Concept {
            label: label.into(),
            dimension,
            weight: 3,
            terms: vec!["outage".into()],
            hint: "Say what breaks.".into(),
        };
        let card = |id: &str| Card {
            id: id.into(),
            title: format!("Card {id}"),
            prompt: "We should refactor the gateway.".into(),
            context: "The CFO asks why.".into(),
            audience: "CFO".into(),
            difficulty: 2,
            tags: Vec::new(),
            jargon: Vec::new(),
            model_answer: "Sign-ups fail at the limit, costing 40 deals a quarter.".into(),
            concepts: vec![
                concept("outage", Dimension::Risk),
                concept("deals", Dimension::Opportunity),
            ],
            examples: Vec::new(),
        };
        let deck = Deck {
            format: 1,
            id: "mine".into(),
            title: "Mine".into(),
            description: "My deck.".into(),
            theme: String::new(),
            language: "en".into(),
            cards: vec![card("a"), card("b"), card("c")],
        };
        Rc::new(Studio::new(DeckDraft::from_deck(&deck)))
    }

    fn run(start: Rc<Studio>, actions: Vec<StudioAction>) -> Rc<Studio> {
        actions.into_iter().fold(start, Studio::apply)
    }

    fn ids(studio: &Studio) -> Vec<&str> {
        studio.draft.cards.iter().map(|c| c.id.as_str()).collect()
    }

    #[test]
    fn typing_changes_the_chosen_card_only() {
        let typed = run(
            studio(),
            vec![
                StudioAction::Select(1),
                StudioAction::Set(Field::Card(CardField::Prompt), "We need a cache.".into()),
                StudioAction::Set(Field::Card(CardField::Difficulty), "3".into()),
                StudioAction::Set(Field::Card(CardField::Difficulty), "9".into()),
                StudioAction::Set(Field::Concept(0, ConceptField::Dimension), "cost".into()),
                StudioAction::Set(
                    Field::Concept(0, ConceptField::Terms),
                    "cache\nlatency".into(),
                ),
                StudioAction::Set(Field::Deck(DeckField::Title), "Ours".into()),
                StudioAction::Set(Field::Deck(DeckField::Theme), " Risk and trust ".into()),
            ],
        );
        let card = &typed.draft.cards[1];
        assert_eq!(card.prompt, "We need a cache.");
        assert_eq!(
            card.difficulty, 3,
            "an impossible level keeps the one it had"
        );
        assert_eq!(card.concepts[0].dimension, Dimension::Cost);
        assert_eq!(card.concepts[0].terms, "cache\nlatency");
        assert_eq!(typed.draft.title, "Ours");
        assert_eq!(typed.draft.check().0.theme, "Risk and trust", "trimmed");
        assert_eq!(typed.draft.cards[0], studio().draft.cards[0]);
        assert_eq!(typed.undo, None, "typing is not undone by the undo banner");
    }

    #[test]
    fn a_deleted_card_comes_back_where_it_was_with_the_choice() {
        let start = run(studio(), vec![StudioAction::Select(1)]);
        let deleted = start.clone().apply(StudioAction::DeleteCard);
        assert_eq!(ids(&deleted), ["a", "c"]);
        assert_eq!(deleted.selected(), 1);
        assert_eq!(
            deleted.undo.as_ref().map(|u| u.message.as_str()),
            Some("Deleted the card “Card b”.")
        );
        let undone = deleted.apply(StudioAction::Undo);
        assert_eq!(undone.draft, start.draft);
        assert_eq!(undone.selected(), 1);
        assert_eq!(undone.undo, None);
        let again = undone.clone().apply(StudioAction::Undo);
        assert!(Rc::ptr_eq(&again, &undone), "nothing left to undo");
    }

    #[test]
    fn removing_concepts_and_examples_is_undoable_and_out_of_range_is_nothing() {
        let added = run(
            studio(),
            vec![StudioAction::AddExample, StudioAction::AddConcept],
        );
        assert_eq!(added.draft.cards[0].concepts.len(), 3);
        assert_eq!(added.draft.cards[0].examples.len(), 1);
        let high = added
            .clone()
            .apply(StudioAction::Set(Field::ExampleExpect(0), "high".into()));
        assert_eq!(high.draft.cards[0].examples[0].expect, Expect::High);
        assert_eq!(
            Field::ExampleExpect(0).path(2),
            "cards[2].examples[0].expect"
        );
        let removed = run(
            added.clone(),
            vec![
                StudioAction::RemoveExample(0),
                StudioAction::RemoveConcept(1),
            ],
        );
        assert_eq!(removed.draft.cards[0].concepts.len(), 2);
        assert_eq!(
            removed.undo.as_ref().map(|u| u.message.as_str()),
            Some("Removed concept 2.")
        );
        // One undo: the last change (the example stays removed).
        let undone = removed.apply(StudioAction::Undo);
        assert_eq!(undone.draft.cards[0].concepts.len(), 3);
        assert_eq!(undone.draft.cards[0].examples.len(), 0);
        for action in [
            StudioAction::RemoveConcept(9),
            StudioAction::RemoveExample(9),
            StudioAction::Set(Field::Concept(9, ConceptField::Label), "x".into()),
            StudioAction::Select(9),
            StudioAction::ForgetUndo,
            StudioAction::Set(Field::ExampleExpect(0), "top".into()),
            StudioAction::Set(Field::ExampleExpect(0), "top".into()),
        ] {
            let next = added.clone().apply(action);
            assert!(Rc::ptr_eq(&next, &added));
        }
    }

    #[test]
    fn cards_are_added_copied_and_moved_beside_the_chosen_one() {
        let moved = run(
            studio(),
            vec![
                StudioAction::DuplicateCard,
                StudioAction::MoveCard(1),
                StudioAction::AddCard,
            ],
        );
        assert_eq!(ids(&moved), ["a", "b", "a-copy", "new-card", "c"]);
        assert_eq!(moved.selected(), 3);
        let last = run(
            Rc::new(Studio::new(DeckDraft::blank("solo"))),
            vec![StudioAction::DeleteCard],
        );
        assert_eq!(last.draft.cards.len(), 1, "the last card stays");
    }

    #[test]
    fn a_draft_replaces_concepts_and_the_undo_says_why_it_has_no_synonyms() {
        let note = "The list of synonyms could not be loaded.";
        let drafted = studio().apply(StudioAction::Draft(Rc::default(), Some(note)));
        assert_ne!(
            drafted.draft.cards[0].concepts,
            studio().draft.cards[0].concepts
        );
        assert_eq!(
            drafted.undo.as_ref().map(|u| u.message.as_str()),
            Some(
                "Replaced the concepts and jargon with a draft from the model answer. The list of synonyms could not be loaded."
            )
        );
        let undone = drafted.apply(StudioAction::Undo);
        assert_eq!(undone.draft, studio().draft);
    }
}
