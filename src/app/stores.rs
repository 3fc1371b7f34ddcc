//! The stores pages share, each behind a hook with verbs (`use_progress()` → `record`,
//! `reset`, `undo`…; `use_shelf()` → `put`, `remove`, `undo`; `use_game()` → `start`,
//! `submit`, `reveal`, `next`), and [`use_persisted`], the
//! one way a store is loaded from and saved to browser storage.
//!
//! A store is a pure reducer from the core (`ProgressState`, `Shelf`) in a [`Store`]; the
//! verbs dispatch its actions, so pages never build actions themselves.

mod decks;
mod game;
mod notices;
mod progress;
mod shelf;

pub use decks::{DeckTask, WantDeck, use_deck, use_deck_fetches, use_on_deck};
pub use game::{GameStore, use_game};
pub use notices::{NoticeAction, Notices, NoticesContext, use_notices};
pub use progress::{ProgressStore, use_progress};
pub use shelf::{ShelfStore, use_shelf};

use crate::services::storage::{self, StorageError, Stored};
use std::ops::Deref;
use yew::prelude::*;

/// A shared store: a reducer's state, with verbs added by an `impl` per state type.
pub struct Store<S: Reducible>(UseReducerHandle<S>);

impl<S: Reducible> Clone for Store<S> {
    fn clone(&self) -> Self {
        Store(self.0.clone())
    }
}

/// The states as each handle's render saw them (a handle's `Deref` reads the latest state,
/// so identity through it would find every two handles equal and no page would update).
impl<S: Reducible + PartialEq> PartialEq for Store<S> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl<S: Reducible> Deref for Store<S> {
    type Target = S;

    fn deref(&self) -> &S {
        &self.0
    }
}

impl<S: Reducible> Store<S> {
    fn dispatch(&self, action: S::Action) {
        self.0.dispatch(action);
    }
}

/// A store kept in browser storage as the document `Doc`.
pub trait Persisted: Reducible + Default + 'static {
    /// What is stored.
    type Doc: Stored + 'static;
    /// The action that installs what storage held.
    fn loaded(doc: Self::Doc) -> Self::Action;
    /// Counts changes since the store was loaded: 0 means nothing to save.
    fn revision(&self) -> u64;
    /// What to save.
    fn doc(&self) -> &Self::Doc;
}

/// A store read from storage once, after the first render (so an empty first render never
/// writes over what is stored), and saved after every change. What goes wrong is told to
/// `report`. The `bool` is whether storage has been read: pages wait for it.
#[hook]
pub fn use_persisted<S: Persisted>(report: Callback<StorageError>) -> (Store<S>, bool) {
    let state = use_reducer(S::default);
    let ready = use_state(|| false);
    {
        let (state, ready, report) = (state.clone(), ready.clone(), report.clone());
        use_effect_with((), move |_| {
            let loaded = storage::load::<S::Doc>();
            if let Some(doc) = loaded.value {
                state.dispatch(S::loaded(doc));
            }
            if let Some(error) = loaded.error {
                report.emit(error);
            }
            ready.set(true);
        });
    }
    {
        let state = state.clone();
        use_effect_with(state.revision(), move |&revision| {
            if revision > 0 {
                if let Err(error) = storage::save(state.doc()) {
                    report.emit(error);
                }
            }
        });
    }
    (Store(state), *ready)
}
