//! The bundled decks' text, fetched the first time a page needs a deck (see
//! [`crate::bundled`]): [`use_deck_fetches`] runs the fetches for the root, [`use_deck`] asks
//! for one deck from a page.

use super::super::{Same, use_library};
use crate::bundled::Entry;
use crate::deck::{Deck, parse_json};
use crate::services::clock::next_task;
use crate::services::net::fetch_text;
use crate::studio::{FetchAction, Fetches, Have};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for Fetches {
    type Action = FetchAction;

    fn reduce(self: Rc<Self>, action: FetchAction) -> Rc<Self> {
        self.apply(action).map_or(self, Rc::new)
    }
}

/// Asks for a bundled deck's text by its id: provided by the root, used by [`use_deck`].
#[derive(Clone, PartialEq)]
pub struct WantDeck(pub Callback<String>);

/// The root's side: the fetches so far, and the callback pages ask through. Each deck asked
/// for is fetched once at a time: its file read as text and parsed (it passed the same checks
/// at build time), or the reason it could not be had, in words.
#[hook]
pub fn use_deck_fetches(index: Rc<Vec<Entry>>) -> (UseReducerHandle<Fetches>, WantDeck) {
    let fetches = use_reducer(Fetches::default);
    let want = {
        let dispatcher = fetches.dispatcher();
        use_memo((), move |_| {
            WantDeck(Callback::from(move |id| {
                dispatcher.dispatch(FetchAction::Want(id))
            }))
        })
    };
    let in_flight = use_mut_ref(Vec::<String>::new);
    {
        let dispatcher = fetches.dispatcher();
        use_effect_with(fetches.pending(), move |pending| {
            for id in pending {
                if in_flight.borrow().contains(id) {
                    continue;
                }
                let Some(entry) = index.iter().find(|e| e.outline.id == *id).cloned() else {
                    continue;
                };
                in_flight.borrow_mut().push(id.clone());
                start(entry, in_flight.clone(), dispatcher.clone());
            }
        });
    }
    (fetches, (*want).clone())
}

/// Fetches one deck's file and reports what came of it.
fn start(entry: Entry, in_flight: Rc<RefCell<Vec<String>>>, done: UseReducerDispatcher<Fetches>) {
    wasm_bindgen_futures::spawn_local(async move {
        let fetched = fetch_text(&entry.file).await;
        // On a slow phone, reading a deck takes longer than a frame, and drawing a card as
        // much again: each runs in a task of its own, after the one the text arrived in.
        next_task(move || {
            let title = &entry.outline.title;
            let read = match fetched {
                Ok(text) => parse_json(&entry.file, &text).map_err(|_| {
                    format!(
                        "The deck “{title}” arrived damaged. Reload the page to fetch it again."
                    )
                }),
                Err(_) => Err(format!(
                    "The deck “{title}” could not be loaded. If you are offline, connect and \
                     try again; if Boardroom has just been updated, reload the page."
                )),
            };
            next_task(move || {
                in_flight.borrow_mut().retain(|id| *id != entry.outline.id);
                done.dispatch(FetchAction::Got(entry.outline.id.clone(), read));
            })
            .forget();
        })
        .forget();
    });
}

/// A page's side: asks for the bundled deck `id` when it is not here yet, and gives the
/// callback that asks again (the retry after a failure).
#[hook]
pub fn use_deck(id: Option<String>) -> Callback<String> {
    let library = use_library();
    let want = use_context::<WantDeck>().map(|w| w.0).unwrap_or_default();
    {
        let want = want.clone();
        use_effect_with(id, move |id| {
            if let Some(id) = id
                .as_ref()
                .filter(|id| matches!(library.have(id), Have::Coming(_)))
            {
                want.emit(id.clone());
            }
        });
    }
    want
}

/// Something to do with a whole deck, once its text is here.
pub type DeckTask = Box<dyn FnOnce(&Deck)>;

/// Runs a task on a whole deck (export, share, duplicate): at once when the deck's text is
/// here, else once its fetch brings it. Gives the callback that takes `(deck id, task)` and
/// the id of the deck a task waits for (for a busy line). A fetch that fails tells
/// `failed` why, and its task is dropped.
#[hook]
pub fn use_on_deck(failed: Callback<String>) -> (Callback<(String, DeckTask)>, Option<String>) {
    let library = use_library();
    let want = use_context::<WantDeck>().map(|w| w.0).unwrap_or_default();
    let waiting = use_state(|| None::<String>);
    let task = use_mut_ref(|| None::<DeckTask>);
    {
        let (waiting, task) = (waiting.clone(), task.clone());
        use_effect_with(
            // The library by identity: it is a new one whenever a fetch ends.
            ((*waiting).clone(), Same(library.clone())),
            move |(id, Same(library))| {
                let Some(id) = id else { return };
                match library.have(id) {
                    Have::Whole(deck) => {
                        if let Some(task) = task.borrow_mut().take() {
                            task(deck);
                        }
                        waiting.set(None);
                    }
                    Have::Failed(_, why) => {
                        task.borrow_mut().take();
                        failed.emit(why.to_owned());
                        waiting.set(None);
                    }
                    Have::Unknown => {
                        task.borrow_mut().take();
                        waiting.set(None);
                    }
                    Have::Coming(_) => {}
                }
            },
        );
    }
    let run = {
        let (library, waiting) = (library.clone(), waiting.clone());
        Callback::from(move |(id, job): (String, DeckTask)| {
            if let Some(deck) = library.get(&id) {
                job(deck);
            } else if library.is_bundled(&id) {
                *task.borrow_mut() = Some(job);
                waiting.set(Some(id.clone()));
                want.emit(id);
            }
        })
    };
    (run, (*waiting).clone())
}
