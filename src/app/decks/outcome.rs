//! What an import or a shared link came to: busy, failed, the deck's errors by line, the
//! preview before installing, an id already taken, installed.

use super::import::Outcome;
use crate::app::{Route, use_library, use_shelf};
use crate::deck::{Deck, DeckError, MAX_CARDS, count};
use crate::studio::{MAX_NAME_CHARS, named};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

/// What [`ImportOutcome`] shows, and how it moves on.
#[derive(Properties, PartialEq)]
pub(super) struct ImportOutcomeProps {
    pub(super) outcome: Outcome,
    pub(super) set: UseStateSetter<Outcome>,
}

/// The busy line, the errors, the preview with Install, the id question, or what was
/// installed.
#[component]
pub(super) fn ImportOutcome(props: &ImportOutcomeProps) -> Html {
    let library = use_library();
    let shelf = use_shelf();
    // The name typed for a deck drafted from notes, and why it was refused.
    let name_input = use_node_ref();
    let name_problem = use_state(|| None::<String>);
    let install = |deck: Rc<Deck>, keep_both: bool, notes: bool| {
        let (set, library, shelf) = (props.set.clone(), library.clone(), shelf.clone());
        let (name_input, name_problem) = (name_input.clone(), name_problem.clone());
        Callback::from(move |_: MouseEvent| {
            let deck = match name_input.cast::<HtmlInputElement>().filter(|_| notes) {
                Some(input) => match named(&deck, &input.value()) {
                    Ok(deck) => Rc::new(deck),
                    Err(problem) => {
                        name_problem.set(Some(problem));
                        let _ = input.focus();
                        return;
                    }
                },
                None => deck.clone(),
            };
            name_problem.set(None);
            let taken = library.has(&deck.id);
            if taken && !keep_both {
                set.set(Outcome::Clash(deck.clone()));
                return;
            }
            let deck = match taken {
                true => library.beside(&deck),
                false => (*deck).clone(),
            };
            let id = deck.id.clone();
            if let Some(shelf) = &shelf {
                shelf.put(deck);
            }
            set.set(Outcome::Installed(id));
        })
    };
    let replace = |deck: Rc<Deck>| {
        let (set, shelf) = (props.set.clone(), shelf.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(shelf) = &shelf {
                shelf.put((*deck).clone());
            }
            set.set(Outcome::Installed(deck.id.clone()));
        })
    };
    let cancel = {
        let set = props.set.clone();
        Callback::from(move |_: MouseEvent| set.set(Outcome::Idle))
    };
    match &props.outcome {
        Outcome::Idle => Html::default(),
        Outcome::Busy(what) => html! {
            <p role="status" class="busy" data-testid="import-busy"><span class="spinner" aria-hidden="true"></span>{ what }</p>
        },
        Outcome::Failed(message) => html! {
            <p role="alert" class="error" data-testid="import-failed">{ message }</p>
        },
        Outcome::Invalid {
            label,
            text,
            errors,
        } => html! {
            { deck_errors(DeckErrorsProps { label: AttrValue::from(label.clone()), text: text.clone(), errors: errors.clone() }) }
        },
        Outcome::Ready { deck, notes } => html! {
            { deck_preview(DeckPreviewProps {
                deck: deck.clone(),
                install: install(deck.clone(), false, *notes),
                cancel,
                name: notes.then(|| (name_input.clone(), (*name_problem).clone())),
            }) }
        },
        Outcome::Clash(deck) => {
            let existing = library.outline(&deck.id);
            let bundled = library.is_bundled(&deck.id);
            html! {
                <div class="notice clash" role="alert" data-testid="import-clash">
                    <p>{ format!("A deck with the id “{}” is already installed: “{}”.", deck.id, existing.map_or("", |d| d.title.as_str())) }</p>
                    if bundled {
                        <p>{ "It is built in, so it cannot be replaced; keep both, and the new one gets its own id." }</p>
                    }
                    <p class="banner-actions">
                        if !bundled {
                            <button type="button" class="danger" data-testid="clash-replace" onclick={replace(deck.clone())}>{ "Replace it" }</button>
                        }
                        <button type="button" class="primary" data-testid="clash-keep" onclick={install(deck.clone(), true, false)}>
                            { format!("Keep both (new id “{}”)", library.beside(deck).id) }
                        </button>
                        <button type="button" data-testid="clash-cancel" onclick={cancel}>{ "Cancel" }</button>
                    </p>
                </div>
            }
        }
        Outcome::Installed(id) => {
            let Some(deck) = library.outline(id) else {
                return Html::default();
            };
            let first = deck.cards.first().map(|c| c.id.clone()).unwrap_or_default();
            html! {
                <div class="notice" role="status" data-testid="import-installed">
                    <p>{ format!("Installed “{}” ({}) as “{id}”.", deck.title, count(deck.cards.len(), "card")) }</p>
                    <p class="banner-actions">
                        <Link<Route> to={Route::PracticeCard { deck: id.clone(), card: first }} classes="button primary">{ "Practise its first card" }</Link<Route>>
                        <Link<Route> to={Route::DeckEdit { id: id.clone() }} classes="button">{ "Edit it" }</Link<Route>>
                    </p>
                </div>
            }
        }
    }
}

/// What [`deck_preview`] shows.
struct DeckPreviewProps {
    deck: Rc<Deck>,
    install: Callback<MouseEvent>,
    cancel: Callback<MouseEvent>,
    /// For a deck drafted from notes: the name field, and why the name typed was refused.
    name: Option<(NodeRef, Option<String>)>,
}

/// A valid deck before it is installed: its title, size and cards.
fn deck_preview(props: DeckPreviewProps) -> Html {
    let deck = &props.deck;
    let shown = 12;
    html! {
        <div class="preview" data-testid="import-preview" role="status">
            <h3>{ format!("Ready to install: {}", deck.title) }</h3>
            <p class="muted">{ format!("{} · {} (a deck may have up to {MAX_CARDS})", deck.id, count(deck.cards.len(), "card")) }</p>
            if let Some((input, problem)) = &props.name {
                <p class="field">
                    <label for="import-name">{ "Name the deck" }</label>
                    <input id="import-name" data-testid="import-name" ref={input.clone()} value={deck.title.clone()}
                        maxlength={MAX_NAME_CHARS.to_string()} autocomplete="off"
                        aria-describedby={problem.is_some().then_some("import-name-problem")} />
                    if let Some(problem) = problem {
                        <span id="import-name-problem" class="error" role="alert" data-testid="import-name-problem">{ problem }</span>
                    }
                </p>
            }
            <p>{ &deck.description }</p>
            <ol class="preview-cards">
                { for deck.cards.iter().take(shown).map(|c| html! { <li>{ format!("{} — to {}", c.title, c.addressee()) }</li> }) }
            </ol>
            if deck.cards.len() > shown {
                <p class="muted">{ format!("and {} more.", deck.cards.len() - shown) }</p>
            }
            <p class="banner-actions">
                <button type="button" class="primary" data-testid="import-install" onclick={props.install.clone()}>{ "Install" }</button>
                <button type="button" onclick={props.cancel.clone()}>{ "Cancel" }</button>
            </p>
        </div>
    }
}

/// What [`deck_errors`] lists.
struct DeckErrorsProps {
    label: AttrValue,
    text: Rc<str>,
    errors: Rc<Vec<DeckError>>,
}

/// Every error in a deck that cannot be installed: line, column, field, message, and the
/// line itself quoted with a mark under the column.
fn deck_errors(props: DeckErrorsProps) -> Html {
    let total = props.errors.len();
    let problems = count(total, "problem");
    let shown = 50;
    let lines: Vec<&str> = props.text.lines().collect();
    html! {
        <div role="alert" class="error deck-errors" data-testid="import-errors">
            <p>{ format!("“{}” cannot be installed: {problems} to fix. Nothing was installed.", props.label) }</p>
            <ol>
                { for props.errors.iter().take(shown).map(|e| {
                    let quoted = lines.get(e.line.wrapping_sub(1)).map(|l| {
                        let line: String = l.chars().take(160).collect();
                        let mark = format!("{}^", " ".repeat(e.column.saturating_sub(1).min(160)));
                        format!("{line}\n{mark}")
                    });
                    html! {
                        <li data-testid="import-error">
                            <strong>{ format!("Line {}, column {}", e.line, e.column) }</strong>
                            if let Some(field) = &e.field {
                                { " · " }<code>{ field }</code>
                            }
                            { format!(": {}", e.message) }
                            if let Some(quoted) = quoted {
                                <pre class="quoted-line">{ quoted }</pre>
                            }
                        </li>
                    }
                }) }
            </ol>
            if total > shown {
                <p>{ format!("and {} more.", total - shown) }</p>
            }
        </div>
    }
}
