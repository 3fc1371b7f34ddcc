//! The routed pages of the web app and the root component that provides the deck library.
//!
//! Routes live after `#` (yew-router's `HashRouter`), so deep links work on any static host
//! with no rewrite rules.

mod decks;
mod home;
mod links;
mod not_found;
mod play;
mod practice;
mod progress;

pub use decks::{DeckEditPage, DecksPage, OpenSharedDeck};
pub use home::Home;
pub use not_found::NotFound;
pub use play::{PlayHost, PlayJoin, PlaySetup};
pub use practice::{PracticeAction, PracticePage, PracticePageProps, PracticeState};
pub use progress::ProgressPage;

use crate::bundled;
use crate::progress::{ProgressAction, ProgressState};
use crate::storage;
use crate::studio::{Shelf, ShelfAction};
use std::rc::Rc;
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

/// The learner's own decks, to change them (see [`use_shelf`]).
pub type ShelfContext = UseReducerHandle<Shelf>;

impl Reducible for Shelf {
    type Action = ShelfAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// The learner's progress as every page sees it (see [`use_progress`]).
pub type ProgressContext = UseReducerHandle<ProgressState>;

impl Reducible for ProgressState {
    type Action = ProgressAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        self.apply(action)
    }
}

/// An `Rc` whose equality is identity, for effect dependencies that must not compare by value.
pub(crate) struct Same<T>(pub(crate) Rc<T>);

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The root component: loads the library and the learner's progress, provides both, saves
/// progress whenever it changes, and routes.
#[component]
pub fn App() -> Html {
    let shelf = use_reducer(|| {
        let (decks, notice) = storage::load_decks();
        Shelf {
            decks,
            notice,
            ..Shelf::default()
        }
    });
    let bundled = use_memo((), |_| bundled::decks());
    let library: Library = {
        let (bundled, shelf) = (bundled.clone(), shelf.clone());
        use_memo(shelf.revision, move |_| {
            crate::studio::Library::new((*bundled).clone(), &shelf.decks)
        })
    };
    {
        // Saved after every change to the learner's decks (not at load: nothing changed).
        let shelf = shelf.clone();
        use_effect_with(shelf.revision, move |revision| {
            if *revision > 0 {
                if let Err(message) = storage::save_decks(&shelf.decks) {
                    shelf.dispatch(ShelfAction::Notice(message));
                }
            }
        });
    }
    let progress = use_reducer(ProgressState::default);
    // What was loaded, so saving does not write it straight back (which would also write
    // over stored data that could not be read before the learner has downloaded it).
    let loaded = use_mut_ref(|| None::<Rc<crate::progress::Progress>>);
    {
        let (progress, loaded) = (progress.clone(), loaded.clone());
        use_effect_with((), move |_| {
            let found = storage::load_progress();
            let read = Rc::new(found.progress);
            *loaded.borrow_mut() = Some(read.clone());
            progress.dispatch(ProgressAction::Loaded(
                read,
                found.notice,
                found.unreadable.map(Rc::from),
            ));
        });
    }
    {
        let state = progress.clone();
        // Compared by pointer: every change makes a new `Rc`, and comparing by value would
        // walk the whole history on every render. Whether storage has been read is part of
        // the dependencies, as this render saw it: the handle's own `ready` may already be
        // the next state's, which would save the empty progress of the first render over
        // what is stored.
        let ready = progress.ready;
        use_effect_with(
            (ready, Same(progress.progress.clone())),
            move |(ready, Same(current))| {
                let unchanged = loaded
                    .borrow()
                    .as_ref()
                    .is_some_and(|l| Rc::ptr_eq(l, current));
                if *ready && !unchanged {
                    if let Err(message) = storage::save_progress(current) {
                        state.dispatch(ProgressAction::Notice(message));
                    }
                }
            },
        );
    }
    // Set when a newer build has taken over: the page offers to reload into it.
    let update = use_state(|| false);
    {
        let update = update.setter();
        use_effect_with((), move |_| {
            crate::offline::keep_for_offline(move || update.set(true))
        });
    }
    html! {
        <ContextProvider<Library> context={library}>
            if *update {
                <div class="notice banner update-notice" role="status" data-testid="update-notice">
                    <p>{ "A new version of Boardroom is ready." }</p>
                    <p class="banner-actions">
                        <button type="button" class="primary" data-testid="update-reload"
                            onclick={Callback::from(|_: MouseEvent| crate::offline::reload())}>{ "Reload to update" }</button>
                    </p>
                </div>
            }
            <ContextProvider<ShelfContext> context={shelf}>
                <ContextProvider<ProgressContext> context={progress}>
                    <HashRouter>
                        <Shell />
                    </HashRouter>
                </ContextProvider<ProgressContext>>
            </ContextProvider<ShelfContext>>
        </ContextProvider<Library>>
    }
}

/// Header, main region and footer around the current route.
#[component]
fn Shell() -> Html {
    // Everything waits the one frame it takes to read storage, so no page acts on empty
    // progress, and header, page and footer appear together (a footer drawn first would be
    // pushed down by the page: a layout shift).
    let ready = use_progress().is_some_and(|p| p.ready);
    // The page `index.html` shows while the app downloads goes as this one is drawn (effects
    // run before the browser paints, so the two are never seen together).
    use_effect_with(ready, |&ready| {
        if let Some(loading) = ready
            .then(|| gloo::utils::document().get_element_by_id("loading"))
            .flatten()
        {
            loading.remove();
        }
    });
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
                <Switch<Route> render={switch} />
            </main>
            <footer class="site-footer muted">
                { "Everything stays in this browser. Nothing you write is sent anywhere." }
            </footer>
        </>
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::Practice => html! { <PracticePage /> },
        Route::PracticeCard { deck, card } => {
            // Keyed so that moving to another card starts a fresh practice state.
            let key = format!("{deck}/{card}");
            html! { <PracticePage {key} deck={Some(AttrValue::from(deck))} card={Some(AttrValue::from(card))} /> }
        }
        Route::Progress => html! { <ProgressPage /> },
        Route::Play => html! { <PlaySetup /> },
        Route::PlayHost => html! { <PlayHost /> },
        Route::PlayJoin => html! { <PlayJoin /> },
        Route::Decks => html! { <DecksPage /> },
        Route::DecksOpen => html! { <OpenSharedDeck /> },
        Route::DeckEdit { id } => {
            let key = id.clone();
            html! { <DeckEditPage {key} id={AttrValue::from(id)} /> }
        }
        Route::NotFound => html! { <NotFound /> },
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

/// The learner's own decks from context (`None` where no provider is mounted).
#[hook]
pub fn use_shelf() -> Option<ShelfContext> {
    use_context::<ShelfContext>()
}

/// The learner's progress from context (`None` where no provider is mounted, as in isolated
/// component tests).
#[hook]
pub fn use_progress() -> Option<ProgressContext> {
    use_context::<ProgressContext>()
}

/// What the learner must know about their stored data, and the undo after a destructive
/// action; shown above every page.
#[component]
fn StorageNotices() -> Html {
    let shelf = use_shelf();
    // Read once, when the app starts.
    let game_notice = use_state(storage::check_game);
    let Some(progress) = use_progress() else {
        return Html::default();
    };
    let shelf_notice = shelf.as_ref().and_then(|shelf| {
        let notice = shelf.notice.clone()?;
        let shelf = shelf.clone();
        let dismiss = Callback::from(move |_: MouseEvent| shelf.dispatch(ShelfAction::DismissNotice));
        Some(html! {
            <div class="error banner" role="alert" data-testid="deck-notice">
                <p>{ notice }</p>
                <p class="banner-actions"><button type="button" onclick={dismiss}>{ "Dismiss" }</button></p>
            </div>
        })
    });
    let dismiss = {
        let progress = progress.clone();
        Callback::from(move |_: MouseEvent| progress.dispatch(ProgressAction::DismissNotice))
    };
    let download = progress.unreadable.clone().map(|text| {
        Callback::from(move |_: MouseEvent| {
            let _ = storage::download(
                "boardroom-unreadable-progress.json",
                &text,
                "application/json",
            );
        })
    });
    let undo = {
        let progress = progress.clone();
        Callback::from(move |_: MouseEvent| progress.dispatch(ProgressAction::Undo))
    };
    let forget = {
        let progress = progress.clone();
        Callback::from(move |_: MouseEvent| progress.dispatch(ProgressAction::Forget))
    };
    let game_notice = game_notice.as_ref().map(|notice| {
        let game_notice = game_notice.clone();
        let dismiss = Callback::from(move |_: MouseEvent| game_notice.set(None));
        html! {
            <div class="error banner" role="alert" data-testid="game-notice">
                <p>{ notice }</p>
                <p class="banner-actions"><button type="button" onclick={dismiss}>{ "Dismiss" }</button></p>
            </div>
        }
    });
    html! {
        <>
            { shelf_notice }
            { game_notice }
            if let Some(notice) = &progress.notice {
                <div class="error banner" role="alert" data-testid="storage-notice">
                    <p>{ notice }</p>
                    <p class="banner-actions">
                        if let Some(download) = download {
                            <button type="button" onclick={download}>{ "Download the unreadable data" }</button>
                        }
                        <button type="button" onclick={dismiss}>{ "Dismiss" }</button>
                    </p>
                </div>
            }
            <div role="status" class="undo-slot">
                if let Some(done) = &progress.undo {
                    <div class="notice banner" data-testid="undo-notice">
                        <p>{ &done.message }</p>
                        <p class="banner-actions">
                            <button type="button" class="primary" data-testid="undo" onclick={undo}>{ "Undo" }</button>
                            <button type="button" onclick={forget}>{ "Dismiss" }</button>
                        </p>
                    </div>
                }
            </div>
        </>
    }
}
