//! The chrome around the game screens: the play bar with full screen, the notice when the
//! game could not be kept, a game that cannot start, starting over, exporting results, the
//! buttons that step the game, and the frame every host screen shares.

use super::{GameProps, round_of};
use crate::app::GameStore;
use crate::game::{Invite, Phase, Results};
use crate::services::files;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

/// The frame every screen on the host's device shares, named `testid`: the play bar, the
/// notice when the game could not be kept, then `body`.
pub(super) fn host_frame(
    testid: &'static str,
    props: &GameProps,
    game: &GameStore,
    kept: Option<String>,
    body: Html,
) -> Html {
    html! {
        <section class="page play projector" data-testid={testid}>
            { play_bar(&props.deck.title, game.phase(), game.rounds()) }
            { keep_notice(kept.as_deref()) }
            { body }
        </section>
    }
}

/// Fills the screen with the page (and back), for a projector.
fn fullscreen_button() -> Html {
    let onclick = Callback::from(|_: MouseEvent| {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if document.fullscreen_element().is_some() {
            document.exit_fullscreen();
        } else if let Some(root) = document.document_element() {
            let _ = root.request_fullscreen();
        }
    });
    html! {
        <button type="button" class="fullscreen" data-testid="fullscreen" {onclick}>{ "Full screen" }</button>
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct GameErrorProps {
    pub(super) title: AttrValue,
    pub(super) message: AttrValue,
    #[prop_or_default]
    pub(super) children: Html,
}

/// A game that cannot start: what is wrong, and the way back.
#[component]
pub(super) fn GameError(props: &GameErrorProps) -> Html {
    crate::app::use_title(&props.title);
    html! {
        <section class="page play" data-testid="game-error">
            <h1>{ props.title.clone() }</h1>
            <p role="alert" class="error">{ props.message.clone() }</p>
            { props.children.clone() }
            <p><Link<crate::app::Route> to={crate::app::Route::Play}>{ "Set up a new game" }</Link<crate::app::Route>></p>
        </section>
    }
}

/// Says when the game could not be kept for a reload.
pub(super) fn keep_notice(message: Option<&str>) -> Html {
    match message {
        Some(message) => html! {
            <p class="notice" role="status" data-testid="keep-notice">{ message }</p>
        },
        None => Html::default(),
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct StartOverProps {
    pub(super) on_restart: Callback<()>,
}

/// Starts the same game again from round 1, after asking, since the results go.
#[component]
pub(super) fn StartOver(props: &StartOverProps) -> Html {
    let asking = use_state(|| false);
    let ask = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(true))
    };
    let keep = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(false))
    };
    let restart = {
        let on_restart = props.on_restart.clone();
        Callback::from(move |_: MouseEvent| on_restart.emit(()))
    };
    html! {
        <div class="start-over">
            if *asking {
                <p role="alert">{ "Start this game again from round 1? The results on this screen will be cleared; export them first to keep them." }</p>
                <p class="banner-actions">
                    <button type="button" class="danger" data-testid="start-over-confirm" onclick={restart}>{ "Start over" }</button>
                    <button type="button" onclick={keep}>{ "Keep the results" }</button>
                </p>
            } else {
                <button type="button" data-testid="start-over" onclick={ask}>{ "Play this game again" }</button>
            }
        </div>
    }
}

/// The strip above every host screen: deck, where the game is, full screen.
fn play_bar(deck: &str, phase: Phase, rounds: u8) -> Html {
    let at = phase
        .round()
        .map_or_else(|| "Results".into(), |round| round_of(round, rounds));
    html! {
        <div class="play-bar">
            <span>{ deck }</span>
            <span data-testid="play-at">{ at }</span>
            { fullscreen_button() }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct ExportResultsProps {
    pub(super) results: Results,
    pub(super) invite: Rc<Invite>,
}

/// Saves every result as a CSV file, or says why the browser would not.
#[component]
pub(super) fn ExportResults(props: &ExportResultsProps) -> Html {
    let error = use_state(|| None::<String>);
    let onclick = {
        let (results, invite, error) = (props.results.clone(), props.invite.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            let name = format!("boardroom-results-{}-{}.csv", invite.deck, invite.seed);
            let csv = results.csv(usize::from(invite.rounds));
            error.set(files::download(&name, &csv, "text/csv").err());
        })
    };
    html! {
        if !props.results.is_empty() {
            <p>
                <button type="button" data-testid="export-csv" {onclick}>{ "Export results (CSV)" }</button>
                if let Some(message) = &*error {
                    <span role="alert" class="error">{ format!(" {message}") }</span>
                }
            </p>
        }
    }
}

/// A button that does `verb` (`GameStore::start`, `GameStore::reveal`…) in `game`.
pub(super) fn step_button(
    game: &GameStore,
    verb: fn(&GameStore),
    testid: &'static str,
    label: impl Into<Html>,
) -> Html {
    let game = game.clone();
    let onclick = Callback::from(move |_: MouseEvent| verb(&game));
    html! {
        <p class="play-actions">
            <button type="button" class="primary big" data-testid={testid} {onclick}>{ label.into() }</button>
        </p>
    }
}

/// The reveal's way on: "Next round", or `last` after the final round.
pub(super) fn next_button(game: &GameStore, round: u8, last: &'static str) -> Html {
    let label = if round + 1 < game.rounds() {
        "Next round"
    } else {
        last
    };
    step_button(game, GameStore::next, "next-round", label)
}
