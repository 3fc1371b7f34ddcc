//! Group mode: the room agrees one answer, the facilitator types it on the projector, and
//! its score and marks follow every keystroke; then the reveal, the discussion, the next card.

use super::{
    ExportResults, GameProps, StartOver, host_frame, next_button, round_of, standings_of,
    step_button, use_host_game, use_turn,
};
use crate::app::GameStore;
use crate::components::{
    Countdown, ScorePanel, Submit, card_view, highlighted_answer, leaderboard, live_score,
    reveal_panel,
};
use crate::game::Phase;
use std::rc::Rc;
use yew::prelude::*;

/// The one seat all of the room shares.
const THE_ROOM: &str = "The room";

/// The projector's screens, one per phase.
#[component]
pub(super) fn GroupGame(props: &GameProps) -> Html {
    let invite = &props.setup.invite;
    let (game, kept, heading) =
        use_host_game(props, "Group game", vec![THE_ROOM.into()], Vec::new());
    let rounds = game.rounds();
    let turn = use_turn(&game, &props.cards);
    let (card, rubric, answer) = (turn.card.clone(), turn.rubric.clone(), turn.answer.clone());
    let results = standings_of(&game);
    let body = match game.phase() {
        Phase::Ready { round, .. } => html! {
            <>
                <h1 tabindex="-1" ref={heading}>{ round_of(round, rounds) }</h1>
                <p>{ "Put the card up, agree one answer together, and type it in: the score follows as you type." }</p>
                { step_button(&game, GameStore::start, "start-round", format!("Start round {}", round + 1)) }
                if round > 0 {
                    { leaderboard(&results.standings(), rounds, false) }
                }
            </>
        },
        Phase::Answering { round, .. } => {
            let live = rubric.live(&answer).map(Rc::new);
            html! {
                <>
                    <h1 class="visually-hidden" tabindex="-1" ref={heading}>{ round_of(round, rounds) }</h1>
                    { card_view(&card) }
                    if let Some(seconds) = invite.seconds {
                        <Countdown key={round} seconds={u32::from(seconds)} running=true on_expire={Callback::noop()} />
                    }
                    { turn.answer_box(Submit::Reveal) }
                    { live_score(live.as_deref()) }
                    if let Some(live) = &live {
                        <div class="live-marks" data-testid="live-marks">
                            { highlighted_answer(live, crate::rubric::scored_part(&answer)) }
                        </div>
                    }
                </>
            }
        }
        Phase::Reveal { round } => {
            let given = game.answer(round, 0).cloned();
            html! {
                <>
                    <h1 tabindex="-1" ref={heading}>{ format!("{}: reveal", round_of(round, rounds)) }</h1>
                    { card_view(&card) }
                    if let Some(given) = given.filter(|a| a.total.is_some()) {
                        <ScorePanel report={Rc::new(rubric.get().score(&given.text))} answer={given.text.clone()} />
                    } else {
                        <p>{ "The room gave no answer this round." }</p>
                    }
                    { reveal_panel(&card) }
                    { next_button(&game, round, "Final score") }
                </>
            }
        }
        Phase::Over => html! {
            <>
                <h1 tabindex="-1" ref={heading}>{ "Final score" }</h1>
                { leaderboard(&results.standings(), rounds, false) }
                <ExportResults results={results.clone()} invite={Rc::new(invite.clone())} />
                <StartOver on_restart={props.on_restart.clone()} />
            </>
        },
    };
    host_frame("group", props, &game, kept, body)
}
