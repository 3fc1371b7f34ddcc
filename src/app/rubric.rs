//! A card's rubric for a screen that scores answers to it, compiled off the card's first frame.
//!
//! Compiling a rubric (stemming every term and the model answer) takes longer than a frame on
//! a slow phone, and nothing on a card's first frame needs it: the live score waits for a
//! first word. So the screen draws the card first, and the rubric compiles in tasks of their
//! own just after, or at once if an answer needs it sooner.

use crate::deck::Card;
use crate::rubric::Rubric;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The card a rubric was compiled for, and the rubric.
type Compiled = Option<(Rc<Card>, Rc<Rubric>)>;

/// The rubric of one card: [`CardRubric::get`] gives it, compiling it first if the task after
/// the card's first frame has not yet.
#[derive(Clone)]
pub struct CardRubric {
    card: Rc<Card>,
    compiled: Rc<RefCell<Compiled>>,
}

impl CardRubric {
    /// The card's compiled rubric.
    pub fn get(&self) -> Rc<Rubric> {
        compile(&self.compiled, &self.card)
    }
}

/// `card`'s rubric from `compiled`, compiled and kept there when it holds another card's.
fn compile(compiled: &RefCell<Compiled>, card: &Rc<Card>) -> Rc<Rubric> {
    let mut kept = compiled.borrow_mut();
    if let Some((for_card, rubric)) = &*kept
        && (Rc::ptr_eq(for_card, card) || for_card == card)
    {
        return rubric.clone();
    }
    let rubric = Rc::new(Rubric::new(card));
    *kept = Some((card.clone(), rubric.clone()));
    rubric
}

/// `card`'s rubric, compiled in the tasks after the screen first draws the card: one builds
/// the tables every rubric shares (the first card only), the next compiles this card's.
#[hook]
pub fn use_card_rubric(card: &Rc<Card>) -> CardRubric {
    let compiled = use_mut_ref(|| None);
    {
        let compiled = compiled.clone();
        use_effect_with(card.clone(), move |card| {
            let card = card.clone();
            let then = Rc::new(RefCell::new(None::<Timeout>));
            let first = Timeout::new(0, {
                let then = then.clone();
                move || {
                    Rubric::prepare();
                    let compile_card = Timeout::new(0, move || {
                        compile(&compiled, &card);
                    });
                    *then.borrow_mut() = Some(compile_card);
                }
            });
            move || {
                drop(first);
                drop(then.take());
            }
        });
    }
    CardRubric {
        card: card.clone(),
        compiled,
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
        let compiled = RefCell::new(None);
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
}
