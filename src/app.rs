//! The routed pages of the web app and the root component that provides the deck library.
//!
//! Routes live after `#` (yew-router's `HashRouter`), so deep links work on any static host
//! with no rewrite rules.

mod home;
mod not_found;
mod practice;

pub use home::Home;
pub use not_found::NotFound;
pub use practice::{PracticeAction, PracticePage, PracticePageProps, PracticeState};

use crate::bundled;
use crate::deck::Deck;
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
    /// Anything else.
    #[not_found]
    #[at("/404")]
    NotFound,
}

/// The installed decks as the pages see them.
pub type Library = Rc<Vec<Deck>>;

/// The root component: loads the library once, provides it, and routes.
#[component]
pub fn App() -> Html {
    let library: Library = use_memo((), |_| bundled::decks());
    html! {
        <ContextProvider<Library> context={library}>
            <HashRouter>
                <Shell />
            </HashRouter>
        </ContextProvider<Library>>
    }
}

/// Header, main region and footer around the current route.
#[component]
fn Shell() -> Html {
    html! {
        <>
            <header class="site-header">
                <Link<Route> to={Route::Home} classes="brand">{ "Boardroom" }</Link<Route>>
                <nav aria-label="Main">
                    <Link<Route> to={Route::Practice}>{ "Practice" }</Link<Route>>
                </nav>
            </header>
            <main id="main">
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
