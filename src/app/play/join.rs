//! `#/play/join?...`: a player's phone. It deals the same cards from the link, scores each
//! answer on the phone, and ends with a result code to hand to the host.

use super::{
    GameError, dealt, installed, keep_notice, next_button, resumed, round_of, step_button,
    use_focus_on, use_game_deck, use_keep_game, use_query, use_saved_game, use_turn,
};
use crate::app::{GameStore, Route, use_game, use_library, use_title};
use crate::components::{CopyButton, Countdown, QrCode, ScorePanel, Submit, card_view};
use crate::deck::{Card, Deck};
use crate::game::{Device, Invite, Match, Phase, SavedGame, encode, player_name};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::query::Raw;

/// Joins the game in the address, or asks for a game code when there is none.
#[component]
pub fn PlayJoin() -> Html {
    let query = use_query();
    let library = use_library();
    let found = use_memo((query.clone(), library.clone()), |(query, library)| {
        let invite = Invite::parse(query)?;
        let deck = invite.resolve(installed(library, &invite))?;
        Ok::<_, crate::game::InviteError>((Rc::new(invite), Rc::new(deck)))
    });
    let waiting = use_game_deck(&query);
    if query.is_empty() {
        return html! { <JoinForm /> };
    }
    if let Some(waiting) = waiting {
        return waiting;
    }
    match &*found {
        Err(e) => html! {
            <GameError title="This game cannot start" message={format!("The link does not open a game: {e}.")}>
                <JoinForm />
            </GameError>
        },
        Ok((invite, deck)) => html! {
            <Player key={query.clone()} query={AttrValue::from(query.clone())} invite={invite.clone()} deck={deck.clone()} />
        },
    }
}

/// A game code (or a pasted link) to join by.
#[component]
fn JoinForm() -> Html {
    use_title("Join a game");
    let library = use_library();
    let navigator = use_navigator();
    let error = use_state(|| None::<String>);
    let input = use_node_ref();
    let onsubmit = {
        let (error, input) = (error.clone(), input.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let typed = typed(&input);
            // A whole link pasted in works too: its query is the game.
            let found = match typed.split_once("/play/join?") {
                Some((_, query)) => Invite::parse(query),
                None => Invite::from_short_code(&typed, &library),
            };
            match (found, &navigator) {
                (Ok(invite), Some(navigator)) => {
                    let _ = navigator.push_with_query(&Route::PlayJoin, Raw(invite.query()));
                }
                (Err(e), _) => error.set(Some(format!("{e}."))),
                (Ok(_), None) => {}
            }
        })
    };
    html! {
        <section class="page play" data-testid="join-form">
            <h1>{ "Join a game" }</h1>
            <p>{ "Scan the QR code on the host's screen, or type the game code shown under it." }</p>
            <form {onsubmit} class="code-form">
                <label for="game-code">{ "Game code" }</label>
                <input id="game-code" data-testid="game-code-input" ref={input} autocomplete="off"
                    autocapitalize="characters" spellcheck="false"
                    aria-describedby={error.is_some().then_some("game-code-error")} />
                <button type="submit" class="primary">{ "Join" }</button>
            </form>
            if let Some(message) = &*error {
                <p id="game-code-error" role="alert" class="error" data-testid="join-error">{ message }</p>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PlayerProps {
    query: AttrValue,
    invite: Rc<Invite>,
    deck: Rc<Deck>,
}

/// The player's name, then their game.
#[component]
fn Player(props: &PlayerProps) -> Html {
    use_title("Play");
    let name = use_state(|| None::<String>);
    let error = use_state(|| None::<String>);
    let input = use_node_ref();
    let cards = use_memo((), {
        let (deck, invite) = (props.deck.clone(), props.invite.clone());
        move |_| dealt(&deck, &invite)
    });
    let resume = use_saved_game(Device::Join, &props.query);
    if let Some(name) = (*name)
        .clone()
        .or_else(|| resume.as_ref().and_then(|s| s.name.clone()))
    {
        return html! {
            <PhoneGame query={props.query.clone()} invite={props.invite.clone()} cards={(*cards).clone()}
                name={name} {resume} />
        };
    }
    let onsubmit = {
        let (name, error, input) = (name.clone(), error.clone(), input.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let typed = typed(&input);
            match player_name(&typed) {
                Ok(n) => name.set(Some(n)),
                Err(message) => error.set(Some(message)),
            }
        })
    };
    let timing = match props.invite.seconds {
        Some(s) => format!("{s} seconds a round"),
        None => "untimed rounds".into(),
    };
    html! {
        <section class="page play phone" data-testid="join-name">
            <h1>{ "Join the game" }</h1>
            <p>
                <strong>{ &props.deck.title }</strong>
                { format!(": {} rounds, {timing}. Your answers are scored on this device; nothing is sent anywhere.", props.invite.rounds) }
            </p>
            <form {onsubmit} class="code-form">
                <label for="player-name">{ "Your name" }</label>
                <input id="player-name" data-testid="player-name" ref={input} autocomplete="nickname"
                    aria-describedby={error.is_some().then_some("player-name-error")} />
                <button type="submit" class="primary" data-testid="join">{ "Join" }</button>
            </form>
            if let Some(message) = &*error {
                <p id="player-name-error" role="alert" class="error">{ message }</p>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PhoneGameProps {
    query: AttrValue,
    resume: Option<Rc<SavedGame>>,
    invite: Rc<Invite>,
    cards: Rc<Vec<Rc<Card>>>,
    name: AttrValue,
}

/// The rounds on a phone: start when the host does, answer, see the score, go on.
#[component]
fn PhoneGame(props: &PhoneGameProps) -> Html {
    let game = use_game(&|| {
        let fresh = Match::new(props.invite.rounds, vec![props.name.to_string()]);
        resumed(props.resume.as_deref(), fresh)
    });
    let kept = use_keep_game(
        Device::Join,
        &props.query,
        Some(props.name.to_string()),
        &game,
        Vec::new(),
    );
    let heading = use_focus_on(game.phase());
    let rounds = game.rounds();
    let turn = use_turn(&game, &props.cards);
    let (card, rubric) = (turn.card.clone(), turn.rubric.clone());
    let result = &game.results()[0];
    let points = result.points();
    let body = match game.phase() {
        Phase::Ready { round, .. } => html! {
            <>
                <h1 tabindex="-1" ref={heading}>{ round_of(round, rounds) }</h1>
                <p>{ "Start when the host puts this round's card on the screen." }</p>
                { step_button(&game, GameStore::start, "start-round", format!("Start round {}", round + 1)) }
            </>
        },
        Phase::Answering { round, .. } => html! {
            <>
                <h1 class="visually-hidden" tabindex="-1" ref={heading}>{ round_of(round, rounds) }</h1>
                { card_view(&card) }
                if let Some(seconds) = props.invite.seconds {
                    <Countdown key={round} seconds={u32::from(seconds)} running=true on_expire={turn.on_submit.clone()} />
                }
                { turn.answer_box(Submit::Send) }
            </>
        },
        Phase::Reveal { round } => {
            let given = game.answer(round, 0).cloned();
            // One tap goes on: the next round starts at once (its clock too), so the button
            // says so; after the last round it shows the result code.
            let next = if round + 1 < rounds {
                html! {
                    <>
                        <p class="muted">{ "Start when the host puts the next card on the screen." }</p>
                        { step_button(&game, GameStore::next_and_start, "next-round", format!("Start round {}", round + 2)) }
                    </>
                }
            } else {
                next_button(&game, round, "See my result code")
            };
            html! {
                <>
                    <h1 tabindex="-1" ref={heading} data-testid="round-score">
                        { match given.as_ref().and_then(|a| a.total) {
                            Some(total) => html! { <>{ format!("{}: ", round_of(round, rounds)) }<span data-testid="total">{ total }</span>{ " points" }</> },
                            None => html! { format!("{}: no answer", round_of(round, rounds)) },
                        } }
                    </h1>
                    if let Some(given) = given.filter(|a| a.total.is_some()) {
                        <ScorePanel report={Rc::new(rubric.get().score(&given.text))} answer={given.text.clone()}
                            model_answer={AttrValue::from(card.model_answer.clone())} compact=true actions={next} />
                    } else {
                        <p>{ "Time ran out before anything was written. The host's screen shows a strong answer." }</p>
                        { next }
                    }
                </>
            }
        }
        Phase::Over => {
            let code = encode(&props.invite.game_id(), result);
            html! {
                <>
                    <h1 tabindex="-1" ref={heading}>{ "Your result code" }</h1>
                    <p>{ "Hold the QR code up to the host's camera, share it in the meeting chat, or read it out: it carries your name and every round's score." }</p>
                    <p class="result-code" data-testid="result-code">{ &code }</p>
                    <p><CopyButton text={code.clone()} label="Share my result" testid="copy-code" share=true /></p>
                    <QrCode text={code.clone()} label={format!("QR code of the result code {code}")} />
                    <p data-testid="final-points">
                        { format!("{points} points: ") }
                        { result.totals.iter().enumerate().map(|(i, t)| match t {
                            Some(t) => format!("round {} {t}", i + 1),
                            None => format!("round {} –", i + 1),
                        }).collect::<Vec<_>>().join(", ") }
                    </p>
                </>
            }
        }
    };
    html! {
        <section class="page play phone" data-testid="player">
            <p class="muted">
                { format!("Playing as {}", props.name) }
                if points > 0 && game.phase() != Phase::Over {
                    <span data-testid="points-so-far">{ format!(" · {points} points so far") }</span>
                }
            </p>
            { keep_notice(kept.as_deref()) }
            { body }
        </section>
    }
}

/// What is typed in the input behind `input`.
fn typed(input: &NodeRef) -> String {
    input
        .cast::<HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default()
}
