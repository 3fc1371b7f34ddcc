//! `#/decks`: the installed decks (practise, edit, duplicate, export, share, delete) and
//! every way to bring one in (file, drop, URL, paste, shared link); `#/decks/open` previews
//! a shared deck. The studio itself is in [`editor`].

mod editor;

pub use editor::DeckEditPage;

use super::links::share_link;
use super::{Library, Route, ShelfStore, use_library, use_shelf, use_title};
use crate::components::{CopyButton, QrCode, Undo, undo_slot};
use crate::deck::{Deck, DeckError, MAX_CARDS, count};
use crate::deck::{to_json, to_toml};
use crate::rubric::Thesaurus;
use crate::services::{files, net};
use crate::studio::{QR_MAX_CHARS, free_id, import, is_notes, open_shared, to_anki_tsv};
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;
use yew_router::prelude::*;

/// Where an import stands.
#[derive(Clone, PartialEq)]
enum Outcome {
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
    /// A valid deck, shown before it is installed.
    Ready(Rc<Deck>),
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
        gloo::timers::callback::Timeout::new(0, move || {
            outcome.set(match import(&label, &text, &thesaurus) {
                Ok(deck) => Outcome::Ready(Rc::new(deck)),
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
/// copy is made on the click, not on every render of every row.
pub(crate) fn duplicate(
    shelf: &ShelfStore,
    library: &Library,
    navigator: &Option<Navigator>,
    id: &str,
) -> Callback<MouseEvent> {
    let (shelf, library, navigator, id) = (
        shelf.clone(),
        library.clone(),
        navigator.clone(),
        id.to_owned(),
    );
    Callback::from(move |_: MouseEvent| {
        let Some(copy) = library.get(&id).map(|deck| library.copy_of(deck)) else {
            return;
        };
        let id = copy.id.clone();
        shelf.put(copy);
        if let Some(navigator) = &navigator {
            navigator.push(&Route::DeckEdit { id });
        }
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
    let on_new = {
        let (library, navigator) = (library.clone(), navigator.clone());
        Callback::from(move |_: MouseEvent| {
            let id = free_id("my-deck", |id| library.get(id).is_some());
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
            let (library, failure, id) = (library.clone(), failure.clone(), id.clone());
            Callback::from(move |_: MouseEvent| {
                if let Some(deck) = library.get(&id) {
                    failure.set(export(deck, format).err());
                }
            })
        };
        let on_share = {
            let (sharing, id) = (sharing.clone(), id.clone());
            Callback::from(move |_: MouseEvent| {
                sharing.set((sharing.as_deref() != Some(id.as_str())).then(|| id.clone()))
            })
        };
        let on_duplicate = duplicate(&shelf, &library, &navigator, &id);
        let on_delete = {
            let (shelf, id) = (shelf.clone(), id.clone());
            Callback::from(move |_: MouseEvent| shelf.remove(&id))
        };
        let shared = (sharing.as_deref() == Some(id.as_str())).then(|| html! {
            <SharePanel deck={Rc::new(deck.clone())} />
        });
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

/// Every way to bring a deck in, and the preview, errors and id question that follow.
#[component]
fn Importer() -> Html {
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

/// What [`ImportOutcome`] shows, and how it moves on.
#[derive(Properties, PartialEq)]
struct ImportOutcomeProps {
    outcome: Outcome,
    set: UseStateSetter<Outcome>,
}

/// The busy line, the errors, the preview with Install, the id question, or what was
/// installed.
#[component]
fn ImportOutcome(props: &ImportOutcomeProps) -> Html {
    let library = use_library();
    let shelf = use_shelf();
    let install = |deck: Rc<Deck>, keep_both: bool| {
        let (set, library, shelf) = (props.set.clone(), library.clone(), shelf.clone());
        Callback::from(move |_: MouseEvent| {
            let mut deck = (*deck).clone();
            let taken = library.get(&deck.id).is_some();
            if taken && !keep_both {
                set.set(Outcome::Clash(Rc::new(deck)));
                return;
            }
            if taken {
                deck.id = free_id(&deck.id, |id| library.get(id).is_some());
            }
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
            <DeckErrors label={AttrValue::from(label.clone())} text={text.clone()} errors={errors.clone()} />
        },
        Outcome::Ready(deck) => html! {
            <DeckPreview deck={deck.clone()} install={install(deck.clone(), false)} cancel={cancel} />
        },
        Outcome::Clash(deck) => {
            let existing = library.get(&deck.id);
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
                        <button type="button" class="primary" data-testid="clash-keep" onclick={install(deck.clone(), true)}>
                            { format!("Keep both (new id “{}”)", free_id(&deck.id, |id| library.get(id).is_some())) }
                        </button>
                        <button type="button" data-testid="clash-cancel" onclick={cancel}>{ "Cancel" }</button>
                    </p>
                </div>
            }
        }
        Outcome::Installed(id) => {
            let Some(deck) = library.get(id) else {
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

/// What [`DeckPreview`] shows.
#[derive(Properties, PartialEq)]
struct DeckPreviewProps {
    deck: Rc<Deck>,
    install: Callback<MouseEvent>,
    cancel: Callback<MouseEvent>,
}

/// A valid deck before it is installed: its title, size and cards.
#[component]
fn DeckPreview(props: &DeckPreviewProps) -> Html {
    let deck = &props.deck;
    let shown = 12;
    html! {
        <div class="preview" data-testid="import-preview" role="status">
            <h3>{ format!("Ready to install: {}", deck.title) }</h3>
            <p class="muted">{ format!("{} · {} (a deck may have up to {MAX_CARDS})", deck.id, count(deck.cards.len(), "card")) }</p>
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

/// What [`DeckErrors`] lists.
#[derive(Properties, PartialEq)]
struct DeckErrorsProps {
    label: AttrValue,
    text: Rc<str>,
    errors: Rc<Vec<DeckError>>,
}

/// Every error in a deck that cannot be installed: line, column, field, message, and the
/// line itself quoted with a mark under the column.
#[component]
fn DeckErrors(props: &DeckErrorsProps) -> Html {
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

/// `#/decks/open?deck=…`: a shared deck, previewed before it is installed.
#[component]
pub fn OpenSharedDeck() -> Html {
    use_title("Open a shared deck");
    let location = use_location();
    let query = location
        .map(|l| l.query_str().to_owned())
        .unwrap_or_default();
    let opened = use_memo(query, |query| open_shared(query).map(Rc::new));
    let outcome = use_state(|| Outcome::Idle);
    let shown = match (&*outcome, &*opened) {
        (Outcome::Idle, Ok(deck)) => Outcome::Ready(deck.clone()),
        (Outcome::Idle, Err(message)) => Outcome::Failed(message.clone()),
        (other, _) => other.clone(),
    };
    html! {
        <section class="page decks" data-testid="open-shared">
            <h1>{ "Open a shared deck" }</h1>
            <p class="lede">{ "Someone shared a deck with you. It came inside the link: nothing was downloaded from anywhere. Look it over, then install it to practise." }</p>
            <ImportOutcome outcome={shown} set={outcome.setter()} />
            <p><Link<Route> to={Route::Decks}>{ "All decks" }</Link<Route>></p>
        </section>
    }
}
