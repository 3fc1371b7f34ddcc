//! Hot-seat mode: one device, players answer in turn without seeing each other's answers,
//! then a reveal shows every answer side by side, marked and scored.

use super::{
    ExportResults, GameProps, KeepNotice, PlayBar, StartOver, resumed, round_in, round_of,
    standings_of, submit_answer, use_focus_on, use_keep_game,
};
use crate::app::use_title;
use crate::components::{
    AnswerBox, CardView, Countdown, HighlightedAnswer, Leaderboard, RevealPanel,
};
use crate::game::{Match, Phase, Step};
use crate::rubric::{Rubric, length_guide};
use std::rc::Rc;
use yew::prelude::*;

/// The shared device's screens, one per phase and turn.
#[component]
pub(super) fn HotSeatGame(props: &GameProps) -> Html {
    use_title("Hot-seat game");
    let invite = &props.setup.invite;
    let game = use_reducer(|| {
        resumed(
            props.resume.as_deref(),
            Match::new(invite.rounds, props.setup.players.clone()),
        )
    });
    let kept = use_keep_game("host", &props.query, None, &game, Vec::new());
    let heading = use_focus_on(game.phase());
    let answer = use_state(String::new);
    let rounds = game.rounds();
    let round = round_in(game.phase(), rounds);
    let card = props.cards[usize::from(round)].clone();
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
                    <p class="play-actions">
                        <button type="button" class="primary big" data-testid="start-turn" onclick={step(Step::Start)}>
                            { format!("{name}: show me the card") }
                        </button>
                    </p>
                    if round > 0 && seat == 0 {
                        <Leaderboard standings={results.standings()} {rounds} />
                    }
                </>
            }
        }
        Phase::Answering { round, seat } => html! {
            <>
                <h1 tabindex="-1" ref={heading} data-testid="turn-heading">{ format!("{}'s answer", seats[seat]) }</h1>
                <CardView card={card.clone()} />
                if let Some(seconds) = invite.seconds {
                    <Countdown key={format!("{round}-{seat}")} seconds={u32::from(seconds)} running=true on_expire={on_submit.clone()} />
                }
                <AnswerBox
                    value={AttrValue::from((*answer).clone())}
                    audience={AttrValue::from(card.audience.clone())}
                    guide={length_guide(&card)}
                    {on_input}
                    {on_submit}
                    action="Send"
                />
            </>
        },
        Phase::Reveal { round } => html! {
            <>
                <h1 tabindex="-1" ref={heading}>{ format!("{}: every answer", round_of(round, rounds)) }</h1>
                <CardView card={card.clone()} />
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
                                    <HighlightedAnswer report={Rc::new(rubric.score(&given.text))} answer={given.text.clone()} />
                                }
                            </li>
                        }
                    }) }
                </ul>
                <RevealPanel card={card.clone()} />
                <Leaderboard standings={results.standings()} {rounds} />
                <p class="play-actions">
                    <button type="button" class="primary big" data-testid="next-round" onclick={step(Step::Next)}>
                        { if round + 1 < rounds { "Next round" } else { "Final standings" } }
                    </button>
                </p>
            </>
        },
        Phase::Over => html! {
            <>
                <h1 tabindex="-1" ref={heading}>{ "Final standings" }</h1>
                <Leaderboard standings={results.standings()} {rounds} podium=true />
                <ExportResults results={results.clone()} invite={Rc::new(invite.clone())} />
                <StartOver on_restart={props.on_restart.clone()} />
            </>
        },
    };
    html! {
        <section class="page play projector" data-testid="hot-seat">
            <PlayBar deck={props.deck.title.clone()} phase={game.phase()} {rounds} />
            <KeepNotice message={kept} />
            { body }
        </section>
    }
}
