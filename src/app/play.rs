//! The game screens: setup (`#/play`), the host's device (`#/play/host?...`: the projector
//! in room mode, or the one shared device in hot-seat and group mode) and a player's phone
//! (`#/play/join?...`). The rules live in [`crate::game`]; these pages draw them.

mod group;
mod host;
mod hot_seat;
mod join;
mod room;
mod setup;

pub use host::PlayHost;
pub use join::PlayJoin;
pub use setup::PlaySetup;

use crate::components::{AnswerBox, Submit};
use crate::deck::{Card, Deck};
use crate::game::{Answer, HostSetup, Invite, Match, Phase, Results, SavedGame, Step, deal};
use crate::rubric::{Rubric, length_guide, scored_part};
use crate::services::{files, storage};
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

impl Reducible for Match {
    type Action = Step;

    fn reduce(self: Rc<Self>, step: Step) -> Rc<Self> {
        self.step(step).map(Rc::new).unwrap_or(self)
    }
}

/// The game on this device, as every component of a game screen sees it.
pub type GameHandle = UseReducerHandle<Match>;

/// The query of the current hash route, without the `?`.
#[hook]
fn use_query() -> String {
    use_location()
        .map(|l| l.query_str().trim_start_matches('?').to_owned())
        .unwrap_or_default()
}

/// The cards of the game, in the dealt order, one per round.
fn dealt(deck: &Deck, invite: &Invite) -> Rc<Vec<Rc<Card>>> {
    Rc::new(
        deal(deck.cards.len(), invite.seed)
            .into_iter()
            .take(usize::from(invite.rounds))
            .map(|i| Rc::new(deck.cards[i].clone()))
            .collect(),
    )
}

/// "Round 2 of 5".
fn round_of(round: u8, rounds: u8) -> String {
    format!("Round {} of {rounds}", round + 1)
}

/// Fills the screen with the page (and back), for a projector.
#[component]
fn FullscreenButton() -> Html {
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
struct GameErrorProps {
    title: AttrValue,
    message: AttrValue,
    #[prop_or_default]
    children: Html,
}

/// A game that cannot start: what is wrong, and the way back.
#[component]
fn GameError(props: &GameErrorProps) -> Html {
    super::use_title(&props.title);
    html! {
        <section class="page play" data-testid="game-error">
            <h1>{ props.title.clone() }</h1>
            <p role="alert" class="error">{ props.message.clone() }</p>
            { props.children.clone() }
            <p><Link<super::Route> to={super::Route::Play}>{ "Set up a new game" }</Link<super::Route>></p>
        </section>
    }
}

/// What every game screen on the host's device is given.
#[derive(Properties, PartialEq)]
pub(super) struct GameProps {
    /// The game as set up.
    pub setup: Rc<HostSetup>,
    /// The deck it deals from.
    pub deck: Rc<Deck>,
    /// The dealt cards, one per round.
    pub cards: Rc<Vec<Rc<Card>>>,
    /// The host page's query, which names the game.
    pub query: AttrValue,
    /// The game as this device kept it, to pick up where it was.
    pub resume: Option<Rc<SavedGame>>,
    /// Clears the game and starts it from round 1.
    pub on_restart: Callback<()>,
}

/// The game this device kept for `page` with `query`, if any. Read as the page is first drawn
/// (not in an effect, which would draw one empty frame first: the page below it would jump).
#[hook]
fn use_saved_game(page: &'static str, query: &str) -> Option<Rc<SavedGame>> {
    let saved = use_memo(query.to_owned(), move |query| {
        storage::load::<SavedGame>()
            .value
            .filter(|s| s.is_for(page, query))
            .map(Rc::new)
    });
    (*saved).clone()
}

/// Keeps `game` (with the player's name and the host's result codes) whenever it changes;
/// returns the message to show when it could not be kept.
#[hook]
fn use_keep_game(
    page: &'static str,
    query: &str,
    name: Option<String>,
    game: &Match,
    codes: Vec<String>,
) -> Option<String> {
    let failed = use_state(|| None::<String>);
    {
        let failed = failed.clone();
        let saved = SavedGame {
            page: page.into(),
            query: query.into(),
            name,
            game: game.clone(),
            codes,
        };
        use_effect_with(saved, move |saved| {
            let outcome = storage::save(saved).err().map(|e| e.to_string());
            if *failed != outcome {
                failed.set(outcome);
            }
        });
    }
    (*failed).clone()
}

#[derive(Properties, PartialEq)]
struct KeepNoticeProps {
    message: Option<String>,
}

/// Says when the game could not be kept for a reload.
#[component]
fn KeepNotice(props: &KeepNoticeProps) -> Html {
    html! {
        if let Some(message) = &props.message {
            <p class="notice" role="status" data-testid="keep-notice">{ message }</p>
        }
    }
}

#[derive(Properties, PartialEq)]
struct StartOverProps {
    on_restart: Callback<()>,
}

/// Starts the same game again from round 1, after asking, since the results go.
#[component]
fn StartOver(props: &StartOverProps) -> Html {
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

/// A reference that receives focus whenever `phase` changes, so keyboard and screen-reader
/// users land on the heading of what is now on screen.
#[hook]
fn use_focus_on(phase: Phase) -> NodeRef {
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(phase, move |_| {
            if let Some(el) = heading.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    heading
}

#[derive(Properties, PartialEq)]
struct PlayBarProps {
    deck: AttrValue,
    phase: Phase,
    rounds: u8,
}

/// The strip above every host screen: deck, where the game is, full screen.
#[component]
fn PlayBar(props: &PlayBarProps) -> Html {
    let at = props
        .phase
        .round()
        .map_or_else(|| "Results".into(), |round| round_of(round, props.rounds));
    html! {
        <div class="play-bar">
            <span>{ props.deck.clone() }</span>
            <span data-testid="play-at">{ at }</span>
            <FullscreenButton />
        </div>
    }
}

/// Everyone answering on this device, as a leaderboard.
fn standings_of(game: &Match) -> Results {
    let mut results = Results::default();
    for result in game.results() {
        results.add(result);
    }
    results
}

#[derive(Properties, PartialEq)]
struct ExportResultsProps {
    results: Results,
    invite: Rc<Invite>,
}

/// Saves every result as a CSV file, or says why the browser would not.
#[component]
fn ExportResults(props: &ExportResultsProps) -> Html {
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

/// The round a phase is in; the last round once the game is over.
fn round_in(phase: Phase, rounds: u8) -> u8 {
    phase.round().unwrap_or(rounds.saturating_sub(1))
}

/// Sends what is in the answer box as the answering seat's answer, scored (nothing written
/// counts as no answer), and empties the box for the next turn.
fn submit_answer(
    game: &GameHandle,
    answer: &UseStateHandle<String>,
    rubric: &Rc<Rubric>,
) -> Callback<()> {
    let (game, answer, rubric) = (game.clone(), answer.clone(), rubric.clone());
    Callback::from(move |()| {
        // What a game keeps and shows at the reveal is what was scored.
        let text = scored_part(answer.trim()).to_owned();
        let total = (!text.is_empty()).then(|| rubric.score(&text).total);
        game.dispatch(Step::Submit(Answer { text, total }));
        answer.set(String::new());
    })
}

/// The kept game when it is one of the same shape as `fresh` (same rounds, same seats),
/// else `fresh`.
fn resumed(resume: Option<&SavedGame>, fresh: Match) -> Match {
    resume
        .map(|s| &s.game)
        .filter(|g| g.rounds() == fresh.rounds() && g.seats() == fresh.seats())
        .cloned()
        .unwrap_or(fresh)
}

/// A button that takes `step` in `game`.
fn step_button(
    game: &GameHandle,
    step: Step,
    testid: &'static str,
    label: impl Into<Html>,
) -> Html {
    let game = game.clone();
    let onclick = Callback::from(move |_: MouseEvent| game.dispatch(step.clone()));
    html! {
        <p class="play-actions">
            <button type="button" class="primary big" data-testid={testid} {onclick}>{ label.into() }</button>
        </p>
    }
}

/// The reveal's way on: "Next round", or `last` after the final round.
fn next_button(game: &GameHandle, round: u8, last: &'static str) -> Html {
    let label = if round + 1 < game.rounds() {
        "Next round"
    } else {
        last
    };
    step_button(game, Step::Next, "next-round", label)
}

/// What a screen where someone answers needs for the round the game is in: its card, the
/// card's compiled rubric, and the answer being typed with the box that sends it.
struct Turn {
    card: Rc<Card>,
    rubric: Rc<Rubric>,
    answer: UseStateHandle<String>,
    on_submit: Callback<()>,
}

impl Turn {
    /// The answer box for this turn; its button does `submit`.
    fn answer_box(&self, submit: Submit) -> Html {
        let on_input = {
            let answer = self.answer.clone();
            Callback::from(move |text: String| answer.set(text))
        };
        html! {
            <AnswerBox
                value={AttrValue::from((*self.answer).clone())}
                audience={AttrValue::from(self.card.audience.clone())}
                guide={length_guide(&self.card)}
                {on_input}
                on_submit={self.on_submit.clone()}
                {submit}
            />
        }
    }
}

/// The [`Turn`] for the round `game` is in.
#[hook]
fn use_turn(game: &GameHandle, cards: &[Rc<Card>]) -> Turn {
    let card = cards[usize::from(round_in(game.phase(), game.rounds()))].clone();
    let rubric = use_memo(card.clone(), |card| Rubric::new(card));
    let answer = use_state(String::new);
    let on_submit = submit_answer(game, &answer, &rubric);
    Turn {
        card,
        rubric,
        answer,
        on_submit,
    }
}
