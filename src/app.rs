//! The routed pages of the web app and the root component that provides the deck library.
//!
//! Routes live after `#` (yew-router's `HashRouter`), so deep links work on any static host
//! with no rewrite rules.

mod bundles;
mod decks;
mod home;
mod links;
mod not_found;
mod notices;
mod play;
mod practice;
mod progress;
mod rubric;
mod stores;

pub use bundles::{Bundle, Pages, learn, play, start, studio};
pub use decks::{DeckEditPage, DecksPage, OpenSharedDeck};
pub use home::Home;
pub use not_found::NotFound;
pub use play::{PlayHost, PlayJoin, PlaySetup};
pub use practice::{PracticeAction, PracticePage, PracticePageProps, PracticeState};
pub use progress::ProgressPage;

use crate::bundled;
use crate::components::banner;
use crate::game::SavedGame;
use crate::progress::ProgressState;
use crate::services::storage::load;
use crate::studio::Shelf;
use notices::StorageNotices;
use std::rc::Rc;
pub use stores::{
    DeckTask, GameStore, NoticeAction, Notices, NoticesContext, Persisted, ProgressStore,
    ShelfStore, Store, WantDeck, use_deck, use_deck_fetches, use_game, use_notices, use_on_deck,
    use_persisted, use_progress, use_shelf,
};
use yew::prelude::*;
use yew_router::prelude::*;

/// Every screen, by hash path.
#[derive(Debug, Clone, PartialEq, Routable)]
pub enum Route {
    /// `#/`: the home page.
    #[at("/")]
    Home,
    /// `#/practice`: practise the first card of the first deck.
    #[at("/practice")]
    Practice,
    /// `#/practice/<deck>/<card>`: practise one card.
    #[at("/practice/:deck/:card")]
    PracticeCard {
        /// The deck id.
        deck: String,
        /// The card id.
        card: String,
    },
    /// `#/progress`: history, trends, bests, flags and backup.
    #[at("/progress")]
    Progress,
    /// `#/play`: set up a game.
    #[at("/play")]
    Play,
    /// `#/play/host?...`: the host's device for the game in the query.
    #[at("/play/host")]
    PlayHost,
    /// `#/play/join?...`: a player's phone for the game in the query.
    #[at("/play/join")]
    PlayJoin,
    /// `#/decks`: installed decks, import, export, share and delete.
    #[at("/decks")]
    Decks,
    /// `#/decks/open?deck=…`: a deck someone shared, to preview and install.
    #[at("/decks/open")]
    DecksOpen,
    /// `#/decks/<id>/edit`: the deck studio for one of the learner's decks.
    #[at("/decks/:id/edit")]
    DeckEdit {
        /// The deck id.
        id: String,
    },
    /// Anything else.
    #[not_found]
    #[at("/404")]
    NotFound,
}

/// The installed decks as the pages see them: the bundled ones, then the learner's own.
pub type Library = Rc<crate::studio::Library>;

/// An `Rc` whose equality is identity, for effect dependencies that must not compare by value.
pub(crate) struct Same<T>(pub(crate) Rc<T>);

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What [`App`] needs.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The build's pages (see [`bundles`]).
    pub pages: Pages,
}

/// The root component: loads the learner's decks and progress, provides them with the deck
/// library and the storage notices, and routes to the build's pages.
#[component]
pub fn App(props: &AppProps) -> Html {
    let notices = use_reducer(Notices::default);
    let report = {
        let notices = notices.clone();
        Callback::from(move |error| notices.dispatch(NoticeAction::Tell(error)))
    };
    let (shelf, shelf_ready) = use_persisted::<Shelf>(report.clone());
    let (progress, progress_ready) = use_persisted::<ProgressState>(report.clone());
    // A kept game this build cannot read is moved aside at start, and the learner told.
    use_effect_with((), move |_| {
        if let Some(error) = load::<SavedGame>().error {
            report.emit(error);
        }
    });
    let index = use_memo((), |_| bundled::index());
    let outlines = {
        let index = index.clone();
        use_memo((), move |_| {
            index.iter().map(|e| e.outline.clone()).collect::<Vec<_>>()
        })
    };
    let (fetches, want_deck) = use_deck_fetches(index);
    let library: Library = {
        let shelf = shelf.clone();
        // Loading leaves the revision at 0 (nothing to save), so being read is a change too.
        use_memo(
            (shelf.revision, shelf_ready, fetches.clone()),
            move |(_, _, fetches)| crate::studio::Library::new(&outlines, fetches, &shelf.decks),
        )
    };
    // Set when a newer build has taken over: the page offers to reload into it.
    let update = use_state(|| false);
    {
        let update = update.setter();
        use_effect_with((), move |_| {
            crate::offline::keep_for_offline(move || update.set(true))
        });
    }
    let reload = html! {
        <button type="button" class="primary" data-testid="update-reload"
            onclick={Callback::from(|_: MouseEvent| crate::offline::reload())}>{ "Reload to update" }</button>
    };
    html! {
        <ContextProvider<Library> context={library}>
        <ContextProvider<WantDeck> context={want_deck}>
            if *update {
                <div role="status">{ banner("update-notice".into(), false, "A new version of Boardroom is ready.", reload) }</div>
            }
            <ContextProvider<NoticesContext> context={notices}>
                <ContextProvider<ShelfStore> context={shelf}>
                    <ContextProvider<ProgressStore> context={progress}>
                        <HashRouter>
                            <Shell ready={shelf_ready && progress_ready} pages={props.pages} />
                        </HashRouter>
                    </ContextProvider<ProgressStore>>
                </ContextProvider<ShelfStore>>
            </ContextProvider<NoticesContext>>
        </ContextProvider<WantDeck>>
        </ContextProvider<Library>>
    }
}

/// What [`Shell`] needs.
#[derive(Properties, PartialEq)]
struct ShellProps {
    /// Whether storage has been read.
    ready: bool,
    /// Draws each route.
    pages: Pages,
}

/// Header, main region and footer around the current route.
#[component]
fn Shell(props: &ShellProps) -> Html {
    // Everything waits the one frame it takes to read storage, so no page acts on empty
    // progress, and header, page and footer appear together (a footer drawn first would be
    // pushed down by the page: a layout shift).
    let ready = props.ready;
    // The first page drawn is also held back, hidden (`index.html` starts with `data-holding`,
    // which hides `#app`), while it waits for a bundled deck's text (it says so with a
    // `deck-coming` line), so the page drawn at build time, or the loading line, stays until
    // the app can draw the same card. Later pages say they are loading.
    let revealed = use_state(|| false);
    let library = use_library();
    {
        let revealed = revealed.clone();
        use_effect_with((ready, *revealed, library), move |&(ready, shown, _)| {
            if !ready || shown {
                return;
            }
            // Looked at once the pages below have drawn too (a microtask: still before the
            // browser paints).
            wasm_bindgen_futures::spawn_local(async move {
                let document = gloo::utils::document();
                if let Ok(Some(_)) = document.query_selector("main .deck-coming") {
                    return;
                }
                // The app shows and the page `index.html` showed while it downloaded goes in
                // one step, here: done in a render and its effect, the two could be painted
                // together (Yew yields to the browser between them when a render runs long),
                // and the page would jump.
                if let Some(root) = document.document_element() {
                    let _ = root.remove_attribute("data-holding");
                }
                if let Some(loading) = document.get_element_by_id("loading") {
                    loading.remove();
                }
                revealed.set(true);
            });
        });
    }
    if !ready {
        return Html::default();
    }
    html! {
        <>
            <header class="site-header">
                <Link<Route> to={Route::Home} classes="brand">{ "Boardroom" }</Link<Route>>
                <nav aria-label="Main">
                    <Link<Route> to={Route::Practice}>{ "Practice" }</Link<Route>>
                    <Link<Route> to={Route::Progress}>{ "Progress" }</Link<Route>>
                    <Link<Route> to={Route::Play}>{ "Play" }</Link<Route>>
                    <Link<Route> to={Route::Decks}>{ "Decks" }</Link<Route>>
                </nav>
            </header>
            <main id="main">
                <StorageNotices />
                <Switch<Route> render={props.pages.0} />
            </main>
            <footer class="site-footer muted">
                { "Everything stays in this browser. Nothing you write is sent anywhere." }
            </footer>
        </>
    }
}

/// Set the document title while a page is shown: `"<page> · Boardroom"`, so tabs, history
/// and screen readers name the page.
#[hook]
pub fn use_title(page: &str) {
    let title = format!("{page} · Boardroom");
    use_effect_with(title, |title| gloo::utils::document().set_title(title));
}

/// The library from context; an empty one if no provider is mounted (as in isolated tests).
#[hook]
pub fn use_library() -> Library {
    use_context::<Library>().unwrap_or_default()
}
