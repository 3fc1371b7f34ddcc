//! Hot-seat mode: one device, players answer in turn without seeing each other's answers,
//! then a reveal shows every answer side by side, marked and scored.

use super::{
    ExportResults, GameProps, StartOver, host_frame, next_button, round_of, standings_of,
    step_button, use_host_game, use_turn,
};
use crate::app::GameStore;
use crate::components::{
    Countdown, Submit, card_view, highlighted_answer, leaderboard, reveal_panel,
};
use crate::game::Phase;
use std::rc::Rc;
use yew::prelude::*;

/// The shared device's screens, one per phase and turn.
#[component]
pub(super) fn HotSeatGame(props: &GameProps) -> Html {
    let invite = &props.setup.invite;
    let (game, kept, heading) = use_host_game(
        props,
        "Hot-seat game",
        props.setup.players.clone(),
        Vec::new(),
    );
    let rounds = game.rounds();
    let turn = use_turn(&game, &props.cards);
    let (card, rubric) = (turn.card.clone(), turn.rubric.clone());
    let seats = game.seats();
    let results = standings_of(&game);
    let body = match game.phase() {
        Phase::Ready { round, seat } => {
            let name = &seats[seat];
            html! {
                <>
                    <h1 tabindex="-1" ref={heading}>
                        { if seat == 0 { round_of(round, rounds) } else { format!("Pass the device to {name}") } }
                    </h1>
                    <p data-testid="turn">
                        { format!("{name}, you are up. Everyone else, look away: answers stay hidden until the reveal.") }
                    </p>
                    { step_button(&game, GameStore::start, "start-turn", format!("{name}: show me the card")) }
                    if round > 0 && seat == 0 {
                        { leaderboard(&results.standings(), rounds, false) }
                    }
                </>
            }
        }
        Phase::Answering { round, seat } => html! {
            <>
                <h1 tabindex="-1" ref={heading} data-testid="turn-heading">{ format!("{}'s answer", seats[seat]) }</h1>
                { card_view(&card) }
                if let Some(seconds) = invite.seconds {
                    <Countdown key={format!("{round}-{seat}")} seconds={u32::from(seconds)} running=true on_expire={turn.on_submit.clone()} />
                }
                { turn.answer_box(Submit::Send) }
            </>
        },
        Phase::Reveal { round } => html! {
            <>
                <h1 tabindex="-1" ref={heading}>{ format!("{}: every answer", round_of(round, rounds)) }</h1>
                { card_view(&card) }
                <ul class="answers-side-by-side" data-testid="answers">
                    { for seats.iter().enumerate().map(|(seat, name)| {
                        let given = game.answer(round, seat);
                        html! {
                            <li class="side-answer" data-testid={format!("answer-{seat}")}>
                                <h2>
                                    { name }{ ": " }
                                    <span data-testid="side-total">
                                        { given.and_then(|a| a.total).map_or_else(|| "no answer".to_string(), |t| format!("{t} points")) }
                                    </span>
                                </h2>
                                if let Some(given) = given.filter(|a| a.total.is_some()) {
                                    { highlighted_answer(&rubric.get().score(&given.text), &given.text) }
                                }
                            </li>
                        }
                    }) }
                </ul>
                { reveal_panel(&card) }
                { leaderboard(&results.standings(), rounds, false) }
                { next_button(&game, round, "Final standings") }
            </>
        },
        Phase::Over => html! {
            <>
                <h1 tabindex="-1" ref={heading}>{ "Final standings" }</h1>
                { leaderboard(&results.standings(), rounds, true) }
                <ExportResults results={results.clone()} invite={Rc::new(invite.clone())} />
                <StartOver on_restart={props.on_restart.clone()} />
            </>
        },
    };
    host_frame("hot-seat", props, &game, kept, body)
}
