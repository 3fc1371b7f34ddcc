//! `#/decks/<id>/edit`: the deck studio. The deck's fields, a list of its cards (add,
//! duplicate, delete with undo, reorder), a form for every field of the chosen card with its
//! problems as you type, "Draft from model answer", and a Try-it box that scores a test
//! answer against the card as it stands. The deck saves itself whenever it is valid.
//!
//! The state and every change to it are the pure [`Studio`] and [`StudioAction`] (in
//! `crate::studio`); this page draws them: `card_list`, `card_form` and `try_it` beside it.

mod card_form;
mod card_list;
mod try_it;

use super::duplicate;
use crate::app::{Route, Same, use_library, use_on_deck, use_shelf, use_title};
use crate::components::{Undo, busy_line, undo_slot};
use crate::deck;
use crate::services::net;
use crate::studio::{DeckDraft, DeckField, Field, Studio, StudioAction};
use card_form::{Drafting, card_form, text_field};
use card_list::card_list;
use std::rc::Rc;
use try_it::{rubric_for, try_it};
use yew::prelude::*;
use yew_router::prelude::*;

/// What [`DeckEditPage`] edits.
#[derive(Properties, PartialEq)]
pub struct DeckEditPageProps {
    /// The deck id from the address.
    pub id: AttrValue,
}

/// The studio's reducer: a thin wrapper over the pure [`Studio::apply`].
#[derive(PartialEq)]
struct StudioState(Rc<Studio>);

impl Reducible for StudioState {
    type Action = StudioAction;

    fn reduce(self: Rc<Self>, action: StudioAction) -> Rc<Self> {
        let next = self.0.clone().apply(action);
        if Rc::ptr_eq(&next, &self.0) {
            self
        } else {
            Rc::new(StudioState(next))
        }
    }
}

/// `#/decks/<id>/edit`.
#[component]
pub fn DeckEditPage(props: &DeckEditPageProps) -> Html {
    let library = use_library();
    let shelf = use_shelf();
    let navigator = use_navigator();
    let id = props.id.to_string();
    let installed = library.get(&id).cloned();
    let is_new = installed.is_none();
    // A built-in deck is duplicated, once its text is here.
    let failure = use_state(|| None::<String>);
    let (on_deck, waiting) = {
        let failure = failure.clone();
        use_on_deck(Callback::from(move |why| failure.set(Some(why))))
    };
    let state = {
        let installed = installed.clone();
        let id = id.clone();
        use_reducer(move || {
            StudioState(Rc::new(Studio::new(
                installed
                    .as_ref()
                    .map_or_else(|| DeckDraft::blank(&id), DeckDraft::from_deck),
            )))
        })
    };
    let studio = state.0.clone();
    let act = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };
    // Whether a draft is waiting for the thesaurus to arrive.
    let drafting = use_state(|| false);
    use_title(&format!(
        "Edit {}",
        if studio.draft.title.trim().is_empty() {
            &id
        } else {
            &studio.draft.title
        }
    ));

    // Checked once per change of the form (the form follows every keystroke), and saved
    // whenever the deck is valid and differs from what is installed. Only checks, no round
    // trip through the file format (which the property tests hold for every valid deck), so
    // a large deck stays quick to type in.
    let checked = use_memo(studio.draft.clone(), |draft| draft.check());
    {
        let (shelf, checked) = (shelf.clone(), checked.clone());
        let bundled = library.is_bundled(&id);
        use_effect_with(Same(checked), move |Same(checked)| {
            let (deck, problems) = &**checked;
            if let (Some(shelf), false, true) = (shelf, bundled, problems.is_empty()) {
                if shelf.decks.iter().find(|d| d.id == deck.id) != Some(deck) {
                    shelf.put(deck.clone());
                }
            }
        });
    }
    // The chosen card as it stands, for Try it: a new `Rc` only when the card changes.
    let selected = studio.selected();
    let tried = use_memo(checked.0.cards.get(selected).cloned(), |card| {
        card.clone().map(Rc::new)
    });
    let rubric = use_memo(tried.clone(), |tried| rubric_for(tried));
    let trial = use_state(String::new);
    let (checked, problems) = &*checked;
    let saved = installed.as_ref() == Some(checked);

    if let Some(outline) = library.outline(&id).filter(|_| library.is_bundled(&id)) {
        let on_duplicate = match &shelf {
            Some(shelf) => duplicate(shelf, &library, &navigator, &on_deck, &id),
            None => Callback::noop(),
        };
        return html! {
            <section class="page studio-page" data-testid="studio-read-only">
                <h1>{ format!("“{}” is built in", outline.title) }</h1>
                if waiting.is_some() {
                    { busy_line("deck-loading", "Loading the deck…".into()) }
                }
                if let Some(message) = &*failure {
                    <p role="alert" class="error">{ message }</p>
                }
                <p>{ "Built-in decks are read-only, so they stay the same for everyone. Duplicate it to make a copy of your own to edit." }</p>
                <p class="banner-actions">
                    <button type="button" class="primary" data-testid="duplicate" onclick={on_duplicate}>{ "Duplicate to edit" }</button>
                    <Link<Route> to={Route::Decks} classes="button">{ "All decks" }</Link<Route>>
                </p>
            </section>
        };
    }

    // The deck's own fields.
    let deck_text = |key: DeckField, label: &str, value: &str, rows: u32| {
        text_field(
            &act,
            problems,
            (Field::Deck(key), selected),
            label,
            value,
            rows,
        )
    };
    let header = html! {
        <fieldset class="deck-fields">
            <legend>{ format!("Deck “{id}”") }</legend>
            { deck_text(DeckField::Title, "Title", &studio.draft.title, 1) }
            { deck_text(DeckField::Description, "Description: one or two sentences on what the deck practises", &studio.draft.description, 2) }
            { deck_text(DeckField::Theme, "Theme (optional): the group the home page lists it under", &studio.draft.theme, 1) }
            { deck_text(DeckField::Language, "Language (a tag such as en)", &studio.draft.language, 1) }
        </fieldset>
    };
    // Drafting needs the thesaurus: fetched on the first draft (a moment, said on the
    // button), at once after that.
    let on_draft = {
        let (act, drafting) = (act.clone(), drafting.clone());
        Callback::from(move |_: MouseEvent| {
            drafting.set(true);
            let (act, drafting) = (act.clone(), drafting.clone());
            net::with_thesaurus(Box::new(move |thesaurus, why| {
                act.emit(StudioAction::Draft(thesaurus, why));
                drafting.set(false);
            }));
        })
    };
    let drafting = Drafting {
        busy: *drafting,
        on_draft,
    };
    let undo = studio.undo.as_ref().map(|undone| Undo {
        message: &undone.message,
        on_undo: act.reform(|_| StudioAction::Undo),
        on_dismiss: act.reform(|_| StudioAction::ForgetUndo),
    });
    let status = if problems.is_empty() {
        if saved {
            "Saved in this browser.".to_owned()
        } else {
            "Saving…".to_owned()
        }
    } else {
        format!(
            "{} — {} to fix before it can be saved{}.",
            if is_new {
                "Not saved yet"
            } else {
                "Changes not saved"
            },
            deck::count(problems.len(), "problem"),
            if is_new {
                ""
            } else {
                "; the last valid version is kept"
            }
        )
    };
    html! {
        <section class="page studio-page" data-testid="studio">
            <p><Link<Route> to={Route::Decks}>{ "← All decks" }</Link<Route>></p>
            <h1>{ format!("Edit “{}”", if studio.draft.title.trim().is_empty() { id.as_str() } else { studio.draft.title.as_str() }) }</h1>
            <p role="status" class={classes!("save-status", (!problems.is_empty()).then_some("unsaved"))} data-testid="save-status">{ status }</p>
            { undo_slot("studio-undo", undo) }
            { header }
            <div class="studio">
                { card_list(&studio, problems, &act) }
                { card_form(&studio, problems, &act, drafting) }
                { try_it(tried.as_deref(), rubric.as_ref().as_ref(), &trial) }
            </div>
        </section>
    }
}
