//! Group mode: the room agrees one answer, the facilitator types it on the projector, and
//! its score and marks follow every keystroke; then the reveal, the discussion, the next card.

use super::{
    ExportResults, GameProps, KeepNotice, PlayBar, StartOver, resumed, round_in, round_of,
    standings_of, submit_answer, use_focus_on, use_keep_game,
};
use crate::app::use_title;
use crate::components::{
    AnswerBox, CardView, Countdown, HighlightedAnswer, Leaderboard, LiveScore, RevealPanel,
    ScorePanel,
};
use crate::game::{Match, Phase, Step};
use crate::rubric::{Rubric, length_guide};
use std::rc::Rc;
use yew::prelude::*;

/// The one seat all of the room shares.
const THE_ROOM: &str = "The room";

/// The projector's screens, one per phase.
#[component]
pub(super) fn GroupGame(props: &GameProps) -> Html {
    use_title("Group game");
    let invite = &props.setup.invite;
    let game = use_reducer(|| {
        resumed(
            props.resume.as_deref(),
            Match::new(invite.rounds, vec![THE_ROOM.into()]),
        )
    });
    let kept = use_keep_game("host", &props.query, None, &game, Vec::new());
    let heading = use_focus_on(game.phase());
    let answer = use_state(String::new);
    let rounds = game.rounds();
    let card = props.cards[usize::from(round_in(game.phase(), rounds))].clone();
    let rubric = use_memo(card.clone(), |card| Rubric::new(card));
    let step = |s: Step| {
        let game = game.clone();
        Callback::from(move |_: MouseEvent| game.dispatch(s.clone()))
    };
    let on_input = {
        let answer = answer.clone();
        Callback::from(move |text: String| answer.set(text))
    };
    let on_submit = submit_answer(&game, &answer, &rubric);
    let results = standings_of(&game);
    let body = match game.phase() {
        Phase::Ready { round, .. } => html! {
            <>
                <h1 tabindex="-1" ref={heading}>{ round_of(round, rounds) }</h1>
                <p>{ "Put the card up, agree one answer together, and type it in: the score follows as you type." }</p>
                <p class="play-actions">
                    <button type="button" class="primary big" data-testid="start-round" onclick={step(Step::Start)}>
                        { format!("Start round {}", round + 1) }
                    </button>
                </p>
                if round > 0 {
                    <Leaderboard standings={results.standings()} {rounds} />
                }
            </>
        },
        Phase::Answering { round, .. } => {
            let live = Rc::new(rubric.score(&answer));
            html! {
                <>
                    <h1 class="visually-hidden" tabindex="-1" ref={heading}>{ round_of(round, rounds) }</h1>
                    <CardView card={card.clone()} />
                    if let Some(seconds) = invite.seconds {
                        <Countdown key={round} seconds={u32::from(seconds)} running=true on_expire={Callback::noop()} />
                    }
                    <AnswerBox
                        value={AttrValue::from((*answer).clone())}
                        audience={AttrValue::from(card.audience.clone())}
                        guide={length_guide(&card)}
                        {on_input}
                        {on_submit}
                        action="Reveal"
                    />
                    <LiveScore report={live.clone()} typed={!answer.trim().is_empty()} />
                    if !answer.trim().is_empty() {
                        <div class="live-marks" data-testid="live-marks">
                            <HighlightedAnswer report={live} answer={AttrValue::from((*answer).clone())} />
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
                    <CardView card={card.clone()} />
                    if let Some(given) = given.filter(|a| a.total.is_some()) {
                        <ScorePanel report={Rc::new(rubric.score(&given.text))} answer={given.text.clone()} />
                    } else {
                        <p>{ "The room gave no answer this round." }</p>
                    }
                    <RevealPanel card={card.clone()} />
                    <p class="play-actions">
                        <button type="button" class="primary big" data-testid="next-round" onclick={step(Step::Next)}>
                            { if round + 1 < rounds { "Next round" } else { "Final score" } }
                        </button>
                    </p>
                </>
            }
        }
        Phase::Over => html! {
            <>
                <h1 tabindex="-1" ref={heading}>{ "Final score" }</h1>
                <Leaderboard standings={results.standings()} {rounds} />
                <ExportResults results={results.clone()} invite={Rc::new(invite.clone())} />
                <StartOver on_restart={props.on_restart.clone()} />
            </>
        },
    };
    html! {
        <section class="page play projector" data-testid="group">
            <PlayBar deck={props.deck.title.clone()} phase={game.phase()} {rounds} />
            <KeepNotice message={kept} />
            { body }
        </section>
    }
}
