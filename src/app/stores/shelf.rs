//! The learner's own decks: [`use_shelf`] and its verbs.

use super::{Persisted, Store};
use crate::deck::Deck;
use crate::studio::{Shelf, ShelfAction};
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for Shelf {
    type Action = ShelfAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

impl Persisted for Shelf {
    type Doc = Shelf;

    fn loaded(doc: Shelf) -> ShelfAction {
        ShelfAction::Loaded(doc.decks)
    }

    fn revision(&self) -> u64 {
        self.revision
    }

    fn doc(&self) -> &Shelf {
        self
    }
}

/// The learner's own decks, with what can be done to them.
pub type ShelfStore = Store<Shelf>;

impl ShelfStore {
    /// Install `deck`, replacing the learner's deck with its id if there is one.
    pub fn put(&self, deck: Deck) {
        self.dispatch(ShelfAction::Put(deck));
    }

    /// Delete the learner's deck `id` (undoable).
    pub fn remove(&self, id: &str) {
        self.dispatch(ShelfAction::Remove(id.to_owned()));
    }

    /// Bring back the deck deleted last.
    pub fn undo(&self) {
        self.dispatch(ShelfAction::Undo);
    }

    /// Forget the undo.
    pub fn forget(&self) {
        self.dispatch(ShelfAction::DismissUndo);
    }
}

/// The learner's own decks from context (`None` where no provider is mounted).
#[hook]
pub fn use_shelf() -> Option<ShelfStore> {
    use_context::<ShelfStore>()
}
