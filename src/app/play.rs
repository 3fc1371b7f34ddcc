//! The game screens: setup (`#/play`), the host's device (`#/play/host?...`: the projector
//! in room mode, or the one shared device in hot-seat and group mode) and a player's phone
//! (`#/play/join?...`). The rules live in [`crate::game`]; these pages draw them.

mod chrome;
mod group;
mod host;
mod hot_seat;
mod join;
mod room;
mod scan;
mod setup;

pub use host::PlayHost;
pub use join::PlayJoin;
pub use setup::PlaySetup;

use crate::app::rubric::{CardRubric, begun, use_card_rubric};
use crate::app::{GameStore, Library, use_deck, use_game, use_library, use_title};
use crate::components::{AnswerBoxProps, Submit, answer_box, deck_wait};
use crate::deck::{Card, Deck};
use crate::game::{Answer, Device, HostSetup, Invite, Match, Phase, Results, SavedGame, deal};
use crate::rubric::{length_guide, scored_part};
use crate::services::storage;
use crate::studio::Have;
use chrome::{
    ExportResults, GameError, StartOver, host_frame, keep_notice, next_button, step_button,
};
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

/// Asks for the bundled deck the game in `query` deals from, and gives what to show until its
/// text is here (`None` once it is, or when the game names no bundled deck).
#[hook]
fn use_game_deck(query: &str) -> Option<Html> {
    let library = use_library();
    let id = Invite::installed_deck(query);
    let retry = use_deck(id.clone());
    match library.have(&id?) {
        have @ (Have::Coming(_) | Have::Failed(..)) => Some(html! {
            <section class="page play">{ deck_wait(have, &retry) }</section>
        }),
        Have::Whole(_) | Have::Unknown => None,
    }
}

/// The installed decks a game's invite may deal from: the one it names, when its text is here.
fn installed<'a>(library: &'a Library, invite: &Invite) -> &'a [Deck] {
    library
        .get(&invite.deck)
        .map(std::slice::from_ref)
        .unwrap_or_default()
}

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
fn use_saved_game(page: Device, query: &str) -> Option<Rc<SavedGame>> {
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
    page: Device,
    query: &str,
    name: Option<String>,
    game: &Match,
    codes: Vec<String>,
) -> Option<String> {
    let failed = use_state(|| None::<String>);
    {
        let failed = failed.clone();
        let saved = SavedGame {
            page,
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

/// Everyone answering on this device, as a leaderboard.
fn standings_of(game: &Match) -> Results {
    let mut results = Results::default();
    for result in game.results() {
        results.add(result);
    }
    results
}

/// The round a phase is in; the last round once the game is over.
fn round_in(phase: Phase, rounds: u8) -> u8 {
    phase.round().unwrap_or(rounds.saturating_sub(1))
}

/// Sends what is in the answer box as the answering seat's answer, scored (nothing written
/// counts as no answer), and empties the box for the next turn.
fn submit_answer(
    game: &GameStore,
    answer: &UseStateHandle<String>,
    rubric: &CardRubric,
) -> Callback<()> {
    let (game, answer, rubric) = (game.clone(), answer.clone(), rubric.clone());
    Callback::from(move |()| {
        // What a game keeps and shows at the reveal is what was scored.
        let text = scored_part(answer.trim()).to_owned();
        let total = (!text.is_empty()).then(|| rubric.get().score(&text).total);
        game.submit(Answer { text, total });
        answer.set(String::new());
    })
}

/// What every screen on the host's device runs, titled `title`: the game (a fresh one for
/// `seats`, or the one this device kept), kept after every step with the result codes
/// collected, and the heading that takes focus when the phase changes.
#[hook]
fn use_host_game(
    props: &GameProps,
    title: &'static str,
    seats: Vec<String>,
    codes: Vec<String>,
) -> (GameStore, Option<String>, NodeRef) {
    use_title(title);
    let rounds = props.setup.invite.rounds;
    let game = use_game(&|| resumed(props.resume.as_deref(), Match::new(rounds, seats.clone())));
    let kept = use_keep_game(Device::Host, &props.query, None, &game, codes);
    let heading = use_focus_on(game.phase());
    (game, kept, heading)
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

/// What a screen where someone answers needs for the round the game is in: its card, the
/// card's rubric (compiled once an answer is begun), and the answer being typed with the
/// box that sends it.
struct Turn {
    card: Rc<Card>,
    rubric: CardRubric,
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
        answer_box(&AnswerBoxProps {
            value: AttrValue::from((*self.answer).clone()),
            audience: AttrValue::from(self.card.audience.clone()),
            guide: length_guide(&self.card),
            on_input,
            on_submit: self.on_submit.clone(),
            node_ref: NodeRef::default(),
            submit,
        })
    }
}

/// The [`Turn`] for the round `game` is in.
#[hook]
fn use_turn(game: &GameStore, cards: &[Rc<Card>]) -> Turn {
    let card = cards[usize::from(round_in(game.phase(), game.rounds()))].clone();
    let answer = use_state(String::new);
    let rubric = use_card_rubric(&card, begun(&answer));
    let on_submit = submit_answer(game, &answer, &rubric);
    Turn {
        card,
        rubric,
        answer,
        on_submit,
    }
}
