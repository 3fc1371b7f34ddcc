//! A card's rubric for a screen that scores answers to it, compiled once an answer is begun.
//!
//! Compiling a rubric (stemming every term and the model answer) takes longer than a frame on
//! a slow phone, and nothing on the card's screen needs it before a first word: the live score
//! waits for one. So the rubric compiles in three short tasks after the first word, the box
//! answering keystrokes between them, or at once if an answer is scored sooner. A card only
//! read, or passed over, compiles nothing, and opening one is that much shorter.

use crate::deck::Card;
use crate::rubric::{ConceptTerms, Report, Rubric, scored_part};
use crate::services::clock::next_task;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// What is kept of the compile for one card: its concepts' terms (the first half), or its
/// rubric.
enum Kept {
    Nothing,
    Terms(Rc<Card>, ConceptTerms),
    Rubric(Rc<Card>, Rc<Rubric>),
}

impl Kept {
    fn is_for(&self, card: &Rc<Card>) -> bool {
        match self {
            Kept::Nothing => false,
            Kept::Terms(for_card, _) | Kept::Rubric(for_card, _) => same(for_card, card),
        }
    }

    /// The rubric kept, if it is `card`'s.
    fn rubric_for(&self, card: &Rc<Card>) -> Option<&Rc<Rubric>> {
        match self {
            Kept::Rubric(for_card, rubric) if same(for_card, card) => Some(rubric),
            _ => None,
        }
    }
}

/// The same card: the same `Rc`, or an equal card (the library drawn again).
fn same(a: &Rc<Card>, b: &Rc<Card>) -> bool {
    Rc::ptr_eq(a, b) || a == b
}

/// The rubric of one card: [`CardRubric::get`] gives it, compiling it first if the tasks after
/// the first word have not yet; [`CardRubric::ready`] gives it only once they have.
#[derive(Clone)]
pub struct CardRubric {
    card: Rc<Card>,
    kept: Rc<RefCell<Kept>>,
}

impl CardRubric {
    /// The card's compiled rubric.
    pub fn get(&self) -> Rc<Rubric> {
        compile(&self.kept, &self.card)
    }

    /// The card's rubric if it is compiled; `None` while it compiles, and before a first word.
    pub fn ready(&self) -> Option<Rc<Rubric>> {
        self.kept.borrow().rubric_for(&self.card).cloned()
    }

    /// The live score of `answer` (its scored part): once it is [`begun`] and the rubric is
    /// compiled, a few tasks after the first word; `None` until then.
    pub fn live(&self, answer: &str) -> Option<Report> {
        self.ready()
            .filter(|_| begun(answer))
            .map(|rubric| rubric.score(scored_part(answer)))
    }
}

/// Whether an answer is begun: anything but spaces typed. The rubric compiles from then on.
pub fn begun(answer: &str) -> bool {
    !answer.trim().is_empty()
}

/// `card`'s rubric, finished from what `kept` holds for it or compiled whole, and kept.
fn compile(kept: &RefCell<Kept>, card: &Rc<Card>) -> Rc<Rubric> {
    let mut kept = kept.borrow_mut();
    let rubric = match std::mem::replace(&mut *kept, Kept::Nothing) {
        Kept::Rubric(for_card, rubric) if same(&for_card, card) => rubric,
        Kept::Terms(for_card, terms) if same(&for_card, card) => {
            Rc::new(Rubric::from_concepts(card, terms))
        }
        _ => Rc::new(Rubric::new(card)),
    };
    *kept = Kept::Rubric(card.clone(), rubric.clone());
    rubric
}

/// The first half of `card`'s compile, kept, unless `kept` already holds something for it.
fn compile_terms(kept: &RefCell<Kept>, card: &Rc<Card>) {
    let mut kept = kept.borrow_mut();
    if !kept.is_for(card) {
        *kept = Kept::Terms(card.clone(), ConceptTerms::new(card));
    }
}

/// A step of work, run in a task of its own.
type Step = Box<dyn FnOnce()>;

/// Runs `steps` in order, each in a task of its own; dropping the timers in `timers` stops
/// the ones not yet run. Every timer stays there until then: none is dropped while it runs.
fn in_tasks(mut steps: std::vec::IntoIter<Step>, timers: Rc<RefCell<Vec<Timeout>>>) {
    let Some(step) = steps.next() else { return };
    let next = timers.clone();
    let timer = next_task(move || {
        step();
        in_tasks(steps, next);
    });
    timers.borrow_mut().push(timer);
}

/// `card`'s rubric, compiled once `typed` (an answer to it is begun) in three tasks: one builds
/// the tables every rubric shares (the first card only), the next this card's concepts' terms,
/// and the last the rest of its rubric, after which the screen draws again.
#[hook]
pub fn use_card_rubric(card: &Rc<Card>, typed: bool) -> CardRubric {
    let kept = use_mut_ref(|| Kept::Nothing);
    let redraw = use_force_update();
    {
        let kept = kept.clone();
        use_effect_with((card.clone(), typed), move |(card, typed)| {
            let timers = Rc::new(RefCell::new(Vec::new()));
            let compiled = kept.borrow().rubric_for(card).is_some();
            if *typed && !compiled {
                let (first, last) = ((kept.clone(), card.clone()), (kept, card.clone()));
                let steps: Vec<Step> = vec![
                    Box::new(Rubric::prepare),
                    Box::new(move || compile_terms(&first.0, &first.1)),
                    Box::new(move || {
                        compile(&last.0, &last.1);
                        redraw.force_update();
                    }),
                ];
                in_tasks(steps.into_iter(), timers.clone());
            }
            move || drop(timers.take())
        });
    }
    CardRubric {
        card: card.clone(),
        kept,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cards() -> Vec<Rc<Card>> {
        let deck = crate::bundled::decks().into_iter().next();
        deck.map(|d| d.cards.into_iter().map(Rc::new).collect())
            .unwrap_or_default()
    }

    #[test]
    fn a_rubric_is_compiled_once_per_card_and_again_for_another_card() {
        let cards = cards();
        assert!(cards.len() >= 2, "a bundled deck with two cards");
        let compiled = RefCell::new(Kept::Nothing);
        let first = compile(&compiled, &cards[0]);
        assert!(Rc::ptr_eq(&first, &compile(&compiled, &cards[0])));
        // An equal card in another Rc (the library drawn again) keeps the rubric.
        let copy = Rc::new((*cards[0]).clone());
        assert!(Rc::ptr_eq(&first, &compile(&compiled, &copy)));
        let second = compile(&compiled, &cards[1]);
        assert!(!Rc::ptr_eq(&first, &second));
        let answer = cards[1].model_answer.clone();
        assert_eq!(second.score(&answer), Rubric::new(&cards[1]).score(&answer));
    }

    #[test]
    fn a_rubric_finished_from_its_first_half_scores_as_one_compiled_whole() {
        let cards = cards();
        assert!(cards.len() >= 2, "a bundled deck with two cards");
        let kept = RefCell::new(Kept::Nothing);
        // The first half for one card, then the card changes: the other card's half is kept.
        compile_terms(&kept, &cards[0]);
        compile_terms(&kept, &cards[1]);
        assert!(matches!(&*kept.borrow(), Kept::Terms(c, _) if Rc::ptr_eq(c, &cards[1])));
        let rubric = compile(&kept, &cards[1]);
        for answer in [&cards[1].model_answer, &cards[0].model_answer] {
            assert_eq!(rubric.score(answer), Rubric::new(&cards[1]).score(answer));
        }
        // A first half asked for after the rubric is kept does not replace it.
        compile_terms(&kept, &cards[1]);
        assert!(Rc::ptr_eq(&rubric, &compile(&kept, &cards[1])));
    }

    #[test]
    fn a_rubric_is_ready_only_once_compiled_and_only_for_its_card() {
        let cards = cards();
        assert!(cards.len() >= 2, "a bundled deck with two cards");
        let kept = Rc::new(RefCell::new(Kept::Nothing));
        let rubric = |card: &Rc<Card>| CardRubric {
            card: card.clone(),
            kept: kept.clone(),
        };
        // Asking whether it is ready compiles nothing, not even the first half.
        assert!(rubric(&cards[0]).ready().is_none());
        assert!(matches!(&*kept.borrow(), Kept::Nothing));
        compile_terms(&kept, &cards[0]);
        assert!(rubric(&cards[0]).ready().is_none(), "half compiled");
        let compiled = rubric(&cards[0]).get();
        let ready = rubric(&cards[0]).ready();
        assert!(ready.is_some_and(|r| Rc::ptr_eq(&r, &compiled)));
        // Another card's screen does not take this card's rubric for its own.
        assert!(rubric(&cards[1]).ready().is_none());
    }

    #[test]
    fn the_live_score_waits_for_a_first_word_and_the_compiled_rubric() {
        let card = cards().remove(0);
        let rubric = CardRubric {
            card: card.clone(),
            kept: Rc::new(RefCell::new(Kept::Nothing)),
        };
        let answer = card.model_answer.as_str();
        assert!(!begun("  \n\t") && begun(" a"));
        assert!(rubric.live(answer).is_none(), "not compiled yet");
        rubric.get();
        assert!(rubric.live(" \n ").is_none(), "nothing typed");
        let live = rubric.live(answer).map(|r| r.total);
        assert_eq!(live, Some(Rubric::new(&card).score(answer).total));
    }
}
