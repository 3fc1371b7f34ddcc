//! The web app is built three times, one build (a *bundle*, its own wasm) per part of it, so
//! that a page downloads only its own part's screens: a learner practising never loads the
//! studio or the games, and a player's phone joining a game never loads the studio.
//!
//! Every build runs the same [`App`](super::App) (header, storage, the deck library) with its
//! own [`Pages`]: the function that draws its routes. The linker keeps only the screens that
//! function names, which is where the saving comes from. Trunk builds all three (`index.html`);
//! `assets/first-visit.js` (`BUNDLES`) picks the one an address needs, by the same rule as
//! [`Route::bundle`], and the boot script `scripts/boot-script.mjs` writes starts it. A build
//! asked for another part's route (a link followed inside the app, the back button) loads the
//! page again, which then starts the right build. Every build draws "Page not found" itself.

use super::{App, AppProps, NotFound, Route, use_title};
use super::{DeckEditPage, DecksPage, OpenSharedDeck};
use super::{Home, PracticePage, ProgressPage};
use super::{PlayHost, PlayJoin, PlaySetup};
use yew::prelude::*;

/// The three builds of the web app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    /// Home, practice and progress: the learner's daily pages (binary `boardroom-web`).
    Learn,
    /// Games: setting one up, the host's screen, a player's phone (`boardroom-play`).
    Play,
    /// Decks: the list, import and export, a shared deck, the studio (`boardroom-studio`).
    Studio,
}

impl Bundle {
    /// The build's binary, the name `assets/first-visit.js` marks the page with (`<html
    /// data-bundle>`) when it picks the build.
    pub fn name(self) -> &'static str {
        match self {
            Bundle::Learn => "boardroom-web",
            Bundle::Play => "boardroom-play",
            Bundle::Studio => "boardroom-studio",
        }
    }
}

impl Route {
    /// The build that draws this route: games under `/play`, decks under `/decks`, the rest
    /// in the learner's build. `None` for "Page not found", which every build draws.
    pub fn bundle(&self) -> Option<Bundle> {
        match self {
            Route::Home | Route::Practice | Route::PracticeCard { .. } | Route::Progress => {
                Some(Bundle::Learn)
            }
            Route::Play | Route::PlayHost | Route::PlayJoin => Some(Bundle::Play),
            Route::Decks | Route::DecksOpen | Route::DeckEdit { .. } => Some(Bundle::Studio),
            Route::NotFound => None,
        }
    }
}

/// A build's pages: the function that draws each route the build owns, and [`Elsewhere`] for
/// the others.
#[derive(Clone, Copy)]
pub struct Pages(pub fn(Route) -> Html);

impl PartialEq for Pages {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::fn_addr_eq(self.0, other.0)
    }
}

/// The learner's build: home, practice, progress.
pub fn learn(route: Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::Practice => html! { <PracticePage /> },
        Route::PracticeCard { deck, card } => {
            // Keyed so that moving to another card starts a fresh practice state.
            let key = format!("{deck}/{card}");
            html! { <PracticePage {key} deck={Some(AttrValue::from(deck))} card={Some(AttrValue::from(card))} /> }
        }
        Route::Progress => html! { <ProgressPage /> },
        other => elsewhere(other),
    }
}

/// The games' build: setup, the host's screen, a player's phone.
pub fn play(route: Route) -> Html {
    match route {
        Route::Play => html! { <PlaySetup /> },
        Route::PlayHost => html! { <PlayHost /> },
        Route::PlayJoin => html! { <PlayJoin /> },
        other => elsewhere(other),
    }
}

/// The decks' build: the list, a shared deck, the studio.
pub fn studio(route: Route) -> Html {
    match route {
        Route::Decks => html! { <DecksPage /> },
        Route::DecksOpen => html! { <OpenSharedDeck /> },
        Route::DeckEdit { id } => {
            let key = id.clone();
            html! { <DeckEditPage {key} id={AttrValue::from(id)} /> }
        }
        other => elsewhere(other),
    }
}

/// A route this build does not draw: "Page not found", which every build draws, or another
/// build's page.
fn elsewhere(route: Route) -> Html {
    match route.bundle() {
        Some(bundle) => html! { <Elsewhere {bundle} /> },
        None => html! { <NotFound /> },
    }
}

/// What [`Elsewhere`] needs.
#[derive(Properties, PartialEq)]
struct ElsewhereProps {
    /// The build that draws the page asked for.
    bundle: Bundle,
}

/// Another build's page: the page loads again, and starts that build. If the page picked this
/// build for this very address (`first-visit.js` and [`Route::bundle`] disagree, a fault of
/// the build), or picked none (`first-visit.js` did not run), loading it again would start
/// this build again: it says so instead of loading the page again and again.
#[component]
fn Elsewhere(props: &ElsewhereProps) -> Html {
    let picked = gloo::utils::document()
        .document_element()
        .and_then(|root| root.get_attribute("data-bundle"));
    let stuck = picked.is_none_or(|picked| picked == props.bundle.name());
    // Named like every page, so a tab and a screen reader say what this one is.
    use_title(if stuck {
        "Page could not open"
    } else {
        "Opening"
    });
    use_effect_with(stuck, |&stuck| {
        if !stuck {
            crate::offline::reload();
        }
    });
    if stuck {
        html! {
            <section class="page" data-testid="wrong-build">
                <h1>{ "This page could not open" }</h1>
                <p>{ "This page belongs to another part of Boardroom, and this page could not start that part. Try reloading; if it keeps happening, please report it." }</p>
            </section>
        }
    } else {
        html! {
            <p class="busy" role="status" data-testid="opening"><span class="spinner" aria-hidden="true"></span>{ "Opening…" }</p>
        }
    }
}

/// Start a build: mount [`App`] with `pages` in the page's `#app` element.
pub fn start(pages: fn(Route) -> Html) {
    // In a task after the one that compiled and started the wasm, so neither runs long on a
    // slow phone. Into its own element: mounted on the body, Yew would clear it, and with it
    // the page drawn at build time that stays until the first page is ready (see `app::Shell`).
    crate::services::clock::next_task(move || {
        let props = AppProps {
            pages: Pages(pages),
        };
        match gloo::utils::document().get_element_by_id("app") {
            Some(root) => yew::Renderer::<App>::with_root_and_props(root, props).render(),
            None => yew::Renderer::<App>::with_props(props).render(),
        };
    })
    .forget();
}

#[cfg(test)]
mod tests {
    use super::*;
    use yew_router::Routable;

    /// The builds by address, as `assets/first-visit.js` lists them.
    const BUNDLES: [(&str, Bundle); 2] = [("/play", Bundle::Play), ("/decks", Bundle::Studio)];

    /// `assets/first-visit.js`'s rule: a listed prefix, alone or followed by `/` or `?`,
    /// picks its build; any other address the learner's.
    fn by_address(path: &str) -> Bundle {
        for (prefix, bundle) in BUNDLES {
            let rest = path.strip_prefix(prefix);
            if matches!(rest, Some(rest) if rest.is_empty() || rest.starts_with(['/', '?'])) {
                return bundle;
            }
        }
        Bundle::Learn
    }

    #[test]
    fn every_route_is_drawn_by_the_build_its_address_starts() {
        let routes = [
            Route::Home,
            Route::Practice,
            Route::PracticeCard {
                deck: "d".into(),
                card: "c".into(),
            },
            Route::Progress,
            Route::Play,
            Route::PlayHost,
            Route::PlayJoin,
            Route::Decks,
            Route::DecksOpen,
            Route::DeckEdit { id: "d".into() },
        ];
        for route in routes {
            let path = route.to_path();
            assert_eq!(route.bundle(), Some(by_address(&path)), "{path}");
            assert_eq!(Route::recognize(&path), Some(route));
        }
        assert_eq!(Route::NotFound.bundle(), None);
    }

    #[test]
    fn the_page_picks_the_same_builds_for_the_same_addresses() {
        let script = include_str!("../../assets/first-visit.js");
        for (prefix, bundle) in BUNDLES {
            let entry = format!("[\"{prefix}\", \"{}\"]", bundle.name());
            assert!(script.contains(&entry), "first-visit.js has no {entry}");
        }
        let fallback = format!("var bundle = \"{}\";", Bundle::Learn.name());
        assert!(
            script.contains(&fallback),
            "first-visit.js has no {fallback}"
        );
        assert_eq!(by_address("/playground"), Bundle::Learn);
        assert_eq!(by_address("/decks?x=1"), Bundle::Studio);
    }
}
