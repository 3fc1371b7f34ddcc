//! Bringing a deck in: from a file (picked or dropped), an address, pasted text or notes,
//! each checked before anything is installed.

use super::outcome::ImportOutcome;
use crate::deck::{Deck, DeckError};
use crate::rubric::Thesaurus;
use crate::services::{files, net};
use crate::studio::{import, is_notes};
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Where an import stands.
#[derive(Clone, PartialEq)]
pub(super) enum Outcome {
    /// Nothing under way.
    Idle,
    /// Reading, fetching or checking: what is happening.
    Busy(String),
    /// The text is not a deck: every error, with the text to quote lines from.
    Invalid {
        label: String,
        text: Rc<str>,
        errors: Rc<Vec<DeckError>>,
    },
    /// Reading or fetching failed before any deck text arrived.
    Failed(String),
    /// A valid deck, shown before it is installed; drafted from notes, it is named first.
    Ready { deck: Rc<Deck>, notes: bool },
    /// A valid deck whose id is taken: replace, keep both or cancel.
    Clash(Rc<Deck>),
    /// Installed, under this id.
    Installed(String),
}

/// Checks `text` as a deck or notes, after letting the page show that it is busy. Notes are
/// drafted into cards with the synonyms of the drafting thesaurus, fetched first (once);
/// without it (offline before it was ever kept), from the notes' own words.
fn check(outcome: UseStateHandle<Outcome>, label: String, text: String) {
    let notes = is_notes(&label, &text);
    let finish = move |outcome: UseStateHandle<Outcome>, thesaurus: Rc<Thesaurus>| {
        outcome.set(Outcome::Busy(format!("Checking “{label}”…")));
        crate::services::clock::next_task(move || {
            outcome.set(match import(&label, &text, &thesaurus) {
                Ok(deck) => Outcome::Ready {
                    deck: Rc::new(deck),
                    notes,
                },
                Err(errors) => Outcome::Invalid {
                    label,
                    text: Rc::from(text),
                    errors: Rc::new(errors),
                },
            });
        })
        .forget();
    };
    if !notes {
        finish(outcome, Rc::default());
        return;
    }
    outcome.set(Outcome::Busy(
        "Loading synonyms for drafting the cards…".into(),
    ));
    // Without synonyms the cards are still drafted, from the notes' own words.
    net::with_thesaurus(Box::new(move |thesaurus, _| finish(outcome, thesaurus)));
}

/// Reads a picked or dropped file, then checks it.
fn read_and_check(outcome: UseStateHandle<Outcome>, file: web_sys::File) {
    outcome.set(Outcome::Busy(format!("Reading “{}”…", file.name())));
    spawn_local(async move {
        let name = file.name();
        match files::read(file, files::MAX_DECK_MB, "a deck").await {
            Ok(text) => check(outcome, name, text),
            Err(message) => outcome.set(Outcome::Failed(message)),
        }
    });
}

/// Every way to bring a deck in, and the preview, errors and id question that follow.
#[component]
pub(super) fn Importer() -> Html {
    let outcome = use_state(|| Outcome::Idle);
    let pasted = use_state(String::new);
    let url = use_state(String::new);
    let dragging = use_state(|| false);
    let on_file = {
        let outcome = outcome.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                read_and_check(outcome.clone(), file);
            }
            // The same file picked again (after fixing it) is read again.
            input.set_value("");
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let (outcome, dragging) = (outcome.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0));
            match file {
                Some(file) => read_and_check(outcome.clone(), file),
                None => outcome.set(Outcome::Failed(
                    "Nothing to read was dropped: drop a deck file (TOML, JSON, CSV or Anki text)."
                        .into(),
                )),
            }
        })
    };
    let on_paste_input = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            pasted.set(area.value());
        })
    };
    let on_paste_check = {
        let (outcome, pasted) = (outcome.clone(), pasted.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if pasted.trim().is_empty() {
                outcome.set(Outcome::Failed(
                    "Paste a deck (TOML or JSON) or notes (CSV) into the box first.".into(),
                ));
            } else {
                check(outcome.clone(), "pasted text".into(), (*pasted).clone());
            }
        })
    };
    let on_url_input = {
        let url = url.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            url.set(input.value());
        })
    };
    let on_fetch = {
        let (outcome, url) = (outcome.clone(), url.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let address = url.trim().to_owned();
            if !(address.starts_with("https://") || address.starts_with("http://")) {
                outcome.set(Outcome::Failed(format!(
                    "“{address}” is not a web address: it should start with https://."
                )));
                return;
            }
            let outcome = outcome.clone();
            outcome.set(Outcome::Busy(format!("Fetching “{address}”…")));
            spawn_local(async move {
                match net::fetch_text(&address).await {
                    Ok(text) => {
                        let name = address
                            .split(['?', '#'])
                            .next()
                            .and_then(|a| a.rsplit('/').next())
                            .filter(|n| !n.is_empty())
                            .unwrap_or("downloaded deck")
                            .to_owned();
                        check(outcome, name, text)
                    }
                    Err(message) => outcome.set(Outcome::Failed(message)),
                }
            });
        })
    };
    html! {
        <div class="importer">
            <div class={classes!("drop-zone", dragging.then_some("dragging"))} data-testid="drop-zone"
                ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
                <label for="import-file">{ "Import a file: drop it here, or choose one (TOML or JSON deck; CSV or Anki notes, each drafted into a card)" }</label>
                <input id="import-file" type="file" data-testid="import-file"
                    accept=".toml,.json,.csv,.tsv,.txt,application/json,text/csv,text/plain" onchange={on_file} />
            </div>
            <form class="import-url" onsubmit={on_fetch}>
                <label for="import-url">{ "Or import from a web address" }</label>
                <span class="seed-row">
                    <input id="import-url" type="url" inputmode="url" placeholder="https://example.com/our-deck.toml"
                        data-testid="import-url" value={(*url).clone()} oninput={on_url_input} />
                    <button type="submit" data-testid="import-fetch">{ "Fetch" }</button>
                </span>
            </form>
            <form class="import-paste" onsubmit={on_paste_check}>
                <label for="import-paste">{ "Or paste a deck (TOML or JSON) or notes (CSV)" }</label>
                <textarea id="import-paste" rows="8" spellcheck="false" data-testid="import-paste"
                    value={(*pasted).clone()} oninput={on_paste_input} />
                <p><button type="submit" data-testid="import-check">{ "Check and preview" }</button></p>
            </form>
            <ImportOutcome outcome={(*outcome).clone()} set={outcome.setter()} />
        </div>
    }
}
