//! `#/decks`: the installed decks (practise, edit, duplicate, export, share, delete) and
//! every way to bring one in (file, drop, URL, paste, shared link); `#/decks/open` previews
//! a shared deck. The studio itself is in [`editor`]; bringing a deck in is `import` (with
//! what it came to in `outcome`), and a shared link `open`.

mod editor;
mod import;
mod open;
mod outcome;

pub use editor::DeckEditPage;
pub use open::OpenSharedDeck;

use super::links::share_link;
use super::{DeckTask, Library, Route, ShelfStore, use_library, use_on_deck, use_shelf, use_title};
use crate::components::{CopyButton, QrCode, Undo, busy_line, undo_slot};
use crate::deck::{Deck, count};
use crate::deck::{to_json, to_toml};
use crate::services::files;
use crate::studio::{QR_MAX_CHARS, free_id, to_anki_tsv};
use import::Importer;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

/// `deck` offered as a file in `format` (`toml`, `json` or `anki`).
fn export(deck: &Deck, format: &str) -> Result<(), String> {
    match format {
        "json" => files::download(
            &format!("{}.json", deck.id),
            &to_json(deck),
            "application/json",
        ),
        "anki" => files::download(
            &format!("{}-anki.txt", deck.id),
            &to_anki_tsv(deck),
            "text/tab-separated-values",
        ),
        _ => files::download(
            &format!("{}.toml", deck.id),
            &to_toml(deck),
            "application/toml",
        ),
    }
}

/// Installs a copy of the deck with id `id` (see
/// [`Library::copy_of`](crate::studio::Library::copy_of)) and opens it in the studio. The
/// copy is made on the click, not on every render of every row, once the deck's text is here
/// (`on_deck`, from [`use_on_deck`]).
pub(crate) fn duplicate(
    shelf: &ShelfStore,
    library: &Library,
    navigator: &Option<Navigator>,
    on_deck: &Callback<(String, DeckTask)>,
    id: &str,
) -> Callback<MouseEvent> {
    let (shelf, library, navigator, on_deck, id) = (
        shelf.clone(),
        library.clone(),
        navigator.clone(),
        on_deck.clone(),
        id.to_owned(),
    );
    Callback::from(move |_: MouseEvent| {
        let (shelf, library, navigator) = (shelf.clone(), library.clone(), navigator.clone());
        on_deck.emit((
            id.clone(),
            Box::new(move |deck: &Deck| {
                let copy = library.copy_of(deck);
                let id = copy.id.clone();
                shelf.put(copy);
                if let Some(navigator) = &navigator {
                    navigator.push(&Route::DeckEdit { id });
                }
            }),
        ))
    })
}

/// `#/decks`.
#[component]
pub fn DecksPage() -> Html {
    use_title("Decks");
    let library = use_library();
    let Some(shelf) = use_shelf() else {
        return Html::default();
    };
    let navigator = use_navigator();
    let sharing = use_state(|| None::<String>);
    let failure = use_state(|| None::<String>);
    let (on_deck, waiting) = {
        let failure = failure.clone();
        use_on_deck(Callback::from(move |why| failure.set(Some(why))))
    };
    let on_new = {
        let (library, navigator) = (library.clone(), navigator.clone());
        Callback::from(move |_: MouseEvent| {
            let id = free_id("my-deck", |id| library.has(id));
            if let Some(navigator) = &navigator {
                navigator.push(&Route::DeckEdit { id });
            }
        })
    };
    let deleted = shelf
        .removed
        .as_ref()
        .map(|(_, deck)| format!("Deleted “{}”.", deck.title));
    let undo = deleted.as_deref().map(|message| {
        let (undo, forget) = (shelf.clone(), shelf.clone());
        Undo {
            message,
            on_undo: Callback::from(move |_: MouseEvent| undo.undo()),
            on_dismiss: Callback::from(move |_: MouseEvent| forget.forget()),
        }
    });
    let rows = library.iter().map(|deck| {
        let id = deck.id.clone();
        let bundled = library.is_bundled(&id);
        let first = deck.cards.first().map(|c| c.id.clone()).unwrap_or_default();
        // Each row's buttons hold the deck's id and find the deck on the click.
        let on_export = |format: &'static str| {
            let (on_deck, failure, id) = (on_deck.clone(), failure.clone(), id.clone());
            Callback::from(move |_: MouseEvent| {
                let failure = failure.clone();
                on_deck.emit((
                    id.clone(),
                    Box::new(move |deck: &Deck| failure.set(export(deck, format).err())),
                ))
            })
        };
        let on_share = {
            let (on_deck, sharing, id) = (on_deck.clone(), sharing.clone(), id.clone());
            Callback::from(move |_: MouseEvent| {
                if sharing.as_deref() == Some(id.as_str()) {
                    sharing.set(None);
                    return;
                }
                let sharing = sharing.clone();
                on_deck.emit((
                    id.clone(),
                    Box::new(move |deck: &Deck| sharing.set(Some(deck.id.clone()))),
                ))
            })
        };
        let on_duplicate = duplicate(&shelf, &library, &navigator, &on_deck, &id);
        let on_delete = {
            let (shelf, id) = (shelf.clone(), id.clone());
            Callback::from(move |_: MouseEvent| shelf.remove(&id))
        };
        let shared = (sharing.as_deref() == Some(id.as_str()))
            .then(|| library.get(&id))
            .flatten()
            .map(|deck| html! { <SharePanel deck={Rc::new(deck.clone())} /> });
        let busy = (waiting.as_deref() == Some(id.as_str()))
            .then(|| busy_line("deck-loading", "Loading the deck…".into()));
        html! {
            <li class="deck-row" data-testid={format!("deck-{id}")} key={id.clone()}>
                <h3>{ &deck.title }</h3>
                <p class="muted">
                    { format!("{id} · {} · {}", count(deck.cards.len(), "card"),
                        if bundled { "built in (read-only)" } else { "yours" }) }
                </p>
                <p>{ &deck.description }</p>
                <p class="deck-actions">
                    <Link<Route> to={Route::PracticeCard { deck: id.clone(), card: first }} classes="button">{ "Practise" }</Link<Route>>
                    if bundled {
                        <button type="button" data-testid="duplicate" onclick={on_duplicate}>{ "Duplicate to edit" }</button>
                    } else {
                        <Link<Route> to={Route::DeckEdit { id: id.clone() }} classes="button">{ "Edit" }</Link<Route>>
                        <button type="button" data-testid="duplicate" onclick={on_duplicate}>{ "Duplicate" }</button>
                    }
                    <button type="button" data-testid="export-toml" onclick={on_export("toml")}>{ "Export TOML" }</button>
                    <button type="button" data-testid="export-json" onclick={on_export("json")}>{ "Export JSON" }</button>
                    <button type="button" data-testid="export-anki" onclick={on_export("anki")}>{ "Export for Anki" }</button>
                    <button type="button" data-testid="share" aria-expanded={shared.is_some().to_string()} onclick={on_share}>{ "Share link" }</button>
                    if !bundled {
                        <button type="button" class="danger" data-testid="delete" onclick={on_delete}>{ "Delete" }</button>
                    }
                </p>
                { busy }
                { shared }
            </li>
        }
    });
    html! {
        <section class="page decks" data-testid="decks-page">
            <h1>{ "Decks" }</h1>
            <p class="lede">{ "Practise on your own systems and your own executives: bring a deck, write one, and share it with your team. Decks you add stay in this browser." }</p>
            { undo_slot("deck-undo", undo) }
            if let Some(message) = &*failure {
                <p role="alert" class="error">{ message }</p>
            }
            <h2>{ "Add a deck" }</h2>
            <p><button type="button" class="primary" data-testid="new-deck" onclick={on_new}>{ "Write a new deck" }</button></p>
            <Importer />
            <h2>{ "Installed decks" }</h2>
            <ul class="deck-list">{ for rows }</ul>
        </section>
    }
}

/// What [`SharePanel`] shares.
#[derive(Properties, PartialEq)]
struct SharePanelProps {
    deck: Rc<Deck>,
}

/// The share link of a deck: its length, a copy button, and a QR code or, when the link is
/// too long for one, the file to send instead.
#[component]
fn SharePanel(props: &SharePanelProps) -> Html {
    let deck = props.deck.clone();
    let link = use_memo(deck.clone(), |deck| share_link(deck));
    let length = link.chars().count();
    let download = {
        let deck = deck.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = export(&deck, "toml");
        })
    };
    html! {
        <div class="share-panel" data-testid="share-panel">
            <label for={format!("share-{}", deck.id)}>{ "Share link: opens this deck, ready to install, in any browser" }</label>
            <input id={format!("share-{}", deck.id)} readonly=true value={(*link).clone()} data-testid="share-link" />
            <p class="muted">
                <CopyButton text={AttrValue::from((*link).clone())} label="Copy link" testid="copy-share" />
                <span data-testid="share-length">{ format!(" The link is {length} characters long.") }</span>
            </p>
            if length > QR_MAX_CHARS {
                <p data-testid="share-too-long">
                    { format!("That is too long for a QR code (one holds at most {QR_MAX_CHARS} characters): send the link in a chat or email, or send the deck file instead. ") }
                    <button type="button" onclick={download}>{ "Download the deck file" }</button>
                </p>
            } else {
                <QrCode text={AttrValue::from((*link).clone())} label={format!("QR code of the share link for {}", deck.title)} />
            }
        </div>
    }
}
