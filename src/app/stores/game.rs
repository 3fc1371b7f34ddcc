//! The game on this device: [`use_game`] and its verbs, over the pure round state machine.

use super::Store;
use crate::game::{Answer, Match, Step};
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for Match {
    type Action = Step;

    fn reduce(self: Rc<Self>, step: Step) -> Rc<Self> {
        // A step the phase does not allow is no change.
        self.step(step).map(Rc::new).unwrap_or(self)
    }
}

/// The game on this device, with what can be done in it.
pub type GameStore = Store<Match>;

impl GameStore {
    /// Start the round (or this seat's turn).
    pub fn start(&self) {
        self.dispatch(Step::Start);
    }

    /// Send the answering seat's answer.
    pub fn submit(&self, answer: Answer) {
        self.dispatch(Step::Submit(answer));
    }

    /// Close the round and show the answers.
    pub fn reveal(&self) {
        self.dispatch(Step::Reveal);
    }

    /// Go on to the next round, or to the end.
    pub fn next(&self) {
        self.dispatch(Step::Next);
    }

    /// Go on and start the next round at once (a phone's one tap between rounds), or go on
    /// to the end after the last.
    pub fn next_and_start(&self) {
        self.dispatch(Step::Next);
        // After the last round there is nothing to start: the step is no change.
        self.dispatch(Step::Start);
    }
}

/// The game a screen runs, begun as `begin` gives it (a fresh game, or the one this device
/// kept): `begin` is called on the first render only.
#[hook]
pub fn use_game(begin: &dyn Fn() -> Match) -> GameStore {
    Store(use_reducer(begin))
}
